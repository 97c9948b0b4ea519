import { buildUri } from './build';
import { canonicalizeFoundCommand } from './canonical';
import { decodeText } from './encode';
import { protocolError, type ProtocolError } from './errors';
import { hasTrueConfScheme } from './scheme';
import { interpretTarget } from './target';
import { commandWithTarget, type Command, type Target } from './types';
import {
  firstForbiddenLoginCharacter,
  isValidConferenceId,
  isValidLogin,
  isValidRtspAddress,
  isValidServer,
} from './validate';
import { isKnownServer, readWebConferenceLink, rtspUrlToCommand } from './web-link';

/**
 * What a person typed or pasted into the popup, the context menu or the omnibox. Unlike page
 * detection, the person means it, so a plain login is enough; but nothing is guessed beyond the
 * forms below, and nothing can add a parameter the person did not write.
 */

/** How the input was read. `moderatorConference` only ever appears as an alternative. */
export type InputKind =
  /** `smith` */
  | 'login'
  /** `smith@video.example.com` */
  | 'trueconfId'
  /** `smith&conftype=hotquery`: offered for a login or a TrueConf ID */
  | 'moderatorConference'
  /** `\c\CID`, `\c\CID@server`, with `#vcs`, `%23vcs` or `%vcs` */
  | 'conference'
  /** 9 or more digits; also offered for an all-digit login */
  | 'conferenceId'
  /** `https://S/c/CID` */
  | 'webConferenceLink'
  /** `rtsp://host/path` */
  | 'rtspUrl'
  /** `trueconf:…` or `visicall:…` */
  | 'trueconfUri'
  /** `#sip:…`, `#h323:…`, `#tel:…`, `#guest:…`, `#rtsp:…`, `\e\…` */
  | 'callString';

export interface WebLinkInfo {
  /** The host the link names: show it, the person may not have noticed it. */
  server: string;
  /** Whether it is one of `options.knownServers`; `null` when no list was given. */
  isKnownServer: boolean | null;
}

export interface ClassifySuccess {
  ok: true;
  kind: InputKind;
  command: Command;
  /** The URI to launch: `buildUri(command)`, or for a pasted URI its canonical found form. */
  uri: string;
  /** Other readings of the same text, for the popup to offer; see `commandForKind`. */
  alternatives: InputKind[];
  /** Only for `webConferenceLink`. */
  webLink?: WebLinkInfo;
}

export type ClassifyResult = ClassifySuccess | { ok: false; error: ProtocolError };

export interface ClassifyOptions {
  knownServers?: readonly string[];
}

