/**
 * The encoding rule of protocol.md, and the matching decode.
 *
 * Encoded (as UTF-8 `%XX`, upper-case hex): `%`, `&`, `=`, `#`, `?`, space and every ASCII control
 * character, `"`, `<`, `>`, `` ` ``, every non-ASCII character, and also `[ ] { }` so that no
 * value we write can look like a template placeholder (parse refuses those). Everything else is
 * written as-is, which keeps `\c\`, `@`, `:` and `+` readable.
 *
 * Decoding never throws. A `%` that does not start a valid `%XX` sequence, and `%XX` bytes that are
 * not valid UTF-8, are kept exactly as written: such text is not ours to repair, and keeping it
 * means parse → build is stable (the kept `%` is re-encoded as `%25`).
 */

const ALWAYS_ENCODED_ASCII = new Set([...'%&=#?"<>`[]{}']);

// Made on first use: every frame carries this module (the click interceptor reads links with it)
// and most never encode or decode anything.
let utf8: TextEncoder | undefined;

function percentEncodeCodePoint(character: string): string {
  let encoded = '';
  for (const byte of (utf8 ??= new TextEncoder()).encode(character)) {
    encoded += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return encoded;
}

function mustEncode(character: string): boolean {
  const codePoint = character.codePointAt(0) ?? 0;
  return codePoint <= 0x20 || codePoint >= 0x7f || ALWAYS_ENCODED_ASCII.has(character);
}

/** Encodes a target part or a parameter value. Lone surrogates must be refused before this. */
export function encodeValue(value: string): string {
  let encoded = '';
  for (const character of value) {
    encoded += mustEncode(character) ? percentEncodeCodePoint(character) : character;
  }
  return encoded;
}

/** `#sip:`, `#h323:`, … — the one `#` that stays literal in a URI. */
export const CALL_STRING_PREFIX = /^#[A-Za-z][A-Za-z0-9]*:/;

/** Keeps the leading `#` of a call-string prefix, as the article writes `trueconf:#sip:…`. */
export function encodeCallString(callString: string): string {
  return CALL_STRING_PREFIX.test(callString)
    ? `#${encodeValue(callString.slice(1))}`
    : encodeValue(callString);
}

/** The article requires every `/` of an RTSP address written as `%2f` (lower case, as it shows). */
export function encodeRtspAddress(address: string): string {
  return encodeValue(address).replace(/\//g, '%2f');
}

function hexByteAt(text: string, index: number): number | null {
  if (text[index] !== '%') return null;
  const pair = text.slice(index + 1, index + 3);
  return /^[0-9A-Fa-f]{2}$/.test(pair) ? parseInt(pair, 16) : null;
}

interface EscapedByte {
  value: number;
  written: string;
}

/** Length of the UTF-8 sequence starting at `bytes[start]`, or 0 when it is not a valid one. */
function validSequenceLength(bytes: readonly EscapedByte[], start: number): number {
  const lead = bytes[start]?.value ?? 0;
  let length: number;
  let secondMin = 0x80;
  let secondMax = 0xbf;
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) length = 2;
  else if (lead >= 0xe0 && lead <= 0xef) length = 3;
  else if (lead >= 0xf0 && lead <= 0xf4) length = 4;
  else return 0;
  // Overlong forms, UTF-16 surrogates and code points above U+10FFFF are not valid UTF-8.
  if (lead === 0xe0) secondMin = 0xa0;
  if (lead === 0xed) secondMax = 0x9f;
  if (lead === 0xf0) secondMin = 0x90;
  if (lead === 0xf4) secondMax = 0x8f;
  for (let offset = 1; offset < length; offset += 1) {
    const byte = bytes[start + offset]?.value;
    if (byte === undefined) return 0;
    const min = offset === 1 ? secondMin : 0x80;
    const max = offset === 1 ? secondMax : 0xbf;
    if (byte < min || byte > max) return 0;
  }
  return length;
}

let utf8Decoder: TextDecoder | undefined;

function decodeEscapedRun(bytes: readonly EscapedByte[]): string {
  let decoded = '';
  let index = 0;
  while (index < bytes.length) {
    const length = validSequenceLength(bytes, index);
    if (length === 0) {
      decoded += bytes[index]?.written ?? '';
      index += 1;
      continue;
    }
    const sequence = Uint8Array.from(bytes.slice(index, index + length), (byte) => byte.value);
    // `ignoreBOM` keeps a U+FEFF the text spells out; by default the decoder would drop it.
    utf8Decoder ??= new TextDecoder('utf-8', { ignoreBOM: true });
    decoded += utf8Decoder.decode(sequence);
    index += length;
  }
  return decoded;
}

/** Percent-decodes `text` as UTF-8; never throws (see the module comment). `+` stays `+`. */
export function decodeText(text: string): string {
  // Nearly every address has nothing escaped: read character by character, it cost the linkifier
  // an array and a string for each one.
  if (!text.includes('%')) return text;
  let decoded = '';
  let index = 0;
  while (index < text.length) {
    const run: EscapedByte[] = [];
    let byte = hexByteAt(text, index);
    while (byte !== null) {
      run.push({ value: byte, written: text.slice(index, index + 3) });
      index += 3;
      byte = hexByteAt(text, index);
    }
    if (run.length > 0) {
      decoded += decodeEscapedRun(run);
      continue;
    }
    decoded += text[index] ?? '';
    index += 1;
  }
  return decoded;
}
