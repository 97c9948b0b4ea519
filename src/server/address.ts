import { isValidServer } from '../protocol';

/**
 * The server address as the person typed it (`video.example.com`, `https://video.example.com/`,
 * `http://10.0.0.5:8888`) → the origin the API is called at, or null when it is no server address.
 * https unless `http://` is written out: plain http occurs on LANs, but never by default.
 */
export function serverOrigin(typed: string): string | null {
  const text = typed.trim();
  if (text === '' || text.length > 300) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password || url.search || url.hash) return null;
  if (url.pathname !== '/' && url.pathname !== '') return null;
  if (!isValidServer(url.host)) return null;
  return url.origin;
}

/**
 * The host permission pattern for an origin. No port: Firefox's match patterns refuse one, and a
 * pattern without a port covers every port of the host in both browsers.
 */
export function hostPermissionPattern(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}

/** The host (with its port, if any) as a `trueconf:` link names a server. */
export function serverOfOrigin(origin: string): string {
  return new URL(origin).host;
}

/**
 * The word the address book is searched for, or null when the text is no name to look up: an
 * address (`@`, a scheme, a `\c\` conference), a link, or under two letters. The API takes one
 * word: the first one.
 */
export function addressBookQuery(text: string): string | null {
  const trimmed = text.trim();
  if (/[@:\\/#]/.test(trimmed)) return null;
  const word = trimmed.split(/\s+/)[0] ?? '';
  return [...word].length >= 2 ? word : null;
}
