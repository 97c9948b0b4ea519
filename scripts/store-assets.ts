// `npm run assets`: store screenshots (1280×800, English and Russian) from a real Chromium with
// the built extension — the demo page with its links, the quick dial over it, the options page.
// Everything on screen is put there through the extension's own UI, as a person would.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import {
  launchExtensionBrowser,
  PROJECT_ROOT,
  type ExtensionBrowser,
} from '../test/e2e/harness/extension-browser';
import { composePopupOverPage } from './screenshots';

const WIDTH = 1280;
const HEIGHT = 800;
/** The popup's width in Chromium (see popup-look.e2e.ts) and the tallest popup Chromium shows. */
const POPUP_WIDTH = 380;
const POPUP_MAX_HEIGHT = 600;
/** The demo page is served under a believable host name instead of 127.0.0.1. */
const DEMO_HOST = 'intranet.acme.example';
const OUT_DIR = path.join(PROJECT_ROOT, 'store-assets');

const LANGUAGES = [
  { dir: 'en', locale: 'en-US', lang: 'en', pasted: 'Conference ID: 0003172451' },
  { dir: 'ru', locale: 'ru', lang: 'ru', pasted: 'Идентификатор конференции: 0003172451' },
] as const;

type Language = (typeof LANGUAGES)[number];

async function expectLanguage(page: Page, language: Language, what: string): Promise<void> {
  const lang = await page.evaluate(() => document.documentElement.lang);
  if (!lang.startsWith(language.lang)) {
    throw new Error(`${what} is in "${lang}", not ${language.lang}: Chromium ignored the locale`);
  }
}

/** Waits until the number of our links on the page stops changing. */
async function waitForLinks(page: Page): Promise<number> {
  let last = -1;
  for (let round = 0; round < 40; round++) {
    const count = await page.locator('a[data-trueconf-link]').count();
    if (count > 0 && count === last) return count;
    last = count;
    await page.waitForTimeout(250);
  }
  throw new Error('The demo page got no TrueConf links: is the content script working?');
}

async function addKnownServer(options: Page, server: string): Promise<void> {
  const input = options.locator('input[id^="knownServers"]');
  await input.fill(server);
  await input.press('Enter');
  await options.getByText(server, { exact: true }).first().waitFor();
}

async function popupFor(browser: ExtensionBrowser, tabId: number): Promise<Page> {
  const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
  await popup.setViewportSize({ width: POPUP_WIDTH, height: POPUP_MAX_HEIGHT });
  await popup.waitForSelector('html[data-ready="true"]');
  return popup;
}

async function useQuickDial(popup: Page, address: string, button: '#call' | '#add-favourite') {
  await popup.fill('#address', address);
  await popup.click(button);
  await popup.waitForFunction(() => document.getElementById('result')?.textContent !== '');
}

function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

async function shoot(language: Language): Promise<string[]> {
  const browser = await launchExtensionBrowser({
    locale: language.locale,
    colorScheme: 'light',
    args: [`--host-resolver-rules=MAP ${DEMO_HOST} 127.0.0.1`],
  });
  const shots: [string, Buffer][] = [];
  try {
    // A known server, added on the options page, makes user@server addresses on the demo page links.
    const options = await browser.openExtensionPage('options.html');
    await options.setViewportSize({ width: WIDTH, height: HEIGHT });
    await options.getByRole('heading', { level: 1 }).waitFor();
    await expectLanguage(options, language, 'The options page');
    await addKnownServer(options, 'video.acme.example');
    await options.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });

    const demo = await browser.context.newPage();
    await demo.setViewportSize({ width: WIDTH, height: HEIGHT });
    await demo.goto(browser.server.url('/index.html').replace('127.0.0.1', DEMO_HOST));
    await waitForLinks(demo);
    const pageShot = await demo.screenshot();
    shots.push(['1-links-on-a-page.png', pageShot]);

    // The popup is about the demo tab (its site panel); a favourite shows what the list looks like.
    await demo.bringToFront();
    const tabId = await browser.serviceWorker.evaluate(async () => {
      // eslint-disable-next-line no-restricted-globals -- runs in the service worker, not our code
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.id;
    });
    if (tabId === undefined) throw new Error('The demo tab was not found');
    const first = await popupFor(browser, tabId);
    await useQuickDial(first, '\\c\\4154248070@video.example.com', '#add-favourite');
    await first.close();
    const popup = await popupFor(browser, tabId);
    await expectLanguage(popup, language, 'The popup');
    await popup.fill('#address', language.pasted);
    await popup.waitForFunction(() => document.getElementById('preview-uri')?.textContent !== '');
    const height = Math.min(
      POPUP_MAX_HEIGHT,
      await popup.evaluate(() => document.documentElement.scrollHeight),
    );
    await popup.setViewportSize({ width: POPUP_WIDTH, height });
    const popupShot = await popup.screenshot();
    shots.push(['2-quick-dial.png', await composePopupOverPage(browser, pageShot, popupShot)]);

    shots.push(['3-options.png', await options.screenshot()]);
  } finally {
    await browser.close();
  }

  const dir = path.join(OUT_DIR, language.dir);
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const [name, png] of shots) {
    const { width, height } = pngSize(png);
    if (width !== WIDTH || height !== HEIGHT) {
      throw new Error(`${name} is ${width}×${height}, not ${WIDTH}×${HEIGHT}`);
    }
    const file = path.join(dir, name);
    await writeFile(file, png);
    written.push(path.relative(PROJECT_ROOT, file));
  }
  return written;
}

async function main(): Promise<void> {
  const pkg = JSON.parse(await readFile(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
    version: string;
  };
  const written: string[] = [];
  // One Chromium at a time: the machines have two cores.
  for (const language of LANGUAGES) written.push(...(await shoot(language)));
  console.log(`Store screenshots for ${pkg.version} (${WIDTH}×${HEIGHT}):`);
  for (const file of written) console.log(`  ${file}`);
}

await main();
