import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launchExtensionBrowser, PROJECT_ROOT } from './harness/extension-browser';

const POPUP_WIDTH = 380;
const RESULTS_DIR = path.join(PROJECT_ROOT, 'test-results');

/** What each language must show, so a screenshot in the wrong language fails the test. */
const EXPECTED = {
  en: { lang: 'en', call: 'Call', favourites: 'Favourites' },
  ru: { lang: 'ru', call: 'Позвонить', favourites: 'Избранное' },
} as const;

/** Favourites and history as a person who uses the popup daily would have them. */
async function seedStorage(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const now = Date.now();
    await chrome.storage.sync.set({
      favourites: [
        {
          id: 'f1',
          name: 'Daily stand-up',
          uri: 'trueconf:\\c\\4154248070@video.example.com%23vcs',
        },
        { id: 'f2', name: 'Ivan Petrov', uri: 'trueconf:ipetrov@video.acme.example' },
      ],
    });
    await chrome.storage.local.set({
      history: [
        {
          time: now - 60_000,
          uri: 'trueconf:smith@conf.company.com',
          description: {
            key: 'describe_callUserOnServer',
            substitutions: ['smith', 'conf.company.com'],
          },
          origin: 'popup',
          result: 'handed-to-trueconf',
        },
        {
          time: now - 3_600_000,
          uri: 'trueconf:#rtsp:%2f%2fcam.company.com:554%2flive%2fa-rather-long-stream-name-that-needs-wrapping',
          description: {
            key: 'describe_openRtsp',
            substitutions: [
              'rtsp://cam.company.com:554/live/a-rather-long-stream-name-that-needs-wrapping',
            ],
          },
          origin: 'page',
          pageOrigin: 'https://intranet.example.com',
          result: 'handed-to-trueconf',
        },
      ],
    });
  });
}

/** Every element whose box reaches past the popup's edges, described for the failure message. */
function overflowingElements(page: Page): Promise<string[]> {
  return page.evaluate((width) => {
    const problems: string[] = [];
    for (const element of document.querySelectorAll('body *')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (box.right > width + 0.5 || box.left < -0.5) {
        problems.push(
          `${element.tagName.toLowerCase()}#${element.id}.${element.className} ${box.left}–${box.right}`,
        );
      }
    }
    if (document.documentElement.scrollWidth > width) {
      problems.push(`page scrolls sideways: ${document.documentElement.scrollWidth}px`);
    }
    return problems;
  }, POPUP_WIDTH);
}

/** Controls a screen reader could not name. */
function unnamedControls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('input, textarea, select, button, summary')]
      .filter((control) => control.getClientRects().length > 0)
      .filter((control) => {
        const labelled =
          control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement
            ? (control.labels?.length ?? 0) > 0
            : (control.textContent ?? '').trim() !== '';
        return !labelled && !control.getAttribute('aria-label');
      })
      .map((control) => `${control.tagName.toLowerCase()}#${control.id}.${control.className}`),
  );
}

describe.each([
  ['light', 'en'],
  ['dark', 'en'],
  ['light', 'ru'],
  ['dark', 'ru'],
] as const)('the quick dial in %s colours, %s', (colorScheme, locale) => {
  it('looks right, speaks the language, and nothing is wider than 380 px', async () => {
    const browser = await launchExtensionBrowser({ colorScheme, locale });
    try {
      const site = await browser.context.newPage();
      await site.goto(browser.server.url('/index.html'));
      const siteTabId = await browser.serviceWorker.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id ?? -1;
      });
      const setup = await browser.openExtensionPage('popup.html');
      await seedStorage(setup);
      await setup.close();

      const popup = await browser.context.newPage();
      await popup.setViewportSize({ width: POPUP_WIDTH, height: 600 });
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${siteTabId}`);
      await popup.waitForSelector('html[data-ready="true"]');
      await popup.waitForSelector('#recent .call-item');

      const expected = EXPECTED[locale];
      expect(await popup.getAttribute('html', 'lang')).toBe(expected.lang);
      expect(await popup.textContent('#call')).toBe(expected.call);
      expect(await popup.textContent('#favourites-heading')).toBe(expected.favourites);
      const background = await popup.evaluate(
        () => getComputedStyle(document.body).backgroundColor,
      );
      expect(background).toBe(colorScheme === 'dark' ? 'rgb(28, 31, 36)' : 'rgb(255, 255, 255)');
      // The common case (favourites, recent calls, this page) fits 600 px without scrolling,
      // with text at the body size set on the body, not Chromium's 75 %.
      expect(await popup.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(
        600,
      );
      expect(await popup.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('14px');

      // An ambiguous number shows the readings to choose from and the preview.
      await popup.fill('#address', '4154248070');
      await popup.click('#choices summary');
      await popup.click('#more summary');
      await popup.click('#qr summary');
      await popup.waitForSelector('#qr svg');
      await popup.focus('#address');
      await mkdir(RESULTS_DIR, { recursive: true });
      await popup.screenshot({
        path: path.join(RESULTS_DIR, `popup-${colorScheme}-${locale}.png`),
        fullPage: true,
      });
      expect(await overflowingElements(popup)).toEqual([]);
      expect(await unnamedControls(popup)).toEqual([]);

      // The widest content there is: a long pasted address, an error, sign-in open.
      await popup.fill(
        '#address',
        'rtsp://cam.company.com:554/live/' + 'very-long-path-segment-without-spaces-'.repeat(6),
      );
      await popup.click('#sign-in summary');
      expect(await overflowingElements(popup)).toEqual([]);
      await popup.fill('#address', 'x'.repeat(120) + '&password=nope');
      expect(await popup.isVisible('#preview-error')).toBe(true);
      expect(await overflowingElements(popup)).toEqual([]);
      expect(await unnamedControls(popup)).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
