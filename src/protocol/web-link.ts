import { protocolError, type ProtocolError } from './errors';
import { commandWithTarget, type Command } from './types';
import { isValidConferenceId, isValidRtspAddress, isValidServer, splitServer } from './validate';

export type WebLinkResult =
  | { ok: true; command: Command; /** Lower-case host of the link, port dropped. */ server: string }
  | { ok: false; error: ProtocolError };

/**
 * `http(s)://host[:port]/c/CID` (the conference's page) or `…/webrtc/CID` (joining it in the
 * browser), optionally followed by one `/`, a query and a fragment (dropped: links are shared with
 * tracking queries and anchors). Anything else in the path is a different page. User info
 * (`https://user@host/…`) is refused: it is a classic way to disguise the host.
 */
const WEB_CONFERENCE_LINK =
  /^[Hh][Tt][Tt][Pp][Ss]?:\/\/([^/?#@]+)\/(?:c|webrtc)\/([^/?#]+)\/?(?:[?#].*)?$/s;

export interface WebConferenceLink {
  /** Lower-case host, port dropped: the port is the web port, not the client's. */
  server: string;
  id: string;
}

/** Reads the shape of a web conference link without judging whether its server is TrueConf's. */
export function readWebConferenceLink(url: string): WebConferenceLink | ProtocolError {
  if (/[\s\p{Cc}]/u.test(url)) return protocolError('unsupported-web-link');
  const match = WEB_CONFERENCE_LINK.exec(url);
  if (!match) return protocolError('unsupported-web-link');
  const authority = match[1] ?? '';
  const id = match[2] ?? '';
  const parts = splitServer(authority);
  if (!parts || !isValidServer(authority)) return protocolError('invalid-server', authority);
  if (!isValidConferenceId(id)) return protocolError('invalid-conference-id');
  return { server: parts.host.toLowerCase(), id };
}

/** The conference a web conference link opens, on the server it names. */
export function webConferenceCommand(link: WebConferenceLink): Command {
  return commandWithTarget({ type: 'conference', id: link.id, server: link.server });
}

/**
 * The host part of a configured server entry, lower-cased. Entries are typed by people, so a
 * scheme, a path or a port around the host is tolerated.
 */
export function knownServerHost(entry: string): string {
  const withoutScheme = entry.trim().replace(/^[A-Za-z][A-Za-z0-9+.-]*:\/\//, '');
  const authority = withoutScheme.split(/[/?#]/)[0] ?? '';
  const host = splitServer(authority)?.host ?? authority;
  return host.toLowerCase().replace(/\.$/, '');
}

export function isKnownServer(server: string, knownServers: readonly string[]): boolean {
  const host = knownServerHost(server);
  return host !== '' && knownServers.some((entry) => knownServerHost(entry) === host);
}

/**
 * `https://S/c/CID` (or `/webrtc/CID`) → `trueconf:\c\CID@S%23vcs`, but only when S is one of `knownServers`
 * (compared by host, in any case, ports ignored): `/c/` paths are common on other sites too.
 * The result says why not, for callers that show it.
 */
export function webConferenceLinkResult(
  url: string,
  knownServers: readonly string[],
): WebLinkResult {
  const link = readWebConferenceLink(url);
  if ('code' in link) return { ok: false, error: link };
  if (!isKnownServer(link.server, knownServers)) {
    return { ok: false, error: protocolError('unknown-server', link.server) };
  }
  return { ok: true, command: webConferenceCommand(link), server: link.server };
}

/** `webConferenceLinkResult` for callers that only need the command: `null` when it is none. */
export function webConferenceLinkToCommand(
  url: string,
  knownServers: readonly string[],
): Command | null {
  const result = webConferenceLinkResult(url, knownServers);
  return result.ok ? result.command : null;
}

/** `rtsp://host:554/path` → the RTSP command with address `//host:554/path`; `null` if invalid. */
export function rtspUrlToCommand(url: string): Command | null {
  const address = /^rtsp:(\/\/.*)$/is.exec(url)?.[1];
  if (address === undefined || !isValidRtspAddress(address)) return null;
  return commandWithTarget({ type: 'rtsp', address });
}
