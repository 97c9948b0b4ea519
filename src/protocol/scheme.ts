import type { UriScheme } from './types';

/** `trueconf:`, or `visicall:` as older TrueConf clients wrote it; in any case. */
export const URI_SCHEMES: readonly UriScheme[] = ['trueconf', 'visicall'];

const SCHEME = new RegExp(`^(${URI_SCHEMES.join('|')}):`, 'i');

/** The scheme `text` starts with, lower-cased, when it is one of TrueConf's; otherwise null. */
export function uriSchemeOf(text: string): UriScheme | null {
  const scheme = SCHEME.exec(text)?.[1];
  return scheme === undefined ? null : (scheme.toLowerCase() as UriScheme);
}

/**
 * Whether `text` is written as a TrueConf URI. Says nothing of whether it is a valid one:
 * `parseUri` decides that.
 */
export function hasTrueConfScheme(text: string): boolean {
  return uriSchemeOf(text) !== null;
}
