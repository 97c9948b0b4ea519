import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  normalizeSettings,
  normalizeSiteEntry,
  phoneLinksOn,
  phoneTelLinksOn,
  validateSettingsStrict,
} from './schema';
import { knownServersOf } from './known-servers';

describe('normalizeSettings', () => {
  it('gives the defaults when nothing is stored', () => {
    expect(normalizeSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, replaced: [] });
  });

  it('keeps every valid stored field', () => {
    const stored = {
      ...DEFAULT_SETTINGS,
      defaultServer: 'video.example.com',
      knownServers: ['video.example.com', 'tc.acme.example:4307'],
      disabledSites: ['example.org'],
      historySize: 50,
    };
    expect(normalizeSettings(stored)).toEqual({ settings: stored, replaced: [] });
  });

  it('replaces only the corrupt fields with their defaults and names them', () => {
    const result = normalizeSettings({
      defaultServer: 'video.example.com',
      knownServers: 'not a list',
      forms: { uri: 'yes' },
      historySize: -1,
      linkStyle: 'blink',
    });
    expect(result.settings.defaultServer).toBe('video.example.com');
    expect(result.settings.knownServers).toEqual([]);
    expect(result.settings.forms).toEqual(DEFAULT_SETTINGS.forms);
    expect(result.settings.historySize).toBe(200);
    expect(result.settings.linkStyle).toBe('underline');
    expect(result.replaced.sort()).toEqual(['forms', 'historySize', 'knownServers', 'linkStyle']);
  });

  it('falls back to the defaults for data that is not an object at all', () => {
    for (const junk of [null, 42, 'settings', [1, 2]]) {
      expect(normalizeSettings(junk)).toEqual({ settings: DEFAULT_SETTINGS, replaced: ['*'] });
    }
  });

  it('never shares arrays with the defaults or the stored object', () => {
    const stored = { knownServers: ['a.example'] };
    const { settings } = normalizeSettings(stored);
    settings.knownServers.push('b.example');
    expect(stored.knownServers).toEqual(['a.example']);
    expect(normalizeSettings(undefined).settings.knownServers).toEqual([]);
  });
});

describe('normalizeSettings, entry by entry', () => {
  it('drops only the bad entries of a list and says which list lost some', () => {
    const result = normalizeSettings({
      version: 1,
      knownServers: ['Video.Example.com', 'not a server!', 'video.example.com', '10.0.0.5:4307'],
      disabledSites: ['https://www.Example.org/page', 'exa mple.org', 'news.example'],
      trustedSignInOrigins: ['https://intranet.example.com/login', 'javascript:alert(1)'],
    });
    expect(result.settings.knownServers).toEqual(['video.example.com', '10.0.0.5:4307']);
    expect(result.settings.disabledSites).toEqual(['www.example.org', 'news.example']);
    expect(result.settings.trustedSignInOrigins).toEqual(['https://intranet.example.com']);
    expect(result.replaced.sort()).toEqual([
      'disabledSites',
      'knownServers',
      'trustedSignInOrigins',
    ]);
  });

  it('keeps well-formed custom rules and drops malformed ones', () => {
    const good = {
      id: 'rule-1',
      pattern: 'Room (\\d{4})',
      flags: 'i',
      hrefTemplate: 'trueconf:\\c\\room$1',
      sites: ['Intranet.Example.com'],
    };
    const result = normalizeSettings({
      customRules: [
        good,
        { ...good, id: 'rule-2', flags: 'gy' },
        { ...good, id: 'rule-3', pattern: '' },
        { ...good, id: 'rule 4' },
        { ...good, id: 'rule-1' },
      ],
    });
    expect(result.settings.customRules).toEqual([{ ...good, sites: ['intranet.example.com'] }]);
    expect(result.replaced).toEqual(['customRules']);
  });

  it('refuses an invalid default server but accepts an empty one', () => {
    expect(normalizeSettings({ defaultServer: 'not a server' })).toEqual({
      settings: DEFAULT_SETTINGS,
      replaced: ['defaultServer'],
    });
    expect(normalizeSettings({ defaultServer: '' }).replaced).toEqual([]);
  });
});

describe('validateSettingsStrict', () => {
  const complete = { ...DEFAULT_SETTINGS, knownServers: ['video.example.com'] };

  it('accepts a complete, valid settings object', () => {
    expect(validateSettingsStrict(complete)).toEqual({ ok: true, settings: complete });
  });

  it('refuses instead of repairing, naming every problem', () => {
    const result = validateSettingsStrict({
      ...complete,
      knownServers: ['video.example.com', 'bad server'],
      historySize: 5000,
      colour: 'blue',
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        { field: 'colour', reason: 'unknown-field' },
        { field: 'knownServers', reason: 'invalid' },
        { field: 'historySize', reason: 'invalid' },
      ],
    });
  });

  it('refuses missing fields rather than filling in defaults', () => {
    const { linkStyle: _linkStyle, ...withoutLinkStyle } = complete;
    expect(validateSettingsStrict(withoutLinkStyle)).toEqual({
      ok: false,
      problems: [{ field: 'linkStyle', reason: 'missing' }],
    });
  });

  it('refuses data that is not an object, and data from a newer version', () => {
    expect(validateSettingsStrict([complete])).toEqual({
      ok: false,
      problems: [{ field: '*', reason: 'not-an-object' }],
    });
    expect(validateSettingsStrict({ ...complete, version: 99 })).toEqual({
      ok: false,
      problems: [{ field: 'version', reason: 'unsupported-version' }],
    });
  });
});

