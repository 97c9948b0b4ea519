import { describe, expect, it } from 'vitest';
import { canonicalizeFoundUri, parseUri, type ErrorCode } from './index';

describe('parseUri refusals', () => {
  const refusals: [string, ErrorCode, string?][] = [
    ['', 'empty'],
    ['smith', 'not-a-trueconf-uri'],
    ['trueconf', 'not-a-trueconf-uri'],
    ['tel:+79261112233', 'not-a-trueconf-uri'],
    [' trueconf:smith', 'not-a-trueconf-uri'],
    ['trueconf:[user]', 'template-placeholder', '['],
    ['trueconf:{login}@{server}', 'template-placeholder', '{'],
    ['trueconf:<user>', 'template-placeholder', '<'],
    ['trueconf:smith@[server]', 'template-placeholder', '['],
    ['trueconf:login=[login]&password=[password]', 'template-placeholder', '['],
    ['trueconf:\\c\\[CID]', 'template-placeholder', '['],
    ['trueconf:smith?autoclose=1', 'forbidden-character', '?'],
    ['trueconf:smith smith', 'forbidden-character', ' '],
    ['trueconf:smith\u200b', 'forbidden-character', '\u200b'],
    ['trueconf:"smith"', 'forbidden-character', '"'],
    ['trueconf:smith#x', 'forbidden-character', '#'],
    ['trueconf:#vcs', 'forbidden-character', '#'],
    ['trueconf:smith&password=a#b', 'forbidden-character', '#'],
    ['trueconf:smith\ud800', 'forbidden-character'],
    ['trueconf:smith@', 'invalid-server', ''],
    ['trueconf:@server.example', 'invalid-login'],
    ['trueconf:smith@999.1.1.1', 'invalid-server', '999.1.1.1'],
    ['trueconf:smith@video..example.com', 'invalid-server', 'video..example.com'],
    ['trueconf:smith@video.example.com:0', 'invalid-server', 'video.example.com:0'],
    ['trueconf:smith@video.example.com:65536', 'invalid-server', 'video.example.com:65536'],
    ['trueconf:smith@2001:db8::1', 'invalid-server', '2001:db8::1'],
    ['trueconf:sm!th@video.example.com', 'invalid-login', '!'],
    ['trueconf:\\c\\', 'invalid-conference-id'],
    ['trueconf:\\c\\41-54', 'invalid-conference-id', '-'],
    ['trueconf:\\c\\4154248070%23vcs', 'invalid-conference-id', '#'],
    ['trueconf:\\c\\4154248070@bad_host%23vcs', 'invalid-server', 'bad_host'],
    ['trueconf:#rtsp://host:554', 'invalid-rtsp', '/'],
    ['trueconf:#rtsp:host', 'invalid-rtsp'],
    ['trueconf:#rtsp:%2f%2fhost%2fa b', 'forbidden-character', ' '],
    ['trueconf:#sip:', 'invalid-call-string'],
    ['trueconf:\\e\\', 'invalid-call-string'],
    ['trueconf:smith&autoclose=0', 'invalid-parameter', 'autoclose'],
    ['trueconf:smith&autoclose', 'malformed-parameter'],
    ['trueconf:smith&=1', 'malformed-parameter'],
    ['trueconf:smith&', 'malformed-parameter'],
    ['trueconf:&autoclose=1', 'malformed-parameter'],
    ['trueconf:smith&&autoclose=1', 'malformed-parameter'],
    ['trueconf:#sip:a=b', 'malformed-parameter'],
    ['trueconf:smith&autoclose=1&autoclose=1', 'duplicate-parameter', 'autoclose'],
    ['trueconf:login=a&Login=b', 'duplicate-parameter', 'login'],
    ['trueconf:smith&conftype=other', 'invalid-parameter', 'conftype'],
    ['trueconf:\\c\\123&conftype=hotquery', 'invalid-parameter', 'conftype'],
    ['trueconf:conftype=hotquery', 'invalid-parameter', 'conftype'],
    ['trueconf:h=999.1.1.1&login=user', 'invalid-server', '999.1.1.1'],
    ['trueconf:login=a%20b', 'invalid-login', ' '],
    ['trueconf:login=user@', 'invalid-server', ''],
    ['trueconf:encrypt=yes', 'invalid-parameter', 'encrypt'],
  ];

  it.each(refusals)('%j → %s', (text, code, detail) => {
    const parsed = parseUri(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.code).toBe(code);
    if (detail !== undefined) expect(parsed.error.detail).toBe(detail);
    expect(canonicalizeFoundUri(text)).toStrictEqual(parsed);
  });

  it('never puts a parameter value into an error', () => {
    const parsed = parseUri('trueconf:smith&password=s3cret&password=s3cret');
    expect(JSON.stringify(parsed)).not.toContain('s3cret');
  });
});

