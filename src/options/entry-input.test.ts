import { describe, expect, it } from 'vitest';
import { readOriginInput, readSiteInput } from './entry-input';
import { readServerInput } from './servers-section';

const value = (read: ReturnType<typeof readSiteInput>) => (read.ok ? read.value : read.problem.key);

describe('the server, site and origin lists', () => {
  it.each([
    'intranet.example.com',
    'https://intranet.example.com',
    'https://intranet.example.com/page?x=1',
  ])('all accept %s: a bare host, an origin or a page address', (typed) => {
    expect(value(readServerInput(typed))).toBe('intranet.example.com');
    expect(value(readSiteInput(typed))).toBe('intranet.example.com');
    expect(value(readOriginInput(typed))).toBe('https://intranet.example.com');
  });

  it('keeps an http origin as http, and reads a bare host as its https site', () => {
    expect(value(readOriginInput('http://intranet.example.com:8080/x'))).toBe(
      'http://intranet.example.com:8080',
    );
    expect(value(readOriginInput('Intranet.Example.com'))).toBe('https://intranet.example.com');
  });

  it('refuses the same nonsense everywhere, with the same “type something first” for nothing', () => {
    for (const read of [readServerInput, readSiteInput, readOriginInput]) {
      expect(value(read('  '))).toBe('options_error_empty');
      expect(read('not a host!').ok).toBe(false);
    }
  });
});

describe('names written in other scripts and nonsense', () => {
  it('keeps an internationalised server or site in its ASCII form', () => {
    expect(readServerInput('сервер.рф')).toEqual({ ok: true, value: 'xn--b1afb6bcb.xn--p1ai' });
    expect(readServerInput('Сервер.рф:4307')).toEqual({
      ok: true,
      value: 'xn--b1afb6bcb.xn--p1ai:4307',
    });
    expect(readSiteInput('сервер.рф')).toEqual({ ok: true, value: 'xn--b1afb6bcb.xn--p1ai' });
    expect(readOriginInput('сервер.рф')).toEqual({
      ok: true,
      value: 'https://xn--b1afb6bcb.xn--p1ai',
    });
  });

  it.each(['not a site!!', 'https://not a site!!', 'https://exa_mple.com'])(
    'refuses %s as a site to trust',
    (typed) => {
      expect(readOriginInput(typed).ok).toBe(false);
    },
  );
});
