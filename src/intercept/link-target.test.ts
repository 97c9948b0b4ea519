// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { actionForHref, linkInPath } from './link-target';

describe('actionForHref', () => {
  const known = ['tc.acme.example', 'video.example.com:4307'];

  it('sends trueconf: and visicall: links (any case) to the launcher', () => {
    expect(actionForHref('trueconf:smith', known, true)).toEqual({
      kind: 'trueconf',
      uri: 'trueconf:smith',
    });
    expect(actionForHref('VisiCall:\\c\\123456789', known, true)).toEqual({
      kind: 'trueconf',
      uri: 'VisiCall:\\c\\123456789',
    });
  });

  it('sends web conference links of known servers to the app, unless the user prefers the browser', () => {
    const url = 'https://tc.acme.example/c/4154248070';
    expect(actionForHref(url, known, true)).toEqual({ kind: 'web-conference', url });
    expect(actionForHref(url, known, false)).toEqual({ kind: 'none' });
  });

  it('reads links wrapped by Outlook Safe Links and Google, and hands the wrapper to the browser fallback', () => {
    const safeLink = `https://nam12.safelinks.protection.outlook.com/?url=${encodeURIComponent(
      'https://tc.acme.example/webrtc/4154248070',
    )}&data=05%7C02`;
    expect(actionForHref(safeLink, known, true)).toEqual({ kind: 'web-conference', url: safeLink });
    const googleLink = `https://www.google.com/url?q=${encodeURIComponent('trueconf:\\c\\4154248070')}&sa=D`;
    expect(actionForHref(googleLink, known, true)).toEqual({
      kind: 'trueconf',
      uri: 'trueconf:\\c\\4154248070',
    });
    const unknownServer = `https://www.google.com/url?q=${encodeURIComponent('https://forum.example/c/4154248070')}`;
    expect(actionForHref(unknownServer, known, true)).toEqual({ kind: 'none' });
  });

  it('leaves every other link alone', () => {
    for (const href of [
      'https://forum.example/c/general',
      'https://tc.acme.example/guest',
      'https://tc.acme.example/c/4154248070/extra',
      'mailto:smith@conf.company.com',
      'javascript:void(0)',
      'tel:+79261112233',
    ]) {
      expect(actionForHref(href, known, true)).toEqual({ kind: 'none' });
    }
  });
});

describe('actionForHref on web conference links', () => {
  const isWebConferenceLink = (url: string, knownServers: readonly string[]): boolean =>
    actionForHref(url, knownServers, true).kind === 'web-conference';

  it('matches the host of a known server whatever its port, and nothing else', () => {
    expect(
      isWebConferenceLink('https://video.example.com/c/abc_123', ['video.example.com:4307']),
    ).toBe(true);
    expect(isWebConferenceLink('http://VIDEO.example.com:8080/c/abc/', ['video.example.com'])).toBe(
      true,
    );
    expect(isWebConferenceLink('https://evil.video.example.com/c/abc', ['video.example.com'])).toBe(
      false,
    );
    expect(
      isWebConferenceLink('https://video.example.com.evil.test/c/abc', ['video.example.com']),
    ).toBe(false);
    expect(isWebConferenceLink('not a url', ['video.example.com'])).toBe(false);
  });
});

describe('linkInPath', () => {
  it('finds the link around the clicked element', () => {
    const link = document.createElement('a');
    link.href = 'trueconf:smith';
    const inner = document.createElement('b');
    link.append(inner);
    document.body.append(link);
    expect(linkInPath([inner, link, document.body, document, window])).toBe(link);
  });

  it('gives the href as the browser resolved it, without whitespace written around it', () => {
    const link = document.createElement('a');
    link.setAttribute('href', ' \n trueconf:smith\t ');
    document.body.append(link);
    expect(linkInPath([link])?.href).toBe('trueconf:smith');
  });

  it('ignores anchors without href and non-elements', () => {
    const anchor = document.createElement('a');
    expect(linkInPath([anchor, document, window])).toBeNull();
  });
});
