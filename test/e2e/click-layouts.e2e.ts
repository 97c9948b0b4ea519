import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from './harness/extension-browser';

/**
 * The other side of the rule against clickjacking (src/background/click-rule.ts): real links in
 * real layouts, clicked by a person who has read the page, launch directly, with no confirmation
 * window. The attacks that must be confirmed are in attacks.e2e.ts.
 */
describe('clicking real links in real layouts', () => {
  let browser: ExtensionBrowser;
  let page: Page;
  let confirmWindows: number;

  const launchedBy = async (click: () => Promise<void>): Promise<string[]> => {
    const before = (await browser.client.received()).length;
    await click();
    await browser.client.waitForLaunches(before + 1);
    return (await browser.client.settle(800)).slice(before);
  };
  const frame = async (selector: string): Promise<Frame> => {
    const found = await (await page.waitForSelector(selector)).contentFrame();
    if (!found) throw new Error(`no frame ${selector}`);
    await found.waitForSelector('#framed');
    return found;
  };

  beforeAll(async () => {
    browser = await launchExtensionBrowser();
    browser.context.on('page', (opened) => {
      if (opened.url().includes('/confirm.html')) confirmWindows += 1;
    });
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    confirmWindows = 0;
    page = await browser.context.newPage();
    await page.goto(browser.server.url('/intercept/layouts.html'));
    // A person reads a link before clicking it: links launch directly after half a second.
    await page.waitForTimeout(700);
  });

  const cases: [string, string, string][] = [
    ['inline in a paragraph', '#inline', 'trueconf:inline.user'],
    ['in a table cell', '#table', 'trueconf:table.user'],
    ['in an open shadow root', '#shadow', 'trueconf:shadow.user'],
    ['under CSS zoom', '#zoomed', 'trueconf:zoomed.user'],
    ['below the fold, scrolled to', '#far', 'trueconf:far.user'],
  ];
  for (const [where, selector, uri] of cases) {
    it(`launches a link ${where} directly`, async () => {
      expect(await launchedBy(() => page.click(selector))).toEqual([uri]);
      expect(confirmWindows).toBe(0);
    });
  }

  it('launches a link directly in a page the browser zooms to 150 %', async () => {
    // Without the `tabs` permission the worker cannot find the tab by address: the active one.
    await page.bringToFront();
    await browser.serviceWorker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      if (tab?.id !== undefined) await chrome.tabs.setZoom(tab.id, 1.5);
    });
    await expect.poll(() => page.evaluate(() => window.devicePixelRatio)).toBe(1.5);
    expect(await launchedBy(() => page.click('#inline'))).toEqual(['trueconf:inline.user']);
    expect(confirmWindows).toBe(0);
  });

  it('launches a link directly in a same-origin and in a cross-origin frame', async () => {
    for (const selector of ['#same-origin', '#cross-origin']) {
      const inFrame = await frame(selector);
      await page.waitForTimeout(700);
      expect(await launchedBy(() => inFrame.click('#framed'))).toEqual(['trueconf:framed.user']);
    }
    expect(confirmWindows).toBe(0);
  });

  it('launches a focused link directly with Enter', async () => {
    await page.focus('#table');
    await page.waitForTimeout(600);
    expect(await launchedBy(() => page.keyboard.press('Enter'))).toEqual(['trueconf:table.user']);
    expect(confirmWindows).toBe(0);
  });
});
