import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleBackgroundMessage } from './message-router';

const fromPage = { id: fakeBrowser.runtime.id, url: 'https://intranet.example/', tab: { id: 4 } };
const fromConfirmWindow = () => ({
  id: fakeBrowser.runtime.id,
  url: fakeBrowser.runtime.getURL('/confirm.html'),
});
const REFUSED = { ok: false, error: 'bad-request' };

describe('the background message door', () => {
  beforeEach(() => fakeBrowser.reset());

  it('refuses messages from elsewhere and malformed ones', async () => {
    const launch = { type: 'launch', uri: 'trueconf:smith', origin: 'popup' };
    await expect(
      handleBackgroundMessage(launch, { ...fromConfirmWindow(), id: 'other-extension' }),
    ).resolves.toEqual(REFUSED);
    for (const junk of [null, { type: 'launch', uri: 'trueconf:x' }, { type: 'eval' }]) {
      await expect(handleBackgroundMessage(junk, fromPage as never)).resolves.toEqual(REFUSED);
    }
  });

  it('lets only extension pages read or decide a held launch', async () => {
    const update = vi.spyOn(fakeBrowser.tabs, 'update');
    const get = { type: 'pending-launch-get', id: 'abc' };
    const resolve = {
      type: 'pending-launch-resolve',
      id: 'abc',
      decision: 'launch',
      trustOrigin: true,
    };
    await expect(handleBackgroundMessage(get, fromPage as never)).resolves.toEqual(REFUSED);
    await expect(handleBackgroundMessage(resolve, fromPage as never)).resolves.toEqual(REFUSED);
    await expect(handleBackgroundMessage(get, fromConfirmWindow())).resolves.toEqual({
      ok: false,
      error: 'expired',
    });
    expect(update).not.toHaveBeenCalled();
  });

  it('answers reports with nothing', async () => {
    await expect(
      handleBackgroundMessage({ type: 'context-target', href: null }, fromConfirmWindow()),
    ).resolves.toBeUndefined();
  });
});
