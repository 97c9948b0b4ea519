// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { answerBackgroundRequests } from './page-requests';

const fromExtension = { id: fakeBrowser.runtime.id };

describe('the content script answering the extension', () => {
  let stop: () => void;

  beforeEach(() => {
    fakeBrowser.reset();
    stop = answerBackgroundRequests(window);
  });
  afterEach(() => stop());

  const NO_ANSWER = Symbol('no answer');
  /** The answer given through `sendResponse`, or NO_ANSWER when the listener kept out. */
  const ask = (message: unknown, sender: object = fromExtension): Promise<unknown> =>
    new Promise((resolve) => {
      // The fake's types know two arguments; listeners get the third as in the browsers.
      const trigger = fakeBrowser.runtime.onMessage.trigger as (
        ...args: unknown[]
      ) => Promise<unknown[]>;
      void trigger(message, sender, resolve).then(([kept]) => {
        if (kept !== true) resolve(NO_ANSWER);
      });
    });

  it('tells the page host and the selection', async () => {
    await expect(ask({ type: 'get-page-host' })).resolves.toBe(window.location.hostname);
    await expect(ask({ type: 'get-selection' })).resolves.toBe('');
  });

  it('does not answer malformed requests or other senders', async () => {
    for (const junk of [
      null,
      { type: 'copy-text' },
      { type: 'copy-text', text: 7 },
      { type: 'x' },
    ]) {
      await expect(ask(junk)).resolves.toBe(NO_ANSWER);
    }
    await expect(ask({ type: 'get-page-host' }, { id: 'other-extension' })).resolves.toBe(
      NO_ANSWER,
    );
  });
});
