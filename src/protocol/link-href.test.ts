import { describe, expect, it } from 'vitest';
import { buildUri, isKnownServerWebLink, readLinkHref } from './index';

describe('readLinkHref', () => {
  it('reads trueconf: and visicall: links in any case, as written', () => {
    expect(readLinkHref('trueconf:smith')).toEqual({ kind: 'trueconf-uri', uri: 'trueconf:smith' });
    expect(readLinkHref('VisiCall:\\c\\123456789')).toEqual({
      kind: 'trueconf-uri',
      uri: 'VisiCall:\\c\\123456789',
    });
  });

  it('reads an invalid TrueConf URI as one: launching it is what refuses it', () => {
    expect(readLinkHref('trueconf:[user]@[server]')).toEqual({
      kind: 'trueconf-uri',
      uri: 'trueconf:[user]@[server]',
    });
  });

  it('ignores the whitespace around a TrueConf URI, as browsers do around an href', () => {
    expect(readLinkHref(' \ttrueconf:smith\n')).toEqual({
      kind: 'trueconf-uri',
      uri: 'trueconf:smith',
    });
  });

  it('reads the shape of a web conference link whatever its server, and leaves that to the caller', () => {
    const target = readLinkHref('https://Forum.Example/c/4154248070?x=1');
    expect(target).toMatchObject({
      kind: 'web-conference',
      url: 'https://Forum.Example/c/4154248070?x=1',
      server: 'forum.example',
    });
    expect(target.kind === 'web-conference' && buildUri(target.command)).toBe(
      'trueconf:\\c\\4154248070@forum.example%23vcs',
    );
  });

  it.each([
    'https://forum.example/c/general/page',
    'https://video.example.com@evil.example/c/1',
    ' https://video.example.com/c/4154248070',
    'mytrueconf:smith',
    'mailto:smith@conf.company.com',
    'javascript:void(0)',
    'tel:+79261112233',
    '',
  ])('%j means nothing', (href) => {
    expect(readLinkHref(href)).toEqual({ kind: 'none' });
  });
});

describe('readLinkHref: links a mail system wrapped', () => {
  const safeLinks = (inner: string): string =>
    `https://eur01.safelinks.protection.outlook.com/?url=${encodeURIComponent(inner)}&data=05%7C02&reserved=0`;
  const google = (inner: string): string =>
    `https://www.google.com/url?q=${encodeURIComponent(inner)}&sa=D&ust=1718000000&usg=AOvVaw`;

  it.each([safeLinks, google])(
    'reads the web conference link inside, and keeps the wrapper as the browser’s fallback (%#)',
    (wrap) => {
      const href = wrap('https://video.acme.example/webrtc/0003172451');
      const target = readLinkHref(href);
      expect(target).toMatchObject({
        kind: 'web-conference',
        url: href,
        server: 'video.acme.example',
      });
      expect(target.kind === 'web-conference' && buildUri(target.command)).toBe(
        'trueconf:\\c\\0003172451@video.acme.example%23vcs',
      );
    },
  );

  it.each([safeLinks, google])('reads a valid trueconf: URI inside (%#)', (wrap) => {
    expect(readLinkHref(wrap('trueconf:\\c\\0003172451@video.acme.example%23vcs'))).toEqual({
      kind: 'trueconf-uri',
      uri: 'trueconf:\\c\\0003172451@video.acme.example%23vcs',
    });
  });

  it.each([
    ['an ordinary page inside', safeLinks('https://example.com/c/general/page')],
    ['a template inside', google('trueconf:[user]@[server]')],
    ['another scheme inside', google('mailto:ivan@video.acme.example')],
    ['no link inside', 'https://www.google.com/url?sa=D'],
    ['two links inside', 'https://www.google.com/url?q=trueconf:a&q=trueconf:b'],
    [
      'a look-alike host',
      `https://safelinks.protection.outlook.com.evil.example/?url=trueconf:smith`,
    ],
    ['another Google path', 'https://www.google.com/search?q=trueconf:smith'],
    ['a port', 'https://www.google.com:8443/url?q=trueconf:smith'],
    ['user info', 'https://www.google.com@evil.example/url?q=trueconf:smith'],
    ['plain http', 'http://www.google.com/url?q=trueconf:smith'],
  ])('means nothing for %s', (_name, href) => {
    expect(readLinkHref(href)).toEqual({ kind: 'none' });
  });
});

describe('isKnownServerWebLink', () => {
  const known = ['tc.acme.example', 'video.example.com:4307'];

  it('takes web conference links on a known server, by host, whatever the port', () => {
    expect(isKnownServerWebLink(readLinkHref('https://TC.acme.example/c/4154248070'), known)).toBe(
      true,
    );
    expect(isKnownServerWebLink(readLinkHref('https://video.example.com/c/abc_123'), known)).toBe(
      true,
    );
  });

  it('takes /webrtc/ links, http: links and any port on a known server', () => {
    for (const href of [
      'https://tc.acme.example/webrtc/4154248070',
      'http://tc.acme.example/c/4154248070',
      'https://tc.acme.example:8443/webrtc/4154248070/',
    ]) {
      expect(isKnownServerWebLink(readLinkHref(href), known)).toBe(true);
    }
  });

  it('refuses a wrapped link to an unknown server', () => {
    const href = `https://www.google.com/url?q=${encodeURIComponent('https://forum.example/c/4154248070')}`;
    expect(readLinkHref(href)).toMatchObject({ kind: 'web-conference' });
    expect(isKnownServerWebLink(readLinkHref(href), known)).toBe(false);
  });

  it('refuses other servers and every other kind of link', () => {
    for (const href of [
      'https://forum.example/c/4154248070',
      'https://evil.video.example.com/c/abc',
      'trueconf:\\c\\4154248070@tc.acme.example%23vcs',
      'mailto:smith@tc.acme.example',
    ]) {
      expect(isKnownServerWebLink(readLinkHref(href), known)).toBe(false);
    }
    expect(isKnownServerWebLink(readLinkHref('https://tc.acme.example/c/4154248070'), [])).toBe(
      false,
    );
  });
});
