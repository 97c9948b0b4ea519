/**
 * What can go wrong talking to the user's TrueConf Server, as codes the UI turns into localized
 * messages (`serverErrorMessageKey`). Raw answers, status texts and exception messages never
 * leave this folder: a server can put anything in them.
 */
export type ServerErrorKind =
  /** The address is not a server address (`bad-address`). */
  | 'bad-address'
  /** The extension may not reach this server: its host permission was refused or removed. */
  | 'no-permission'
  | 'wrong-password'
  /** 403 `auth_method_disabled`: the administrator switched password sign-in off. */
  | 'password-sign-in-disabled'
  /** No API v4: TrueConf Server older than 5.5.3. */
  | 'too-old'
  /** The browser refused the server's certificate (self-signed, expired, wrong name). */
  | 'certificate'
  | 'unreachable'
  | 'timeout'
  /** The session ended (no session, or its refresh was refused): sign in again. */
  | 'signed-out'
  /** A 401 on an API call: the access token is not (or no longer) good. */
  | 'unauthorized'
  /** 403 on an API call: this account may not do that. */
  | 'forbidden'
  | 'not-found'
  | 'server-error'
  /** An answer that is not what the API documents (not JSON, wrong shape, too large). */
  | 'bad-answer'
  /** The administrator's policy allows sign-in to one server only, and this is another. */
  | 'server-locked';

export interface ServerError {
  kind: ServerErrorKind;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ServerError };

export const SERVER_ERROR_KINDS: readonly ServerErrorKind[] = [
  'bad-address',
  'no-permission',
  'wrong-password',
  'password-sign-in-disabled',
  'too-old',
  'certificate',
  'unreachable',
  'timeout',
  'signed-out',
  'unauthorized',
  'forbidden',
  'not-found',
  'server-error',
  'bad-answer',
  'server-locked',
];

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function failure<T = never>(kind: ServerErrorKind): Result<T> {
  return { ok: false, error: { kind } };
}

export function isServerErrorKind(value: unknown): value is ServerErrorKind {
  return SERVER_ERROR_KINDS.includes(value as ServerErrorKind);
}

const MESSAGE_KEYS: Record<ServerErrorKind, string> = {
  'bad-address': 'serverErrorBadAddress',
  'no-permission': 'serverErrorNoPermission',
  'wrong-password': 'serverErrorWrongPassword',
  'password-sign-in-disabled': 'serverErrorPasswordDisabled',
  'too-old': 'serverErrorTooOld',
  certificate: 'serverErrorCertificate',
  unreachable: 'serverErrorUnreachable',
  timeout: 'serverErrorTimeout',
  'signed-out': 'serverErrorSignedOut',
  unauthorized: 'serverErrorSignedOut',
  forbidden: 'serverErrorForbidden',
  'not-found': 'serverErrorNotFound',
  'server-error': 'serverErrorServer',
  'bad-answer': 'serverErrorBadAnswer',
  'server-locked': 'serverErrorServerLocked',
};

/** The `_locales` key of the message a person sees for this error. */
export function serverErrorMessageKey(kind: ServerErrorKind): string {
  return MESSAGE_KEYS[kind];
}
