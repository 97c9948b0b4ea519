import { describe, expect, it } from 'vitest';
import {
  isValidConferenceId,
  isValidLogin,
  isValidRtspAddress,
  isValidServer,
  isValidTrueConfId,
  serverHost,
} from './index';

describe('isValidLogin', () => {
  it.each([
    'smith',
    'i.petrov',
    'user_1',
    'a-b',
    '0smith',
    'a',
    'иванов',
    'José',
    'x'.repeat(64),
    '4154248070',
  ])('accepts %j', (login) => expect(isValidLogin(login)).toBe(true));
  it.each([
    '',
    '.smith',
    '_smith',
    '-smith',
    'a b',
    'smith&password=x',
    'a@b',
    'a:b',
    'a+b',
    'x'.repeat(65),
    'smith\u200b',
    'a/b',
  ])('refuses %j', (login) => expect(isValidLogin(login)).toBe(false));
  it('counts code points, not UTF-16 units', () => {
    expect(isValidLogin('𝒜'.repeat(64))).toBe(true);
    expect(isValidLogin('𝒜'.repeat(65))).toBe(false);
  });
});

describe('isValidConferenceId', () => {
  it.each(['0003172451', '4154248070', 'Weekly_sync', 'a', 'A'.repeat(128)])('accepts %j', (id) =>
    expect(isValidConferenceId(id)).toBe(true),
  );
  it.each(['', 'a-b', 'a b', 'é', 'A'.repeat(129), '123#vcs'])('refuses %j', (id) =>
    expect(isValidConferenceId(id)).toBe(false),
  );
});

describe('isValidServer', () => {
  it.each([
    'video.example.com',
    'video.example.com:4307',
    'localhost',
    'tc-server',
    'xn--80ak6aa92e.xn--p1ai',
    '192.168.12.123',
    '10.0.0.1:443',
    '0.0.0.0',
    '255.255.255.255',
    '[::1]',
    '[2001:db8::1]:4307',
    '[::ffff:192.0.2.1]',
    '[1:2:3:4:5:6:7:8]',
    '[1:2:3:4:5:6:1.2.3.4]',
    'a.b.c.d.e.f',
    '123.example.com',
    'video.example.com:65535',
  ])('accepts %j', (server) => expect(isValidServer(server)).toBe(true));

  it.each([
    '',
    '999.1.1.1',
    '256.1.1.1',
    '1.2.3',
    '1.2.3.4.5',
    '01.2.3.4',
    'video..example.com',
    '.example.com',
    'example.com.',
    '-bad.example.com',
    'bad-.example.com',
    'bad_host.example.com',
    'видео.рф',
    'video.example.com:',
    'video.example.com:0',
    'video.example.com:65536',
    'video.example.com:04307',
    'video.example.com:4307:1',
    '2001:db8::1',
    '[2001:db8::1',
    '[2001:db8::1]x',
    '[1:2:3:4:5:6:7:8:9]',
    '[1::2::3]',
    '[1.2.3.4::]',
    '[fe80::1%25eth0]',
    '[]',
    'a'.repeat(64) + '.com',
    'user@host',
    'host/path',
  ])('refuses %j', (server) => expect(isValidServer(server)).toBe(false));

  it('gives a lower-case host for comparisons', () => {
    expect(serverHost('Video.Example.COM:4307')).toBe('video.example.com');
    expect(serverHost('[2001:DB8::1]:443')).toBe('[2001:db8::1]');
    expect(serverHost('999.1.1.1')).toBeNull();
  });
});

describe('isValidTrueConfId', () => {
  it('needs a valid login and a valid server', () => {
    expect(isValidTrueConfId('smith@video.example.com')).toBe(true);
    expect(isValidTrueConfId('smith@')).toBe(false);
    expect(isValidTrueConfId('@video.example.com')).toBe(false);
  });
});

describe('isValidRtspAddress', () => {
  it.each([
    '//domainn.company.com:554',
    '//host:554/path',
    '//host/a/b.sdp?channel=1&subtype=0',
    '//admin:12345@192.168.1.10:554/stream1',
    '//[2001:db8::1]:554/live',
    '//host/my%20cam',
  ])('accepts %j', (address) => expect(isValidRtspAddress(address)).toBe(true));

  it.each([
    '',
    'host:554',
    'rtsp://host',
    '/host',
    '//',
    '//999.1.1.1/x',
    '//host/a b',
    '//host/é',
    '//host/a#b',
    '//host:99999',
    '//us er@host',
  ])('refuses %j', (address) => expect(isValidRtspAddress(address)).toBe(false));
});
