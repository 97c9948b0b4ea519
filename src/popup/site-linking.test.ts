import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../settings';
import { isLinkingOn, siteHostOf, withSiteLinking } from './site-linking';

function settingsWith(disabledSites: string[]): Settings {
  return { ...structuredClone(DEFAULT_SETTINGS), disabledSites } as Settings;
}

describe('siteHostOf', () => {
  it('gives the host of http(s) pages only', () => {
    expect(siteHostOf('https://WWW.Example.com/path?q=1')).toBe('www.example.com');
    expect(siteHostOf('http://127.0.0.1:8080/index.html')).toBe('127.0.0.1');
    for (const url of [
      undefined,
      '',
      'chrome://newtab/',
      'chrome-extension://abc/popup.html',
      'file:///tmp/a.html',
      'not a url',
    ]) {
      expect(siteHostOf(url)).toBeNull();
    }
  });
});

describe('withSiteLinking', () => {
  it('switching off lists the host once; switching on removes it', () => {
    const off = withSiteLinking(settingsWith(['other.example']), 'www.example.com', false);
    expect(off.disabledSites).toEqual(['other.example', 'www.example.com']);
    expect(isLinkingOn(off, 'www.example.com')).toBe(false);
    expect(withSiteLinking(off, 'www.example.com', false).disabledSites).toEqual(off.disabledSites);
    const on = withSiteLinking(off, 'www.example.com', true);
    expect(on.disabledSites).toEqual(['other.example']);
    expect(isLinkingOn(on, 'www.example.com')).toBe(true);
  });

  it('switching on also removes a parent domain that covered the page', () => {
    const on = withSiteLinking(
      settingsWith(['example.com', 'other.example']),
      'www.example.com',
      true,
    );
    expect(on.disabledSites).toEqual(['other.example']);
  });

  it('switching off a page already covered by its parent domain changes nothing', () => {
    const settings = settingsWith(['example.com']);
    expect(withSiteLinking(settings, 'www.example.com', false)).toBe(settings);
  });
});
