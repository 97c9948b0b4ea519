import { userHref } from './protocol-bridge';
import { readServerAt } from './server';
import { isAsciiAlphanumericCode, isLetterOrDigitBefore, isLoginCode, isTokenEndAt } from './text';
import type { Match } from './types';

const MAX_LOGIN_LENGTH = 64;

/**
 * Characters that, right before the user part, show it belongs to something longer: an e-mail
 * local part (`first+tag@`), a URL's user info (`https://user@`, `sip:user@`), a path or a query.
 */
const FOREIGN_PREFIX_CHARS = new Set([..."+%/\\:@=&#~!$*^{|'`?"]);

/** `host` or `host:port` as configured → the lower-case host used for comparison. */
export function normalizeServerHost(server: string): string {
  let host = server.trim().toLowerCase();
  if (host.startsWith('[')) {
    const close = host.indexOf(']');
    return close < 0 ? host : host.slice(0, close + 1);
  }
  const colon = host.indexOf(':');
  if (colon >= 0) host = host.slice(0, colon);
  while (host.endsWith('.')) host = host.slice(0, -1);
  return host;
}

const knownHostSets = new WeakMap<readonly string[], ReadonlySet<string>>();

/** Callers keep passing the same settings array, so the set is built once per settings change. */
export function knownHostSet(servers: readonly string[]): ReadonlySet<string> {
  let hosts = knownHostSets.get(servers);
  if (hosts === undefined) {
    hosts = new Set(
      servers
        .filter((server): server is string => typeof server === 'string')
        .map(normalizeServerHost)
        .filter((host) => host.length > 0),
    );
    knownHostSets.set(servers, hosts);
  }
  return hosts;
}

/**
 * F5. Every `@` is an anchor; the user part is read backwards and the host forwards, each
 * bounded by its maximal legal length, so even "aaaa…@" or "@@@@…" stays linear.
 */
export function findKnownServerUsers(
  text: string,
  knownHosts: ReadonlySet<string>,
  matches: Match[],
): void {
  if (knownHosts.size === 0) return;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    const match = readKnownServerUserAt(text, at, knownHosts);
    if (match !== null) matches.push(match);
  }
}

function readKnownServerUserAt(
  text: string,
  at: number,
  knownHosts: ReadonlySet<string>,
): Match | null {
  let start = at;
  while (start > 0 && isLoginCode(text.charCodeAt(start - 1))) {
    start -= 1;
    if (at - start > MAX_LOGIN_LENGTH) return null;
  }
  if (start === at || !isAsciiAlphanumericCode(text.charCodeAt(start))) return null;
  if (start > 0) {
    if (FOREIGN_PREFIX_CHARS.has(text.charAt(start - 1))) return null;
    if (isLetterOrDigitBefore(text, start)) return null;
  }
  const server = readServerAt(text, at + 1);
  if (server === null || !knownHosts.has(server.host.toLowerCase())) return null;
  if (!isTokenEndAt(text, server.end)) return null;
  const login = text.slice(start, at);
  const resolved = userHref(login, server.host + server.port);
  if (resolved === null) return null;
  return {
    start,
    end: server.end,
    text: text.slice(start, server.end),
    form: 'knownServerUser',
    href: resolved.href,
    command: resolved.command,
  };
}
