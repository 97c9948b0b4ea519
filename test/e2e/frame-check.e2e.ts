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

  it('loads nothing more where only scripts, styles and templates mention TrueConf or an @, and links real text added later', async () => {
    const { page, scripts } = await openWatched('/content/code-only.html');
    // Long enough for the frame script to have asked and the linkifier to have arrived.
    await page.waitForTimeout(1500);
    expect(scripts).toContain('frame.js');
    expect(scripts).not.toContain('linkify.js');
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
    await page.close();
  });
});
