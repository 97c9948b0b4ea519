import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unescapeBackslashes } from '../e2e/harness/stand-in-client';
import {
  launchFirefoxWithExtension,
  type ExtensionPageGlobal,
  type FirefoxWithExtension,
} from './harness/firefox';

/** Every tab's id and address, as an extension page sees them. */
const openTabs = (page: Page): Promise<{ id?: number; url?: string }[]> =>
  page.evaluate(async () =>
    (await (globalThis as unknown as ExtensionPageGlobal).browser.tabs.query({})).map(
      ({ id, url }) => ({ id, url }),
    ),
  );

describe('the launcher in Firefox', () => {
  let firefox: FirefoxWithExtension;

  beforeAll(async () => {
    firefox = await launchFirefoxWithExtension();
  });
  afterAll(async () => {
    await firefox?.close();
  });

  it('hands exactly the requested URI to the TrueConf app, once, and leaves the tab where it was', async () => {
    const uri = 'trueconf:\\c\\4154248070@video.example.com%23vcs';
    const page = await firefox.openExtensionPage('popup.html');
    const tabsBefore = await openTabs(page);
    const response = await page.evaluate(
      (launchUri) =>
        (globalThis as unknown as ExtensionPageGlobal).browser.runtime.sendMessage({
          type: 'launch',
          uri: launchUri,
          origin: 'popup',
        }),
      uri,
    );
    expect(response).toEqual({ ok: true, uri, outcome: 'handed-to-trueconf' });
    const launches = await firefox.client.waitForLaunches(1);
    // Firefox, like Chromium, escapes the backslashes; that is what the app receives.
    expect(launches).toEqual(['trueconf:%5Cc%5C4154248070@video.example.com%23vcs']);
    expect(launches.map(unescapeBackslashes)).toEqual([uri]);
    expect((await firefox.client.settle()).length).toBe(1);
    expect(await page.evaluate(() => location.href)).toBe(`${firefox.extensionOrigin}/popup.html`);
    const tabsAfter = await openTabs(page);
    expect(tabsAfter).toEqual(tabsBefore);
  });

  it('hands over a call string whose # Firefox would otherwise read as a fragment', async () => {
    const before = (await firefox.client.received()).length;
    const page = await firefox.openExtensionPage('popup.html');
    const uri = 'trueconf:#sip:alice@10.0.0.5';
    const response = await page.evaluate(
      (launchUri) =>
        (globalThis as unknown as ExtensionPageGlobal).browser.runtime.sendMessage({
          type: 'launch',
          uri: launchUri,
          origin: 'popup',
        }),
      uri,
    );
    expect(response).toEqual({ ok: true, uri, outcome: 'handed-to-trueconf' });
    await firefox.client.waitForLaunches(before + 1);
    expect((await firefox.client.settle()).slice(before)).toEqual([uri]);
  });

  it('refuses something that is not a trueconf: URI and launches nothing', async () => {
    const before = (await firefox.client.received()).length;
    const page = await firefox.openExtensionPage('popup.html');
    const response = await page.evaluate(() =>
      (globalThis as unknown as ExtensionPageGlobal).browser.runtime.sendMessage({
        type: 'launch',
        uri: 'javascript:alert(1)',
        origin: 'popup',
      }),
    );
    expect(response).toEqual({ ok: false, error: 'not-a-trueconf-uri' });
    expect((await firefox.client.settle()).length).toBe(before);
  });
});
