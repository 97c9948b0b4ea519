import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { unescapeBackslashes } from '../e2e/harness/stand-in-client';
import {
  launchFirefoxWithExtension,
  type ExtensionPageGlobal,
  type FirefoxWithExtension,
} from './harness/firefox';

describe('the quick dial popup in Firefox', () => {
  let firefox: FirefoxWithExtension;
  const pages: Page[] = [];

  const openPopup = async (): Promise<Page> => {
    const page = await firefox.openExtensionPage('popup.html');
    pages.push(page);
    await page.waitForSelector('html[data-ready="true"]');
    return page;
  };

  /** Types like a person and presses Enter; returns what TrueConf received. */
  const dial = async (page: Page, text: string): Promise<string[]> => {
    const before = (await firefox.client.received()).length;
    await page.type('#address', text);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.getElementById('result')?.textContent !== '');
    await firefox.client.waitForLaunches(before + 1);
    return (await firefox.client.settle(800)).slice(before).map(unescapeBackslashes);
  };

  beforeAll(async () => {
    firefox = await launchFirefoxWithExtension();
  });
  afterEach(async () => {
    for (const page of pages.splice(0)) await page.close();
  });
  afterAll(async () => {
    await firefox?.close();
  });

  it('opens with the field focused', async () => {
    const page = await openPopup();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('address');
  });

  it.each([
    ['a TrueConf ID', 'smith@conf.company.com', 'trueconf:smith@conf.company.com'],
    ['a conference ID', '4154248070', 'trueconf:\\c\\4154248070'],
  ])('hands %s to TrueConf exactly, once, and says so honestly', async (_, typed, expected) => {
    const page = await openPopup();
    expect(await dial(page, typed)).toEqual([expected]);
    expect(await page.$eval('#result', (result) => result.textContent)).toMatch(
      /: handed over to the app\.$/,
    );
  });

  it('previews a typed phone number once phone calls are on and hands its #tel: link to TrueConf', async () => {
    const settingsPage = await openPopup();
    await settingsPage.evaluate(() =>
      (globalThis as unknown as ExtensionPageGlobal).browser.storage.sync.set({
        settings: { version: 1, phoneCalls: true },
      }),
    );
    const page = await openPopup();
    await page.type('#address', '+7 (916) 555-12-34');
    await page.waitForFunction(
      () => document.getElementById('preview-uri')?.textContent === 'trueconf:#tel:+79165551234',
    );
    expect(await page.$eval('#preview-description', (node) => node.textContent)).toBe(
      'Call +7 916 555 12 34 through TrueConf',
    );
    const before = (await firefox.client.received()).length;
    await page.keyboard.press('Enter');
    await firefox.client.waitForLaunches(before + 1);
    expect((await firefox.client.settle(800)).slice(before)).toEqual([
      'trueconf:#tel:+79165551234',
    ]);
    await settingsPage.evaluate(() =>
      (globalThis as unknown as ExtensionPageGlobal).browser.storage.sync.set({
        settings: { version: 1 },
      }),
    );
  });
});
