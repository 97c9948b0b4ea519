import { CALL_STRING_PREFIX } from './encode';
import { protocolError, type ProtocolError } from './errors';
import type { CallProtocol, Target } from './types';
import {
  firstForbiddenConferenceIdCharacter,
  firstForbiddenLoginCharacter,
  firstInvisibleCharacter,
  hasLoneSurrogate,
  isValidConferenceId,
  isValidLogin,
  isValidRtspAddress,
  isValidServer,
} from './validate';

/**
 * What a decoded target means. This one function decides for parse, classify and validation, so a
 * target string has exactly one reading wherever it comes from.
 */

export type TargetResult = { ok: true; target: Target } | { ok: false; error: ProtocolError };

const CONFERENCE_PREFIX = /^\\c\\/i;
const E164_PREFIX = /^\\e\\/i;
const RTSP_PREFIX = /^#rtsp:/i;
/** After decoding, `%23vcs` and `#vcs` both read `#vcs`; `%vcs` is no valid escape and stays. */
const DECODED_VCS_SUFFIX = /(?:#|%)vcs$/i;

const KNOWN_PROTOCOLS: Readonly<Record<string, CallProtocol>> = {
  sip: 'sip',
  h323: 'h323',
  tel: 'tel',
  guest: 'guest',
};

export function callStringProtocol(callString: string): CallProtocol {
  if (E164_PREFIX.test(callString)) return 'e164';
  const prefix = CALL_STRING_PREFIX.exec(callString)?.[0];
  if (prefix === undefined) return 'other';
  return KNOWN_PROTOCOLS[prefix.slice(1, -1).toLowerCase()] ?? 'other';
}

/** The part of a call string after its prefix (`alice@10.0.0.5` for `#sip:alice@10.0.0.5`). */
export function callStringAddress(callString: string): string {
  const prefix = CALL_STRING_PREFIX.exec(callString)?.[0] ?? E164_PREFIX.exec(callString)?.[0];
  return prefix === undefined ? callString : callString.slice(prefix.length);
}

function loginError(login: string): ProtocolError {
  return protocolError('invalid-login', firstForbiddenLoginCharacter(login));
}

function interpretConference(decoded: string): TargetResult {
  const rest = decoded.slice(3);
  const at = rest.indexOf('@');
  // Without a server the suffix stays part of the ID, which then fails on its `#` or `%`.
  const id = at < 0 ? rest : rest.slice(0, at);
  const server = at < 0 ? null : rest.slice(at + 1).replace(DECODED_VCS_SUFFIX, '');
  if (!isValidConferenceId(id)) {
    return {
      ok: false,
      error: protocolError('invalid-conference-id', firstForbiddenConferenceIdCharacter(id)),
    };
  }
  if (server !== null && !isValidServer(server)) {
    return { ok: false, error: protocolError('invalid-server', server) };
  }
  return { ok: true, target: { type: 'conference', id, server } };
}

function interpretUser(decoded: string): TargetResult {
  const at = decoded.indexOf('@');
  const login = decoded.slice(0, at);
  const server = decoded.slice(at + 1);
  if (!isValidLogin(login)) return { ok: false, error: loginError(login) };
  if (!isValidServer(server)) return { ok: false, error: protocolError('invalid-server', server) };
  return { ok: true, target: { type: 'user', login, server } };
}

/** Reads a decoded, non-empty target (see protocol.md, "Commands"). */
export function interpretTarget(decoded: string): TargetResult {
  if (decoded === '') return { ok: false, error: protocolError('empty') };
  const invisible = firstInvisibleCharacter(decoded);
  if (invisible !== undefined) {
    return { ok: false, error: protocolError('forbidden-character', invisible) };
  }
  if (hasLoneSurrogate(decoded)) return { ok: false, error: protocolError('forbidden-character') };

  if (CONFERENCE_PREFIX.test(decoded)) return interpretConference(decoded);
  if (RTSP_PREFIX.test(decoded)) {
    const address = decoded.slice('#rtsp:'.length);
    return isValidRtspAddress(address)
      ? { ok: true, target: { type: 'rtsp', address } }
      : { ok: false, error: protocolError('invalid-rtsp') };
  }
  const prefixed = CALL_STRING_PREFIX.test(decoded) || E164_PREFIX.test(decoded);
  if (prefixed) {
    if (callStringAddress(decoded) === '') {
      return { ok: false, error: protocolError('invalid-call-string') };
    }
    return {
      ok: true,
      target: { type: 'callString', protocol: callStringProtocol(decoded), callString: decoded },
    };
  }
  if (decoded.includes('@')) return interpretUser(decoded);
  if (isValidLogin(decoded)) {
    return { ok: true, target: { type: 'user', login: decoded, server: null } };
  }
  return { ok: true, target: { type: 'callString', protocol: 'other', callString: decoded } };
}
