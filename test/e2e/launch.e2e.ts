import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from './harness/extension-browser';
import { unescapeBackslashes } from './harness/stand-in-client';

describe('the launcher in Chromium', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchExtensionBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('hands exactly the requested URI to the TrueConf app, once', async () => {
    const uri = 'trueconf:\\c\\4154248070@video.example.com%23vcs';
    const page = await browser.openExtensionPage('popup.html');
    const response = await page.evaluate(
      (launchUri) =>
        chrome.runtime.sendMessage({ type: 'launch', uri: launchUri, origin: 'popup' }),
      uri,
    );
    expect(response).toEqual({ ok: true, uri, outcome: 'handed-to-trueconf' });
    const launches = await browser.client.waitForLaunches(1);
    expect(launches.map(unescapeBackslashes)).toEqual([uri]);
    expect((await browser.client.settle()).length).toBe(1);
  });

  it('refuses something that is not a trueconf: URI and launches nothing', async () => {
    const before = (await browser.client.received()).length;
    const page = await browser.openExtensionPage('popup.html');
    const response = await page.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'launch', uri: 'javascript:alert(1)', origin: 'popup' }),
    );
    expect(response).toEqual({ ok: false, error: 'not-a-trueconf-uri' });
    expect((await browser.client.settle()).length).toBe(before);
  });
});
