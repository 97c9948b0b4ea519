import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './extension-browser';

const MINUTE = 60_000;

function call(minutesAgo: number, uri: string, key: string, substitutions: string[]) {
  return {
    time: Date.now() - minutesAgo * MINUTE,
    uri,
    description: { key, substitutions },
    origin: 'popup',
    result: 'handed-to-trueconf',
  };
}

/** Favourites and recent calls as a person who uses the popup daily would have them. */
export async function seedLists(browser: ExtensionBrowser): Promise<void> {
  const favourites = [
    { id: 'f1', name: 'Daily stand-up', uri: 'trueconf:\\c\\4154248070@video.acme.example%23vcs' },
    { id: 'f2', name: 'Ivan Petrov', uri: 'trueconf:ipetrov@video.acme.example' },
    { id: 'f3', name: 'Support desk', uri: 'trueconf:support@video.acme.example' },
  ];
  const history = [
    call(5, 'trueconf:smith@video.acme.example', 'describe_callUserOnServer', [
      'smith',
      'video.acme.example',
    ]),
    call(180, 'trueconf:\\c\\0003172451', 'describe_joinConference', ['0003172451']),
    call(1500, 'trueconf:ipetrov@video.acme.example', 'describe_callUserOnServer', [
      'ipetrov',
      'video.acme.example',
    ]),
  ];
  // Plain data in, no functions: the worker cannot see this module's helpers.
  await browser.serviceWorker.evaluate(
    async ([favouriteList, historyList]) => {
      await chrome.storage.sync.set({ favourites: favouriteList });
      await chrome.storage.local.set({ history: historyList });
    },
    [favourites, history] as const,
  );
}

/** Clicks the fixture's sign-in link; the confirmation window opens, filled in. */
export async function openSignInConfirmation(
  browser: ExtensionBrowser,
): Promise<{ page: Page; dialog: Page }> {
  const page = await browser.context.newPage();
  await page.goto(browser.server.url('/intercept/links.html'));
  // The interceptor loads its settings at document_start, and a link must have stood still for
  // 500 ms before a click on it counts as deliberate.
  await page.waitForTimeout(700);
  const [dialog] = await Promise.all([
    browser.context.waitForEvent('page'),
    page.click('#sign-in'),
  ]);
  await dialog.waitForSelector('#enter-hint:not(:empty)');
  if (await dialog.locator('#why').isVisible()) {
    throw new Error('The click counted as doubtful: the window is not the plain sign-in one.');
  }
  return { page, dialog };
}