describe('knownServersOf', () => {
  it('puts the default server first and lists each server once', () => {
    expect(
      knownServersOf({
        defaultServer: 'video.example.com',
        knownServers: ['tc.example.com', 'video.example.com'],
      }),
    ).toEqual(['video.example.com', 'tc.example.com']);
    expect(knownServersOf({ defaultServer: '', knownServers: ['tc.example.com'] })).toEqual([
      'tc.example.com',
    ]);
  });
});

describe('normalizeSiteEntry', () => {
  it('reads host names, pasted addresses and *.wildcards as the host they cover', () => {
    expect(normalizeSiteEntry(' News.Example.com. ')).toBe('news.example.com');
    expect(normalizeSiteEntry('https://wiki.example.org:8443/page?q=1')).toBe('wiki.example.org');
    expect(normalizeSiteEntry('*.corp.example')).toBe('corp.example');
    expect(normalizeSiteEntry('[::1]')).toBe('[::1]');
    for (const bad of ['', 'two words', 'example.com/path', '*', 'mailto:x@example.com', 42]) {
      expect(normalizeSiteEntry(bad), String(bad)).toBeNull();
    }
  });
});

describe('phone settings', () => {
  it('are off by default and read safely', () => {
    const { settings, replaced } = normalizeSettings({ version: 1 });
    expect(replaced).toEqual([]);
    expect(settings.phoneCalls).toBe(false);
    expect(settings.phoneDialFormat).toBe('#tel:{number}');
    expect(settings.phoneCountry).toBe('');
    expect(phoneLinksOn(settings)).toBe(false);
    expect(phoneTelLinksOn(settings)).toBe(false);
    expect(phoneLinksOn({ ...settings, phoneCalls: true })).toBe(true);
    expect(phoneTelLinksOn({ ...settings, phoneCalls: true, phoneTelLinks: false })).toBe(false);
  });

  it('keep valid values and replace bad ones with defaults', () => {
    const good = normalizeSettings({
      version: 1,
      phoneCalls: true,
      phoneDialFormat: '#sip:{number}@gw.example.com',
      phoneCountry: 'DE',
      phoneLinks: false,
      phoneTelLinks: false,
    });
    expect(good.replaced).toEqual([]);
    expect(good.settings).toMatchObject({
      phoneCalls: true,
      phoneDialFormat: '#sip:{number}@gw.example.com',
      phoneCountry: 'DE',
      phoneLinks: false,
      phoneTelLinks: false,
    });
    const bad = normalizeSettings({
      version: 1,
      phoneCalls: 'yes',
      phoneDialFormat: '#tel:{number}&login=x',
      phoneCountry: 'Russia',
      phoneLinks: 1,
      phoneTelLinks: null,
    });
    expect(bad.replaced.sort()).toEqual(
      ['phoneCalls', 'phoneCountry', 'phoneDialFormat', 'phoneLinks', 'phoneTelLinks'].sort(),
    );
    expect(bad.settings).toEqual(DEFAULT_SETTINGS);
  });

  it('may be missing from an imported file written before they existed', () => {
    const older = Object.fromEntries(
      Object.entries(DEFAULT_SETTINGS).filter(([key]) => !key.startsWith('phone')),
    );
    expect(validateSettingsStrict(older)).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
    expect(validateSettingsStrict({ ...older, phoneCountry: 'XX' }).ok).toBe(false);
  });
});

describe('conference settings', () => {
  it('are off by default, keep the offered leads and replace anything else', () => {
    expect(normalizeSettings({ version: 1 }).settings).toMatchObject({
      conferenceBadge: false,
      conferenceReminder: 0,
    });
    const good = normalizeSettings({ version: 1, conferenceBadge: true, conferenceReminder: 15 });
    expect(good.replaced).toEqual([]);
    expect(good.settings).toMatchObject({ conferenceBadge: true, conferenceReminder: 15 });
    const bad = normalizeSettings({ version: 1, conferenceBadge: 'on', conferenceReminder: 3 });
    expect(bad.replaced.sort()).toEqual(['conferenceBadge', 'conferenceReminder']);
    expect(bad.settings).toEqual(DEFAULT_SETTINGS);
  });

  it('may be missing from an imported file written before they existed', () => {
    const older = Object.fromEntries(
      Object.entries(DEFAULT_SETTINGS).filter(([key]) => !key.startsWith('conference')),
    );
    expect(validateSettingsStrict(older)).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
  });
});
