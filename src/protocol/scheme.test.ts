import { describe, expect, it } from 'vitest';
import { hasTrueConfScheme, uriSchemeOf } from './index';

describe('uriSchemeOf', () => {
  it.each([
    ['trueconf:smith', 'trueconf'],
    ['TrueConf:', 'trueconf'],
    ['visicall:\\c\\4154248070', 'visicall'],
    ['VISICALL:x', 'visicall'],
  ])('%s → %s', (text, scheme) => {
    expect(uriSchemeOf(text)).toBe(scheme);
    expect(hasTrueConfScheme(text)).toBe(true);
  });

  it.each([
    '',
    'trueconf',
    ' trueconf:smith',
    'mytrueconf:smith',
    'https://trueconf.com/',
    'smith@trueconf:1',
    'tel:+79261112233',
  ])('%j has none', (text) => {
    expect(uriSchemeOf(text)).toBeNull();
    expect(hasTrueConfScheme(text)).toBe(false);
  });
});
