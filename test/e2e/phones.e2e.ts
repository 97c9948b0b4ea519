import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from './harness/extension-browser';
import { openNotingExtensionScripts } from './harness/parsed-scripts';

describe('a page’s tel: links and phone calls through TrueConf', () => {
  let browser: ExtensionBrowser;

  const setSettings = (settings: Record<string, unknown>): Promise<void> =>
    browser.serviceWorker.evaluate(
      (value) => chrome.storage.sync.set({ settings: value }),
      settings,
    );
  const openPage = async (): Promise<Page> => {
    const page = await browser.context.newPage();
    await page.goto(browser.server.url('/phones/tel.html'));
    // The interceptor reads its settings at document_start; a link launches directly only after
    // it has stood still for half a second (the rule against clickjacking).
    await page.waitForTimeout(700);
    return page;
  };

  beforeAll(async () => {
    browser = await launchExtensionBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('leaves a tel: link to the browser while phone calls are off (the default)', async () => {
    await setSettings({ version: 1 });
    const page = await openPage();
    const before = (await browser.client.received()).length;
    await page.click('#tel');
    expect((await browser.client.settle(1500)).slice(before)).toEqual([]);
    await page.close();
  });

  it('routes a tel: link to TrueConf as an E.164 #tel: call once phone calls are on', async () => {
    await setSettings({ version: 1, phoneCalls: true });
    const page = await openPage();
    const before = (await browser.client.received()).length;
    await page.click('#tel');
    await browser.client.waitForLaunches(before + 1);
    expect((await browser.client.settle(1000)).slice(before)).toEqual([
      'trueconf:#tel:+79165551234',
    ]);
    await page.close();
  });

  it('offers the phone call settings in the popup while phone calls are off', async () => {
    await setSettings({ version: 1 });
    const page = await browser.openExtensionPage('popup.html');
    await page.waitForSelector('html[data-ready="true"]');
    await page.fill('#address', '+7 916 555-12-34');
    await page.waitForSelector('#phone-settings:not([hidden])');
    expect(await page.textContent('#preview-error')).toContain(
      'Phone calls through TrueConf are off',
    );
    if (process.env.PHONE_SHOTS)
      await page.screenshot({ path: `${process.env.PHONE_SHOTS}/popup-off.png` });
    const before = (await browser.client.received()).length;
    await page.press('#address', 'Enter');
    expect((await browser.client.settle(1000)).slice(before)).toEqual([]);
    await page.close();
  });

  it('turns phone calls on from the options section the popup links to', async () => {
    await setSettings({ version: 1 });
    const page = await browser.openExtensionPage('options.html#phone-calls');
    const phoneCalls = page.getByRole('checkbox', { name: 'Call phone numbers through TrueConf' });
    await expect.poll(() => phoneCalls.isChecked()).toBe(false);
    await phoneCalls.check();
    await expect
      .poll(() =>
        browser.serviceWorker.evaluate(async () => {
          const { settings } = await chrome.storage.sync.get('settings');
          return (settings as { phoneCalls?: boolean } | undefined)?.phoneCalls;
        }),
      )
      .toBe(true);
    if (process.env.PHONE_SHOTS)
      await page
        .locator('#phone-calls')
        .screenshot({ path: `${process.env.PHONE_SHOTS}/options-phone.png` });
    const popup = await browser.openExtensionPage('popup.html');
    await popup.waitForSelector('html[data-ready="true"]');
    await popup.fill('#address', '+7 916 555-12-34');
    await popup.waitForFunction(
      () => document.getElementById('preview-uri')?.textContent === 'trueconf:#tel:+79165551234',
    );
    await popup.close();
    await page.close();
  });

  it('previews a typed phone number in the popup and hands it to TrueConf', async () => {
    await setSettings({ version: 1, phoneCalls: true });
    const page = await browser.openExtensionPage('popup.html');
    await page.waitForSelector('html[data-ready="true"]');
    await page.fill('#address', '+7 (916) 555-12-34');
    await page.waitForFunction(
      () => document.getElementById('preview-uri')?.textContent === 'trueconf:#tel:+79165551234',
    );
    expect(await page.textContent('#preview-description')).toBe(
      'Call +7 916 555 12 34 through TrueConf',
    );
    if (process.env.PHONE_SHOTS)
      await page.screenshot({ path: `${process.env.PHONE_SHOTS}/popup-phone.png` });
    const before = (await browser.client.received()).length;
    await page.press('#address', 'Enter');
    await browser.client.waitForLaunches(before + 1);
    expect((await browser.client.settle(800)).slice(before)).toEqual([
      'trueconf:#tel:+79165551234',
    ]);
    await page.close();
  });

  /** The page with phone numbers, and the extension scripts the page's frame parsed. */
  const openNumbers = (): Promise<{ page: Page; scripts: string[] }> =>
    openNotingExtensionScripts(browser.context, browser.server.url('/phones/numbers.html'));
  const phoneLinks = (page: Page): Promise<[string, string][]> =>
    page.evaluate(() =>
      [...document.querySelectorAll('a[data-trueconf-link]')].map((link) => [
        link.textContent ?? '',
        link.getAttribute('href') ?? '',
      ]),
    );
  const REAL_LINKS: [string, string][] = [
    ['+7 (916) 555-12-34', 'trueconf:#tel:+79165551234'],
    ['8 800 555-35-35', 'trueconf:#tel:+78005553535'],
    ['+1 415-555-0132 ext. 12', 'trueconf:#tel:+14155550132'],
  ];

  it('links only the real phone numbers of a page, and a click hands the number to TrueConf', async () => {
    // The browser's language is en-US: numbers without + are read as Russian only when told.
    await setSettings({ version: 1, phoneCalls: true, phoneCountry: 'RU' });
    const { page, scripts } = await openNumbers();
    await expect.poll(() => phoneLinks(page)).toEqual(REAL_LINKS);
    expect(scripts).toEqual(expect.arrayContaining(['phone-finder.js', 'linkify.js']));
    if (process.env.PHONE_SHOTS)
      await page.screenshot({ path: `${process.env.PHONE_SHOTS}/page-links.png` });
    // The rule against clickjacking: a link launches directly once it has stood still a while.
    await page.waitForTimeout(700);
    const before = (await browser.client.received()).length;
    await page.click('#mobile a');
    await browser.client.waitForLaunches(before + 1);
    expect((await browser.client.settle(1000)).slice(before)).toEqual([
      'trueconf:#tel:+79165551234',
    ]);
    // Still linked after a while: nothing else on the page became a link later.
    expect(await phoneLinks(page)).toEqual(REAL_LINKS);
    await page.close();
  });

  it('neither links nor loads the linkifier on a phone-only page while phone calls are off', async () => {
    await setSettings({ version: 1, phoneLinks: true });
    const { page, scripts } = await openNumbers();
    // Long enough for the frame script to have asked and the linkifier to have linked.
    await page.waitForTimeout(1500);
    expect(scripts).toContain('frame.js');
    expect(scripts).not.toContain('linkify.js');
    expect(scripts).not.toContain('phone-finder.js');
    expect(await phoneLinks(page)).toEqual([]);
    await page.close();
  });

  it('links no numbers while phone calls are on but their page links are off', async () => {
    await setSettings({ version: 1, phoneCalls: true, phoneLinks: false });
    const { page, scripts } = await openNumbers();
    await page.waitForTimeout(1500);
    expect(scripts).not.toContain('linkify.js');
    expect(await phoneLinks(page)).toEqual([]);
    await page.close();
  });

  it('links the numbers of an open page once phone numbers are switched on, in the chosen format', async () => {
    await setSettings({ version: 1 });
    const { page } = await openNumbers();
    await page.waitForTimeout(800);
    expect(await phoneLinks(page)).toEqual([]);
    await setSettings({ version: 1, phoneCalls: true, phoneCountry: 'RU' });
    await expect.poll(() => phoneLinks(page)).toEqual(REAL_LINKS);
    await setSettings({
      version: 1,
      phoneCalls: true,
      phoneCountry: 'RU',
      phoneDialFormat: '#sip:{digits}@gw.example.com',
    });
    await expect
      .poll(() => phoneLinks(page))
      .toEqual(
        REAL_LINKS.map(([text, href]) => [
          text,
          href.replace(/^trueconf:#tel:\+(\d+)$/, 'trueconf:#sip:$1@gw.example.com'),
        ]),
      );
    await setSettings({ version: 1, phoneCalls: true, phoneLinks: false });
    await expect.poll(() => phoneLinks(page)).toEqual([]);
    await page.close();
  });

  it('changes the links of an open page from the options: country, dial format, switch', async () => {
    await setSettings({ version: 1, phoneCalls: true });
    const { page } = await openNumbers();
    // en-US browser, country automatic: the Russian 8 800 number is no US number.
    await expect.poll(() => phoneLinks(page)).toEqual([REAL_LINKS[0], REAL_LINKS[2]]);
    const options = await browser.openExtensionPage('options.html#phone-calls');
    const country = options.getByRole('combobox', { name: 'Default country' });
    await expect.poll(() => country.inputValue()).toBe('');
    expect(await country.locator('option').first().textContent()).toBe(
      'Automatic (United States, from the browser’s language)',
    );
    await country.selectOption({ label: 'Russia' });
    await expect.poll(() => phoneLinks(page)).toEqual(REAL_LINKS);

    const sip = options.getByRole('radio', { name: /#sip:/ });
    const gateway = options.getByRole('textbox', { name: 'SIP gateway' });
    await sip.check();
    await gateway.fill('not a host!');
    await gateway.press('Tab');
    const formatSection = options.locator('fieldset', { has: gateway });
    await expect
      .poll(() => formatSection.locator('[data-kind="error"]').textContent())
      .toContain('Not saved: the SIP gateway must be a host name');
    expect(await gateway.getAttribute('aria-invalid')).toBe('true');
    if (process.env.PHONE_SHOTS)
      await options
        .locator('#phone-calls')
        .screenshot({ path: `${process.env.PHONE_SHOTS}/options-gateway-invalid.png` });
    expect(await phoneLinks(page)).toEqual(REAL_LINKS);
    await gateway.fill('gw.example.com');
    await gateway.press('Tab');
    await expect
      .poll(() => phoneLinks(page))
      .toEqual(
        REAL_LINKS.map(([text, href]) => [
          text,
          href.replace(/^trueconf:#tel:(\+\d+)$/, 'trueconf:#sip:$1@gw.example.com'),
        ]),
      );
    expect(await gateway.getAttribute('aria-invalid')).toBeNull();
    if (process.env.PHONE_SHOTS)
      await options
        .locator('#phone-calls')
        .screenshot({ path: `${process.env.PHONE_SHOTS}/options-phone-sip.png` });

    await options
      .getByRole('checkbox', { name: 'Turn phone numbers on pages into links' })
      .uncheck();
    await expect.poll(() => phoneLinks(page)).toEqual([]);
    await options.close();
    await page.close();
  });

  it('leaves tel: links alone when only their routing is switched off', async () => {
    await setSettings({ version: 1, phoneCalls: true, phoneTelLinks: false });
    const page = await openPage();
    const before = (await browser.client.received()).length;
    await page.click('#tel');
    expect((await browser.client.settle(1500)).slice(before)).toEqual([]);
    await page.close();
  });
});