const WEB_SCHEME = /^https?:/i;
const RTSP_SCHEME = /^rtsp:/i;
/** No `.` so that `video.example.com:4307` is not read as a scheme. */
const OTHER_SCHEME = /^([A-Za-z][A-Za-z0-9+-]*):/;
const CONFERENCE_PREFIX = /^\\c\\/i;
const TYPED_CALL_STRING = /^(?:#(?:sip|h323|tel|guest):|\\e\\)/i;
const TYPED_RTSP_CALL_STRING = /^#rtsp:/i;
const LONG_NUMBER = /^[0-9]{9,}$/;
const DIGITS = /^[0-9]+$/;

function failure(code: ProtocolError['code'], detail?: string): ClassifyResult {
  return { ok: false, error: protocolError(code, detail) };
}

function success(
  kind: InputKind,
  command: Command,
  alternatives: InputKind[] = [],
  uri: string = buildUri(command),
): ClassifySuccess {
  return { ok: true, kind, command, uri, alternatives };
}

function fromTarget(
  kind: InputKind,
  target: Target,
  alternatives: InputKind[] = [],
): ClassifySuccess {
  return success(kind, commandWithTarget(target), alternatives);
}

function loginFailure(login: string): ClassifyResult {
  return failure('invalid-login', firstForbiddenLoginCharacter(login));
}

function userAlternatives(login: string): InputKind[] {
  return DIGITS.test(login) && isValidConferenceId(login)
    ? ['moderatorConference', 'conferenceId']
    : ['moderatorConference'];
}

function classifyTrueConfUri(text: string): ClassifyResult {
  const canonical = canonicalizeFoundCommand(text);
  if (!canonical.ok) return canonical;
  return success('trueconfUri', canonical.command, [], canonical.uri);
}

function classifyWebLink(text: string, options: ClassifyOptions): ClassifyResult {
  const link = readWebConferenceLink(text);
  if ('code' in link) return { ok: false, error: link };
  const result = fromTarget('webConferenceLink', {
    type: 'conference',
    id: link.id,
    server: link.server,
  });
  const known = options.knownServers ? isKnownServer(link.server, options.knownServers) : null;
  return { ...result, webLink: { server: link.server, isKnownServer: known } };
}

function classifyRtspUrl(text: string): ClassifyResult {
  const command = rtspUrlToCommand(text);
  return command ? success('rtspUrl', command) : failure('invalid-rtsp');
}

function classifyConference(text: string): ClassifyResult {
  // People copy these from URIs too, so `%23vcs` is read like `#vcs`.
  const reading = interpretTarget(decodeText(text));
  if (!reading.ok) return reading;
  return reading.target.type === 'conference'
    ? fromTarget('conference', reading.target)
    : failure('invalid-conference-id');
}

function classifyCallString(text: string): ClassifyResult {
  if (TYPED_RTSP_CALL_STRING.test(text)) {
    // Copied from a URI, the address has its slashes written `%2f`.
    const address = decodeText(text.slice('#rtsp:'.length));
    return isValidRtspAddress(address)
      ? fromTarget('callString', { type: 'rtsp', address })
      : failure('invalid-rtsp');
  }
  const space = /\s/u.exec(text)?.[0];
  if (space !== undefined) return failure('forbidden-character', space);
  const reading = interpretTarget(text);
  if (!reading.ok) return reading;
  return reading.target.type === 'callString'
    ? fromTarget('callString', reading.target)
    : failure('invalid-call-string');
}

function classifyTrueConfId(text: string): ClassifyResult {
  const at = text.indexOf('@');
  const login = text.slice(0, at);
  const server = text.slice(at + 1);
  if (!isValidLogin(login)) return loginFailure(login);
  if (!isValidServer(server)) return failure('invalid-server', server);
  return fromTarget('trueconfId', { type: 'user', login, server }, userAlternatives(login));
}

function classifyTrimmed(text: string, options: ClassifyOptions): ClassifyResult {
  if (text === '') return failure('empty');
  if (hasTrueConfScheme(text)) return classifyTrueConfUri(text);
  if (WEB_SCHEME.test(text)) return classifyWebLink(text, options);
  if (RTSP_SCHEME.test(text)) return classifyRtspUrl(text);
  const otherScheme = OTHER_SCHEME.exec(text)?.[1];
  if (otherScheme !== undefined) return failure('unsupported-scheme', `${otherScheme}:`);
  if (CONFERENCE_PREFIX.test(text)) return classifyConference(text);
  if (TYPED_CALL_STRING.test(text) || TYPED_RTSP_CALL_STRING.test(text)) {
    return classifyCallString(text);
  }
  if (text.startsWith('#') || text.startsWith('\\')) return failure('unrecognised');
  if (LONG_NUMBER.test(text)) {
    if (!isValidConferenceId(text)) return failure('invalid-conference-id');
    const alternatives: InputKind[] = isValidLogin(text) ? ['login', 'moderatorConference'] : [];
    return fromTarget('conferenceId', { type: 'conference', id: text, server: null }, alternatives);
  }
  if (text.includes('@')) return classifyTrueConfId(text);
  if (isValidLogin(text)) {
    return fromTarget('login', { type: 'user', login: text, server: null }, userAlternatives(text));
  }
  return loginFailure(text);
}

/**
 * Reads typed or pasted text (surrounding whitespace ignored). Never throws. On success, `kind`
 * says which form it was, `alternatives` which other readings make sense.
 */
export function classify(text: string, options: ClassifyOptions = {}): ClassifyResult {
  if (typeof text !== 'string') return failure('empty');
  try {
    return classifyTrimmed(text.trim(), options);
  } catch {
    // Unreachable by design (property-tested); the popup must never break on odd input.
    return failure('unrecognised');
  }
}

function targetForKind(text: string, kind: InputKind): Target | null {
  const at = text.indexOf('@');
  const user = at < 0 ? text : text.slice(0, at);
  const server = at < 0 ? null : text.slice(at + 1);
  switch (kind) {
    case 'login':
      return { type: 'user', login: user, server };
    case 'moderatorConference':
      return { type: 'moderatorConference', login: user, server };
    case 'conferenceId':
      return { type: 'conference', id: user, server };
    default:
      return null;
  }
}

/**
 * The same text read as `kind`, which must be its kind or one of its `alternatives` (otherwise
 * an `unrecognised` error). The returned `alternatives` then include the original kind.
 */
export function commandForKind(
  text: string,
  kind: InputKind,
  options: ClassifyOptions = {},
): ClassifyResult {
  const classified = classify(text, options);
  if (!classified.ok || classified.kind === kind) return classified;
  if (!classified.alternatives.includes(kind)) return failure('unrecognised', kind);
  const target = targetForKind(text.trim(), kind);
  if (!target) return failure('unrecognised', kind);
  const alternatives = [
    classified.kind,
    ...classified.alternatives.filter((other) => other !== kind),
  ];
  return fromTarget(kind, target, alternatives);
}
