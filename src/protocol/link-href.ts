import { canonicalizeFoundUri } from './canonical';
import { unwrapMailLink } from './link-wrapper';
import { hasTrueConfScheme } from './scheme';
import type { Command } from './types';
import { isKnownServer, readWebConferenceLink, webConferenceCommand } from './web-link';

/** What a link's href stands for, read from the href alone. */
export type LinkHref =
  /** Valid or not: whoever launches it canonicalises it, and refuses an invalid one. */
  { kind: 'trueconf-uri'; uri: string } | WebConferenceHref | { kind: 'none' };

/**
 * `http(s)://S/c/CID` or `…/webrtc/CID`, whatever S: `isKnownServerWebLink` says whether it is
 * TrueConf's (`/c/` paths are common on other sites too). Read without the servers, so that a
 * caller reads them only for these links.
 */
export interface WebConferenceHref {
  kind: 'web-conference';
  /** The href as the page wrote it (a mail system's wrapper included): the browser's fallback. */
  url: string;
  /** Lower-case host, port dropped. */
  server: string;
  command: Command;
}

function readPlainHref(href: string, url: string): LinkHref {
  // A resolved href has no whitespace around it, one from markup may: a TrueConf link must reach
  // the launcher all the same, where a sign-in waits for the user's say-so.
  const trimmed = href.trim();
  if (hasTrueConfScheme(trimmed)) return { kind: 'trueconf-uri', uri: trimmed };
  const link = readWebConferenceLink(href);
  if ('code' in link) return { kind: 'none' };
  return {
    kind: 'web-conference',
    url,
    server: link.server,
    command: webConferenceCommand(link),
  };
}

/**
 * Reads an href, also one a mail system wrapped (`link-wrapper.ts`). A wrapped `trueconf:` URI
 * counts only when it is valid: the page's author did not write it as a link of ours, so an
 * invalid one is left to the browser and the wrapper's own page rather than refused here.
 */
export function readLinkHref(href: string): LinkHref {
  const inner = unwrapMailLink(href);
  if (inner === null) return readPlainHref(href, href);
  const target = readPlainHref(inner, href);
  if (target.kind === 'trueconf-uri' && !canonicalizeFoundUri(target.uri).ok) {
    return { kind: 'none' };
  }
  return target;
}

/** Whether the href is a web conference link that TrueConf answers: one on a known server. */
export function isKnownServerWebLink(
  target: LinkHref,
  knownServers: readonly string[],
): target is WebConferenceHref {
  return target.kind === 'web-conference' && isKnownServer(target.server, knownServers);
}
