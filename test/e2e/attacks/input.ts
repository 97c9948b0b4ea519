import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../harness/extension-browser';
import type { Attack } from './attack';

/**
 * Attacks through what the extension reads: a page's link targets, the page-world helper, a
 * settings file's custom rules. Each `run` also fails on its own when the defence visibly did not
 * hold (a page answering late, a helper answering the page).
 */

/** Any page the fixture server has; the attacks build what they need in it, as its scripts would. */
const PAGE = '/content/dynamic.html';

/** Longer than the 500 ms a page's link must have been in the document before a direct launch. */
const SETTLED_MS = 800;

async function openPage(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(browser.server.url(PAGE));
  return page;
}

/** A plain, visible link the page adds, clicked by a real (trusted) click once it has settled. */
async function clickPageLink(browser: ExtensionBrowser, href: string): Promise<void> {
  const page = await openPage(browser);
  await page.evaluate((target) => {
    const link = document.createElement('a');
    link.id = 'attack';
    link.href = target;
    link.textContent = 'Join the weekly meeting';
    link.style.cssText = 'display:inline-block;padding:8px;font-size:20px';
    document.body.prepend(link);
  }, href);
  await page.waitForTimeout(SETTLED_MS);
  await page.click('#attack');
}

const HELPER_EVENTS = [
  'trueconf-linkify:walk-accepted',
  'trueconf-linkify:candidate',
  'trueconf-linkify:shadow-host',
  'trueconf-linkify:walk-progress',
  'trueconf-linkify:walk-done',
  'trueconf-linkify:channel-taken',
];

export const inputAttacks: Attack[] = [
  {
    name: 'encoded separators (%26, %3D) in a page link slip a sign-in past confirmation',
    attacker: 'page',
    // Refused: the extension's window only says why (no button launches it).
    outcome: 'nothing launched',
    run: (browser) =>
      clickPageLink(
        browser,
        'trueconf:x%26h%3Devil.example%26login%3Dvictim%26password%3Dp%26force%3D1',
      ),
  },
  {
    name: 'lower-case encoded separators in a call string',
    attacker: 'page',
    outcome: 'nothing launched',
    run: (browser) => clickPageLink(browser, 'trueconf:#sip:a%26login%3dvictim%26force%3d1'),
  },
  {
    name: 'a page sends walk requests to the page-world helper and offers it a channel',
    attacker: 'page',
    outcome: 'nothing launched',
    async run(browser) {
      const page = await openPage(browser);
      const seen = await page.evaluate(async (types) => {
        const heard: string[] = [];
        const own = document.createElement('span');
        for (const type of types) {
          document.addEventListener(type, () => heard.push(type), true);
          own.addEventListener(type, () => heard.push(type));
        }
        document.body.append('trueconf:\\c\\4154248070');
        for (const detail of [1, 7, 123456]) {
          document.dispatchEvent(new CustomEvent('trueconf-linkify:walk', { detail }));
          document.dispatchEvent(new MouseEvent('trueconf-linkify:walk', { detail }));
        }
        document.dispatchEvent(new MouseEvent('trueconf-linkify:helper-ready'));
        document.dispatchEvent(new MouseEvent('trueconf-linkify:channel', { relatedTarget: own }));
        own.dispatchEvent(new MouseEvent('trueconf-linkify:walk', { detail: 5 }));
        await new Promise((resolve) => setTimeout(resolve, 1000));
        return { heard, global: 'pageWalker' in window };
      }, HELPER_EVENTS);
      if (seen.global || seen.heard.length > 0) {
        throw new Error(`the page-world helper answered the page: ${JSON.stringify(seen)}`);
      }
    },
  },
  {
    name: 'a settings file with a catastrophically slow custom rule',
    attacker: 'settings file',
    outcome: 'nothing launched',
    async run(browser) {
      const options = await browser.openExtensionPage('options.html');
      const download = options.waitForEvent('download');
      await options.click('button[name="exportSettings"]');
      const exported = JSON.parse(await readFile(await (await download).path(), 'utf8')) as {
        settings: { customRules: unknown[] };
      };
      exported.settings.customRules = [
        {
          id: 'frozen',
          pattern: String.raw`(?:(?:x[^x]){1,32}){1,32}!`,
          hrefTemplate: 'trueconf:x',
        },
      ];
      await options.setInputFiles('input[name="importSettings"]', {
        name: 'settings.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(exported)),
      });
      await options.getByText('Nothing was changed').waitFor();
      // Whatever the import did, a page with the text that froze a tab for 7.5 s still answers.
      const page = await openPage(browser);
      await page.evaluate(() => document.body.append(`${'xa'.repeat(29)}?`));
      await page.waitForTimeout(SETTLED_MS);
      await page.evaluate(() => document.title, undefined);
    },
  },
];
