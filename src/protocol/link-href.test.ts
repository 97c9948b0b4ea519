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
