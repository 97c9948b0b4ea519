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

  const ask = async (message: unknown, sender: object = fromExtension): Promise<unknown[]> =>
    Promise.all(await fakeBrowser.runtime.onMessage.trigger(message, sender as never));

  it('tells the page host and the selection', async () => {
    await expect(ask({ type: 'get-page-host' })).resolves.toEqual([window.location.hostname]);
    await expect(ask({ type: 'get-selection' })).resolves.toEqual(['']);
  });

  it('does not answer malformed requests or other senders', async () => {
    for (const junk of [
      null,
      { type: 'copy-text' },
      { type: 'copy-text', text: 7 },
      { type: 'x' },
    ]) {
      await expect(ask(junk)).resolves.toEqual([undefined]);
    }
    await expect(ask({ type: 'get-page-host' }, { id: 'other-extension' })).resolves.toEqual([
      undefined,
    ]);
  });
});
