import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unescapeBackslashes } from '../e2e/harness/stand-in-client';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './harness/firefox';

/**
 * A fresh install in Firefox: the first call asks the user, in the extension's name, whether it
 * may open TrueConf. Launches come from the extension, so one "always allow" covers every site.
 */
describe('the first call from Firefox', () => {
  let firefox: FirefoxWithExtension;

  const launchesAfter = async (before: number, expected: number): Promise<string[]> => {
    await firefox.client.waitForLaunches(before + expected);
    return (await firefox.client.settle(1000)).slice(before).map(unescapeBackslashes);
  };

  beforeAll(async () => {
    firefox = await launchFirefoxWithExtension({ launchPermission: 'ask' });
  });
  afterAll(async () => {
    await firefox?.close();
  });

  it('asks once in the extension’s name; after “always allow” links on any site go straight to TrueConf', async () => {
    const page = await firefox.openPage(firefox.server.url('/intercept/links.html'));
    // A link launches directly once it has been on the page for half a second, as a reader's.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 700)));
    await page.click('#own');
    // The dialog box may be there a moment before its text is.
    await expect
      .poll(async () => (await firefox.launchDialogs()).join('\n'), { timeout: 10_000 })
      .toContain('Allow the extension');
    const dialogs = await firefox.launchDialogs();
    expect(dialogs).toHaveLength(1);
    const [dialog] = dialogs;
    expect(dialog).toContain(
      'Allow the extension Click-to-Call for TrueConf to open the trueconf link with TrueConf (stand-in)?',
    );
    expect(dialog).toContain('Always allow this extension to open trueconf links');
    expect(await firefox.client.settle(1000)).toEqual([]);

    await firefox.answerLaunchDialog({ alwaysAllow: true, open: true });
    expect(await launchesAfter(0, 1)).toEqual(['trueconf:smith@conf.company.com']);
    expect(await firefox.launchDialogs()).toEqual([]);

    // Another site (localhost is another origin than 127.0.0.1): no question, straight through.
    const otherSite = firefox.server.url('/intercept/links.html').replace('127.0.0.1', 'localhost');
    const other = await firefox.openPage(otherSite);
    await other.evaluate(() => new Promise((resolve) => setTimeout(resolve, 700)));
    await other.click('#child-inner');
    expect(await launchesAfter(1, 1)).toEqual(['trueconf:\\c\\4154248070']);
    expect(await firefox.launchDialogs()).toEqual([]);
  });

  it('gives the page itself no such pass: its own navigation to trueconf: still asks', async () => {
    const before = (await firefox.client.received()).length;
    const page = await firefox.openPage(firefox.server.url('/intercept/links.html'));
    await page.evaluate(() => {
      location.href = 'trueconf:page.itself';
    });
    await expect
      .poll(async () => (await firefox.launchDialogs()).join('\n'), { timeout: 10_000 })
      .toContain('Allow this site to open the trueconf link');
    expect(await firefox.launchDialogs()).toHaveLength(1);
    await firefox.answerLaunchDialog({ alwaysAllow: false, open: false });
    expect((await firefox.client.settle(1000)).length).toBe(before);
  });
});
