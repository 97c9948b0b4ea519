// `npm run screenshots`: every state of the popup, the options page and the confirmation window,
// in English and Russian, light and dark, from the built extension in headless Chromium, into
// docs/screenshots/. Also the README's picture (quick-dial.png: the demo page, the popup over it).
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import {
  launchExtensionBrowser,
  PROJECT_ROOT,
  type ExtensionBrowser,
} from '../test/e2e/harness/extension-browser';
import { openSignInConfirmation, seedLists } from '../test/e2e/harness/popup-states';

export const POPUP_WIDTH = 380;
export const POPUP_MAX_HEIGHT = 600;
const OUT_DIR = path.join(PROJECT_ROOT, 'docs/screenshots');
const DEMO_HOST = 'intranet.acme.example';

const LANGUAGES = [
  { code: 'en', locale: 'en-US' },
  { code: 'ru', locale: 'ru' },
] as const;
const SCHEMES = ['light', 'dark'] as const;

/** The popup as Chromium shows it: 380 px wide, as tall as its content up to 600 px. */
async function shootPopup(popup: Page): Promise<Buffer> {
  const height = Math.min(
    POPUP_MAX_HEIGHT,
    await popup.evaluate(() => document.documentElement.scrollHeight),
  );
  await popup.setViewportSize({ width: POPUP_WIDTH, height });
  return popup.screenshot();
}

async function openPopup(browser: ExtensionBrowser, tabId?: number): Promise<Page> {
  const popup = await browser.openExtensionPage(
    tabId === undefined ? 'popup.html' : `popup.html?tab=${tabId}`,
  );
  await popup.setViewportSize({ width: POPUP_WIDTH, height: POPUP_MAX_HEIGHT });
  await popup.waitForSelector('html[data-ready="true"]');
  return popup;
}

async function typeAndWait(popup: Page, text: string): Promise<void> {
  await popup.fill('#address', text);
  await popup.waitForFunction(
    () =>
      document.getElementById('preview-uri')?.textContent !== '' ||
      !document.getElementById('preview-error')?.hidden,
  );
}

async function demoTab(browser: ExtensionBrowser): Promise<{ page: Page; tabId: number }> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(browser.server.url('/index.html').replace('127.0.0.1', DEMO_HOST));
  await page.locator('a[data-trueconf-link]').first().waitFor();
  await page.waitForTimeout(500);
  await page.bringToFront();
  const tabId = await browser.serviceWorker.evaluate(async () => {
    // eslint-disable-next-line no-restricted-globals -- runs in the service worker, not our code
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id;
  });
  if (tabId === undefined) throw new Error('The demo tab was not found');
  return { page, tabId };
}

/** The confirmation window for a sign-in link, at the size the window fits itself to. */
async function shootConfirmation(browser: ExtensionBrowser): Promise<Buffer> {
  const { page, dialog } = await openSignInConfirmation(browser);
  await dialog.setViewportSize({ width: 460, height: 300 });
  const height = await dialog.evaluate(() => document.documentElement.scrollHeight);
  await dialog.setViewportSize({ width: 460, height });
  const shot = await dialog.screenshot();
  await dialog.close();
  await page.close();
  return shot;
}

/** The real popup over the page it is about, as Chromium draws it under the toolbar button. */
export async function composePopupOverPage(
  browser: ExtensionBrowser,
  pageShot: Buffer,
  popupShot: Buffer,
  size = { width: 1280, height: 800 },
): Promise<Buffer> {
  const stage = await browser.context.newPage();
  await stage.setViewportSize(size);
  const image = (png: Buffer): string => `data:image/png;base64,${png.toString('base64')}`;
  await stage.setContent(
    `<!doctype html><html><body style="margin:0;width:${size.width}px;height:${size.height}px;overflow:hidden">` +
      `<img alt="" src="${image(pageShot)}" style="display:block">` +
      `<img alt="" src="${image(popupShot)}" style="position:absolute;top:8px;right:16px;` +
      `border-radius:8px;box-shadow:0 10px 32px rgb(0 0 0 / 30%),0 0 0 1px rgb(0 0 0 / 12%)">` +
      '</body></html>',
    { waitUntil: 'load' },
  );
  const composed = await stage.screenshot();
  await stage.close();
  return composed;
}

async function shootAll(
  language: (typeof LANGUAGES)[number],
  scheme: (typeof SCHEMES)[number],
): Promise<[string, Buffer][]> {
  const browser = await launchExtensionBrowser({
    locale: language.locale,
    colorScheme: scheme,
    args: [`--host-resolver-rules=MAP ${DEMO_HOST} 127.0.0.1`],
  });
  const name = (state: string) => `${state}-${language.code}-${scheme}.png`;
  const shots: [string, Buffer][] = [];
  try {
    const empty = await openPopup(browser);
    shots.push([name('popup-empty'), await shootPopup(empty)]);
    await typeAndWait(empty, '+7 916 555-12-34');
    shots.push([name('popup-error'), await shootPopup(empty)]);
    await empty.close();

    await seedLists(browser);
    const { page, tabId } = await demoTab(browser);
    const popup = await openPopup(browser, tabId);
    await popup.waitForSelector('#recent .call-item');
    shots.push([name('popup-lists'), await shootPopup(popup)]);
    await typeAndWait(popup, '\\c\\4154248070@video.example.com');
    const preview = await shootPopup(popup);
    shots.push([name('popup-preview'), preview]);
    if (language.code === 'en' && scheme === 'light') {
      await popup.close();
      const pageShot = await page.screenshot();
      shots.push(['quick-dial.png', await composePopupOverPage(browser, pageShot, preview)]);
    }

    const options = await browser.openExtensionPage('options.html');
    await options.setViewportSize({ width: 1000, height: 900 });
    await options.getByRole('heading', { level: 1 }).waitFor();
    await options.locator('fieldset').first().waitFor();
    shots.push([name('options'), await options.screenshot()]);
    shots.push([name('confirm'), await shootConfirmation(browser)]);
  } finally {
    await browser.close();
  }
  return shots;
}

async function main(): Promise<void> {
  await mkdir(OUT_DIR, { recursive: true });
  for (const file of await readdir(OUT_DIR)) {
    if (file.endsWith('.png')) await rm(path.join(OUT_DIR, file));
  }
  let total = 0;
  // One Chromium at a time: the machines have two cores.
  for (const language of LANGUAGES) {
    for (const scheme of SCHEMES) {
      for (const [file, png] of await shootAll(language, scheme)) {
        await writeFile(path.join(OUT_DIR, file), png);
        total += png.length;
        console.log(`  docs/screenshots/${file}  ${Math.round(png.length / 1024)} KB`);
      }
    }
  }
  console.log(`${Math.round(total / 1024)} KB in all`);
}

if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) await main();