describe('parseUri readings', () => {
  it('reads known parameter names in any case, so a password is never an unknown parameter', () => {
    const parsed = parseUri('trueconf:smith&Password=x&LOGIN=user');
    expect(parsed).toMatchObject({
      ok: true,
      command: { signIn: { login: 'user', password: 'x' }, unknownParameters: [] },
    });
  });

  it('reads an empty password and a full TrueConf ID as login', () => {
    expect(parseUri('trueconf:login=user@video.example.com&password=')).toMatchObject({
      ok: true,
      command: { signIn: { login: 'user@video.example.com', password: '' } },
    });
  });

  it('reads a first segment with `=` as a parameter, never as a target', () => {
    expect(parseUri('trueconf:smith=1')).toMatchObject({
      ok: true,
      command: { target: null, unknownParameters: [{ name: 'smith', value: '1' }] },
    });
  });

  it('keeps raw `=` inside a value', () => {
    expect(parseUri('trueconf:login=user&password=a=b')).toMatchObject({
      ok: true,
      command: { signIn: { password: 'a=b' } },
    });
  });

  it('decodes an encoded target before reading it', () => {
    expect(parseUri('trueconf:%23sip:alice%40example.com')).toMatchObject({
      ok: true,
      command: {
        target: { type: 'callString', protocol: 'sip', callString: '#sip:alice@example.com' },
      },
    });
    expect(parseUri('trueconf:%5Cc%5C123')).toMatchObject({
      ok: true,
      command: { target: { type: 'conference', id: '123', server: null } },
    });
  });

  it('reads anything else as a call string, and unknown `#x:` prefixes as `other`', () => {
    expect(parseUri('trueconf:_admin')).toMatchObject({
      ok: true,
      command: { target: { type: 'callString', protocol: 'other', callString: '_admin' } },
    });
    expect(parseUri('trueconf:#skype:someone')).toMatchObject({
      ok: true,
      command: { target: { type: 'callString', protocol: 'other', callString: '#skype:someone' } },
    });
    expect(parseUri('trueconf:%23vcs')).toMatchObject({
      ok: true,
      command: { target: { type: 'callString', protocol: 'other', callString: '#vcs' } },
    });
  });

  it('accepts raw `/` nowhere in an RTSP target but `%2F` in either case', () => {
    expect(parseUri('trueconf:#rtsp:%2F%2Fhost%2Fcam')).toMatchObject({
      ok: true,
      command: { target: { type: 'rtsp', address: '//host/cam' } },
    });
    expect(canonicalizeFoundUri('trueconf:#rtsp:%2F%2Fhost%2Fcam')).toStrictEqual({
      ok: true,
      uri: 'trueconf:#rtsp:%2F%2Fhost%2Fcam',
    });
  });

  it('keeps bytes of bad escapes in the canonical form', () => {
    expect(canonicalizeFoundUri('TRUECONF:login=user&password=%zz%C3')).toStrictEqual({
      ok: true,
      uri: 'trueconf:login=user&password=%zz%C3',
    });
    expect(parseUri('trueconf:login=user&password=%zz%C3')).toMatchObject({
      ok: true,
      command: { signIn: { password: '%zz%C3' } },
    });
  });

  it('canonicalises `%25vcs` (an encoded `%vcs`) like `%vcs`', () => {
    expect(canonicalizeFoundUri('trueconf:\\c\\1@video.example.com%25vcs')).toStrictEqual({
      ok: true,
      uri: 'trueconf:\\c\\1@video.example.com%23vcs',
    });
  });
});
