/**
 * Every way a text can fail to be a TrueConf address. Codes are stable: the UI turns them into
 * words with `describeError`, other modules may branch on them.
 */
export type ErrorCode =
  | 'empty'
  | 'not-a-trueconf-uri'
  | 'unsupported-scheme'
  | 'invalid-login'
  | 'invalid-server'
  | 'invalid-conference-id'
  | 'invalid-rtsp'
  | 'invalid-call-string'
  | 'forbidden-character'
  | 'template-placeholder'
  | 'invalid-parameter'
  | 'malformed-parameter'
  | 'duplicate-parameter'
  | 'unsupported-web-link'
  | 'unknown-server'
  | 'invalid-command'
  | 'hidden-parameter'
  | 'unrecognised';

/**
 * `detail` is a short machine-readable hint: the offending character, a parameter name, a scheme
 * or a server. It never holds a password or any other parameter value.
 */
export interface ProtocolError {
  code: ErrorCode;
  detail?: string;
}

export const ERROR_CODES: readonly ErrorCode[] = [
  'empty',
  'not-a-trueconf-uri',
  'unsupported-scheme',
  'invalid-login',
  'invalid-server',
  'invalid-conference-id',
  'invalid-rtsp',
  'invalid-call-string',
  'forbidden-character',
  'template-placeholder',
  'invalid-parameter',
  'malformed-parameter',
  'duplicate-parameter',
  'unsupported-web-link',
  'unknown-server',
  'invalid-command',
  'hidden-parameter',
  'unrecognised',
];

export function protocolError(code: ErrorCode, detail?: string): ProtocolError {
  return detail === undefined ? { code } : { code, detail };
}

/** Thrown by `buildUri` only for a command no parse could have produced (a programming error). */
export class ProtocolBuildError extends Error {
  readonly error: ProtocolError;

  constructor(error: ProtocolError) {
    super(`Cannot build a trueconf: URI: ${error.code}${error.detail ? ` (${error.detail})` : ''}`);
    this.name = 'ProtocolBuildError';
    this.error = error;
  }
}

export interface ErrorDescription {
  key: string;
  substitutions: string[];
}

/** Codes whose message names the offending character when there is one. */
const CHARACTER_VARIANT_CODES: ReadonlySet<ErrorCode> = new Set([
  'invalid-login',
  'invalid-conference-id',
]);

/** Codes whose message always carries `detail` as its one substitution. */
const DETAIL_CODES: ReadonlySet<ErrorCode> = new Set([
  'forbidden-character',
  'invalid-parameter',
  'duplicate-parameter',
  'unsupported-scheme',
  'unknown-server',
]);

function isSingleCharacter(text: string): boolean {
  return [...text].length === 1;
}

/** An invisible character would make "“ ” is not allowed" unreadable, so those are named by code point. */
export function printableCharacter(character: string): string {
  if (/^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u.test(character)) return character;
  const codePoint = character.codePointAt(0) ?? 0;
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

export function errorMessageKey(code: ErrorCode): string {
  return `error_${code.replace(/-/g, '_')}`;
}

/** An i18n key (see `_locales`) and its substitutions, ready for `browser.i18n.getMessage`. */
export function describeError(error: ProtocolError): ErrorDescription {
  const { code, detail } = error;
  if (detail !== undefined && isSingleCharacter(detail) && /\s/u.test(detail)) {
    return { key: 'error_whitespace', substitutions: [] };
  }
  if (CHARACTER_VARIANT_CODES.has(code) && detail !== undefined && isSingleCharacter(detail)) {
    return {
      key: `${errorMessageKey(code)}_character`,
      substitutions: [printableCharacter(detail)],
    };
  }
  if (DETAIL_CODES.has(code)) {
    const shown =
      detail !== undefined && isSingleCharacter(detail) ? printableCharacter(detail) : detail;
    return { key: errorMessageKey(code), substitutions: [shown ?? ''] };
  }
  return { key: errorMessageKey(code), substitutions: [] };
}
