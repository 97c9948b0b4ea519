import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../harness/extension-browser';
import type { Attack } from './attack';

/**
 * Attacks through what the extension reads: a page's link targets, the page-world helper, a
 * settings file's custom rules. Each `run` also fails on its own when the defence visibly did not
 * hold (a page answering late, links made where a page's stand-in helper pointed).
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
    name: 'a page takes the page-world helper’s channel and points the linkifier at text of its choosing',
    attacker: 'page',
    outcome: 'nothing launched',
    async run(browser) {
      const page = await browser.context.newPage();
      // As a hostile page would, in its first script: first to hear the offer, it keeps it from
      // the helper and answers in its place, pointing at text the linkifier must not link.
      await page.addInitScript(() => {
        const seen = { offers: 0, walks: 0 };
        const made: Element[] = [];
        Object.assign(window, { attackSeen: seen, attackMade: made });
        window.addEventListener(
          'trueconf-linkify:channel',
          (event) => {
            seen.offers += 1;
            event.stopImmediatePropagation();
            const channel = (event as MouseEvent).relatedTarget as Element;
            channel.addEventListener('trueconf-linkify:walk', (request) => {
              seen.walks += 1;
              const detail = (request as MouseEvent).detail;
              const tell = (type: string, relatedTarget: Node | null = null) =>
                channel.dispatchEvent(new MouseEvent(type, { detail, relatedTarget }));
              const inAnchor = document.createElement('a');
              inAnchor.href = 'https://example.com/';
              inAnchor.textContent = 'trueconf:\\c\\4154248070';
              const editable = document.createElement('div');
              editable.contentEditable = 'true';
              editable.textContent = 'trueconf:\\c\\4154248071';
              const plain = document.createElement('p');
              plain.textContent = 'no address here at all';
              document.body.append(inAnchor, editable, plain);
              made.push(inAnchor, editable, plain);
              tell('trueconf-linkify:walk-accepted');
              for (const element of made) tell('trueconf-linkify:candidate', element.firstChild);
              tell('trueconf-linkify:walk-done');
            });
            channel.dispatchEvent(new MouseEvent('trueconf-linkify:channel-taken'));
          },
          true,
        );
      });
      await page.goto(browser.server.url(PAGE));
      await page.waitForTimeout(1500);
      const seen = await page.evaluate(() => {
        const { attackSeen, attackMade } = window as unknown as {
          attackSeen: { offers: number; walks: number };
          attackMade: Element[];
        };
        return {
          ...attackSeen,
          linksMade: attackMade.map((element) => element.querySelectorAll('a').length),
          global: 'pageWalker' in window,
        };
      });
      // The offer reached the page (so the attack ran), and nothing it pointed at became a link.
      if (
        seen.offers !== 1 ||
        seen.walks !== 1 ||
        seen.linksMade.join() !== '0,0,0' ||
        seen.global
      ) {
        throw new Error(`a page-world helper of the page's made links: ${JSON.stringify(seen)}`);
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
