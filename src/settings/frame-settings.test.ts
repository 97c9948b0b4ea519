import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { policyAnsweringLater } from '../../test/support/policy';
import { followFrameSettings, frameSettingsOf, type FrameSettings } from './frame-settings';
import { applyPolicy, normalizePolicy } from './policy';
import { DEFAULT_SETTINGS, FRAME_SETTINGS_KEYS, normalizeSettings } from './schema';
import { POLICY_WAIT_MS, REMEMBERED_POLICY_KEY, SETTINGS_KEY } from './store';

/** What the whole model gives for the frame's keys: the frame's own read must give the same. */
function viaWholeModel(user: unknown, policy: unknown): FrameSettings {
  const { settings } = applyPolicy(normalizeSettings(user), normalizePolicy(policy));
  return Object.fromEntries(
    FRAME_SETTINGS_KEYS.map((key) => [key, settings[key]]),
  ) as unknown as FrameSettings;
}

const rule = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  pattern: 'ROOM-\\d+',
  hrefTemplate: 'trueconf:\\c\\$0',
  ...extra,
});

/** Values a stored field or a policy entry may hold: valid ones of each key, and junk. */
const anyValue = fc.oneof(
  fc.constantFrom(
    '',
    'video.corp.example',
    'VIDEO.corp.example',
    'not a server',
    '[::1]',
    'https://mail.example.com/inbox',
    '*.example.org',
    'app',
    'browser',
    'ask',
    'never',
    true,
    false,
    0,
    null,
  ),
  fc.constant(undefined),
);
const anyList = fc.oneof(
  fc.array(anyValue, { maxLength: 4 }),
  fc.array(
    fc.oneof(
      fc.constantFrom('r1', 'r2', 'policy-1', 'bad id!').map((id) => rule(id)),
      fc.constant(rule('r1', { flags: 'gx' })),
      fc.constant({ pattern: 'x', hrefTemplate: 'trueconf:x' }),
    ),
    { maxLength: 3 },
  ),
  anyValue,
);
const anySettings = fc.record(
  {
    version: fc.constantFrom(1, 0, 2, 'one'),
    defaultServer: anyValue,
    knownServers: anyList,
    customRules: anyList,
    disabledSites: anyList,
    webLinks: anyValue,
    phoneCalls: anyValue,
    phoneLinks: anyValue,
    phoneTelLinks: anyValue,
    historySize: fc.constantFrom(5, 'many'),
  },
  { requiredKeys: [] },
);
const anyPolicy = fc.oneof(
  fc.record(
    {
      defaultServer: anyValue,
      knownServers: anyList,
      customRules: anyList,
      disabledSites: anyList,
      webLinks: anyValue,
      phoneCalls: anyValue,
      phoneTelLinks: anyValue,
      locked: fc.oneof(
        fc.subarray([...FRAME_SETTINGS_KEYS, 'forms', 'nonsense']),
        fc.constant('all'),
      ),
    },
    { requiredKeys: [] },
  ),
  fc.constantFrom(undefined, null, 'policy', []),
);

describe('the frame script’s settings', () => {
  it('are, for its keys, exactly what the whole model and the policy give', () => {
    fc.assert(
      fc.property(
        fc.oneof(anySettings, fc.constantFrom(undefined, null, 'settings', [])),
        anyPolicy,
        (user, policy) => {
          expect(frameSettingsOf(user, policy)).toEqual(viaWholeModel(user, policy));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('take the administrator’s single values, add the policy’s lists, and honour locks', () => {
    const user = {
      ...DEFAULT_SETTINGS,
      defaultServer: 'mine.example',
      knownServers: ['a.example'],
      disabledSites: ['news.example'],
      webLinks: 'browser',
    };
    const settings = frameSettingsOf(user, {
      defaultServer: 'video.corp.example',
      knownServers: ['b.example'],
      locked: ['disabledSites', 'webLinks'],
    });
    expect(settings.defaultServer).toBe('video.corp.example');
    expect(settings.knownServers).toEqual(['a.example', 'b.example']);
    expect(settings.disabledSites).toEqual([]);
    expect(settings.webLinks).toBe(DEFAULT_SETTINGS.webLinks);
  });
});

describe('followFrameSettings', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('has the policy at once when managed storage answers, and follows changes', async () => {
    await fakeBrowser.storage.managed.set({ knownServers: ['video.corp.example'] });
    const seen: string[][] = [];
    followFrameSettings((settings) => seen.push(settings.knownServers));
    await vi.waitFor(() => expect(seen).toEqual([['video.corp.example']]));
    await fakeBrowser.storage.sync.set({
      [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, knownServers: ['mine.example'] },
    });
    await vi.waitFor(() => expect(seen.at(-1)).toEqual(['mine.example', 'video.corp.example']));
  });

  it('starts with the remembered policy while managed storage is slow, then the real one', async () => {
    vi.useFakeTimers();
    await fakeBrowser.storage.local.set({
      [REMEMBERED_POLICY_KEY]: { disabledSites: ['old.example'] },
    });
    const answer = policyAnsweringLater({ disabledSites: ['mail.corp.example'] });
    const seen: string[][] = [];
    followFrameSettings((settings) => seen.push(settings.disabledSites));
    await vi.advanceTimersByTimeAsync(POLICY_WAIT_MS);
    expect(seen).toEqual([['old.example']]);
    answer();
    await vi.waitFor(() => expect(seen).toEqual([['old.example'], ['mail.corp.example']]));
  });
});
