import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startStandIn, type StandIn } from '../stand-in-server/stand-in';
import {
  EXTENSION_DIR,
  launchExtensionBrowser,
  type ExtensionBrowser,
} from './harness/extension-browser';
import { unescapeBackslashes } from './harness/stand-in-client';

/**
 * "Your conferences", the toolbar countdown and reminders, in Chromium with the built extension
 * against the stand-in server, whose conferences start when the test says.
 */

const MINUTE = 60_000;

async function signIn(page: Page, origin: string): Promise<void> {
  await page.click('#account > summary');
  await page.fill('.account-form input[name="server"]', origin);
  await page.waitForTimeout(300);
  await page.fill('.account-form input[name="login"]', 'alice');
  await page.fill('.account-form input[name="password"]', 'correct horse');
  await page.click('.account-form button[type="submit"]');
  await page.waitForFunction(
    () => document.querySelector('.account .status')?.getAttribute('data-kind') === 'ok',
  );
}

async function openSignedInPopup(browser: ExtensionBrowser, standIn: StandIn): Promise<Page> {
  const page = await browser.openExtensionPage('popup.html');
  await page.waitForSelector('html[data-ready="true"]');
  const signedIn = await browser.serviceWorker.evaluate(async () =>
    Boolean((await chrome.storage.local.get('serverSession')).serverSession),
  );
  if (!signedIn) await signIn(page, standIn.origin);
  return page;
}

const shownText = (page: Page, selector: string) =>
  page.$$eval(selector, (nodes) => nodes.map((node) => node.textContent ?? ''));

describe('your conferences', () => {
  let browser: ExtensionBrowser;
  let standIn: StandIn;
  const pages: Page[] = [];

  const launchesAfter = async (before: number): Promise<string[]> => {
    await browser.client.waitForLaunches(before + 1);
    return (await browser.client.settle(500)).slice(before).map(unescapeBackslashes);
  };

  beforeAll(async () => {
    standIn = await startStandIn();
    browser = await launchExtensionBrowser();
  });
  afterEach(async () => {
    standIn.switches.conferenceList = 'ok';
    standIn.switches.conferenceListDelayMs = 0;
    for (const page of pages.splice(0)) await page.close();
  });
  afterAll(async () => {
    await browser?.close();
    await standIn?.close();
  });

  it('lists the conferences the person owns or is invited to, soonest first, and Join hands the right link to TrueConf', async () => {
    standIn.addConference({
      id: '0055556666',
      topic: 'Standup',
      startsAt: Date.now() + 2 * MINUTE,
    });
    standIn.addConference({
      id: '0099990000',
      topic: 'Someone else’s',
      startsAt: Date.now() + 5 * MINUTE,
      owner: 'bob',
    });
    const page = await openSignedInPopup(browser, standIn);
    pages.push(page);
    await page.waitForSelector('#conferences .conference');
    expect(await shownText(page, '#conferences .conference-topic')).toEqual([
      'Standup',
      'Weekly planning',
      'Design review',
    ]);
    const [standup] = await shownText(page, '#conferences .conference-when');
    expect(standup).toMatch(/ · in [12] min$/);
    // The list asked the server for a window, not for everything.
    const asked = standIn.requests.filter((request) =>
      request.path.startsWith('/api/v4/conferences?'),
    );
    expect(asked.at(-1)?.path).toMatch(/after=\d+&before=\d+/);

    const before = (await browser.client.received()).length;
    await page.getByRole('button', { name: /^Join “Standup”/ }).click();
    const [launched] = await launchesAfter(before);
    expect(launched).toBe(`trueconf:\\c\\0055556666@${new URL(standIn.origin).host}%23vcs`);
    await page.waitForFunction(() => document.getElementById('result')?.dataset.kind === 'ok');
    expect(await page.textContent('#result')).toBe('Standup: handed over to the app.');
  });

  it('answers garbage with one quiet line, shows nothing raw, and the rest of the popup works', async () => {
    standIn.switches.conferenceList = 'garbage';
    const page = await openSignedInPopup(browser, standIn);
    pages.push(page);
    await page.waitForSelector('.conferences-note:not([hidden])');
    expect(await page.textContent('.conferences-note')).toBe(
      'Your conferences could not be loaded. The server answered something this extension does not understand.',
    );
    expect(await page.locator('#conferences li').count()).toBe(0);
    const html = await page.content();
    expect(html).not.toContain('bold');
    expect(html).not.toContain('trace');
    // Calling still works as it always did.
    const before = (await browser.client.received()).length;
    await page.fill('#address', 'bob@video.example');
    await page.press('#address', 'Enter');
    const [launched] = await launchesAfter(before);
    expect(launched).toBe('trueconf:bob@video.example');
  });

  it('keeps the readable entries of a list with unreadable ones, and never shows them raw', async () => {
    standIn.switches.conferenceList = 'mixed';
    const page = await openSignedInPopup(browser, standIn);
    pages.push(page);
    await page.waitForSelector('#conferences .conference');
    expect(await shownText(page, '#conferences .conference-topic')).toContain('Weekly planning');
    expect(await page.isHidden('.conferences-note')).toBe(true);
    expect(await page.locator('#conferences img').count()).toBe(0);
    expect(await page.content()).not.toContain('onerror');
  });

  it('never makes the popup wait for a slow server', async () => {
    standIn.switches.conferenceListDelayMs = 4000;
    const page = await openSignedInPopup(browser, standIn);
    pages.push(page);
    const before = (await browser.client.received()).length;
    await page.fill('#address', 'carol@video.example');
    await page.press('#address', 'Enter');
    const [launched] = await launchesAfter(before);
    expect(launched).toBe('trueconf:carol@video.example');
    expect(await page.locator('#conferences .conference').count()).toBe(0);
    await page.waitForSelector('#conferences .conference', { timeout: 10_000 });
  });

  it('counts down on the toolbar icon once turned on, asking only for alarms, and stops on sign-out', async () => {
    standIn.addConference({ id: '0012121212', topic: 'Retro', startsAt: Date.now() + 30 * MINUTE });
    const popup = await openSignedInPopup(browser, standIn);
    pages.push(popup);
    const options = await browser.openExtensionPage('options.html');
    pages.push(options);
    await options.locator('input[name="conferenceBadge"]').waitFor();
    await options.check('input[name="conferenceBadge"]');
    const granted = await browser.serviceWorker.evaluate(() => chrome.permissions.getAll());
    expect(granted.permissions).toContain('alarms');
    expect(granted.permissions).not.toContain('notifications');
    await browser.serviceWorker.evaluate(async () => {
      for (let i = 0; i < 100 && (await chrome.action.getBadgeText({})) === ''; i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    });
    expect(await browser.serviceWorker.evaluate(() => chrome.action.getBadgeText({}))).toMatch(
      /^\d{1,2}m$/,
    );
    expect(await browser.serviceWorker.evaluate(() => chrome.action.getTitle({}))).toMatch(
      /starts in \d+ min$/,
    );
    const alarms = await browser.serviceWorker.evaluate(() => chrome.alarms?.getAll() ?? []);
    expect(alarms.map((alarm) => alarm.name).sort()).toEqual([
      'conference-badge',
      'conference-refresh',
    ]);

    await popup.evaluate(() => {
      (document.getElementById('account') as HTMLDetailsElement).open = true;
    });
    await popup.click('.account-signed-in button');
    await popup.waitForFunction(
      () => document.querySelector('.account-form')?.hasAttribute('hidden') === false,
    );
    expect(await browser.serviceWorker.evaluate(() => chrome.action.getBadgeText({}))).toBe('');
    expect(await browser.serviceWorker.evaluate(() => chrome.alarms?.getAll() ?? [])).toEqual([]);
    expect(await popup.isHidden('#conferences-section')).toBe(true);
  });
});

/**
 * Chromium asks the person before it grants `notifications` (a prompt no headless test can
 * answer), so the reminder runs in a copy of the build that was granted it at install; the
 * extension's code is the same, and it still asks through the options page as it would.
 */
async function buildGrantingNotifications(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'trueconf-e2e-notifications-'));
  await cp(EXTENSION_DIR, dir, { recursive: true });
  const manifestPath = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { permissions: string[] };
  manifest.permissions.push('notifications');
  await writeFile(manifestPath, JSON.stringify(manifest));
  return dir;
}

