import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStandIn, type StandIn } from '../stand-in-server/stand-in';
import { launchExtensionBrowser, type ExtensionBrowser } from './harness/extension-browser';
import { unescapeBackslashes } from './harness/stand-in-client';
import { signInFromPopup } from './harness/sign-in';

interface Suggestion {
  content: string;
  description: string;
}

/**
 * The `tc` keyword in the address bar, in Chromium with the built extension against the stand-in
 * server. Playwright cannot type into Chromium's address bar (browser UI, out of reach of pages
 * and of CDP), so the test calls the extension's own `omnibox.onInputChanged` and
 * `onInputEntered` listeners through the events' `dispatch` in the service worker, with a
 * `suggest` of its own: everything after Chromium's address bar is the real code path (listener,
 * address book search, stand-in, launcher); the address bar's drawing of the suggestions is not
 * covered.
 */
describe('the tc keyword', () => {
  let browser: ExtensionBrowser;
  let standIn: StandIn;

  const typeAfterKeyword = (text: string): Promise<Suggestion[]> =>
    browser.serviceWorker.evaluate(
      (typed) =>
        new Promise<Suggestion[]>((resolve) => {
          chrome.omnibox.onInputChanged.dispatch(typed, resolve);
        }),
      text,
    );

  beforeAll(async () => {
    standIn = await startStandIn();
    browser = await launchExtensionBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await standIn?.close();
  });

  it('suggests no contacts while signed out', async () => {
    const suggestions = await typeAfterKeyword('bo');
    expect(suggestions.filter((item) => item.content.includes('video.example'))).toEqual([]);
  });

  it('suggests the signed-in server’s contacts first, with presence in words, and calls one', async () => {
    await signInFromPopup(browser, standIn.origin);

    const suggestions = await typeAfterKeyword('bo');
    expect(suggestions.slice(0, 2)).toEqual([
      {
        content: 'trueconf:bob@video.example',
        description:
          'Bob Brown (bob@video.example), Available <url>trueconf:bob@video.example</url>',
      },
      {
        content: 'trueconf:boris@video.example',
        description:
          'Boris Blue (boris@video.example), In a conference <url>trueconf:boris@video.example</url>',
      },
    ]);
    expect(standIn.requests.at(-1)?.path).toContain('filter_search=bo');

    // Choosing a suggestion enters its content: the launcher hands it to TrueConf.
    const before = (await browser.client.received()).length;
    await browser.serviceWorker.evaluate(() => {
      chrome.omnibox.onInputEntered.dispatch('trueconf:bob@video.example', 'currentTab');
    });
    await browser.client.waitForLaunches(before + 1);
    const launched = (await browser.client.settle(800)).slice(before).map(unescapeBackslashes);
    expect(launched).toEqual(['trueconf:bob@video.example']);
  });
});
