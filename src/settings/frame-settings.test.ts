import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { keepFrameSettings } from '../background/frame-settings';
import {
  DEFAULT_FRAME_SETTINGS,
  FRAME_SETTINGS_KEY,
  FRAME_SETTINGS_VERSION,
  followFrameSettings,
  readFrameSettings,
  type FrameSettings,
} from './frame-settings';
import { frameSettingsOf, writeFrameSettings } from './frame-settings-keeper';
import { anyPolicy, anyUser, effective, rule } from '../../test/support/settings-arbitraries';
import { DEFAULT_SETTINGS } from './schema';
import { SETTINGS_KEY } from './store';

describe('the frames’ record of the settings', () => {
  it('is, for the default settings, what a frame goes by while there is none', () => {
    expect(frameSettingsOf(DEFAULT_SETTINGS)).toEqual(DEFAULT_FRAME_SETTINGS);
  });

  it('comes back from storage as the background derived it, whatever the settings and policy', () => {
    fc.assert(
      fc.property(anyUser, anyPolicy, (user, policy) => {
        const record = frameSettingsOf(effective(user, policy));
        const stored = JSON.parse(JSON.stringify({ v: FRAME_SETTINGS_VERSION, ...record }));
        expect(readFrameSettings(stored)).toEqual(record);
      }),
      { numRuns: 1000 },
    );
  });

  it('says what the frame script decides on: servers, web links, phone links, candidates, sites', () => {
    const settings = effective(
      {
        ...DEFAULT_SETTINGS,
        defaultServer: 'Mine.example',
        knownServers: ['a.example'],
        disabledSites: ['news.example'],
        phoneCalls: true,
        phoneLinks: true,
        phoneTelLinks: false,
      },
      { knownServers: ['b.example'], webLinks: 'browser', customRules: [rule('policy-1')] },
    );
    expect(frameSettingsOf(settings)).toEqual({
      knownServers: ['mine.example', 'a.example', 'b.example'],
      webLinksToApp: false,
      phoneTelLinks: false,
      anyTextCandidate: true,
      phoneText: true,
      disabledSites: ['news.example'],
    } satisfies FrameSettings);
  });

  it('reads anything but a whole record of this version as the defaults, never throwing', () => {
    const whole = { v: FRAME_SETTINGS_VERSION, ...DEFAULT_FRAME_SETTINGS, phoneText: true };
    expect(readFrameSettings(whole).phoneText).toBe(true);
    for (const junk of [
      undefined,
      null,
      'frameSettings',
      [],
      { ...whole, v: 2 },
      { ...whole, v: undefined },
      { ...whole, knownServers: 'a.example' },
      { ...whole, knownServers: [1] },
      { ...whole, disabledSites: Array.from({ length: 5000 }, () => 'x.example') },
      { ...whole, phoneText: 'yes' },
    ]) {
      expect(readFrameSettings(junk)).toEqual(DEFAULT_FRAME_SETTINGS);
    }
    fc.assert(
      fc.property(fc.anything(), (stored) => {
        const read = readFrameSettings(stored);
        expect(Object.keys(read).sort()).toEqual(Object.keys(DEFAULT_FRAME_SETTINGS).sort());
      }),
    );
  });
});

describe('keeping the record (background)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  const storedRecord = async () =>
    (await fakeBrowser.storage.local.get(FRAME_SETTINGS_KEY))[FRAME_SETTINGS_KEY] as unknown;

  it('writes the effective settings, and nothing when they did not change', async () => {
    await fakeBrowser.storage.sync.set({
      [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, knownServers: ['mine.example'] },
    });
    await fakeBrowser.storage.managed.set({ knownServers: ['video.corp.example'] });
    await writeFrameSettings();
    expect(readFrameSettings(await storedRecord()).knownServers).toEqual([
      'mine.example',
      'video.corp.example',
    ]);
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await writeFrameSettings();
    expect(set).not.toHaveBeenCalled();
  });

  it('writes nothing for default settings: a missing record already reads as theirs', async () => {
    await writeFrameSettings();
    expect(await storedRecord()).toBeUndefined();
  });

  it('follows a change of the user’s settings and of the policy', async () => {
    const stop = keepFrameSettings();
    try {
      await fakeBrowser.storage.sync.set({
        [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, disabledSites: ['news.example'] },
      });
      await vi.waitFor(async () =>
        expect(readFrameSettings(await storedRecord()).disabledSites).toEqual(['news.example']),
      );
      await fakeBrowser.storage.managed.set({ webLinks: 'browser', locked: ['webLinks'] });
      await vi.waitFor(async () =>
        expect(readFrameSettings(await storedRecord()).webLinksToApp).toBe(false),
      );
    } finally {
      stop();
    }
  });
});

describe('followFrameSettings (frame)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('gives the stored record, then each new one', async () => {
    await fakeBrowser.storage.local.set({
      [FRAME_SETTINGS_KEY]: { v: 1, ...DEFAULT_FRAME_SETTINGS, knownServers: ['a.example'] },
    });
    const seen: string[][] = [];
    followFrameSettings((settings) => seen.push(settings.knownServers));
    await vi.waitFor(() => expect(seen).toEqual([['a.example']]));
    await fakeBrowser.storage.local.set({
      [FRAME_SETTINGS_KEY]: { v: 1, ...DEFAULT_FRAME_SETTINGS, knownServers: ['b.example'] },
    });
    await vi.waitFor(() => expect(seen).toEqual([['a.example'], ['b.example']]));
  });

  it('goes by the defaults while there is no record', async () => {
    const seen: FrameSettings[] = [];
    followFrameSettings((settings) => seen.push(settings));
    await vi.waitFor(() => expect(seen).toEqual([DEFAULT_FRAME_SETTINGS]));
  });

  it('keeps a change that arrives before the first read answered', async () => {
    let answer = (): void => undefined;
    vi.spyOn(fakeBrowser.storage.local, 'get').mockReturnValue(
      new Promise((resolve) => {
        answer = () => resolve({});
      }) as never,
    );
    const seen: boolean[] = [];
    followFrameSettings((settings) => seen.push(settings.phoneText));
    await fakeBrowser.storage.local.set({
      [FRAME_SETTINGS_KEY]: { v: 1, ...DEFAULT_FRAME_SETTINGS, phoneText: true },
    });
    await vi.waitFor(() => expect(seen).toEqual([true]));
    answer();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(seen).toEqual([true]);
  });
});
