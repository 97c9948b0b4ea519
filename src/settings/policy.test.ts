import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applyPolicy, normalizePolicy, userPartOf } from './policy';
import {
  DEFAULT_SETTINGS,
  normalizeSettings,
  type CustomRuleSetting,
  type Settings,
} from './schema';
import {
  loadSettings,
  loadUserSettings,
  saveSettings,
  SETTINGS_KEY,
  SettingsTooLargeError,
  updateSettings,
  watchSettings,
  followSettings,
} from './store';

const userRule: CustomRuleSetting = {
  id: 'rule-user',
  pattern: 'Room (\\d{4})',
  flags: '',
  hrefTemplate: 'trueconf:\\c\\room$1',
  sites: [],
};

const user: Settings = {
  ...DEFAULT_SETTINGS,
  defaultServer: 'home.example.com',
  knownServers: ['mine.example.com', 'shared.example.com'],
  forms: { ...DEFAULT_SETTINGS.forms, conferenceId: false, trueconfId: false },
  customRules: [userRule],
  disabledSites: ['news.example'],
  confirmEveryCall: true,
  historySize: 20,
};

const corporatePolicy = {
  defaultServer: 'video.corp.example',
  knownServers: ['shared.example.com', 'tc.corp.example'],
  forms: { conferenceId: true },
  customRules: [{ pattern: 'TC-(\\d{6})', hrefTemplate: 'trueconf:\\c\\$1' }],
  disabledSites: ['mail.corp.example'],
  locked: ['historySize'],
};

describe('normalizePolicy', () => {
  it('treats absent or non-object managed data as no policy', () => {
    for (const raw of [undefined, null, 'x', [1]]) {
      expect(normalizePolicy(raw)).toEqual({ values: {}, forms: {}, locked: [], ignored: [] });
    }
  });

  it('validates policy values like stored ones and names what it ignored', () => {
    const policy = normalizePolicy({
      defaultServer: 'not a server',
      knownServers: ['tc.corp.example', 'bad server'],
      forms: { uri: false, callString: 'no' },
      webLinks: 'sometimes',
      locked: ['historySize', 'everything'],
      unrelated: 1,
    });
    expect(policy.values).toEqual({ knownServers: ['tc.corp.example'] });
    expect(policy.forms).toEqual({ uri: false });
    expect(policy.locked).toEqual(['historySize']);
    expect(policy.ignored.sort()).toEqual(
      ['defaultServer', 'forms.callString', 'knownServers', 'locked', 'webLinks'].sort(),
    );
  });

  it('gives policy rules without an id their own ids', () => {
    const policy = normalizePolicy({ customRules: corporatePolicy.customRules });
    expect(policy.values.customRules).toEqual([
      {
        id: 'policy-1',
        pattern: 'TC-(\\d{6})',
        flags: '',
        hrefTemplate: 'trueconf:\\c\\$1',
        sites: [],
      },
    ]);
  });
});

describe('applyPolicy', () => {
  const merged = applyPolicy({ settings: user, replaced: [] }, normalizePolicy(corporatePolicy));

  it('lets single policy values win and locks them', () => {
    expect(merged.settings.defaultServer).toBe('video.corp.example');
    expect(merged.locked).toContain('defaultServer');
  });

  it('fixes only the forms the policy names', () => {
    expect(merged.settings.forms.conferenceId).toBe(true);
    expect(merged.settings.forms.trueconfId).toBe(false);
    expect(merged.policy.lockedForms).toEqual(['conferenceId']);
    expect(merged.locked).not.toContain('forms');
  });

  it('adds policy list entries to the user’s own, each entry once', () => {
    expect(merged.settings.knownServers).toEqual([
      'mine.example.com',
      'shared.example.com',
      'tc.corp.example',
    ]);
    expect(merged.policy.managedEntries.knownServers).toEqual([
      'shared.example.com',
      'tc.corp.example',
    ]);
    expect(merged.settings.customRules.map((rule) => rule.id)).toEqual(['rule-user', 'policy-1']);
    expect(merged.settings.disabledSites).toEqual(['news.example', 'mail.corp.example']);
    expect(merged.locked).not.toContain('knownServers');
  });

  it('pins a locked setting without a policy value to its default', () => {
    expect(merged.settings.historySize).toBe(DEFAULT_SETTINGS.historySize);
    expect(merged.locked).toContain('historySize');
    expect(merged.settings.confirmEveryCall).toBe(true);
  });

  it('keeps only the policy entries of a locked list', () => {
    const locked = applyPolicy(
      { settings: user, replaced: [] },
      normalizePolicy({ knownServers: ['tc.corp.example'], locked: ['knownServers', 'forms'] }),
    );
    expect(locked.settings.knownServers).toEqual(['tc.corp.example']);
    expect(locked.settings.forms).toEqual(DEFAULT_SETTINGS.forms);
    expect(locked.policy.lockedForms).toHaveLength(5);
    expect(locked.locked).toEqual(['knownServers', 'forms']);
  });

  it('changes nothing without a policy', () => {
    const plain = applyPolicy({ settings: user, replaced: ['linkStyle'] }, normalizePolicy({}));
    expect(plain.settings).toEqual(user);
    expect(plain.replaced).toEqual(['linkStyle']);
    expect(plain.locked).toEqual([]);
    expect(plain.policy.active).toBe(false);
  });
});

