import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from './harness/extension-browser';

/** "This page" in the popup: the address count of a tab and the switch for its site. */
describe('the quick dial’s part about the current page', () => {
  let browser: ExtensionBrowser;
  let site: Page;
  let siteTabId: number;

  const linkCount = (): Promise<number> =>
    site.evaluate(() => document.querySelectorAll('a[data-trueconf-link]').length);

  const waitForLinks = async (predicate: (count: number) => boolean): Promise<number> => {
    const deadline = Date.now() + 30_000;
    let count = await linkCount();
    while (!predicate(count) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      count = await linkCount();
    }
    return count;
  };

  const disabledSites = (): Promise<unknown> =>
    browser.serviceWorker.evaluate(async () => {
      const { settings } = await chrome.storage.sync.get('settings');
      return (settings as { disabledSites?: unknown } | undefined)?.disabledSites;
    });

  /** The popup as a page: `?tab=` points it at the demo page, since its own tab is active. */
  const openPopupFor = async (tabId: number): Promise<Page> => {
    const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.waitForSelector('html[data-ready="true"]');
    return popup;
  };

  beforeAll(async () => {
    browser = await launchExtensionBrowser();
    site = await browser.context.newPage();
    await site.goto(browser.server.url('/index.html'));
    siteTabId = await browser.serviceWorker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.id ?? -1;
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows how many TrueConf addresses the page has', async () => {
    expect(await waitForLinks((count) => count > 0)).toBeGreaterThan(0);
    const stored = await browser.serviceWorker.evaluate(async (tabId) => {
      const key = `addressCount:${tabId}`;
      for (let i = 0; i < 100; i += 1) {
        const value = (await chrome.storage.session.get(key))[key];
        if (typeof value === 'number' && value > 0) return value;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return 0;
    }, siteTabId);
    expect(stored).toBeGreaterThan(0);
    const popup = await openPopupFor(siteTabId);
    expect(await popup.isVisible('#site')).toBe(true);
    expect(await popup.textContent('#site-count')).toBe(`${stored} TrueConf addresses found`);
    await popup.close();
  });

  it('switches linking off and on for the site, and the page follows at once', async () => {
    const before = await waitForLinks((count) => count > 0);
    expect(before).toBeGreaterThan(0);
    const popup = await openPopupFor(siteTabId);
    // Without a click on the toolbar button there is no tab URL; the host comes from the page's
    // content script (`get-page-host`), and the switch only shows once it has answered.
    expect(
      await popup.isVisible('#site-linking'),
      'the switch is hidden: the content script did not answer get-page-host',
    ).toBe(true);
    const toggle = popup.getByRole('switch', {
      name: 'Make links on 127.0.0.1',
    });
    expect(await toggle.isChecked()).toBe(true);

    await toggle.uncheck();
    expect(await waitForLinks((count) => count === 0)).toBe(0);
    expect(await disabledSites()).toEqual(['127.0.0.1']);

    await toggle.check();
    expect(await waitForLinks((count) => count === before)).toBe(before);
    expect(await disabledSites()).toEqual([]);
    await popup.close();
  });

  it('shows nothing about a page for a tab that is no web page', async () => {
    // Opened without ?tab=, the popup's own tab is the active one: an extension page.
    const popup = await browser.openExtensionPage('popup.html');
    await popup.waitForSelector('html[data-ready="true"]');
    expect(await popup.isHidden('#site')).toBe(true);
    await popup.close();
  });
});
