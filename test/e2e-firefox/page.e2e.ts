import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { unescapeBackslashes } from '../e2e/harness/stand-in-client';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './harness/firefox';

describe('TrueConf addresses on pages in Firefox', () => {
  let firefox: FirefoxWithExtension;
  const pages: Page[] = [];

  const open = async (pathname: string): Promise<Page> => {
    const page = await firefox.openPage(firefox.server.url(pathname));
    pages.push(page);
    return page;
  };
  const launchesAfter = async (before: number, expected: number): Promise<string[]> => {
    await firefox.client.waitForLaunches(before + expected);
    return (await firefox.client.settle(1000)).slice(before).map(unescapeBackslashes);
  };
  const received = async (): Promise<number> => (await firefox.client.received()).length;
  /** A link launches directly once it has been on the page for half a second, as a reader's. */
  const readFor = (page: Page): Promise<void> =>
    page.evaluate(() => new Promise<void>((resolve) => setTimeout(resolve, 700)));

  beforeAll(async () => {
    firefox = await launchFirefoxWithExtension();
  });
  afterEach(async () => {
    for (const page of pages.splice(0)) await page.close();
  });
  afterAll(async () => {
    await firefox?.close();
  });

  it('turns an address written on the page into a link without changing the text', async () => {
    const page = await open('/linked.html');
    const link = await page.waitForSelector('#invite a[data-trueconf-link]', { timeout: 10_000 });
    expect(await link?.evaluate((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      'trueconf:\\c\\4154248070',
      'trueconf:\\c\\4154248070',
    ]);
    expect(await page.$eval('#invite', (p) => p.textContent)).toBe(
      'Daily stand-up: trueconf:\\c\\4154248070 at ten.',
    );
    expect(await page.$$('#plain a')).toHaveLength(0);
  });

  it('links a page whose helper events the page can neither see nor reach', async () => {
    const page = await open('/content/page-walk.html');
    await page.waitForSelector('a[data-trueconf-link]', { timeout: 10_000 });
    expect(await page.$$('a[data-trueconf-link]')).toHaveLength(2);
    expect(
      await page.evaluate(() => ({
        events: (window as unknown as { helperEvents: number }).helperEvents,
        global: 'pageWalker' in window,
      })),
    ).toEqual({ events: 0, global: false });
  });

  it('hands that link to TrueConf once when clicked, and the page stays', async () => {
    const page = await open('/linked.html');
    await page.waitForSelector('#invite a[data-trueconf-link]', { timeout: 10_000 });
    await readFor(page);
    const before = await received();
    await page.click('#invite a[data-trueconf-link]');
    expect(await launchesAfter(before, 1)).toEqual(['trueconf:\\c\\4154248070']);
    expect(await page.evaluate(() => location.href)).toBe(firefox.server.url('/linked.html'));
  });

  it('hands the page’s own trueconf: link to TrueConf once', async () => {
    const page = await open('/intercept/links.html');
    await readFor(page);
    const before = await received();
    await page.click('#own');
    expect(await launchesAfter(before, 1)).toEqual(['trueconf:smith@conf.company.com']);
  });

  it('upgrades a visicall: link to the canonical trueconf: form', async () => {
    const page = await open('/intercept/links.html');
    await readFor(page);
    const before = await received();
    await page.click('#visicall');
    expect(await launchesAfter(before, 1)).toEqual([
      'trueconf:\\c\\4154248070@video.example.com%23vcs',
    ]);
  });
});
