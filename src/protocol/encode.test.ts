import { describe, expect, it } from 'vitest';
import { decodeText, encodeCallString, encodeRtspAddress, encodeValue } from './encode';

describe('encodeValue', () => {
  it.each([
    ['plain.login_1-x', 'plain.login_1-x'],
    ['a&b=c', 'a%26b%3Dc'],
    ['100%', '100%25'],
    ['#?', '%23%3F'],
    [' \t\n', '%20%09%0A'],
    ['"<>`', '%22%3C%3E%60'],
    ['[]{}', '%5B%5D%7B%7D'],
    ['\u0000\u007f', '%00%7F'],
    ['é', '%C3%A9'],
    ['😀', '%F0%9F%98%80'],
    ['\ufeffa\ufeff', '%EF%BB%BFa%EF%BB%BF'],
    ['\\c\\@:+/', '\\c\\@:+/'],
  ])('%j → %s', (value, encoded) => {
    expect(encodeValue(value)).toBe(encoded);
    expect(decodeText(encoded)).toBe(value);
  });

  it('keeps only the leading `#` of a call-string prefix', () => {
    expect(encodeCallString('#sip:a#b')).toBe('#sip:a%23b');
    expect(encodeCallString('#vcs')).toBe('%23vcs');
    expect(encodeCallString('\\e\\123')).toBe('\\e\\123');
  });

  it('writes every `/` of an RTSP address as `%2f`', () => {
    expect(encodeRtspAddress('//host:554/a/b?x=1')).toBe('%2f%2fhost:554%2fa%2fb%3Fx%3D1');
  });
});

describe('decodeText', () => {
  it.each([
    ['%41%42', 'AB'],
    ['%c3%a9', 'é'],
    ['a+b', 'a+b'],
    ['%', '%'],
    ['%4', '%4'],
    ['%zz', '%zz'],
    ['%vcs', '%vcs'],
    ['%C3', '%C3'],
    ['%C3%28', '%C3('],
    ['%FF%41', '%FFA'],
    ['%ED%A0%80', '%ED%A0%80'],
    ['%C0%AF', '%C0%AF'],
    ['%F4%90%80%80', '%F4%90%80%80'],
    ['%E2%82%AC%E2%82', '€%E2%82'],
    ['😀%F0%9F%98%80', '😀😀'],
  ])('%j → %j', (text, decoded) => {
    expect(decodeText(text)).toBe(decoded);
  });
});
