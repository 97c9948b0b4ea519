import { CONFERENCE_SERVER_SUFFIX } from './build';
import type { ProtocolError } from './errors';
import { parseUriParts } from './parse';
import type { Command } from './types';

export type CanonicalResult = { ok: true; uri: string } | { ok: false; error: ProtocolError };

/** Every spelling of the suffix parse accepts, as written (`%25vcs` decodes to the `%vcs` form). */
const RAW_VCS_SUFFIX = /(?:%23|%25|#|%)vcs$/i;

/** `canonicalizeFoundUri` with the command the URI stands for. */
export type CanonicalCommand =
  { ok: true; uri: string; command: Command } | { ok: false; error: ProtocolError };

/**
 * The `href` for a URI found on a page (protocol.md): `trueconf:` in lower case (`visicall:` too),
 * the server suffix of a conference on another server written `%23vcs`, and every other byte as
 * the page wrote it, parameters in their order. Only URIs that `parseUri` accepts have one.
 */
export function canonicalizeFoundUri(text: string): CanonicalResult {
  const canonical = canonicalizeFoundCommand(text);
  return canonical.ok ? { ok: true, uri: canonical.uri } : canonical;
}

/**
 * `canonicalizeFoundUri` and the command: exactly what `parseUri` gives for the canonical URI (a
 * property test holds them equal), without parsing it a second time. A page's thousand addresses
 * are each read once.
 */
export function canonicalizeFoundCommand(text: string): CanonicalCommand {
  const parsed = parseUriParts(text);
  if (!parsed.ok) return parsed;
  const { command, body, rawTarget } = parsed.parts;
  const target = command.target;
  if (target?.type !== 'conference' || target.server === null) {
    return { ok: true, uri: `trueconf:${body}`, command };
  }
  const rest = body.slice(rawTarget.length);
  const targetWithoutSuffix = rawTarget.replace(RAW_VCS_SUFFIX, '');
  return {
    ok: true,
    uri: `trueconf:${targetWithoutSuffix}${CONFERENCE_SERVER_SUFFIX}${rest}`,
    command,
  };
}
