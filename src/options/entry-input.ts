import { message, type Message } from '../i18n/message';
import { normalizeOriginEntry, normalizeSiteEntry } from '../settings';

/**
 * Every server, site and origin list takes what people paste or type: a bare host
 * (`intranet.example.com`), a whole address from the address bar, or an origin. Each reader turns
 * it into the form its setting keeps, or says why it cannot.
 */
export type EntryRead = { ok: true; value: string } | { ok: false; problem: Message };

const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

export function readEntry(
  input: string,
  normalize: (text: string) => string | null,
  invalidKey: string,
): EntryRead {
  const text = input.trim();
  if (text === '') return { ok: false, problem: message('options_error_empty') };
  const value = normalize(text);
  return value === null ? { ok: false, problem: message(invalidKey, [text]) } : { ok: true, value };
}

export function readSiteInput(input: string): EntryRead {
  return readEntry(input, normalizeSiteEntry, 'options_error_invalid_site');
}

/** A bare host means its https site: nobody should have to know the word "origin". */
export function readOriginInput(input: string): EntryRead {
  return readEntry(
    input,
    (text) => normalizeOriginEntry(HAS_SCHEME.test(text) ? text : `https://${text}`),
    'options_error_invalid_origin',
  );
}
