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

describe('the user’s TrueConf Server behind the door', () => {
  beforeEach(() => fakeBrowser.reset());

  it('refuses every server request from a content script', async () => {
    const requests = [
      { type: 'server-status' },
      { type: 'server-sign-in', server: 'video.example', login: 'alice', password: 'x' },
      { type: 'server-sign-out' },
      { type: 'server-search', query: 'bob' },
      { type: 'server-conferences' },
      { type: 'server-meet-now', topic: '' },
    ];
    for (const request of requests) {
      await expect(handleBackgroundMessage(request, fromPage as never)).resolves.toEqual(REFUSED);
    }
  });

  it('answers an extension page, and never with a token', async () => {
    const popup = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
    await expect(handleBackgroundMessage({ type: 'server-status' }, popup)).resolves.toEqual({
      ok: true,
      account: null,
    });
    await fakeBrowser.storage.local.set({
      serverSession: {
        origin: 'https://video.example',
        userId: 'alice',
        displayName: 'Alice',
        accessToken: 'secret-token',
        refreshToken: 'secret-refresh',
        expiresAt: Date.now() + 3_600_000,
      },
    });
    const answer = await handleBackgroundMessage({ type: 'server-status' }, popup);
    expect(answer).toEqual({
      ok: true,
      account: { origin: 'https://video.example', userId: 'alice', displayName: 'Alice' },
    });
    expect(JSON.stringify(answer)).not.toContain('secret');
    await expect(handleBackgroundMessage({ type: 'server-sign-out' }, popup)).resolves.toEqual({
      ok: true,
    });
    await expect(fakeBrowser.storage.local.get('serverSession')).resolves.toEqual({});
  });

  it('says a bad address before asking anything', async () => {
    const popup = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
    const signIn = { type: 'server-sign-in', server: 'ftp://x', login: 'alice', password: 'x' };
    await expect(handleBackgroundMessage(signIn, popup)).resolves.toEqual({
      ok: false,
      error: 'bad-address',
    });
  });
});
