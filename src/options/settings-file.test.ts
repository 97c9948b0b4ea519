import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  loadUserSettings,
  SETTINGS_KEY,
  updateSettings,
  type Settings,
} from '../settings';
import { parseSettingsFile, SETTINGS_FILE_FORMAT, settingsToFile } from './settings-file';

const settings: Settings = {
  ...DEFAULT_SETTINGS,
  defaultServer: 'video.example.com',
  knownServers: ['tc.example.com', '10.0.0.5:4307'],
  forms: { ...DEFAULT_SETTINGS.forms, conferenceId: false },
  customRules: [
    {
      id: 'rule-1',
      pattern: 'Room (\\d{4})',
      flags: 'i',
      hrefTemplate: 'trueconf:\\c\\room$1',
      sites: ['intranet.example.com'],
    },
  ],
  disabledSites: ['news.example'],
  linkStyle: 'icon',
  webLinks: 'ask',
  confirmEveryCall: true,
  trustedSignInOrigins: ['https://intranet.example.com'],
  historySize: 42,
};

function fileWith(data: unknown): string {
  return JSON.stringify({ format: SETTINGS_FILE_FORMAT, exportedAt: '2025-01-01', settings: data });
}

function problemKeys(text: string): string[] {
  const result = parseSettingsFile(text);
  if (result.ok) throw new Error('the file was accepted');
  return result.problems.map((problem) => problem.key);
}

describe('settings files', () => {
  it('round-trips: an exported file imports to exactly the same settings', () => {
    const file = settingsToFile(settings, new Date('2025-03-04T05:06:07Z'));
    expect(JSON.parse(file)).toMatchObject({
      format: SETTINGS_FILE_FORMAT,
      exportedAt: '2025-03-04T05:06:07.000Z',
    });
    expect(parseSettingsFile(file)).toEqual({ ok: true, settings });
  });

  it('imports a file of an earlier version through the migrations', () => {
    const { version: _version, ...unversioned } = settings;
    expect(parseSettingsFile(fileWith(unversioned))).toEqual({ ok: true, settings });
  });

  it.each([
    ['not JSON', '{"format": ', ['options_import_not_json']],
    ['some other JSON', JSON.stringify({ hello: 'world' }), ['options_import_wrong_format']],
    ['a bare settings object', JSON.stringify(settings), ['options_import_wrong_format']],
    ['settings that are not an object', fileWith([settings]), ['options_import_wrong_format']],
    [
      'a newer version',
      fileWith({ ...settings, version: 99 }),
      ['options_import_unsupported_version'],
    ],
    [
      'an invalid value',
      fileWith({ ...settings, linkStyle: 'blink' }),
      ['options_import_invalid_field'],
    ],
    [
      'one bad entry in a list',
      fileWith({ ...settings, knownServers: ['tc.example.com', 'no such thing!'] }),
      ['options_import_invalid_field'],
    ],
    [
      'a missing setting',
      fileWith({ ...settings, historySize: undefined }),
      ['options_import_missing_field'],
    ],
    [
      'an unknown setting',
      fileWith({ ...settings, theme: 'dark' }),
      ['options_import_unknown_field'],
    ],
    [
      'a dangerously slow custom rule',
      fileWith({ ...settings, customRules: [{ ...settings.customRules[0], pattern: '(a+)+$' }] }),
      ['options_import_rule_refused'],
    ],
    [
      'more than browser sync can hold',
      fileWith({
        ...settings,
        knownServers: Array.from({ length: 400 }, (_, index) => `server-${index}.example.com`),
      }),
      ['options_import_too_big'],
    ],
    ['a huge file', `${' '.repeat(1_000_001)}{}`, ['options_import_too_big']],
  ])('refuses %s and says why', (_name, text, keys) => {
    expect(problemKeys(text)).toEqual(keys);
  });

  it('says why the rule was refused', () => {
    const result = parseSettingsFile(
      fileWith({ ...settings, customRules: [{ ...settings.customRules[0], pattern: '(a+)+$' }] }),
    );
    expect(!result.ok && result.problems[0]).toEqual({
      key: 'options_import_rule_refused',
      substitutions: ['(a+)+$'],
      detail: { key: 'options_rule_too_slow', substitutions: [] },
    });
  });
});

describe('importing with a policy in force', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('a bad file changes nothing in storage', async () => {
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: settings });
    const result = parseSettingsFile(fileWith({ ...settings, historySize: -1 }));
    expect(result.ok).toBe(false);
    expect((await loadUserSettings()).settings).toEqual(settings);
  });

  it('imports everything except what the administrator locked', async () => {
    await fakeBrowser.storage.managed.set({ defaultServer: 'video.corp.example' });
    const result = parseSettingsFile(settingsToFile(settings));
    if (!result.ok) throw new Error('refused');
    await updateSettings(() => result.settings);
    const stored = (await loadUserSettings()).settings;
    expect(stored).toEqual({ ...settings, defaultServer: DEFAULT_SETTINGS.defaultServer });
    expect((await loadSettings()).settings.defaultServer).toBe('video.corp.example');
  });
});

describe('favourites in settings files', () => {
  const favourites = [
    { id: 'fav-1', name: 'Helpdesk', uri: 'trueconf:helpdesk@video.example.com' },
    { id: 'fav-2', name: 'Weekly', uri: 'trueconf:\\c\\4154248070' },
  ];

  it('go out with the settings and come back the same', () => {
    const file = settingsToFile(settings, new Date('2025-03-04T05:06:07Z'), favourites);
    expect(parseSettingsFile(file)).toEqual({ ok: true, settings, favourites });
  });

  it('are left alone by a file that has none (an older export)', () => {
    const result = parseSettingsFile(settingsToFile(settings));
    expect(result.ok && 'favourites' in result).toBe(false);
  });

  it.each([
    ['not a list', { id: 'x' }],
    [
      'an entry that is not a TrueConf link',
      [...favourites, { id: 'f3', name: 'X', uri: 'https://x' }],
    ],
    ['two entries with one id', [favourites[0], { ...favourites[1], id: 'fav-1' }]],
  ])('refuse the whole file when %s', (_case, broken) => {
    const file = JSON.stringify({ ...JSON.parse(settingsToFile(settings)), favourites: broken });
    expect(problemKeys(file)).toEqual(['options_import_bad_favourites']);
  });
});