describe('userPartOf', () => {
  it('never turns locked values or policy entries into the user’s own', () => {
    const policy = normalizePolicy(corporatePolicy);
    const effective = applyPolicy({ settings: user, replaced: [] }, policy).settings;
    const next: Settings = {
      ...effective,
      defaultServer: 'elsewhere.example',
      historySize: 999,
      forms: { ...effective.forms, conferenceId: false, uri: false },
      knownServers: [...effective.knownServers, 'new.example.com'],
      linkStyle: 'icon',
    };
    const stored = userPartOf(next, user, policy);
    expect(stored.defaultServer).toBe('home.example.com');
    expect(stored.historySize).toBe(20);
    expect(stored.forms).toEqual({ ...user.forms, uri: false });
    // shared.example.com was the user's before the policy listed it, so it stays theirs.
    expect(stored.knownServers).toEqual([
      'mine.example.com',
      'shared.example.com',
      'new.example.com',
    ]);
    expect(stored.customRules).toEqual([userRule]);
    expect(stored.disabledSites).toEqual(['news.example']);
    expect(stored.linkStyle).toBe('icon');
  });
});

describe('the settings store with managed storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('merges the managed policy over the user’s settings on load', async () => {
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: user });
    await fakeBrowser.storage.managed.set(corporatePolicy);
    const loaded = await loadSettings();
    expect(loaded.settings.defaultServer).toBe('video.corp.example');
    expect(loaded.locked).toEqual(['defaultServer', 'historySize']);
    expect(loaded.policy.active).toBe(true);
    expect(loaded.replaced).toEqual([]);
  });

  it('takes failing managed storage as no policy', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(
      new Error('Managed storage manifest not found'),
    );
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: user });
    const loaded = await loadSettings();
    expect(loaded.settings).toEqual(user);
    expect(loaded.locked).toEqual([]);
  });

  it('never writes a locked value, whatever the change says', async () => {
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: user });
    await fakeBrowser.storage.managed.set(corporatePolicy);
    const effective = await updateSettings((current) => ({
      ...current,
      defaultServer: 'hijack.example',
      historySize: 0,
      confirmEveryCall: false,
    }));
    expect(effective.defaultServer).toBe('video.corp.example');
    expect(effective.confirmEveryCall).toBe(false);
    const stored = (await fakeBrowser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY] as Settings;
    expect(stored.defaultServer).toBe('home.example.com');
    expect(stored.historySize).toBe(20);
    expect(stored.confirmEveryCall).toBe(false);
    expect(stored.knownServers).toEqual(user.knownServers);
  });

  it('saveSettings of the effective settings stores only the user’s part', async () => {
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: user });
    await fakeBrowser.storage.managed.set(corporatePolicy);
    const { settings } = await loadSettings();
    await saveSettings(settings);
    expect((await loadUserSettings()).settings).toEqual(user);
  });

  it('refuses to store more than storage.sync holds in one item, and stores nothing', async () => {
    const many = Array.from({ length: 400 }, (_, index) => `server-${index}.example.com`);
    await expect(
      updateSettings((current) => ({ ...current, knownServers: many })),
    ).rejects.toBeInstanceOf(SettingsTooLargeError);
    expect(await fakeBrowser.storage.sync.get(SETTINGS_KEY)).toEqual({});
  });

  it('runs two quick updates one after the other, so neither is lost', async () => {
    await Promise.all([
      updateSettings((current) => ({
        ...current,
        knownServers: [...current.knownServers, 'a.example'],
      })),
      updateSettings((current) => ({
        ...current,
        knownServers: [...current.knownServers, 'b.example'],
      })),
    ]);
    expect((await loadSettings()).settings.knownServers).toEqual(['a.example', 'b.example']);
  });

  it('tells watchers about the user’s changes and about policy changes', async () => {
    const seen: string[] = [];
    const stop = watchSettings((loaded) => seen.push(loaded.settings.defaultServer));
    await updateSettings((current) => ({ ...current, defaultServer: 'home.example.com' }));
    await vi.waitFor(() => expect(seen).toEqual(['home.example.com']));
    await fakeBrowser.storage.managed.set({ defaultServer: 'video.corp.example' });
    await vi.waitFor(() => expect(seen).toEqual(['home.example.com', 'video.corp.example']));
    stop();
    await fakeBrowser.storage.managed.set({ defaultServer: 'other.corp.example' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toHaveLength(2);
  });

  it('tells followers the settings at once, then about the user’s changes and policy changes', async () => {
    const seen: string[] = [];
    const stop = await followSettings((loaded) => seen.push(loaded.settings.defaultServer));
    expect(seen).toEqual([DEFAULT_SETTINGS.defaultServer]);
    await updateSettings((current) => ({ ...current, defaultServer: 'home.example.com' }));
    await vi.waitFor(() =>
      expect(seen).toEqual([DEFAULT_SETTINGS.defaultServer, 'home.example.com']),
    );
    await fakeBrowser.storage.managed.set({ defaultServer: 'video.corp.example' });
    await vi.waitFor(() =>
      expect(seen).toEqual([
        DEFAULT_SETTINGS.defaultServer,
        'home.example.com',
        'video.corp.example',
      ]),
    );
    stop();
    await fakeBrowser.storage.managed.set({ defaultServer: 'other.corp.example' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toHaveLength(3);
  });

  it('ignores changes to other storage keys', async () => {
    const listener = vi.fn();
    const stop = watchSettings(listener);
    await fakeBrowser.storage.sync.set({ favourites: [] });
    await fakeBrowser.storage.local.set({ history: [] });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(listener).not.toHaveBeenCalled();
    stop();
  });
});

describe('phone policy keys', () => {
  it('set and lock the phone settings like any single value', () => {
    const policy = normalizePolicy({
      phoneCalls: true,
      phoneDialFormat: '#sip:{number}@gw.example.com',
      phoneCountry: 'nonsense',
      locked: ['phoneLinks'],
    });
    expect(policy.ignored).toEqual(['phoneCountry']);
    const loaded = applyPolicy(normalizeSettings({ version: 1, phoneLinks: false }), policy);
    expect(loaded.settings.phoneCalls).toBe(true);
    expect(loaded.settings.phoneDialFormat).toBe('#sip:{number}@gw.example.com');
    expect(loaded.settings.phoneCountry).toBe('');
    expect(loaded.settings.phoneLinks).toBe(true);
    expect(loaded.locked).toEqual(['phoneCalls', 'phoneDialFormat', 'phoneLinks']);
  });
});

describe('server policy keys', () => {
  it('presets the server address without locking it unless `locked` names it', () => {
    const preset = normalizePolicy({ serverAddress: 'https://Video.Corp.Example/' });
    const loaded = applyPolicy(normalizeSettings({ version: 1 }), preset);
    expect(loaded.settings.serverAddress).toBe('https://video.corp.example');
    expect(loaded.locked).toEqual([]);
    const locked = normalizePolicy({
      serverAddress: 'http://10.0.0.5:8888',
      locked: ['serverAddress'],
    });
    const lockedLoaded = applyPolicy(normalizeSettings({ version: 1 }), locked);
    expect(lockedLoaded.settings.serverAddress).toBe('http://10.0.0.5:8888');
    expect(lockedLoaded.locked).toEqual(['serverAddress']);
  });

  it('ignores a server address that is no server, and never stores the preset as the user’s', () => {
    for (const bad of ['ftp://x.example/', 'video.corp.example', 'https://a:b@x.example']) {
      expect(normalizePolicy({ serverAddress: bad }).ignored).toEqual(['serverAddress']);
    }
    const policy = normalizePolicy({ serverAddress: 'https://video.corp.example' });
    const stored = normalizeSettings({ version: 1 }).settings;
    const effective = applyPolicy(normalizeSettings({ version: 1 }), policy).settings;
    expect(userPartOf({ ...effective, linkStyle: 'icon' }, stored, policy)).toMatchObject({
      serverAddress: '',
      linkStyle: 'icon',
    });
  });

  it('sets and locks presence on pages like any single value', () => {
    const loaded = applyPolicy(
      normalizeSettings({ version: 1 }),
      normalizePolicy({ serverPresence: true }),
    );
    expect(loaded.settings.serverPresence).toBe(true);
    expect(loaded.locked).toEqual(['serverPresence']);
    expect(normalizeSettings({ version: 1 }).settings.serverPresence).toBe(false);
  });
});

describe('conference policy keys', () => {
  it('set and lock the badge countdown and reminders; a lead the options do not offer is ignored', () => {
    const policy = normalizePolicy({ conferenceBadge: true, conferenceReminder: 7 });
    expect(policy.ignored).toEqual(['conferenceReminder']);
    const loaded = applyPolicy(
      normalizeSettings({ version: 1, conferenceReminder: 5 }),
      normalizePolicy({ conferenceReminder: 10, locked: ['conferenceBadge'] }),
    );
    expect(loaded.settings.conferenceReminder).toBe(10);
    expect(loaded.settings.conferenceBadge).toBe(false);
    expect(loaded.locked).toEqual(['conferenceBadge', 'conferenceReminder']);
  });
});
