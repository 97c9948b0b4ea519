import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startStandIn, type StandIn } from '../stand-in-server/stand-in';
import { launchExtensionBrowser, type ExtensionBrowser } from './harness/extension-browser';
import { signInFromPopup } from './harness/sign-in';

/**
 * Presence on pages (opt-in), in Chromium with the built extension against the stand-in server:
 * linked TrueConf IDs of the signed-in server get a dot and their presence in the title; off, the
 * server is never asked; the page learns nothing beyond its links' attributes and style.
 */
describe('presence on pages', () => {
  let browser: ExtensionBrowser;
  let standIn: StandIn;
  const pages: Page[] = [];
  const shots = process.env.SHOTS_DIR;

  const setSettings = (settings: Record<string, unknown>): Promise<void> =>
    browser.serviceWorker.evaluate(
      (value) => chrome.storage.sync.set({ settings: value }),
      settings,
    );

  /** Requests for the whole address book (presence), not searches. */
  const bookReads = () =>
    standIn.requests.filter(
      (request) => request.path.includes('/addressbook') && !request.path.includes('filter_search'),
    );

  const signIn = (): Promise<void> => signInFromPopup(browser, standIn.origin);

  const openTeamPage = async (): Promise<Page> => {
    const page = await browser.context.newPage();
    pages.push(page);
    await page.goto(browser.server.url('/server/presence.html'));
    await page.locator('#stranger a[data-trueconf-link]').waitFor();
    return page;
  };

  beforeAll(async () => {
    standIn = await startStandIn();
    browser = await launchExtensionBrowser();
    if (shots) await mkdir(shots, { recursive: true });
  });
  beforeEach(async () => {
    await browser.serviceWorker.evaluate(() => chrome.storage.local.remove('serverSession'));
  });
  afterEach(async () => {
    for (const page of pages.splice(0)) await page.close();
  });
  afterAll(async () => {
    await browser?.close();
    await standIn?.close();
  });

  it('asks the server nothing while it is off, signed in or not', async () => {
    await setSettings({ version: 1 });
    await signIn();
    const before = bookReads().length;
    const page = await openTeamPage();
    // Long enough for the linkifier's idle, a query and an answer, had any been made.
    await page.waitForTimeout(1500);
    expect(await page.locator('[data-trueconf-presence]').count()).toBe(0);
    expect(await page.getAttribute('#bob a', 'title')).toBe(
      'Call bob on video.example in TrueConf',
    );
    expect(bookReads().length).toBe(before);
  });

  it('shows a dot and the presence in the title of the signed-in server’s IDs, from one read', async () => {
    await setSettings({ version: 1, serverPresence: true });
    await signIn();
    const before = bookReads().length;
    const page = await openTeamPage();
    await page.locator('#bert a[data-trueconf-presence]').waitFor();
    const states = await page.$$eval('li', (items) =>
      items.map((item) => [
        item.id,
        item.querySelector('a')?.getAttribute('data-trueconf-presence') ?? null,
        item.querySelector('a')?.title ?? null,
      ]),
    );
    expect(states).toEqual([
      ['bob', 'available', 'Call bob on video.example in TrueConf — available'],
      ['bella', 'busy', 'Call bella on video.example in TrueConf — busy'],
      ['boris', 'in-conference', 'Call boris on video.example in TrueConf — in a conference'],
      ['bert', 'offline', 'Call bert on video.example in TrueConf — offline'],
      // Not in the address book: no dot rather than a guess.
      ['stranger', null, 'Call stranger on other.example in TrueConf'],
    ]);
    // The dot is the link's own background, drawn before the text; the text is unchanged.
    const look = await page.$eval('#bob a', (link) => ({
      image: getComputedStyle(link).backgroundImage,
      padding: parseFloat(getComputedStyle(link).paddingLeft),
      text: link.textContent,
    }));
    expect(look.image).toContain('data:image/svg+xml');
    expect(look.padding).toBeGreaterThan(0);
    expect(look.text).toBe('trueconf:bob@video.example');
    if (shots) await page.screenshot({ path: path.join(shots, 'presence-page.png') });

    // Another page a moment later is answered from the cache: the server was read once.
    const again = await openTeamPage();
    await again.locator('#bob a[data-trueconf-presence]').waitFor();
    const reads = bookReads().slice(before);
    expect(reads).toHaveLength(1);
    expect(reads[0]?.path).toMatch(/^\/api\/v4\.1\/users\/alice\/addressbook\?page_size=\d+$/);

    // Switched off, the open page loses every mark at once.
    await setSettings({ version: 1, serverPresence: false });
    await again.waitForFunction(() => !document.querySelector('[data-trueconf-presence]'));
    expect(await again.getAttribute('#bob a', 'title')).toBe(
      'Call bob on video.example in TrueConf',
    );
  });

  it('takes the dots away from an open page as soon as the user signs out', async () => {
    await setSettings({ version: 1, serverPresence: true });
    await signIn();
    const page = await openTeamPage();
    await page.locator('#bob a[data-trueconf-presence]').waitFor();
    await browser.serviceWorker.evaluate(() => chrome.storage.local.remove('serverSession'));
    // Well before the page's own refresh a minute later.
    await page.waitForFunction(() => !document.querySelector('[data-trueconf-presence]'), null, {
      timeout: 10_000,
    });
  });

  it('gives the page nothing but its links’ attributes and style', async () => {
    await setSettings({ version: 1, serverPresence: true });
    await signIn();
    const page = await openTeamPage();
    await page.locator('#bob a[data-trueconf-presence]').waitFor();
    const session = await browser.serviceWorker.evaluate(async () => {
      const stored = await chrome.storage.local.get('serverSession');
      return stored.serverSession as { accessToken: string; refreshToken: string };
    });
    const seen = await page.evaluate(
      async ({ id }) => {
        const link = document.querySelector('#bob a');
        const extensionApi = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } })
          .chrome?.runtime?.sendMessage;
        let answered: unknown = 'no api';
        if (typeof extensionApi === 'function') {
          answered = await new Promise((resolve) => {
            try {
              (extensionApi as (id: string, message: unknown, reply: (a: unknown) => void) => void)(
                id,
                { type: 'presence-query', ids: ['bob@video.example'] },
                resolve,
              );
            } catch (error) {
              resolve(String(error));
            }
          });
        }
        return {
          html: new XMLSerializer().serializeToString(document),
          attributes: link?.getAttributeNames().sort(),
          answered: answered === undefined ? 'nothing' : answered,
        };
      },
      { id: browser.extensionId },
    );
    expect(seen.attributes).toEqual([
      'data-trueconf-link',
      'data-trueconf-presence',
      'href',
      'style',
      'title',
    ]);
    expect(seen.html).not.toContain(session.accessToken);
    expect(seen.html).not.toContain(session.refreshToken);
    // The answer's names and raw codes never reach the page.
    expect(seen.html).not.toContain('Bob Brown</a>');
    expect(seen.html).not.toContain('"status"');
    // A page cannot ask the extension itself: no API, or no answer.
    expect(['no api', 'nothing']).toContain(
      typeof seen.answered === 'string' && seen.answered.includes('Error')
        ? 'nothing'
        : seen.answered,
    );
  });
});
