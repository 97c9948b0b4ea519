/**
 * Character-level helpers shared by the forms. They look at single UTF-16 units or code
 * points so that every form stays linear on any input.
 */

const UNICODE_WORD_CHAR = /^[\p{L}\p{N}\p{M}_]$/u;
const UNICODE_LETTER_OR_DIGIT = /^[\p{L}\p{N}\p{M}]$/u;

/** Same set as `\s` in JavaScript regexps. */
export function isSpaceCode(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Spaces that separate digit groups on one line ("851 2345 6789"). */
export function isHorizontalSpaceCode(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x202f || code === 0x2009;
}

export function isAsciiDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

export function isAsciiLetterCode(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

export function isAsciiAlphanumericCode(code: number): boolean {
  return isAsciiDigitCode(code) || isAsciiLetterCode(code);
}

/** `A–Z a–z 0–9 _`: the characters of a conference ID. */
export function isConferenceIdCode(code: number): boolean {
  return isAsciiAlphanumericCode(code) || code === 0x5f;
}

/** Letters, digits, `.`, `_`, `-`: the characters of a TrueConf login. */
export function isLoginCode(code: number): boolean {
  return isAsciiAlphanumericCode(code) || code === 0x2e || code === 0x5f || code === 0x2d;
}

/** Letters, digits, `.`, `-`: the characters of a host name or IPv4 address. */
export function isHostCode(code: number): boolean {
  return isAsciiAlphanumericCode(code) || code === 0x2e || code === 0x2d;
}

function codePointStringBefore(text: string, index: number): string {
  if (index <= 0) return '';
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(index - 2, index);
  }
  return text.charAt(index - 1);
}

function codePointStringAt(text: string, index: number): string {
  const code = text.codePointAt(index);
  return code === undefined ? '' : String.fromCodePoint(code);
}

function isWordCharString(char: string): boolean {
  if (char.length === 0) return false;
  const code = char.charCodeAt(0);
  if (code < 0x80) return isConferenceIdCode(code);
  return UNICODE_WORD_CHAR.test(char);
}

/** A letter, digit, combining mark or `_` (any script) ends right before `index`. */
export function isWordCharBefore(text: string, index: number): boolean {
  return isWordCharString(codePointStringBefore(text, index));
}

/** A letter, digit, combining mark or `_` (any script) starts at `index`. */
export function isWordCharAt(text: string, index: number): boolean {
  return isWordCharString(codePointStringAt(text, index));
}

export function isLetterOrDigitAt(text: string, index: number): boolean {
  const char = codePointStringAt(text, index);
  if (char.length === 0) return false;
  const code = char.charCodeAt(0);
  if (code < 0x80) return isAsciiAlphanumericCode(code);
  return UNICODE_LETTER_OR_DIGIT.test(char);
}

export function isLetterOrDigitBefore(text: string, index: number): boolean {
  const char = codePointStringBefore(text, index);
  if (char.length === 0) return false;
  const code = char.charCodeAt(0);
  if (code < 0x80) return isAsciiAlphanumericCode(code);
  return UNICODE_LETTER_OR_DIGIT.test(char);
}

/** Trailing sentence punctuation, never part of an address. */
export const SENTENCE_PUNCTUATION = '.,;:!?';

/** Closing brackets and quotes, with the opener that balances each. */
export const CLOSER_TO_OPENER: Readonly<Record<string, string>> = {
  ')': '(',
  ']': '[',
  '}': '{',
  '»': '«',
  '”': '“',
  '’': '‘',
};

/** Characters after which a token is over even though no space follows. */
const TOKEN_END_CHARS = new Set([
  ...Object.keys(CLOSER_TO_OPENER),
  '"',
  "'",
  '`',
  '<',
  '>',
  '|',
  '*',
  '…',
  '“',
  '«',
]);

const DASHES = new Set(['—', '–']);

/**
 * True when an address that ends at `index` stands alone: the text ends, or a space, a closing
 * bracket or quote follows, or sentence punctuation that itself ends the token ("…4154248070."
 * yes, "…2024.05" or "4.1.0" no). Everything else (letters, digits, `-`, `/`, `\`, `@`, `#`, `%`,
 * currency signs) means the candidate is part of something longer: a path, a number, a version.
 */
export function isTokenEndAt(text: string, index: number): boolean {
  if (index >= text.length) return true;
  const code = text.charCodeAt(index);
  if (isSpaceCode(code)) return true;
  const char = text.charAt(index);
  if (TOKEN_END_CHARS.has(char)) return true;
  if (DASHES.has(char)) return !isAsciiDigitCode(text.charCodeAt(index + 1));
  if (!SENTENCE_PUNCTUATION.includes(char)) return false;
  let next = index + 1;
  while (next < text.length && SENTENCE_PUNCTUATION.includes(text.charAt(next))) next += 1;
  if (next >= text.length) return true;
  const nextChar = text.charAt(next);
  return isSpaceCode(text.charCodeAt(next)) || TOKEN_END_CHARS.has(nextChar);
}

/** Another group of digits follows on the same line: "851 2345 6789". */
export function isFollowedByDigitGroup(text: string, index: number): boolean {
  return (
    isHorizontalSpaceCode(text.charCodeAt(index)) && isAsciiDigitCode(text.charCodeAt(index + 1))
  );
}

const MAX_SPACES_BEFORE_NEXT_WORD = 8;
const UPPER_CASE_LETTER = /^\p{Lu}$/u;
/** Words that offer a second way to reach someone: "o.smirnova or write to …". */
const CONNECTIVE_WORD = /^(?:or|and|или|либо|и)(?![\p{L}\p{N}\p{M}_])/iu;

/**
 * What follows a value after some spaces (detection.md, F4): nothing that continues it (`none`: the
 * text ends, punctuation, a bracket, or a capitalised word that starts the next field of an
 * invitation whose line breaks became spaces, "TrueConf ID: ipetrov Conference ID: …"), a
 * connective that offers another way to reach someone (`connective`: "or", "и"), or any other
 * lower-case word or a number (`phrase`: "TrueConf: the leading platform").
 */
export function wordAfter(text: string, index: number): 'none' | 'connective' | 'phrase' {
  let next = index;
  while (next - index < MAX_SPACES_BEFORE_NEXT_WORD && isSpaceCode(text.charCodeAt(next))) {
    next += 1;
  }
  if (next === index || !isLetterOrDigitAt(text, next)) return 'none';
  const code = text.codePointAt(next);
  if (code !== undefined && UPPER_CASE_LETTER.test(String.fromCodePoint(code))) return 'none';
  return CONNECTIVE_WORD.test(text.slice(next, next + 6)) ? 'connective' : 'phrase';
}
