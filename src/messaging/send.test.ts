import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendToBackground, sendToTab } from './send';

describe('sendToBackground', () => {
  beforeEach(() => fakeBrowser.reset());

  it('sends the request as given and returns the answer', async () => {
    const answer = { ok: true, uri: 'trueconf:smith', outcome: 'handed-to-trueconf' };
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(answer);
    const request = { type: 'launch', uri: 'trueconf:smith', origin: 'popup' } as const;
    await expect(sendToBackground(request)).resolves.toEqual(answer);
    expect(send).toHaveBeenCalledExactlyOnceWith(request);
  });

  it('returns a held launch for the confirmation window', async () => {
    const view = {
      ok: true,
      kind: 'sign-in',
      pageOrigin: 'https://intranet.example',
      description: { key: 'describeSignIn', substitutions: ['video.example.com', 'user'] },
      uri: 'trueconf:login=user&password=•••',
      doubtfulClick: false,
    };
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(view);
    await expect(sendToBackground({ type: 'pending-launch-get', id: 'abc' })).resolves.toEqual(
      view,
    );
  });

  it('reads a missing or unrecognised answer as null', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    send.mockResolvedValueOnce(undefined);
    await expect(
      sendToBackground({ type: 'launch', uri: 'trueconf:x', origin: 'popup' }),
    ).resolves.toBeNull();
    send.mockResolvedValueOnce({ ok: true, kind: 'sign-in' });
    await expect(sendToBackground({ type: 'pending-launch-get', id: 'abc' })).resolves.toBeNull();
  });

  it('passes a refusal on as a failure', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({
      ok: false,
      error: 'bad-request',
    });
    await expect(
      sendToBackground({
        type: 'pending-launch-resolve',
        id: 'a',
        decision: 'launch',
        trustOrigin: false,
      }),
    ).resolves.toEqual({ ok: false, error: 'bad-request' });
  });

  it('rejects when the message cannot be delivered', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('no receiver'));
    await expect(sendToBackground({ type: 'address-count', count: 2 })).rejects.toThrow(
      'no receiver',
    );
  });
});

describe('sendToTab', () => {
  beforeEach(() => fakeBrowser.reset());

  it('sends the request to the named frame and returns the answer', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue('intranet.example');
    await expect(sendToTab(7, { type: 'get-page-host' }, { frameId: 0 })).resolves.toBe(
      'intranet.example',
    );
    expect(send).toHaveBeenCalledExactlyOnceWith(7, { type: 'get-page-host' }, { frameId: 0 });
  });

  it('reads an answer of the wrong kind as null', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage');
    send.mockResolvedValueOnce({ text: 'smith' });
    await expect(sendToTab(7, { type: 'get-selection' }, { frameId: 0 })).resolves.toBeNull();
    send.mockResolvedValueOnce('yes');
    await expect(
      sendToTab(7, { type: 'copy-text', text: 'trueconf:smith' }, { frameId: 3 }),
    ).resolves.toBeNull();
  });
});
