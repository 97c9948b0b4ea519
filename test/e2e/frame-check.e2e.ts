import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from './harness/extension-browser';
import { openNotingExtensionScripts } from './harness/parsed-scripts';

/**
 * The frame script loads the linkifier only into frames with text worth linking. Text that pages
 * are full of but never show (scripts, style sheets, JSON-LD, templates) does not count.
 */
describe('which frames get the linkifier', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchExtensionBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  const openWatched = (path: string): Promise<{ page: Page; scripts: string[] }> =>
    openNotingExtensionScripts(browser.context, browser.server.url(path));

  /**
   * What a page learns by offering the page-world helper a channel of its own (see
   * src/linkify/find/page-walk-events.ts): whether a helper is there to take it.
   */
  const helperAnswersThePage = (page: Page): Promise<boolean> =>
    page.evaluate(() => {
      const channel = document.createElement('span');
      let taken = false;
      channel.addEventListener('trueconf-linkify:channel-taken', () => (taken = true));
      document.dispatchEvent(
        new MouseEvent('trueconf-linkify:channel', { relatedTarget: channel }),
      );
      return taken;
    });

  it('loads nothing more (nor the page-world helper) where only scripts, styles and templates mention TrueConf or an @, and links real text added later', async () => {
    const { page, scripts } = await openWatched('/content/code-only.html');
    // Long enough for the frame script to have asked and the linkifier to have arrived.
    await page.waitForTimeout(1500);
    expect(scripts).toContain('frame.js');
    expect(scripts).not.toContain('linkify.js');
    // Nor its helper in the page's world: a page with nothing to link cannot find it.
    expect(scripts).not.toContain('page-walker.js');
    expect(await helperAnswersThePage(page)).toBe(false);
    // A style sheet and a script the page adds later do not wake it either.
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = '@keyframes spin { to { transform: rotate(1turn) } }';
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = '{"contact": "user@example.com"}';
      document.body.append(style, script);
    });
    await page.waitForTimeout(1000);
    expect(scripts).not.toContain('linkify.js');
    expect(await page.locator('a[data-trueconf-link]').count()).toBe(0);
    // Real text is linked as on any page.
    await page.evaluate(() => {
      const paragraph = document.createElement('p');
      paragraph.textContent = 'Join trueconf:\\c\\4154248070 at noon.';
      document.querySelector('main')?.append(paragraph);
    });
    await expect
      .poll(() => page.locator('a[data-trueconf-link]').getAttribute('href'))
      .toBe('trueconf:\\c\\4154248070');
    expect(scripts).toContain('linkify.js');
    expect(scripts).toContain('page-walker.js');
    // Where links are made anyway, a page can find the helper (and can only have its own text
    // walked with it).
    expect(await helperAnswersThePage(page)).toBe(true);
    await page.close();
  });
});
