import { describe, expect, it } from 'vitest';
import {
  buildUri,
  isKnownServer,
  rtspUrlToCommand,
  webConferenceLinkResult,
  webConferenceLinkToCommand,
} from './index';

const KNOWN = ['video.example.com:4307', 'TC.Acme.Example', '[2001:db8::1]'];

describe('webConferenceLinkToCommand', () => {
  it.each([
    ['https://video.example.com/c/4154248070', 'trueconf:\\c\\4154248070@video.example.com%23vcs'],
    ['http://video.example.com/c/4154248070', 'trueconf:\\c\\4154248070@video.example.com%23vcs'],
    [
      'https://video.example.com:8443/c/4154248070',
      'trueconf:\\c\\4154248070@video.example.com%23vcs',
    ],
    ['https://VIDEO.EXAMPLE.COM/c/4154248070/', 'trueconf:\\c\\4154248070@video.example.com%23vcs'],
    [
      'https://video.example.com/c/4154248070?lang=ru',
      'trueconf:\\c\\4154248070@video.example.com%23vcs',
    ],
    [
      'https://video.example.com/c/4154248070#join',
      'trueconf:\\c\\4154248070@video.example.com%23vcs',
    ],
    ['https://tc.acme.example/c/0003172451', 'trueconf:\\c\\0003172451@tc.acme.example%23vcs'],
    ['https://[2001:db8::1]:443/c/42', 'trueconf:\\c\\42@[2001:db8::1]%23vcs'],
    [
      'https://video.example.com/webrtc/4154248070',
      'trueconf:\\c\\4154248070@video.example.com%23vcs',
    ],
    [
      'http://video.example.com:8080/webrtc/4154248070/?lang=en',
      'trueconf:\\c\\4154248070@video.example.com%23vcs',
    ],
  ])('%s → %s', (url, uri) => {
    const command = webConferenceLinkToCommand(url, KNOWN);
    expect(command).not.toBeNull();
    if (command) expect(buildUri(command)).toBe(uri);
  });

  it.each([
    ['https://forum.example.org/c/general', 'unknown-server'],
    ['https://video.example.com.evil.example/c/1', 'unknown-server'],
    ['https://video.example.com/c/1/2', 'unsupported-web-link'],
    ['https://video.example.com/C/1', 'unsupported-web-link'],
    ['https://video.example.com/webrtc/1/2', 'unsupported-web-link'],
    ['https://video.example.com/WebRTC/1', 'unsupported-web-link'],
    ['https://video.example.com/webrtc2/1', 'unsupported-web-link'],
    ['https://video.example.com@evil.example/c/1', 'unsupported-web-link'],
    ['ftp://video.example.com/c/1', 'unsupported-web-link'],
    ['https://video.example.com/c/1 2', 'unsupported-web-link'],
    ['https://video.example.com/c/a%20b', 'invalid-conference-id'],
  ])('%s → %s', (url, code) => {
    expect(webConferenceLinkToCommand(url, KNOWN)).toBeNull();
    expect(webConferenceLinkResult(url, KNOWN)).toMatchObject({ ok: false, error: { code } });
  });

  it('compares known servers by host in any case, tolerating scheme and port', () => {
    expect(isKnownServer('video.example.com', ['https://Video.Example.com:443/'])).toBe(true);
    expect(isKnownServer('video.example.com', [])).toBe(false);
    expect(isKnownServer('example.com', ['video.example.com'])).toBe(false);
  });
});

describe('rtspUrlToCommand', () => {
  it('turns an RTSP URL into the documented form', () => {
    const command = rtspUrlToCommand('rtsp://host:554/path');
    expect(command).toStrictEqual({
      target: { type: 'rtsp', address: '//host:554/path' },
      signIn: null,
      autoclose: false,
      unknownParameters: [],
    });
    if (command) expect(buildUri(command)).toBe('trueconf:#rtsp:%2f%2fhost:554%2fpath');
  });

  it('re-encodes what the RTSP URL already encodes, so the client gets it back exactly', () => {
    const command = rtspUrlToCommand('RTSP://host/my%20cam?x=1&y=2');
    expect(command && buildUri(command)).toBe(
      'trueconf:#rtsp:%2f%2fhost%2fmy%2520cam%3Fx%3D1%26y%3D2',
    );
  });

  it.each(['rtsp:host', 'rtsp://', 'http://host/x', 'rtsp://host/a b', 'rtsp://999.1.1.1/x'])(
    'refuses %j',
    (url) => expect(rtspUrlToCommand(url)).toBeNull(),
  );
});
