import { protocolError, type ProtocolError } from './errors';
import { interpretTarget } from './target';
import { KNOWN_PARAMETERS, type Command, type SignIn, type Target } from './types';
import {
  hasLoneSurrogate,
  isValidConferenceId,
  isValidLogin,
  isValidRtspAddress,
  isValidServer,
  isValidTrueConfId,
} from './validate';

export const PARAMETER_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/** Known names match in any case: `Password=` must never slip past `hasSignIn` as an unknown. */
export function isKnownParameterName(name: string): boolean {
  return (KNOWN_PARAMETERS as readonly string[]).includes(name.toLowerCase());
}

function isStringOrNull(value: unknown): value is string | null {
  return value === null || typeof value === 'string';
}

function invalid(detail: string): ProtocolError {
  return protocolError('invalid-command', detail);
}

function validateServerField(server: unknown): ProtocolError | null {
  if (!isStringOrNull(server)) return invalid('server');
  return server === null || isValidServer(server) ? null : protocolError('invalid-server', server);
}

function validateTarget(target: Target): ProtocolError | null {
  switch (target.type) {
    case 'user':
    case 'moderatorConference':
      if (typeof target.login !== 'string' || !isValidLogin(target.login)) {
        return protocolError('invalid-login');
      }
      return validateServerField(target.server);
    case 'conference':
      if (typeof target.id !== 'string' || !isValidConferenceId(target.id)) {
        return protocolError('invalid-conference-id');
      }
      return validateServerField(target.server);
    case 'rtsp':
      return typeof target.address === 'string' && isValidRtspAddress(target.address)
        ? null
        : protocolError('invalid-rtsp');
    case 'callString': {
      if (typeof target.callString !== 'string') return invalid('callString');
      const reading = interpretTarget(target.callString);
      if (!reading.ok) return reading.error;
      // A call string that reads as a user, a conference or RTSP must be written as that target.
      const same =
        reading.target.type === 'callString' && reading.target.protocol === target.protocol;
      return same ? null : invalid('callString');
    }
    default:
      return invalid('target');
  }
}

function isEmptySignIn(signIn: SignIn): boolean {
  return (
    signIn.server === null &&
    signIn.login === null &&
    signIn.password === null &&
    !signIn.encrypt &&
    !signIn.force
  );
}

function validateSignIn(signIn: SignIn): ProtocolError | null {
  if (
    typeof signIn !== 'object' ||
    typeof signIn.encrypt !== 'boolean' ||
    typeof signIn.force !== 'boolean'
  ) {
    return invalid('signIn');
  }
  if (!isStringOrNull(signIn.login) || !isStringOrNull(signIn.password)) return invalid('signIn');
  if (isEmptySignIn(signIn)) return invalid('signIn');
  const serverError = validateServerField(signIn.server);
  if (serverError) return serverError;
  if (signIn.login !== null && !isValidLogin(signIn.login) && !isValidTrueConfId(signIn.login)) {
    return protocolError('invalid-login');
  }
  if (signIn.password !== null && hasLoneSurrogate(signIn.password)) {
    return protocolError('forbidden-character');
  }
  return null;
}

/**
 * `null` when `buildUri` can write the command and parsing the result gives it back; otherwise
 * why not. Checks the shape too, since commands arrive through extension messaging.
 */
export function validateCommand(command: Command): ProtocolError | null {
  if (typeof command !== 'object' || command === null) return invalid('command');
  if (typeof command.autoclose !== 'boolean') return invalid('autoclose');
  if (!Array.isArray(command.unknownParameters)) return invalid('unknownParameters');
  if (command.target !== null) {
    if (typeof command.target !== 'object') return invalid('target');
    const targetError = validateTarget(command.target);
    if (targetError) return targetError;
  }
  if (command.signIn !== null) {
    const signInError = validateSignIn(command.signIn);
    if (signInError) return signInError;
  }
  for (const parameter of command.unknownParameters) {
    const { name, value } = parameter as { name: unknown; value: unknown };
    if (typeof name !== 'string' || !PARAMETER_NAME.test(name) || isKnownParameterName(name)) {
      return protocolError('invalid-parameter', typeof name === 'string' ? name : '');
    }
    if (typeof value !== 'string') return invalid('unknownParameters');
    if (hasLoneSurrogate(value)) return protocolError('forbidden-character');
  }
  return null;
}

/**
 * True when the command would sign someone in or out: it carries `login`, `password`, `h` or
 * `force`. Such a command must be confirmed by the user before it is launched.
 */
export function hasSignIn(command: Command): boolean {
  const signIn = command.signIn;
  if (!signIn) return false;
  return (
    signIn.login !== null || signIn.password !== null || signIn.server !== null || signIn.force
  );
}

/** Removes `user:password@` credentials from an RTSP address, keeping the user name. */
function rtspAddressWithoutPassword(address: string): string {
  const afterSlashes = address.slice(2);
  const authorityEnd = afterSlashes.search(/[/?]/);
  const authority = authorityEnd < 0 ? afterSlashes : afterSlashes.slice(0, authorityEnd);
  const at = authority.lastIndexOf('@');
  if (at < 0) return address;
  const userinfo = authority.slice(0, at);
  const colon = userinfo.indexOf(':');
  if (colon < 0) return address;
  return `//${userinfo.slice(0, colon)}${afterSlashes.slice(at)}`;
}

/**
 * The command without any password, for history and logs: the sign-in password and the password
 * of RTSP credentials go. A sign-in left with nothing in it disappears, so the result always builds.
 */
export function withoutPassword(command: Command): Command {
  let signIn = command.signIn ? { ...command.signIn, password: null } : null;
  if (signIn && isEmptySignIn(signIn)) signIn = null;
  const target =
    command.target?.type === 'rtsp'
      ? { ...command.target, address: rtspAddressWithoutPassword(command.target.address) }
      : command.target;
  return {
    target,
    signIn,
    autoclose: command.autoclose,
    unknownParameters: command.unknownParameters.map((parameter) => ({ ...parameter })),
  };
}
