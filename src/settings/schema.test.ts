import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, normalizeSettings } from './schema';

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
