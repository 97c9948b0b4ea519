import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  followSettings,
  loadSettingsForPage,
  newestReadOnly,
  POLICY_WAIT_MS,
  REMEMBERED_POLICY_KEY,
  keepPolicyRemembered,
  rememberPolicy,
  SETTINGS_KEY,
} from './store';
import { DEFAULT_SETTINGS } from './schema';
import { applyPolicy, normalizePolicy, type LoadedSettings } from './policy';
import { policyAnsweringLater } from '../../test/support/policy';

/**
 * Right after the browser starts, its first managed-storage read can take seconds: a page's
 * content script must not wait for it (see `loadSettingsForPage`).
 */

const policy = { defaultServer: 'video.corp.example', disabledSites: ['mail.corp.example'] };

/** Managed storage that answers with `policy` only when the test says so. */
const slowManagedStorage = (): { answer: () => void } => ({ answer: policyAnsweringLater(policy) });

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('settings for a page', () => {
  it('has the policy at once when managed storage answers in time', async () => {
    await fakeBrowser.storage.managed.set(policy);
    const { loaded, policyAnswered } = await loadSettingsForPage();
    expect(loaded.settings.defaultServer).toBe('video.corp.example');
    expect(policyAnswered).toBeNull();
  });

  it('starts with the remembered policy when managed storage is slow, and says when it answered', async () => {
    vi.useFakeTimers();
    await fakeBrowser.storage.local.set({ [REMEMBERED_POLICY_KEY]: policy });
    const managed = slowManagedStorage();
    const reading = loadSettingsForPage();
    await vi.advanceTimersByTimeAsync(POLICY_WAIT_MS);
    const { loaded, policyAnswered, policyKnown } = await reading;
    expect(loaded.settings.defaultServer).toBe('video.corp.example');
    expect(loaded.settings.disabledSites).toEqual(['mail.corp.example']);
    expect(policyKnown).toBe(true);
    let answered = false;
    void policyAnswered?.then(() => (answered = true));
    await vi.advanceTimersByTimeAsync(1000);
    expect(answered).toBe(false);
    managed.answer();
    await policyAnswered;
    expect(answered).toBe(true);
  });

  it('uses the user’s settings alone when no policy was remembered yet', async () => {
    vi.useFakeTimers();
    await fakeBrowser.storage.sync.set({
      [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, historySize: 7 },
    });
    slowManagedStorage();
    const reading = loadSettingsForPage();
    await vi.advanceTimersByTimeAsync(POLICY_WAIT_MS);
    const { loaded, policyKnown } = await reading;
    expect(loaded.settings.historySize).toBe(7);
    expect(loaded.settings.defaultServer).toBe(DEFAULT_SETTINGS.defaultServer);
    // Nothing says what the policy allows: deciding a launch on these alone would not be safe.
    expect(policyKnown).toBe(false);
  });

  it('ignores a remembered policy that does not pass the policy’s own checks', async () => {
    vi.useFakeTimers();
    await fakeBrowser.storage.local.set({
      [REMEMBERED_POLICY_KEY]: { defaultServer: 'not a server', historySize: 'many' },
    });
    slowManagedStorage();
    const reading = loadSettingsForPage();
    await vi.advanceTimersByTimeAsync(POLICY_WAIT_MS);
    const { loaded } = await reading;
    expect(loaded.settings.defaultServer).toBe(DEFAULT_SETTINGS.defaultServer);
    expect(loaded.settings.historySize).toBe(DEFAULT_SETTINGS.historySize);
  });
});

describe('followSettings', () => {
  it('shows the remembered policy while managed storage is slow, then the real one', async () => {
    vi.useFakeTimers();
    await fakeBrowser.storage.local.set({
      [REMEMBERED_POLICY_KEY]: { defaultServer: 'old.corp.example' },
    });
    const managed = slowManagedStorage();
    const seen: string[] = [];
    const following = followSettings((loaded) => seen.push(loaded.settings.defaultServer));
    await vi.advanceTimersByTimeAsync(POLICY_WAIT_MS);
    const stop = await following;
    expect(seen).toEqual(['old.corp.example']);
    managed.answer();
    await vi.waitFor(() => expect(seen).toEqual(['old.corp.example', 'video.corp.example']));
    stop();
  });
});

describe('rememberPolicy', () => {
  it('keeps a copy of the policy, and writes only when it changed', async () => {
    await fakeBrowser.storage.managed.set(policy);
    await rememberPolicy();
    const stored = await fakeBrowser.storage.local.get(REMEMBERED_POLICY_KEY);
    expect(stored[REMEMBERED_POLICY_KEY]).toEqual(policy);
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await rememberPolicy();
    expect(set).not.toHaveBeenCalled();
  });
});

describe('keepPolicyRemembered', () => {
  const remembered = async (): Promise<unknown> =>
    (await fakeBrowser.storage.local.get(REMEMBERED_POLICY_KEY))[REMEMBERED_POLICY_KEY];

  it('remembers the policy when the browser starts and whenever it changes', async () => {
    await fakeBrowser.storage.managed.set(policy);
    keepPolicyRemembered();
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(async () => expect(await remembered()).toEqual(policy));
    const changed = { ...policy, defaultServer: 'other.corp.example' };
    await fakeBrowser.storage.managed.set(changed);
    await vi.waitFor(async () => expect(await remembered()).toEqual(changed));
  });
});

describe('newestReadOnly', () => {
  it('drops a read that finishes after a newer one was started', async () => {
    const seen: number[] = [];
    const deliver = newestReadOnly((loaded) => seen.push(loaded.settings.historySize));
    const read = (
      historySize: number,
    ): { promise: Promise<LoadedSettings>; finish: () => void } => {
      let finish = (): void => undefined;
      const promise = new Promise<LoadedSettings>((resolve) => {
        finish = () =>
          resolve(
            applyPolicy(
              { settings: { ...DEFAULT_SETTINGS, historySize }, replaced: [] },
              normalizePolicy({}),
            ),
          );
      });
      return { promise, finish };
    };
    const older = read(1);
    const newer = read(2);
    deliver(older.promise);
    deliver(newer.promise);
    newer.finish();
    await newer.promise;
    older.finish();
    await older.promise;
    await Promise.resolve();
    expect(seen).toEqual([2]);
  });
});
