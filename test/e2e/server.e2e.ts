import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeCertificate, startStandIn, type StandIn } from '../stand-in-server/stand-in';
import { launchExtensionBrowser, type ExtensionBrowser } from './harness/extension-browser';
import { unescapeBackslashes } from './harness/stand-in-client';

/**
 * Sign-in to the user's own TrueConf Server, in Chromium with the built extension, against the
 * stand-in server (test/stand-in-server) started here on 127.0.0.1.
 */
describe('the user’s own TrueConf Server', () => {
  let browser: ExtensionBrowser;
  let standIn: StandIn;
  const pages: Page[] = [];

  const openPopup = async (): Promise<Page> => {
    const page = await browser.openExtensionPage('popup.html');
    pages.push(page);
    await page.waitForSelector('html[data-ready="true"]');
    return page;
  };

  const storedSession = () =>
    browser.serviceWorker.evaluate(async () => {
      const stored = await chrome.storage.local.get('serverSession');
      return stored.serverSession as Record<string, unknown> | undefined;
    });

  const signOutInWorker = () =>
    browser.serviceWorker.evaluate(() => chrome.storage.local.remove('serverSession'));

  async function signIn(page: Page, server: string, login: string, password: string) {
    await page.click('#account > summary');
    await page.fill('.account-form input[name="server"]', server);
    // A person takes longer than this to reach the password: the panel has learnt by then
    // whether the host is already permitted, so the click asks only when it is not.
    await page.waitForTimeout(300);
    await page.fill('.account-form input[name="login"]', login);
    await page.fill('.account-form input[name="password"]', password);
    await page.click('.account-form button[type="submit"]');
    await page.waitForFunction(() => {
      const status = document.querySelector('.account .status');
      return (
        status?.getAttribute('data-kind') === 'ok' || status?.getAttribute('data-kind') === 'error'
      );
    });
    return page.textContent('.account .status');
  }

  const launchesAfter = async (before: number): Promise<string[]> => {
    await browser.client.waitForLaunches(before + 1);
    return (await browser.client.settle(800)).slice(before).map(unescapeBackslashes);
  };

  beforeAll(async () => {
    standIn = await startStandIn();
    browser = await launchExtensionBrowser();
    // Extension pages cannot be granted clipboard reading; a web page of the fixture server can.
    await browser.context.grantPermissions(['clipboard-read'], { origin: browser.server.origin });
  });
  beforeEach(async () => {
    Object.assign(standIn.switches, {
      passwordDisabled: false,
      noV4: false,
      delayMs: 0,
      malformed: 'no',
      refreshRefused: false,
      tokenLifetime: 604_800,
    });
    await signOutInWorker();
  });
  afterEach(async () => {
    for (const page of pages.splice(0)) await page.close();
  });
  afterAll(async () => {
    await browser?.close();
    await standIn?.close();
  });

  it('signs in, holds the server’s host permission, and keeps tokens but never the password', async () => {
    const page = await openPopup();
    expect(await page.isHidden('#meet-now')).toBe(true);
    const status = await signIn(page, standIn.origin, 'alice', 'correct horse');
    expect(status).toBe('Signed in.');
    expect(await page.textContent('.account-who')).toBe(
      `Signed in as Alice Adams on ${new URL(standIn.origin).host}`,
    );
    expect(await page.isVisible('#meet-now')).toBe(true);
    // Chromium: the content scripts' <all_urls> already covers the server, so the sign-in needed
    // no prompt (and the specific host is not listed on its own).
    const granted = await browser.serviceWorker.evaluate(() => chrome.permissions.getAll());
    expect(granted.origins).toContain('<all_urls>');
    const session = await storedSession();
    expect(session?.userId).toBe('alice');
    expect(JSON.stringify(session)).not.toContain('correct horse');
    const synced = await browser.serviceWorker.evaluate(() => chrome.storage.sync.get(null));
    expect(JSON.stringify(synced)).not.toContain('access-');
    expect(await page.inputValue('.account-form input[name="password"]')).toBe('');
  });

  it('searches the address book as the person types, above local results, and Enter calls the first', async () => {
    const page = await openPopup();
    await signIn(page, standIn.origin, 'alice', 'correct horse');
    await page.fill('#address', 'bo');
    await page.waitForSelector('#contacts .contact');
    const names = await page.$$eval('#contacts .contact-name', (nodes) =>
      nodes.map((node) => node.textContent),
    );
    expect(names).toEqual(['Bob Brown', 'Boris Blue']);
    const presences = await page.$$eval('#contacts .presence', (nodes) =>
      nodes.map((node) => node.textContent),
    );
    expect(presences).toEqual(['Available', 'In a conference']);
    expect(await page.textContent('#contacts .avatar')).toBe('BB');
    const above = await page.evaluate(() => {
      const contacts = document.getElementById('contacts-section');
      const favourites = document.getElementById('favourites');
      return Boolean(
        contacts &&
        favourites &&
        contacts.compareDocumentPosition(favourites) & Node.DOCUMENT_POSITION_FOLLOWING,
      );
    });
    expect(above).toBe(true);
    // The preview says what Enter does: the first contact, not the typed word.
    await page.waitForFunction(() =>
      document.getElementById('preview-description')?.textContent?.includes('Bob Brown'),
    );
    expect(await page.textContent('#preview-description')).toBe(
      'Call Bob Brown (bob@video.example) from the address book',
    );
    expect(await page.textContent('#preview-uri')).toBe('trueconf:bob@video.example');
    const before = (await browser.client.received()).length;
    await page.press('#address', 'Enter');
    expect(await launchesAfter(before)).toEqual(['trueconf:bob@video.example']);
  });

  it('drops an answer that a newer search overtook', async () => {
    const page = await openPopup();
    await signIn(page, standIn.origin, 'alice', 'correct horse');
    standIn.switches.delayMs = 1200;
    await page.fill('#address', 'bo');
    // The first search is on its way when the person types on.
    await page.waitForTimeout(400);
    standIn.switches.delayMs = 0;
    await page.fill('#address', 'carol');
    await page.waitForSelector('#contacts .contact');
    await page.waitForTimeout(1500);
    const names = await page.$$eval('#contacts .contact-name', (nodes) =>
      nodes.map((node) => node.textContent),
    );
    expect(names).toEqual(['Carol Cole']);
  });

  it('says it is searching, not that no one matches, while a slow answer is on its way', async () => {
    const page = await openPopup();
    await signIn(page, standIn.origin, 'alice', 'correct horse');
    await page.fill('#address', 'zzz');
    await page
      .locator('.contacts-note')
      .filter({ hasText: 'No one in the address book' })
      .waitFor();
    standIn.switches.delayMs = 1500;
    await page.fill('#address', 'carol');
    await expect.poll(() => page.textContent('.contacts-note')).toBe('Searching…');
    await page.waitForSelector('#contacts .contact');
    expect(await page.isHidden('.contacts-note')).toBe(true);
  });

  it('meets now: creates a conference, opens it in TrueConf and copies the invitation', async () => {
    const page = await openPopup();
    await signIn(page, standIn.origin, 'alice', 'correct horse');
    const before = (await browser.client.received()).length;
    await page.click('#meet-now');
    const [launched] = await launchesAfter(before);
    expect(launched).toMatch(/^trueconf:\\c\\5\d+@127\.0\.0\.1:\d+%23vcs$/);
    await page.waitForFunction(() => document.getElementById('result')?.dataset.kind === 'ok');
    expect(await page.textContent('#result')).toContain('invitation copied');
    const reader = await browser.context.newPage();
    pages.push(reader);
    await reader.goto(browser.server.url('/index.html'));
    const clipboard = await reader.evaluate(() => navigator.clipboard.readText());
    const id = /\\c\\(\d+)@/.exec(launched ?? '')?.[1];
    expect(clipboard).toContain(`${standIn.origin}/c/${id}`);
    expect(clipboard).toContain(`trueconf:\\c\\${id}@`);
    const created = standIn.requests.filter(
      (request) => request.method === 'POST' && request.path === '/api/v4/conferences',
    );
    expect(created.at(-1)?.body).toMatchObject({ owner: 'alice', schedule: { type: 'none' } });
  });

  it('refreshes a rejected token and retries; a refused refresh signs out', async () => {
    const page = await openPopup();
    await signIn(page, standIn.origin, 'alice', 'correct horse');
    standIn.revokeAccessTokens();
    await page.fill('#address', 'carol');
    await page.waitForSelector('#contacts .contact');
    expect(
      standIn.requests.some(
        (request) =>
          request.body && (request.body as Record<string, unknown>).grant_type === 'refresh_token',
      ),
    ).toBe(true);

    standIn.revokeAccessTokens();
    standIn.switches.refreshRefused = true;
    await page.fill('#address', 'bella');
    await page.waitForSelector('.contacts-note:not([hidden])');
    expect(await page.textContent('.contacts-note')).toBe(
      'You are signed out of your TrueConf Server. Sign in again.',
    );
    expect(await storedSession()).toBeUndefined();
  });

  it('signs out and deletes the tokens', async () => {
    const page = await openPopup();
    await signIn(page, standIn.origin, 'alice', 'correct horse');
    // An options page opened while signed in follows a sign-out made in the popup.
    const options = await browser.openExtensionPage('options.html');
    pages.push(options);
    await options.locator('#account .account-who').filter({ hasText: 'Alice Adams' }).waitFor();
    await page.click('.account-signed-in button');
    await page.waitForFunction(
      () => document.querySelector('.account-form')?.hasAttribute('hidden') === false,
    );
    expect(await storedSession()).toBeUndefined();
    await options.locator('#account .account-form').waitFor();
    expect(await options.isHidden('#account .account-signed-in')).toBe(true);
    // The server is offered again as it was signed in to: a plain-http one keeps its http://.
    expect(standIn.origin).toMatch(/^http:\/\//);
    expect(await page.inputValue('.account-form input[name="server"]')).toBe(standIn.origin);
    expect(await page.isHidden('#meet-now')).toBe(true);
    // Signed out, the quick dial is what it was: typing a name calls that login.
    await page.fill('#address', 'bob');
    await page.waitForTimeout(600);
    expect(await page.isHidden('#contacts-section')).toBe(true);
  });

  it.each([
    ['wrong password', () => undefined, 'wrong', 'Wrong login or password.'],
    [
      'password sign-in disabled',
      () => (standIn.switches.passwordDisabled = true),
      'correct horse',
      'Your administrator has switched off sign-in with a password on this server.',
    ],
    [
      'no API v4',
      () => (standIn.switches.noV4 = true),
      'correct horse',
      'This server is too old: signing in needs TrueConf Server 5.5.3 or later (API v4).',
    ],
    [
      'garbage answers',
      () => (standIn.switches.malformed = 'garbage'),
      'correct horse',
      'The server answered something this extension does not understand.',
    ],
  ])('says %s in words', async (_name, arrange, password, message) => {
    arrange();
    const page = await openPopup();
    expect(await signIn(page, standIn.origin, 'alice', password)).toBe(message);
    expect(await storedSession()).toBeUndefined();
    // The keyboard stays in the form, at the password to type again.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe(
      'password',
    );
  });

  it('says when the server cannot be reached', async () => {
    const gone = await startStandIn();
    const origin = gone.origin;
    await gone.close();
    const page = await openPopup();
    expect(await signIn(page, origin, 'alice', 'correct horse')).toBe(
      'Cannot reach the server. Check the address and your network.',
    );
  });

  it('says when the browser does not trust the server’s certificate', async () => {
    const secure = await startStandIn({ certificate: makeCertificate() });
    try {
      const page = await openPopup();
      expect(await signIn(page, secure.origin, 'alice', 'correct horse')).toMatch(
        /^Cannot reach the server, or the browser does not trust its certificate\./,
      );
    } finally {
      await secure.close();
    }
  });

  it('says when the server does not answer in time', async () => {
    standIn.switches.delayMs = 12_000;
    const page = await openPopup();
    expect(await signIn(page, standIn.origin, 'alice', 'correct horse')).toBe(
      'The server did not answer in time. Try again later.',
    );
  }, 40_000);
});
