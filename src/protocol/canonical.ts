import { CONFERENCE_SERVER_SUFFIX } from './build';
import type { ProtocolError } from './errors';
import { parseUriParts } from './parse';

export type CanonicalResult = { ok: true; uri: string } | { ok: false; error: ProtocolError };

/** Every spelling of the suffix parse accepts, as written (`%25vcs` decodes to the `%vcs` form). */
const RAW_VCS_SUFFIX = /(?:%23|%25|#|%)vcs$/i;

/**
 * The `href` for a URI found on a page (protocol.md): `trueconf:` in lower case (`visicall:` too),
 * the server suffix of a conference on another server written `%23vcs`, and every other byte as
 * the page wrote it, parameters in their order. Only URIs that `parseUri` accepts have one.
 */
export function canonicalizeFoundUri(text: string): CanonicalResult {
  const parsed = parseUriParts(text);
  if (!parsed.ok) return parsed;
  const { command, body, rawTarget } = parsed.parts;
  const target = command.target;
  if (target?.type !== 'conference' || target.server === null) {
    return { ok: true, uri: `trueconf:${body}` };
  }
  const rest = body.slice(rawTarget.length);
  const targetWithoutSuffix = rawTarget.replace(RAW_VCS_SUFFIX, '');
  return { ok: true, uri: `trueconf:${targetWithoutSuffix}${CONFERENCE_SERVER_SUFFIX}${rest}` };
}
