import { describe, expect, it } from 'vitest';
import { CURRENT_SETTINGS_VERSION, migrateSettings, type Migration } from './migrations';
import { DEFAULT_SETTINGS, normalizeSettings } from './schema';

/** What each earlier version stored, as a real user of that version could have it. */
const STORED_BY_VERSION: Record<number, Record<string, unknown>> = {
  // Version 0: no version stamp at all.
  0: {
    defaultServer: 'video.example.com',
    knownServers: ['tc.example.com'],
    forms: { ...DEFAULT_SETTINGS.forms, conferenceId: false },
    customRules: [],
    disabledSites: ['example.org'],
    linkStyle: 'icon',
    webLinks: 'ask',
    confirmEveryCall: true,
    trustedSignInOrigins: ['https://intranet.example.com'],
    historySize: 50,
  },
};

describe('settings migrations', () => {
  it('knows a way forward from every earlier version', () => {
    for (let version = 0; version < CURRENT_SETTINGS_VERSION; version += 1) {
      expect(STORED_BY_VERSION[version], `sample data for version ${version}`).toBeDefined();
      const result = migrateSettings(STORED_BY_VERSION[version]);
      expect(result.ok && result.data.version).toBe(CURRENT_SETTINGS_VERSION);
    }
  });

  it('keeps every user value of version 0 data', () => {
    const { settings, replaced } = normalizeSettings(STORED_BY_VERSION[0]);
    expect(replaced).toEqual([]);
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      ...STORED_BY_VERSION[0],
      version: CURRENT_SETTINGS_VERSION,
    });
  });

  it('leaves current data as it is', () => {
    const current = { ...DEFAULT_SETTINGS, historySize: 10 };
    expect(migrateSettings(current)).toEqual({
      ok: true,
      data: current,
      fromVersion: CURRENT_SETTINGS_VERSION,
      notices: [],
    });
  });

  it('reads data from a newer release as far as it can, with a notice', () => {
    const { settings, replaced } = normalizeSettings({
      ...DEFAULT_SETTINGS,
      version: CURRENT_SETTINGS_VERSION + 1,
      historySize: 10,
      somethingNew: true,
    });
    expect(settings.historySize).toBe(10);
    expect(settings.version).toBe(CURRENT_SETTINGS_VERSION);
    expect(replaced).toEqual(['version']);
  });

  it('does not lose good fields to an unreadable version stamp', () => {
    const { settings, replaced } = normalizeSettings({ version: 'one', historySize: 10 });
    expect(settings.historySize).toBe(10);
    expect(replaced).toEqual(['version']);
  });

  it('applies the steps in order, one version at a time', () => {
    const steps: Record<number, Migration> = {
      1: (data) => ({ ...data, version: 2, trail: [...(data.trail as string[]), '1→2'] }),
      2: (data) => ({ ...data, version: 3, trail: [...(data.trail as string[]), '2→3'] }),
    };
    expect(migrateSettings({ version: 1, trail: [] }, steps, 3)).toEqual({
      ok: true,
      data: { version: 3, trail: ['1→2', '2→3'] },
      fromVersion: 1,
      notices: [],
    });
  });

  it('refuses data it has no way forward for, and a step that breaks the chain', () => {
    expect(migrateSettings({ version: 1 }, {}, 2)).toEqual({
      ok: false,
      reason: 'no-migration-path',
    });
    const broken: Record<number, Migration> = { 1: (data) => ({ ...data }) };
    expect(migrateSettings({ version: 1 }, broken, 2)).toEqual({
      ok: false,
      reason: 'no-migration-path',
    });
    expect(normalizeSettings('junk')).toEqual({ settings: DEFAULT_SETTINGS, replaced: ['*'] });
  });
});
