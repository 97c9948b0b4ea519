import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from './harness/extension-browser';

/** The extension's links on a page, as [text, href] pairs. */
function ourLinks(page: Page): Promise<[string, string][]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('a[data-trueconf-link]')].map(
      (link) => [link.textContent ?? '', link.getAttribute('href') ?? ''] as [string, string],
    ),
  );
}

async function waitForLink(page: Page, href: string): Promise<[string, string][]> {
  const deadline = Date.now() + 30_000;
  let links = await ourLinks(page);
  while (!links.some(([, linkHref]) => linkHref === href) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    links = await ourLinks(page);
  }
  return links;
}

const HELPDESK: [string, string] = [
  'trueconf:helpdesk@support.example.com',
  'trueconf:helpdesk@support.example.com',
];

describe('changes made on the options page reach open tabs without a reload', () => {
  let browser: ExtensionBrowser;
  const pages: Page[] = [];

  const storedSettings = (): Promise<Record<string, unknown> | undefined> =>
    browser.serviceWorker.evaluate(
      async () => (await chrome.storage.sync.get('settings')).settings as Record<string, unknown>,
    );

  /** The fixture page, open and already processed by the content script. */
  const openFixture = async (): Promise<Page> => {
    const page = await browser.context.newPage();
    pages.push(page);
    await page.goto(browser.server.url('/options/live.html'));
    expect(await waitForLink(page, HELPDESK[1])).toEqual([HELPDESK]);
    return page;
  };

  const openOptions = async (): Promise<Page> => {
    const page = await browser.openExtensionPage('options.html');
    pages.push(page);
    await page.getByRole('heading', { level: 1 }).waitFor();
    return page;
  };

  beforeAll(async () => {
    browser = await launchExtensionBrowser();
  });
  afterEach(async () => {
    for (const page of pages.splice(0)) await page.close();
    await browser.serviceWorker.evaluate(() => chrome.storage.sync.remove('settings'));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens at the section its address names, as the popup’s “turn on phone calls” links it', async () => {
    const page = await browser.openExtensionPage('options.html#phone-calls');
    pages.push(page);
    const section = page.locator('#phone-calls');
    await section.waitFor();
    await expect
      .poll(() => section.evaluate((node) => Math.round(node.getBoundingClientRect().top)))
      .toBeLessThan(50);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  });

  it('links user@server on an already open page once that server is added as known', async () => {
    const fixture = await openFixture();
    const options = await openOptions();
    const known = options.getByRole('group', { name: 'Known TrueConf servers' });
    await known.getByLabel('Add a server').fill('Video.Live-E2E.example');
    await known.getByRole('button', { name: 'Add', exact: true }).click();
    await expect
      .poll(() => known.getByRole('status').textContent())
      .toBe('Added: video.live-e2e.example');

    const links = await waitForLink(fixture, 'trueconf:ipetrov@video.live-e2e.example');
    expect(links).toEqual([
      HELPDESK,
      ['ipetrov@video.live-e2e.example', 'trueconf:ipetrov@video.live-e2e.example'],
    ]);
    expect(await storedSettings()).toMatchObject({ knownServers: ['video.live-e2e.example'] });
  });

  it('refuses an invalid server with the reason and saves nothing', async () => {
    const options = await openOptions();
    const known = options.getByRole('group', { name: 'Known TrueConf servers' });
    await known.getByLabel('Add a server').fill('video example com');
    await known.getByRole('button', { name: 'Add', exact: true }).click();
    await expect
      .poll(() => known.getByRole('status').textContent())
      .toContain('“video example com” is not a server address');
    expect(await storedSettings()).toBeUndefined();
  });

  it('links the pattern of a custom rule added on the options page', async () => {
    const fixture = await openFixture();
    const options = await openOptions();
    const rules = options.getByRole('group', { name: 'Custom rules' });
    await rules.getByLabel('Regular expression').fill('Room-(\\d{4})');
    await rules.getByLabel('Link', { exact: true }).fill('trueconf:\\c\\room$1');
    await rules.getByRole('button', { name: 'Add rule' }).click();
    await expect
      .poll(() => rules.getByRole('status').last().textContent())
      .toBe('Rule added: Room-(\\d{4})');

    const links = await waitForLink(fixture, 'trueconf:\\c\\room4154');
    expect(links).toEqual([HELPDESK, ['Room-4154', 'trueconf:\\c\\room4154']]);
  });

  it('links the pattern of a custom rule from an imported settings file', async () => {
    const fixture = await openFixture();
    const options = await openOptions();
    const download = options.waitForEvent('download');
    await options.click('button[name="exportSettings"]');
    const exported = JSON.parse(await readFile(await (await download).path(), 'utf8')) as {
      settings: { customRules: unknown[] };
    };
    exported.settings.customRules = [
      { id: 'imported', pattern: 'Room-(\\d{3})4', hrefTemplate: 'trueconf:\\c\\room$1' },
    ];
    await options.setInputFiles('input[name="importSettings"]', {
      name: 'settings.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(exported)),
    });

    const links = await waitForLink(fixture, 'trueconf:\\c\\room415');
    expect(links).toEqual([HELPDESK, ['Room-4154', 'trueconf:\\c\\room415']]);
  });

  it('backs up favourites with the settings and restores them', async () => {
    const helpdesk = { id: 'fav-1', name: 'Helpdesk', uri: 'trueconf:helpdesk@video.example.com' };
    await browser.serviceWorker.evaluate(
      (list) => chrome.storage.sync.set({ favourites: list }),
      [helpdesk],
    );
    const options = await openOptions();
    const download = options.waitForEvent('download');
    await options.click('button[name="exportSettings"]');
    const file = await readFile(await (await download).path(), 'utf8');
    expect((JSON.parse(file) as { favourites: unknown }).favourites).toEqual([helpdesk]);

    await browser.serviceWorker.evaluate(() => chrome.storage.sync.remove('favourites'));
    await options.setInputFiles('input[name="importSettings"]', {
      name: 'settings.json',
      mimeType: 'application/json',
      buffer: Buffer.from(file),
    });
    await options.getByText('Settings imported.').waitFor();
    const popup = await browser.openExtensionPage('popup.html');
    pages.push(popup);
    await popup.waitForSelector('#favourites .call-item');
    expect(await popup.locator('#favourites .call-item .call-name').allTextContents()).toEqual([
      'Helpdesk',
    ]);
    await browser.serviceWorker.evaluate(() => chrome.storage.sync.remove('favourites'));
  });

  it('forgets kept calls at once when the number of calls to keep goes down to 0', async () => {
    await browser.serviceWorker.evaluate(() =>
      chrome.storage.local.set({
        history: [
          {
            time: Date.now(),
            kind: 'user',
            uri: 'trueconf:smith',
            description: { key: 'callUser', substitutions: ['smith'] },
            origin: 'popup',
            result: 'handed-to-trueconf',
          },
        ],
      }),
    );
    const options = await openOptions();
    const count = options.getByText(/Recent calls remembered now/);
    await expect.poll(() => count.textContent()).toBe('Recent calls remembered now: 1');
    await options.fill('input[name="historySize"]', '0');
    await options.press('input[name="historySize"]', 'Tab');
    await expect.poll(() => count.textContent()).toBe('Recent calls remembered now: 0');
    const popup = await browser.openExtensionPage('popup.html');
    pages.push(popup);
    await popup.waitForSelector('html[data-ready="true"]');
    expect(await popup.locator('#recent .call-item').count()).toBe(0);
  });

  it('refuses a dangerously slow pattern with the reason and saves nothing', async () => {
    const options = await openOptions();
    const rules = options.getByRole('group', { name: 'Custom rules' });
    await rules.getByLabel('Regular expression').fill('(\\w+)+$');
    await rules.getByLabel('Link', { exact: true }).fill('trueconf:$1');
    await rules.getByRole('button', { name: 'Add rule' }).click();
    await expect
      .poll(() => rules.getByRole('status').last().textContent())
      .toContain('could be very slow');
    expect(await storedSettings()).toBeUndefined();
  });

  it('shows what the live tester finds, with the rule still being written', async () => {
    const options = await openOptions();
    await options
      .getByRole('group', { name: 'Custom rules' })
      .getByLabel('Regular expression')
      .fill('Room-(\\d{4})');
    await options.getByLabel('Link', { exact: true }).fill('trueconf:\\c\\room$1');
    await options
      .getByLabel('Text to check')
      .fill('Meet in Room-4154 or call trueconf:smith@video.example.com');
    const tester = options.getByRole('group', { name: 'Try it' });
    await expect
      .poll(() => tester.locator('.matches code').allTextContents())
      .toEqual(['trueconf:\\c\\room4154', 'trueconf:smith@video.example.com']);
    expect(await storedSettings()).toBeUndefined();
  });
});

describe('the options page in Russian', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchExtensionBrowser({ locale: 'ru' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('refuses an over-long pattern in Russian and saves nothing', async () => {
    const options = await browser.openExtensionPage('options.html');
    await options.getByRole('heading', { level: 1 }).waitFor();
    const rules = options.getByRole('group', { name: 'Собственные правила' });
    await rules.getByLabel('Регулярное выражение').fill(`Room-${'x'.repeat(1000)}`);
    await rules.getByLabel('Ссылка', { exact: true }).fill('trueconf:\\c\\room');
    await rules.getByRole('button', { name: 'Добавить правило' }).click();
    await expect
      .poll(() => rules.getByRole('status').last().textContent())
      .toBe('Не принято: выражение длиннее 1000 символов.');
    const stored = await browser.serviceWorker.evaluate(
      async () => (await chrome.storage.sync.get('settings')).settings as unknown,
    );
    expect(stored).toBeUndefined();
  });
});
