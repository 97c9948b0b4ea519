import { describe, expect, it } from 'vitest';
import { pageOriginOf } from './page-origin';

describe('pageOriginOf', () => {
  it('gives the origin of a page address, and "null" when there is none', () => {
    expect(pageOriginOf('https://intranet.example:8443/a/b?c#d')).toBe(
      'https://intranet.example:8443',
    );
    expect(pageOriginOf(undefined)).toBe('null');
    expect(pageOriginOf('')).toBe('null');
    expect(pageOriginOf('not a url')).toBe('null');
    expect(pageOriginOf('about:blank')).toBe('null');
  });
});
