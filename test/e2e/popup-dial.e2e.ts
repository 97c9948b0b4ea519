import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from './harness/extension-browser';
import { unescapeBackslashes } from './harness/stand-in-client';

/**
 * The quick dial in Chromium with the built extension: what a person types, the URI the
 * stand-in TrueConf app receives, and what survives closing the popup.
 */
describe('the quick dial popup', () => {
  let browser: ExtensionBrowser;
  const pages: Page[] = [];

  const openPopup = async (): Promise<Page> => {
    const page = await browser.openExtensionPage('popup.html');
    pages.push(page);
    await page.waitForSelector('html[data-ready="true"]');
    return page;
  };

  /** Waits for `expected` more launches, then a while longer to be sure no others follow. */
  const launchesAfter = async (before: number, expected: number): Promise<string[]> => {
    await browser.client.waitForLaunches(before + expected);
    return (await browser.client.settle(800)).slice(before).map(unescapeBackslashes);
  };

  const received = async (): Promise<number> => (await browser.client.received()).length;

  /** Types like a person (paste included) and presses Enter; returns what TrueConf received. */
  const dial = async (page: Page, text: string): Promise<string[]> => {
    const before = await received();
    await page.fill('#address', text);
    await page.press('#address', 'Enter');
    await page.waitForFunction(() => document.getElementById('result')?.textContent !== '');
    return launchesAfter(before, 1);
  };

  beforeAll(async () => {
    browser = await launchExtensionBrowser();
  });
  afterEach(async () => {
    for (const page of pages.splice(0)) await page.close();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('has the field focused when it opens', async () => {
    const page = await openPopup();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('address');
  });

  it.each([
    ['a login', 'smith', 'trueconf:smith'],
    ['a TrueConf ID', 'smith@conf.company.com', 'trueconf:smith@conf.company.com'],
    ['a conference ID', '4154248070', 'trueconf:\\c\\4154248070'],
    ['a conference call string', '\\c\\4154248070', 'trueconf:\\c\\4154248070'],
    [
      'a conference on another server, as the article writes it',
      '\\c\\4154248070@video.example.com%vcs',
      'trueconf:\\c\\4154248070@video.example.com%23vcs',
    ],
    [
      'a web conference link',
      'https://video.example.com/c/4154248070',
      'trueconf:\\c\\4154248070@video.example.com%23vcs',
    ],
    [
      'an RTSP URL',
      'rtsp://domainn.company.com:554',
      'trueconf:#rtsp:%2f%2fdomainn.company.com:554',
    ],
    ['a SIP call string', '#sip:alice@10.0.0.5', 'trueconf:#sip:alice@10.0.0.5'],
    ['an H.323 call string', '#h323:10.0.0.9', 'trueconf:#h323:10.0.0.9'],
    ['a phone call string', '#tel:89261112233', 'trueconf:#tel:89261112233'],
    ['a trueconf: URI', 'trueconf:smith&conftype=hotquery', 'trueconf:smith&conftype=hotquery'],
    ['an old visicall: URI', 'visicall:\\c\\4154248070', 'trueconf:\\c\\4154248070'],
    [
      'a pasted invitation',
      'Hello!\nYou are invited to a TrueConf meeting.\nConference ID: 0003172451\nSee you.',
      'trueconf:\\c\\0003172451',
    ],
    [
      'a pasted invitation with the web link of its conference',
      'TrueConf meeting\nConference ID: 0003172451\nJoin: https://video.acme.example/webrtc/0003172451',
      'trueconf:\\c\\0003172451@video.acme.example%23vcs',
    ],
  ])('hands %s to TrueConf exactly, once, and says so honestly', async (_, typed, expected) => {
    const page = await openPopup();
    expect(await dial(page, typed)).toEqual([expected]);
    expect(await page.textContent('#result')).toMatch(/: handed over to the app\.$/);
  });

  it('calls the moderator’s conference when that reading is chosen, closing TrueConf after', async () => {
    const page = await openPopup();
    await page.fill('#address', 'smith');
    await page.click('#choices summary');
    await page.getByLabel('Join the conference this user moderates').check();
    await page.click('#more summary');
    await page.getByLabel('Close TrueConf after the call').check();
    expect(await page.textContent('#preview-uri')).toBe(
      'trueconf:smith&conftype=hotquery&autoclose=1',
    );
    const before = await received();
    await page.click('#call');
    expect(await launchesAfter(before, 1)).toEqual([
      'trueconf:smith&conftype=hotquery&autoclose=1',
    ]);
  });

  it('signs in on one server and joins a conference on another, never keeping the password', async () => {
    const page = await openPopup();
    await page.fill('#address', '\\c\\737734033583@video.example.com');
    await page.click('#more summary');
    await page.click('#sign-in summary');
    await page.fill('#sign-in-server', 'truevideo.example.com');
    await page.fill('#sign-in-login', 'user');
    await page.fill('#sign-in-password', 'pswd');
    expect(await page.textContent('#preview-uri')).toBe(
      'trueconf:\\c\\737734033583@video.example.com%23vcs&h=truevideo.example.com&login=user&password=••••••&encrypt=1&force=1',
    );
    expect(await page.isHidden('#qr')).toBe(true);
    const before = await received();
    await page.press('#sign-in-password', 'Enter');
    expect(await launchesAfter(before, 1)).toEqual([
      'trueconf:\\c\\737734033583@video.example.com%23vcs&h=truevideo.example.com&login=user&password=pswd&encrypt=1&force=1',
    ]);
    expect(await page.inputValue('#sign-in-password')).toBe('');
    const stored = await browser.serviceWorker.evaluate(async () =>
      JSON.stringify([await chrome.storage.local.get(null), await chrome.storage.sync.get(null)]),
    );
    expect(stored).toContain('737734033583');
    expect(stored).not.toContain('pswd');

    // Recent calls offer the conference again, not a sign-in without its password (which would
    // sign out whoever is signed in to the app).
    const again = await openPopup();
    await again.waitForSelector('#recent .call-item');
    const recent = await again.locator('#recent .call-item .uri').allTextContents();
    expect(recent[0]).toBe('trueconf:\\c\\737734033583@video.example.com%23vcs');
    expect(recent.join(' ')).not.toContain('login=');
  });

  it('finds the address at the end of a long pasted thread, and says when a text is past the searched length', async () => {
    const page = await openPopup();
    const filler = 'Notes from the planning meeting, nothing to call here. '.repeat(2_800);
    await page.fill('#address', `${filler}TrueConf ID: alice@video.example.com`);
    await expect
      .poll(() => page.textContent('#preview-uri'))
      .toBe('trueconf:alice@video.example.com');
    await page.fill('#address', `${filler}${filler}TrueConf ID: alice@video.example.com`);
    await expect
      .poll(() => page.textContent('#preview-error'))
      .toMatch(/^No TrueConf address in the first 200,000 characters/);
  });

  it('clears what it said about the last call once the person types again', async () => {
    const page = await openPopup();
    expect(await dial(page, 'smith')).toEqual(['trueconf:smith']);
    expect(await page.textContent('#result')).toContain('handed');
    await page.type('#address', 'x');
    expect(await page.textContent('#result')).toBe('');
  });

  it('opens TrueConf with a bare trueconf:', async () => {
    const page = await openPopup();
    const before = await received();
    await page.click('#open-app');
    expect(await launchesAfter(before, 1)).toEqual(['trueconf:']);
    // Opening the app is not a call to repeat.
    const again = await openPopup();
    await again.waitForSelector('#recent .call-item');
    expect(await again.locator('#recent .call-item .uri').allTextContents()).not.toContain(
      'trueconf:',
    );
  });

  it.each([
    ['smith&password=x', '“&” is not allowed in a TrueConf ID'],
    ['javascript:alert(1)', 'javascript:'],
  ])('launches nothing for %s and says why', async (typed, reason) => {
    const page = await openPopup();
    const before = await received();
    await page.fill('#address', typed);
    await page.press('#address', 'Enter');
    await page.waitForFunction(() => document.getElementById('result')?.textContent !== '');
    expect(await page.isVisible('#preview-error')).toBe(true);
    expect(await page.textContent('#preview-error')).toContain(reason);
    // The reason is drawn once, under the field; the result line says it to screen readers.
    expect(await page.textContent('#result')).toMatch(/^Nothing was handed to TrueConf\. /);
    expect(await page.textContent('#result .visually-hidden')).toContain(reason);
    const drawn = await page
      .locator('#result')
      .evaluate((line) => line.getBoundingClientRect().height);
    expect(await page.locator('#result .visually-hidden').boundingBox()).toMatchObject({
      width: 1,
      height: 1,
    });
    expect(drawn).toBeLessThan(40);
    expect(await page.getAttribute('#address', 'aria-invalid')).toBe('true');
    expect((await browser.client.settle()).length).toBe(before);
  });

  it('keeps favourites and recent calls after the popup is closed and opened again', async () => {
    const first = await openPopup();
    await first.fill('#address', 'jones@video.example.com');
    await first.click('#add-favourite');
    await first.waitForSelector('#favourites .call-item');
    expect(await dial(first, '\\c\\5550001112')).toEqual(['trueconf:\\c\\5550001112']);
    await first.waitForSelector('#recent .call-item');
    await first.close();

    const again = await openPopup();
    expect(await again.locator('#favourites .call-item .uri').allTextContents()).toEqual([
      'trueconf:jones@video.example.com',
    ]);
    expect(await again.locator('#recent .call-item .uri').first().textContent()).toBe(
      'trueconf:\\c\\5550001112',
    );

    // One click on a favourite calls it.
    let before = await received();
    await again.click('#favourites .call-item');
    expect(await launchesAfter(before, 1)).toEqual(['trueconf:jones@video.example.com']);

    // From the field: Down reaches the first call (the favourite), Down again the newest recent
    // call (that was the favourite just now), Down once more the conference; Enter calls it.
    await again.focus('#address');
    await again.keyboard.press('ArrowDown');
    await again.keyboard.press('ArrowDown');
    await again.keyboard.press('ArrowDown');
    expect(
      await again.evaluate(() => document.activeElement?.querySelector('.uri')?.textContent),
    ).toBe('trueconf:\\c\\5550001112');
    before = await received();
    await again.keyboard.press('Enter');
    expect(await launchesAfter(before, 1)).toEqual(['trueconf:\\c\\5550001112']);
  });

  it('renames, reorders and removes favourites, and keeps the change', async () => {
    const page = await openPopup();
    for (const address of ['alpha', 'beta']) {
      await page.fill('#address', address);
      await page.click('#add-favourite');
      await page.waitForFunction(
        (uri) =>
          [...document.querySelectorAll('#favourites .uri')].some((n) => n.textContent === uri),
        `trueconf:${address}`,
      );
    }
    const uris = () => page.locator('#favourites .call-item .uri').allTextContents();
    const startUris = await uris();
    expect(startUris.slice(-2)).toEqual(['trueconf:alpha', 'trueconf:beta']);

    // Each favourite has one menu: rename, move, remove.
    await page.getByRole('button', { name: 'Actions for “Call beta in TrueConf”' }).click();
    await page.getByRole('menuitem', { name: 'Rename' }).click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Beta team');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('#favourites .call-name')].some(
        (n) => n.textContent === 'Beta team',
      ),
    );
    // Alt+Up on the focused favourite moves it above alpha.
    await page.keyboard.press('Alt+ArrowUp');
    await page.waitForFunction(() => {
      const list = [...document.querySelectorAll('#favourites .call-name')].map(
        (n) => n.textContent,
      );
      return list.indexOf('Beta team') < list.indexOf('Call alpha in TrueConf');
    });
    await page.getByRole('button', { name: 'Actions for “Call alpha in TrueConf”' }).click();
    await page.getByRole('menuitem', { name: 'Remove' }).click();
    await page.waitForFunction(
      () =>
        ![...document.querySelectorAll('#favourites .uri')].some(
          (n) => n.textContent === 'trueconf:alpha',
        ),
    );
    await page.close();

    const again = await openPopup();
    expect(await again.locator('#favourites .call-name').allTextContents()).toContain('Beta team');
    expect(await again.locator('#favourites .call-item .uri').allTextContents()).not.toContain(
      'trueconf:alpha',
    );
  });

  it('shows a QR code of the URI, and none when signing in', async () => {
    const page = await openPopup();
    await page.fill('#address', '\\c\\4154248070@video.example.com');
    await page.click('#more summary');
    await page.click('#qr summary');
    const qr = page.locator('#qr svg[role="img"]');
    expect(await qr.getAttribute('aria-label')).toBe(
      'QR code of trueconf:\\c\\4154248070@video.example.com%23vcs',
    );
    expect((await qr.boundingBox())?.width).toBeGreaterThan(100);
    await page.click('#sign-in summary');
    await page.fill('#sign-in-login', 'user');
    expect(await page.isHidden('#qr')).toBe(true);
  });

  it('copies the URI without any password', async () => {
    const page = await openPopup();
    await page.fill('#address', 'smith');
    await page.click('#more summary');
    await page.click('#sign-in summary');
    await page.fill('#sign-in-login', 'user');
    await page.fill('#sign-in-password', 'secret');
    await page.click('#copy');
    await page.waitForFunction(() => document.getElementById('result')?.textContent !== '');
    expect(await page.textContent('#result')).toBe('Link copied, without the password.');
    // Extension pages cannot be granted clipboard reading; a web page of the fixture server can.
    await browser.context.grantPermissions(['clipboard-read'], { origin: browser.server.origin });
    const reader = await browser.context.newPage();
    pages.push(reader);
    await reader.goto(browser.server.url('/index.html'));
    expect(await reader.evaluate(() => navigator.clipboard.readText())).toBe(
      'trueconf:smith&login=user&encrypt=1&force=1',
    );
  });
});
