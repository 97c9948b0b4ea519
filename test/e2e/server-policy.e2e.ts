import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startStandIn, type StandIn } from '../stand-in-server/stand-in';
import type { ExtensionBrowser } from './harness/extension-browser';
import { launchWithPolicy, type PolicyBrowser } from './harness/policy-browser';

/**
 * An administrator's policy presets and locks the TrueConf Server (`serverAddress` +
 * `locked`): the sign-in panels of the popup and the options page show it read-only with the
 * note, and the background refuses a sign-in to any other server. Like options-policy.e2e.ts,
 * the extension runs from its own copy so that the policy applies to this test's extension only.
 */

describe('an administrator’s locked TrueConf Server', () => {
  let policyBrowser: PolicyBrowser;
  let browser: ExtensionBrowser;
  let standIn: StandIn;
  const pages: Page[] = [];
  const shots = process.env.SHOTS_DIR;

  beforeAll(async () => {
    standIn = await startStandIn();
    policyBrowser = await launchWithPolicy('server-policy', {
      serverAddress: standIn.origin,
      locked: ['serverAddress'],
    });
    browser = policyBrowser.browser;
    if (shots) await mkdir(shots, { recursive: true });
  });
  afterEach(async () => {
    for (const page of pages.splice(0)) await page.close();
  });
  afterAll(async () => {
    await policyBrowser?.close();
    await standIn?.close();
  });

  const open = async (pagePath: string): Promise<Page> => {
    const page = await browser.openExtensionPage(pagePath);
    pages.push(page);
    return page;
  };

  it('shows the server read-only with the note in the popup', async () => {
    const page = await open('popup.html');
    await page.waitForSelector('html[data-ready="true"]');
    await page.click('#account > summary');
    const field = page.locator('.account-form input[name="server"]');
    // Managed storage may answer a moment after the page opens (enterprise-policy.md).
    await page.waitForFunction(
      () =>
        (document.querySelector('.account-form input[name="server"]') as HTMLInputElement | null)
          ?.readOnly === true,
    );
    expect(await field.inputValue()).toBe(standIn.origin);
    expect(await page.isVisible('.account-server-locked')).toBe(true);
    expect(await page.textContent('.account-server-locked')).toBe('Set by your administrator');
    if (shots) {
      await page.setViewportSize({ width: 400, height: 760 });
      await page.screenshot({ path: path.join(shots, 'popup-server-locked.png'), fullPage: true });
    }
    // The locked server signs in as usual.
    await page.fill('.account-form input[name="login"]', 'alice');
    await page.fill('.account-form input[name="password"]', 'correct horse');
    await page.click('.account-form button[type="submit"]');
    await page.waitForSelector('.account .status[data-kind="ok"]');
    await page.click('.account-signed-in button');
    await page.waitForSelector('.account-form:not([hidden])');
  });

  it('shows it on the options page too', async () => {
    const page = await open('options.html');
    const field = page.locator('#account .account-form input[name="server"]');
    await page.waitForFunction(
      () =>
        (
          document.querySelector(
            '#account .account-form input[name="server"]',
          ) as HTMLInputElement | null
        )?.readOnly === true,
    );
    expect(await field.inputValue()).toBe(standIn.origin);
    expect(await page.isVisible('#account .account-server-locked')).toBe(true);
    if (shots) {
      await page.locator('#account').screenshot({ path: path.join(shots, 'options-account.png') });
    }
  });

  it('is refused by the background for any other server, whatever the page sends', async () => {
    const page = await open('popup.html');
    await page.waitForSelector('html[data-ready="true"]');
    const tokenRequests = () =>
      standIn.requests.filter((request) => request.path === '/oauth2/v1/token').length;
    const before = tokenRequests();
    const answer = await page.evaluate(() =>
      chrome.runtime.sendMessage({
        type: 'server-sign-in',
        server: 'http://localhost:1',
        login: 'alice',
        password: 'correct horse',
      }),
    );
    expect(answer).toEqual({ ok: false, error: 'server-locked' });
    expect(tokenRequests()).toBe(before);
    // The same server under another scheme is another server.
    const other = await page.evaluate(
      (origin) =>
        chrome.runtime.sendMessage({
          type: 'server-sign-in',
          server: origin.replace('http://', 'https://'),
          login: 'alice',
          password: 'correct horse',
        }),
      standIn.origin,
    );
    expect(other).toEqual({ ok: false, error: 'server-locked' });
  });
});
