import { isKnownParameterName, PARAMETER_NAME } from './command';
import { CALL_STRING_PREFIX, decodeText } from './encode';
import { protocolError, type ProtocolError } from './errors';
import { uriSchemeOf } from './scheme';
import { interpretTarget } from './target';
import {
  HOTQUERY,
  type Command,
  type KnownParameter,
  type SignIn,
  type Target,
  type UnknownParameter,
  type UriScheme,
} from './types';
import {
  firstForbiddenLoginCharacter,
  hasLoneSurrogate,
  isValidIPv6,
  isValidLogin,
  isValidServer,
  isValidTrueConfId,
} from './validate';

export type ParseResult =
  { ok: true; command: Command; scheme: UriScheme } | { ok: false; error: ProtocolError };

/** What `canonicalizeFoundUri` needs besides the command: the text exactly as written. */
export interface ParsedParts {
  command: Command;
  scheme: UriScheme;
  /** Everything after `scheme:`. */
  body: string;
  /** The raw (still encoded) target, `''` when there is none. */
  rawTarget: string;
}

type Parsed = { ok: true; parts: ParsedParts } | { ok: false; error: ProtocolError };

const TEMPLATE_CHARACTER = /[[\]{}<>]/;
const BRACKETED = /\[([^[\]]*)\]/g;
/** Characters that must be encoded and that no real link writes raw (`#` is checked per place). */
const FORBIDDEN_RAW = /[\s\p{Cc}\p{Cf}"`?]/u;

function fail(code: ProtocolError['code'], detail?: string): { ok: false; error: ProtocolError } {
  return { ok: false, error: protocolError(code, detail) };
}

/** `[ ] { } < >` mark a template (`trueconf:[user]@[server]`), except around an IPv6 address. */
function templateCharacter(body: string): string | undefined {
  const withoutIPv6 = body.replace(BRACKETED, (literal: string, inside: string) =>
    isValidIPv6(inside) ? '' : literal,
  );
  return TEMPLATE_CHARACTER.exec(withoutIPv6)?.[0];
}

function checkRawBody(body: string): ProtocolError | null {
  if (hasLoneSurrogate(body)) return protocolError('forbidden-character');
  const template = templateCharacter(body);
  if (template !== undefined) return protocolError('template-placeholder', template);
  const forbidden = FORBIDDEN_RAW.exec(body)?.[0];
  return forbidden === undefined ? null : protocolError('forbidden-character', forbidden);
}

/**
 * A literal `#` starts the URL fragment, so it is only accepted where the article itself writes
 * one: the call-string prefix (`#sip:`) and a conference's `#vcs` suffix.
 */
function misplacedHash(rawTarget: string, decodedTarget: string): boolean {
  for (let index = rawTarget.indexOf('#'); index >= 0; index = rawTarget.indexOf('#', index + 1)) {
    const isPrefix = index === 0 && CALL_STRING_PREFIX.test(rawTarget);
    const isVcsSuffix =
      index === rawTarget.length - 4 && /#vcs$/i.test(rawTarget) && /^\\c\\/i.test(decodedTarget);
    if (!isPrefix && !isVcsSuffix) return true;
  }
  return false;
}

function readTarget(
  rawTarget: string,
): { ok: true; target: Target } | { ok: false; error: ProtocolError } {
  const decoded = decodeText(rawTarget);
  if (misplacedHash(rawTarget, decoded)) return fail('forbidden-character', '#');
  const reading = interpretTarget(decoded);
  // The article: "all slashes / must be replaced with %2f"; a raw one would not reach the client.
  if (reading.ok && reading.target.type === 'rtsp' && rawTarget.includes('/')) {
    return fail('invalid-rtsp', '/');
  }
  return reading;
}

function signInLoginError(login: string): ProtocolError | null {
  if (isValidLogin(login) || isValidTrueConfId(login)) return null;
  const at = login.indexOf('@');
  if (at > 0 && isValidLogin(login.slice(0, at))) {
    return protocolError('invalid-server', login.slice(at + 1));
  }
  return protocolError(
    'invalid-login',
    firstForbiddenLoginCharacter(at < 0 ? login : login.slice(0, at)),
  );
}

interface Collected {
  known: Partial<Record<KnownParameter, string>>;
  unknown: UnknownParameter[];
}

function readParameters(
  segments: readonly string[],
): { ok: true; collected: Collected } | { ok: false; error: ProtocolError } {
  const collected: Collected = { known: {}, unknown: [] };
  for (const segment of segments) {
    const equals = segment.indexOf('=');
    if (equals < 0) return fail('malformed-parameter');
    const name = segment.slice(0, equals);
    const rawValue = segment.slice(equals + 1);
    if (!PARAMETER_NAME.test(name)) return fail('malformed-parameter');
    if (rawValue.includes('#')) return fail('forbidden-character', '#');
    const value = decodeText(rawValue);
    if (!isKnownParameterName(name)) {
      collected.unknown.push({ name, value });
      continue;
    }
    const knownName = name.toLowerCase() as KnownParameter;
    if (collected.known[knownName] !== undefined) return fail('duplicate-parameter', knownName);
    collected.known[knownName] = value;
  }
  return { ok: true, collected };
}

function flag(name: KnownParameter, value: string | undefined): boolean | ProtocolError {
  if (value === undefined) return false;
  return value === '1' ? true : protocolError('invalid-parameter', name);
}

function assemble(
  target: Target | null,
  collected: Collected,
): { ok: true; command: Command } | { ok: false; error: ProtocolError } {
  const { known } = collected;
  const encrypt = flag('encrypt', known.encrypt);
  const force = flag('force', known.force);
  const autoclose = flag('autoclose', known.autoclose);
  for (const result of [encrypt, force, autoclose]) {
    if (typeof result !== 'boolean') return { ok: false, error: result };
  }

  let finalTarget = target;
  if (known.conftype !== undefined) {
    if (known.conftype.toLowerCase() !== HOTQUERY || target?.type !== 'user') {
      return fail('invalid-parameter', 'conftype');
    }
    finalTarget = { type: 'moderatorConference', login: target.login, server: target.server };
  }

  if (known.h !== undefined && !isValidServer(known.h)) return fail('invalid-server', known.h);
  if (known.login !== undefined) {
    const error = signInLoginError(known.login);
    if (error) return { ok: false, error };
  }
  const hasSignIn = ['h', 'login', 'password', 'encrypt', 'force'].some(
    (name) => known[name as KnownParameter] !== undefined,
  );
  const signIn: SignIn | null = hasSignIn
    ? {
        server: known.h ?? null,
        login: known.login ?? null,
        password: known.password ?? null,
        encrypt: encrypt === true,
        force: force === true,
      }
    : null;
  return {
    ok: true,
    command: {
      target: finalTarget,
      signIn,
      autoclose: autoclose === true,
      unknownParameters: collected.unknown,
    },
  };
}

function parseParts(text: string): Parsed {
  if (typeof text !== 'string') return fail('not-a-trueconf-uri');
  if (text === '') return fail('empty');
  const scheme = uriSchemeOf(text);
  if (scheme === null) return fail('not-a-trueconf-uri');
  const body = text.slice(`${scheme}:`.length);
  const launch: Command = { target: null, signIn: null, autoclose: false, unknownParameters: [] };
  if (body === '') return { ok: true, parts: { command: launch, scheme, body, rawTarget: '' } };

  const rawError = checkRawBody(body);
  if (rawError) return { ok: false, error: rawError };

  const segments = body.split('&');
  const first = segments[0] ?? '';
  // A target never holds a raw `=` (it is encoded), so a first segment with one is a parameter.
  const hasTarget = !first.includes('=');
  if (hasTarget && first === '') return fail('malformed-parameter');
  const rawTarget = hasTarget ? first : '';

  let target: Target | null = null;
  if (hasTarget) {
    const reading = readTarget(rawTarget);
    if (!reading.ok) return reading;
    target = reading.target;
  }
  const parameters = readParameters(hasTarget ? segments.slice(1) : segments);
  if (!parameters.ok) return parameters;
  const assembled = assemble(target, parameters.collected);
  if (!assembled.ok) return assembled;
  return { ok: true, parts: { command: assembled.command, scheme, body, rawTarget } };
}

/** Like `parseUri`, with the raw text `canonicalizeFoundUri` keeps byte for byte. */
export function parseUriParts(text: string): Parsed {
  try {
    return parseParts(text);
  } catch {
    // Unreachable by design (property-tested); a page must never break the content script.
    return fail('unrecognised');
  }
}

/**
 * Reads a `trueconf:` or `visicall:` URI (scheme in any case). The bare scheme is a valid launch
 * command. Known parameters may come in any order and match their name in any case; unknown ones
 * are kept in order. Never throws.
 */
export function parseUri(text: string): ParseResult {
  const parsed = parseUriParts(text);
  return parsed.ok
    ? { ok: true, command: parsed.parts.command, scheme: parsed.parts.scheme }
    : parsed;
}
