import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startStandIn, type StandIn } from '../stand-in-server/stand-in';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './harness/firefox';

/** Sign-in to the user's own TrueConf Server in Firefox, against the http stand-in server. */
describe('the user’s own TrueConf Server in Firefox', () => {
  let firefox: FirefoxWithExtension;
  let standIn: StandIn;
  const pages: Page[] = [];

  beforeAll(async () => {
    standIn = await startStandIn();
    firefox = await launchFirefoxWithExtension();
  });
  afterEach(async () => {
    for (const page of pages.splice(0)) await page.close();
  });
  afterAll(async () => {
    await firefox?.close();
    await standIn?.close();
  });

  it('signs in, searches the address book and signs out', async () => {
    const page = await firefox.openExtensionPage('popup.html');
    pages.push(page);
    await page.waitForSelector('html[data-ready="true"]');
    await page.click('#account > summary');
    await page.type('.account-form input[name="server"]', standIn.origin);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await page.type('.account-form input[name="login"]', 'alice');
    await page.type('.account-form input[name="password"]', 'correct horse');
    await page.click('.account-form button[type="submit"]');
    await page.waitForFunction(
      () => document.querySelector('.account .status')?.getAttribute('data-kind') === 'ok',
    );
    expect(await page.$eval('.account-who', (node) => node.textContent)).toBe(
      `Signed in as Alice Adams on ${new URL(standIn.origin).host}`,
    );
    await page.type('#address', 'carol');
    await page.waitForSelector('#contacts .contact');
    expect(await page.$eval('#contacts .contact-name', (node) => node.textContent)).toBe(
      'Carol Cole',
    );
    await page.click('.account-signed-in button');
    await page.waitForFunction(
      () => document.querySelector('.account-form')?.hasAttribute('hidden') === false,
    );
  });
});
