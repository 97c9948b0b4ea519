/**
 * Validity of the values inside a command. All checks are pure and total: any string in, a boolean
 * out, nothing thrown.
 */

export const MAX_LOGIN_LENGTH = 64;
export const MAX_CONFERENCE_ID_LENGTH = 128;
const MAX_HOST_NAME_LENGTH = 253;
const MAX_LABEL_LENGTH = 63;

/**
 * A login (the user part of a TrueConf ID): 1–64 code points of letters (any script), decimal
 * digits, `.`, `_`, `-`, starting with a letter or a digit. Combining marks may follow a letter so
 * that a decomposed `й` counts as the letter it shows.
 */
const LOGIN = /^[\p{L}\p{Nd}][\p{L}\p{M}\p{Nd}._-]*$/u;
const LOGIN_CHARACTER = /^[\p{L}\p{M}\p{Nd}._-]$/u;

export function isValidLogin(login: string): boolean {
  const length = [...login].length;
  return length >= 1 && length <= MAX_LOGIN_LENGTH && LOGIN.test(login);
}

/** The first character that can never appear in a login, for error messages. */
export function firstForbiddenLoginCharacter(text: string): string | undefined {
  return [...text].find((character) => !LOGIN_CHARACTER.test(character));
}

/** A full TrueConf ID `login@server`. */
export function isValidTrueConfId(text: string): boolean {
  const at = text.indexOf('@');
  return at > 0 && isValidLogin(text.slice(0, at)) && isValidServer(text.slice(at + 1));
}

const CONFERENCE_ID = /^[A-Za-z0-9_]+$/;

export function isValidConferenceId(id: string): boolean {
  return id.length >= 1 && id.length <= MAX_CONFERENCE_ID_LENGTH && CONFERENCE_ID.test(id);
}

export function firstForbiddenConferenceIdCharacter(text: string): string | undefined {
  return [...text].find((character) => !/^[A-Za-z0-9_]$/.test(character));
}

const IPV4_OCTET = /^(?:0|[1-9][0-9]{0,2})$/;

/** Dotted-quad only; leading zeros are refused because some resolvers read them as octal. */
export function isValidIPv4(text: string): boolean {
  const octets = text.split('.');
  return (
    octets.length === 4 && octets.every((octet) => IPV4_OCTET.test(octet) && Number(octet) <= 255)
  );
}

const IPV6_GROUP = /^[0-9A-Fa-f]{1,4}$/;

/** RFC 4291 text forms, with `::` and an embedded IPv4 tail; no zone identifier. */
export function isValidIPv6(text: string): boolean {
  const halves = text.split('::');
  if (halves.length > 2) return false;
  const compressed = halves.length === 2;
  const groupsOf = (part: string): string[] => (part === '' ? [] : part.split(':'));
  const head = groupsOf(halves[0] ?? '');
  const tail = compressed ? groupsOf(halves[1] ?? '') : [];
  const all = [...head, ...tail];
  let groupCount = all.length;
  const last = all[all.length - 1];
  if (last !== undefined && last.includes('.')) {
    const ipv4IsLast = !compressed || tail.length > 0;
    if (!ipv4IsLast || !isValidIPv4(last)) return false;
    all.pop();
    groupCount += 1;
  }
  if (!all.every((group) => IPV6_GROUP.test(group))) return false;
  return compressed ? groupCount <= 7 : groupCount === 8;
}

const HOST_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;

/**
 * ASCII host names only (an internationalised name must be written in its `xn--` form): the
 * client resolves the name as given, and a percent-encoded host would not resolve. A name whose
 * last label is all digits must be a valid IPv4 address, so `999.1.1.1` is refused.
 */
export function isValidHostName(text: string): boolean {
  if (text.length === 0 || text.length > MAX_HOST_NAME_LENGTH) return false;
  const labels = text.split('.');
  if (!labels.every((label) => label.length <= MAX_LABEL_LENGTH && HOST_LABEL.test(label))) {
    return false;
  }
  const lastLabel = labels[labels.length - 1] ?? '';
  return /^[0-9]+$/.test(lastLabel) ? isValidIPv4(text) : true;
}

export function isValidPort(text: string): boolean {
  return /^[1-9][0-9]{0,4}$/.test(text) && Number(text) <= 65535;
}

export interface ServerParts {
  /** As written: a host name, an IPv4 address, or an IPv6 address in brackets. */
  host: string;
  port: string | null;
}

/** Splits `host[:port]` without judging the parts; `null` when the shape itself is wrong. */
export function splitServer(server: string): ServerParts | null {
  if (server.startsWith('[')) {
    const close = server.indexOf(']');
    if (close < 0) return null;
    const host = server.slice(0, close + 1);
    const rest = server.slice(close + 1);
    if (rest === '') return { host, port: null };
    return rest.startsWith(':') ? { host, port: rest.slice(1) } : null;
  }
  const colon = server.indexOf(':');
  if (colon < 0) return { host: server, port: null };
  if (server.indexOf(':', colon + 1) >= 0) return null;
  return { host: server.slice(0, colon), port: server.slice(colon + 1) };
}

export function isValidHost(host: string): boolean {
  if (host.startsWith('[') && host.endsWith(']')) return isValidIPv6(host.slice(1, -1));
  return isValidHostName(host);
}

/** An IPv4 address, a bracketed IPv6 address or a host name, optionally with `:port` (1–65535). */
export function isValidServer(server: string): boolean {
  const parts = splitServer(server);
  if (!parts || !isValidHost(parts.host)) return false;
  return parts.port === null || isValidPort(parts.port);
}

/** The host of a server, lower-cased, for comparing servers; `null` for an invalid server. */
export function serverHost(server: string): string | null {
  const parts = splitServer(server);
  return parts && isValidServer(server) ? parts.host.toLowerCase() : null;
}

const RTSP_USERINFO = /^[A-Za-z0-9\-._~!$&'()*+,;=:%]+$/;
const RTSP_PATH_AND_QUERY =
  /^(?:\/[A-Za-z0-9\-._~!$&'()*+,;=:@%/]*)?(?:\?[A-Za-z0-9\-._~!$&'()*+,;=:@%/?]*)?$/;

/**
 * The address of an RTSP command: an RTSP URL without its `rtsp:` scheme, i.e.
 * `//[user[:password]@]server[/path][?query]`, ASCII only (a URL percent-encodes the rest).
 */
export function isValidRtspAddress(address: string): boolean {
  if (!address.startsWith('//')) return false;
  const afterSlashes = address.slice(2);
  const authorityEnd = afterSlashes.search(/[/?]/);
  const authority = authorityEnd < 0 ? afterSlashes : afterSlashes.slice(0, authorityEnd);
  const pathAndQuery = authorityEnd < 0 ? '' : afterSlashes.slice(authorityEnd);
  const at = authority.lastIndexOf('@');
  const userinfo = at < 0 ? null : authority.slice(0, at);
  const server = at < 0 ? authority : authority.slice(at + 1);
  if (userinfo !== null && !RTSP_USERINFO.test(userinfo)) return false;
  return isValidServer(server) && RTSP_PATH_AND_QUERY.test(pathAndQuery);
}

/** Lone UTF-16 surrogates cannot be written as UTF-8, so no URI can carry them. */
export function hasLoneSurrogate(text: string): boolean {
  return /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}

/** Control and format characters (bidi overrides, zero-width spaces) would hide what a target is. */
export function firstInvisibleCharacter(text: string): string | undefined {
  return /[\p{Cc}\p{Cf}]/u.exec(text)?.[0];
}
