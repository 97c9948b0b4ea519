import { message, type Message } from '../i18n/message';
import { normalizeOriginEntry, normalizeSiteEntry } from '../settings';

/**
 * Every server, site and origin list takes what people paste or type: a bare host
 * (`intranet.example.com`), a whole address from the address bar, or an origin. Each reader turns
 * it into the form its setting keeps, or says why it cannot.
 */
export type EntryRead = { ok: true; value: string } | { ok: false; problem: Message };

const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

/**
 * `сервер.рф` (or `сервер.рф:4307`) in the ASCII form that DNS, URLs and TrueConf links use
 * (`xn--b1afb6bcb.xn--p1ai`), through the browser's own URL parser. Done where people type, so the
 * stored settings (and every frame that reads them) only ever hold ASCII hosts.
 */
export function asciiHost(text: string): string {
  // eslint-disable-next-line no-control-regex -- "anything beyond ASCII"
  if (!/[^\u0000-\u007f]/.test(text) || HAS_SCHEME.test(text)) return text;
  try {
    const url = new URL(`https://${text}`);
    const bare =
      url.pathname === '/' && url.search === '' && url.hash === '' && url.username === '';
    return bare ? url.host : text;
  } catch {
    return text;
  }
}

export function readEntry(
  input: string,
  normalize: (text: string) => string | null,
  invalidKey: string,
): EntryRead {
  const text = input.trim();
  if (text === '') return { ok: false, problem: message('options_error_empty') };
  const value = normalize(asciiHost(text));
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