describe('a reminder', () => {
  let browser: ExtensionBrowser;
  let standIn: StandIn;
  let extensionDir: string;

  beforeAll(async () => {
    standIn = await startStandIn();
    extensionDir = await buildGrantingNotifications();
    browser = await launchExtensionBrowser({ extensionDir });
  });
  afterAll(async () => {
    await browser?.close();
    await standIn?.close();
    if (extensionDir) await rm(extensionDir, { recursive: true, force: true });
  });

  it('is scheduled the chosen minutes before, fires as a notification, and its Join button launches', async () => {
    const popup = await openSignedInPopup(browser, standIn);
    // Starts in a little over a minute; reminded 1 minute before, i.e. seconds from now.
    const conference = standIn.addConference({
      id: '0077778888',
      topic: 'Board meeting',
      startsAt: Date.now() + MINUTE + 8_000,
    });
    const startsAt = (conference.schedule.start_time ?? 0) * 1000;
    const options = await browser.openExtensionPage('options.html');
    await options.locator('select[name="conferenceReminder"]').waitFor();
    await options.selectOption('select[name="conferenceReminder"]', '1');
    await options.waitForFunction(() => document.querySelector('#account .status[data-kind="ok"]'));
    expect(await options.isHidden('.reminder-problem')).toBe(true);

    const name = `conference-reminder:${startsAt}:0077778888`;
    const scheduled = await browser.serviceWorker.evaluate(async (wanted) => {
      for (let i = 0; i < 100; i += 1) {
        const alarm = (await chrome.alarms?.getAll())?.find((each) => each.name === wanted);
        if (alarm) return alarm.scheduledTime;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return null;
    }, name);
    expect(scheduled).toBe(startsAt - MINUTE);

    const shown = await browser.serviceWorker.evaluate(async () => {
      for (let i = 0; i < 300; i += 1) {
        const all = (await chrome.notifications?.getAll()) ?? {};
        if ('conference-reminder:0077778888' in all) return true;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return false;
    });
    expect(shown).toBe(true);

    const before = (await browser.client.received()).length;
    await browser.serviceWorker.evaluate(() =>
      chrome.notifications?.onButtonClicked.dispatch('conference-reminder:0077778888', 0),
    );
    await browser.client.waitForLaunches(before + 1);
    const launched = (await browser.client.settle(500)).slice(before).map(unescapeBackslashes);
    expect(launched).toEqual([`trueconf:\\c\\0077778888@${new URL(standIn.origin).host}%23vcs`]);
    const left = await browser.serviceWorker.evaluate(
      async () => (await chrome.notifications?.getAll()) ?? {},
    );
    expect(Object.keys(left)).not.toContain('conference-reminder:0077778888');
    await popup.close();
    await options.close();
  }, 60_000);
});
