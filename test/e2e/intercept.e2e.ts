import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from './harness/extension-browser';
import { unescapeBackslashes } from './harness/stand-in-client';

interface StoredHistoryEntry {
  uri: string;
  origin: string;
  pageOrigin?: string;
}

describe('clicking TrueConf links on a page', () => {
  let browser: ExtensionBrowser;
  let page: Page;

  const newLaunches = async (before: number, expected: number): Promise<string[]> => {
    const all = await browser.client.waitForLaunches(before + expected);
    return (await browser.client.settle(1000)).slice(before).map(unescapeBackslashes) ?? all;
  };
  const history = (): Promise<StoredHistoryEntry[]> =>
    browser.serviceWorker.evaluate(async () => {
      const stored = await chrome.storage.local.get('history');
      return (stored.history ?? []) as StoredHistoryEntry[];
    });

  beforeAll(async () => {
    browser = await launchExtensionBrowser();
    await browser.serviceWorker.evaluate(() =>
      chrome.storage.sync.set({ settings: { knownServers: ['tc.example.test'] } }),
    );
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    page = await browser.context.newPage();
    await page.goto(browser.server.url('/intercept/links.html'));
    // The interceptor loads its settings asynchronously at document_start, and a link launches
    // directly only once it has been on the page for half a second (the rule against
    // clickjacking, src/background/click-rule.ts): a person reads a link before clicking it.
    await page.waitForTimeout(700);
  });

  it('hands the page’s own link to TrueConf through the extension, once, and records it', async () => {
    const before = (await browser.client.received()).length;
    await page.click('#own');
    expect(await newLaunches(before, 1)).toEqual(['trueconf:smith@conf.company.com']);
    const [latest] = await history();
    expect(latest).toMatchObject({
      uri: 'trueconf:smith@conf.company.com',
      origin: 'page',
      pageOrigin: browser.server.origin,
    });
  });

  it('catches a click that lands on a child of the link', async () => {
    const before = (await browser.client.received()).length;
    await page.click('#child-inner');
    expect(await newLaunches(before, 1)).toEqual(['trueconf:\\c\\4154248070']);
  });

  it('catches a link inside an open shadow root', async () => {
    const before = (await browser.client.received()).length;
    await page.click('#shadow');
    expect(await newLaunches(before, 1)).toEqual(['trueconf:shadow.user']);
  });

  it('catches keyboard activation of a focused link', async () => {
    const before = (await browser.client.received()).length;
    await page.focus('#own');
    // Enter launches directly once the link has had the focus for half a second, as when a
    // person tabs to it and reads it; focus that arrives with the key is the page's doing.
    await page.waitForTimeout(600);
    await page.keyboard.press('Enter');
    expect(await newLaunches(before, 1)).toEqual(['trueconf:smith@conf.company.com']);
  });

  it('upgrades a visicall: link to the canonical trueconf: form', async () => {
    const before = (await browser.client.received()).length;
    await page.click('#visicall');
    expect(await newLaunches(before, 1)).toEqual([
      'trueconf:\\c\\4154248070@video.example.com%23vcs',
    ]);
  });

  it('opens a known server’s web conference link in the app', async () => {
    const before = (await browser.client.received()).length;
    await page.click('#web');
    expect(await newLaunches(before, 1)).toEqual([
      'trueconf:\\c\\4154248070@tc.example.test%23vcs',
    ]);
    expect(page.url()).toBe(browser.server.url('/intercept/links.html'));
  });

  it('opens /webrtc/ links on any port, and links wrapped by Safe Links or Google, in the app', async () => {
    const before = (await browser.client.received()).length;
    const shownBefore = await page.locator('#safe-link').textContent();
    await page.click('#webrtc');
    await page.click('#safe-link');
    await page.click('#google-uri');
    expect(await newLaunches(before, 3)).toEqual([
      'trueconf:\\c\\4154248071@tc.example.test%23vcs',
      'trueconf:\\c\\0003172451@tc.example.test%23vcs',
      'trueconf:\\c\\0003172452',
    ]);
    expect(page.url()).toBe(browser.server.url('/intercept/links.html'));
    expect(await page.locator('#safe-link').textContent()).toBe(shownBefore);
  });

  it('leaves a wrapped link to an unknown server to the browser', async () => {
    await page.route('https://www.google.com/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<p>the wrapper</p>' }),
    );
    const before = (await browser.client.received()).length;
    await Promise.all([page.waitForURL(/www\.google\.com\/url/), page.click('#wrapped-unknown')]);
    expect((await browser.client.settle(1000)).length).toBe(before);
  });

  it('leaves alone a click the page already prevented', async () => {
    const before = (await browser.client.received()).length;
    await page.click('#prevented');
    await page.click('#delegated');
    expect((await browser.client.settle(1000)).length).toBe(before);
  });

  it('launches nothing from a sign-in link until the user confirms, and never shows the password', async () => {
    const before = (await browser.client.received()).length;
    const [dialog] = await Promise.all([
      browser.context.waitForEvent('page'),
      page.click('#sign-in'),
    ]);
    await dialog.waitForLoadState();
    await expect.poll(() => dialog.locator('#origin').textContent()).toBe(browser.server.origin);
    const shown = await dialog.locator('body').innerText();
    expect(shown).toContain('user');
    expect(shown).toContain('truevideo.example.com');
    expect(shown).not.toContain('pswd');
    expect(await dialog.evaluate(() => document.activeElement?.id)).toBe('cancel');
    expect(await dialog.textContent('#enter-hint')).toBe('Enter: Cancel · Esc: Cancel');
    expect((await browser.client.settle(1000)).length).toBe(before);

    await dialog.click('#confirm');
    expect(await newLaunches(before, 1)).toEqual([
      'trueconf:\\c\\737734033583@video.example.com%23vcs&h=truevideo.example.com&login=user&password=pswd&encrypt=1&force=1',
    ]);
    const stored = JSON.stringify(await history());
    expect(stored).not.toContain('pswd');
  });

  it('launches nothing when the user cancels a sign-in link', async () => {
    const before = (await browser.client.received()).length;
    const [dialog] = await Promise.all([
      browser.context.waitForEvent('page'),
      page.click('#sign-in'),
    ]);
    await dialog.waitForLoadState();
    await dialog.locator('#cancel').waitFor();
    await expect.poll(() => dialog.locator('#origin').textContent()).toBe(browser.server.origin);
    // Cancel has the focus: Enter, the "default" answer, launches nothing.
    await expect.poll(() => dialog.evaluate(() => document.activeElement?.id)).toBe('cancel');
    await dialog.bringToFront();
    const closed = dialog.waitForEvent('close');
    // Enter cancels and closes the window: the key's release may find it gone already.
    await dialog.keyboard.press('Enter').catch((error: unknown) => {
      if (!dialog.isClosed()) throw error;
    });
    await closed;
    expect((await browser.client.settle(1500)).length).toBe(before);
  });

  it('in “confirm every call” mode, Enter takes the call, and the window says so', async () => {
    await browser.serviceWorker.evaluate(() =>
      chrome.storage.sync.set({
        settings: { knownServers: ['tc.example.test'], confirmEveryCall: true },
      }),
    );
    try {
      await page.reload();
      // A link must have stood still for 500 ms before a click launches it directly.
      await page.waitForTimeout(700);
      const before = (await browser.client.received()).length;
      const [dialog] = await Promise.all([
        browser.context.waitForEvent('page'),
        page.click('#own'),
      ]);
      await dialog.waitForSelector('#enter-hint:not(:empty)');
      expect(await dialog.evaluate(() => document.activeElement?.id)).toBe('confirm');
      expect(await dialog.textContent('#enter-hint')).toBe(
        `Enter: ${await dialog.textContent('#confirm')} · Esc: Cancel`,
      );
      await dialog.bringToFront();
      await dialog.keyboard.press('Enter');
      expect(await newLaunches(before, 1)).toEqual(['trueconf:smith@conf.company.com']);
    } finally {
      await browser.serviceWorker.evaluate(() =>
        chrome.storage.sync.set({ settings: { knownServers: ['tc.example.test'] } }),
      );
    }
  });

  it('opens a sandboxed frame’s web link "in the browser" in a new tab, leaving the page', async () => {
    await browser.serviceWorker.evaluate(() =>
      chrome.storage.sync.set({ settings: { knownServers: ['tc.example.test'], webLinks: 'ask' } }),
    );
    // The known server is not on this machine: stand in for its conference page.
    await browser.context.route('http://tc.example.test/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>Conference page</title>' }),
    );
    try {
      await page.goto(browser.server.url('/intercept/sandboxed-web-link.html'));
      const frame = await (await page.waitForSelector('#sandboxed')).contentFrame();
      await frame?.waitForSelector('#web');
      await page.waitForTimeout(700);
      const [dialog] = await Promise.all([
        browser.context.waitForEvent('page'),
        frame?.click('#web'),
      ]);
      await dialog.locator('#browser').waitFor();
      const [opened] = await Promise.all([
        browser.context.waitForEvent('page'),
        dialog.click('#browser'),
      ]);
      // Served by the route, or (when the new tab starts before the route is in place) Chromium's
      // error page, which names the server it could not reach.
      const shown = async () =>
        `${opened.url()} ${await opened
          .locator('body')
          .innerText()
          .catch(() => '')}`;
      await expect.poll(shown).toMatch(/tc\.example\.test(\/c\/4154248070)?/);
      // The frame may not navigate the top: the page around it stays where it was.
      expect(page.url()).toBe(browser.server.url('/intercept/sandboxed-web-link.html'));
      await opened.close();
    } finally {
      await browser.context.unroute('http://tc.example.test/**');
      await browser.serviceWorker.evaluate(() =>
        chrome.storage.sync.set({ settings: { knownServers: ['tc.example.test'] } }),
      );
    }
  });

  // Last: the browser's own handling opens a tab and may launch on its own, after this test.
  it('leaves modified clicks to the browser: they do not go through the extension', async () => {
    const recorded = (await history()).length;
    const [opened] = await Promise.all([
      browser.context.waitForEvent('page'),
      page.click('#own', { modifiers: ['ControlOrMeta'] }),
    ]);
    await browser.client.settle(1000);
    await opened.close();
    expect((await history()).length).toBe(recorded);
  });
});
