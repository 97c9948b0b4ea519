import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from './harness/extension-browser';

describe('a page’s tel: links and phone calls through TrueConf', () => {
  let browser: ExtensionBrowser;

  const setSettings = (settings: Record<string, unknown>): Promise<void> =>
    browser.serviceWorker.evaluate(
      (value) => chrome.storage.sync.set({ settings: value }),
      settings,
    );
  const openPage = async (): Promise<Page> => {
    const page = await browser.context.newPage();
    await page.goto(browser.server.url('/phones/tel.html'));
    // The interceptor reads its settings at document_start; a link launches directly only after
    // it has stood still for half a second (the rule against clickjacking).
    await page.waitForTimeout(700);
    return page;
  };

  beforeAll(async () => {
    browser = await launchExtensionBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('leaves a tel: link to the browser while phone calls are off (the default)', async () => {
    await setSettings({ version: 1 });
    const page = await openPage();
    const before = (await browser.client.received()).length;
    await page.click('#tel');
    expect((await browser.client.settle(1500)).slice(before)).toEqual([]);
    await page.close();
  });

  it('routes a tel: link to TrueConf as an E.164 #tel: call once phone calls are on', async () => {
    await setSettings({ version: 1, phoneCalls: true });
    const page = await openPage();
    const before = (await browser.client.received()).length;
    await page.click('#tel');
    await browser.client.waitForLaunches(before + 1);
    expect((await browser.client.settle(1000)).slice(before)).toEqual([
      'trueconf:#tel:+79165551234',
    ]);
    await page.close();
  });

  it('leaves tel: links alone when only their routing is switched off', async () => {
    await setSettings({ version: 1, phoneCalls: true, phoneTelLinks: false });
    const page = await openPage();
    const before = (await browser.client.received()).length;
    await page.click('#tel');
    expect((await browser.client.settle(1500)).slice(before)).toEqual([]);
    await page.close();
  });
});
