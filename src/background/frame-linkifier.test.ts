import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browserJustStarted, pastPolicyWait } from '../../test/support/policy';
import { DEFAULT_SETTINGS, SETTINGS_KEY } from '../settings';
import { LINKIFIER_SCRIPT, linkifierScripts, PHONE_FINDER_SCRIPT } from './frame-linkifier';

describe('the scripts a frame with a candidate gets', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('are the linkifier alone, and the phone finder first while phone numbers are linked', async () => {
    expect(await pastPolicyWait(linkifierScripts())).toEqual([LINKIFIER_SCRIPT]);
    await fakeBrowser.storage.sync.set({
      [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, phoneCalls: true, phoneLinks: true },
    });
    expect(await pastPolicyWait(linkifierScripts())).toEqual([
      PHONE_FINDER_SCRIPT,
      LINKIFIER_SCRIPT,
    ]);
  });

  it('are decided right after the browser starts without waiting for the policy, on the one last read', async () => {
    await fakeBrowser.storage.sync.set({
      [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, phoneCalls: true, phoneLinks: true },
    });
    // The real policy would switch phone calls off, but has not answered (and never does here).
    await browserJustStarted({ phoneCalls: false }, {});
    expect(await pastPolicyWait(linkifierScripts())).toEqual([
      PHONE_FINDER_SCRIPT,
      LINKIFIER_SCRIPT,
    ]);
  });
});
