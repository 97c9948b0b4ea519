import { isAsciiAlphanumericCode, isAsciiDigitCode, isHostCode } from './text';

export interface ServerSpan {
  /** Offset just past the server (port included, trailing dots excluded). */
  end: number;
  /** The host as written, without port; brackets kept for IPv6. */
  host: string;
  /** `:port` as written, or empty. */
  port: string;
}

const MAX_HOST_LENGTH = 253;
const MAX_IPV6_LITERAL_LENGTH = 47;
const MAX_PORT_DIGITS = 5;

function isIpv6LiteralCode(code: number): boolean {
  return (
    isAsciiDigitCode(code) ||
    (code >= 0x41 && code <= 0x46) ||
    (code >= 0x61 && code <= 0x66) ||
    code === 0x3a ||
    code === 0x2e
  );
}

/**
 * Reads the server after the `@` of an address. Returns null when nothing server-like starts
 * there. Work is bounded by the longest legal host name, so scanning stays linear.
 * Only the shape is checked here; the protocol library decides validity.
 */
export function readServerAt(text: string, start: number): ServerSpan | null {
  let index = start;
  if (text.charCodeAt(index) === 0x5b /* [ */) {
    index += 1;
    while (index < text.length && isIpv6LiteralCode(text.charCodeAt(index))) {
      index += 1;
      if (index - start > MAX_IPV6_LITERAL_LENGTH) return null;
    }
    if (text.charCodeAt(index) !== 0x5d /* ] */) return null;
    index += 1;
  } else {
    if (!isAsciiAlphanumericCode(text.charCodeAt(index))) return null;
    while (index < text.length && isHostCode(text.charCodeAt(index))) {
      index += 1;
      if (index - start > MAX_HOST_LENGTH) return null;
    }
  }
  let hostEnd = index;
  let end = index;
  let port = '';
  if (text.charCodeAt(index) === 0x3a /* : */ && isAsciiDigitCode(text.charCodeAt(index + 1))) {
    let portEnd = index + 1;
    while (portEnd < text.length && isAsciiDigitCode(text.charCodeAt(portEnd))) {
      portEnd += 1;
      if (portEnd - index - 1 > MAX_PORT_DIGITS) return null;
    }
    port = text.slice(index, portEnd);
    end = portEnd;
  } else {
    // A final dot is the end of the sentence, not part of the host.
    while (hostEnd > start && text.charCodeAt(hostEnd - 1) === 0x2e) hostEnd -= 1;
    end = hostEnd;
  }
  if (hostEnd === start) return null;
  return { end, host: text.slice(start, hostEnd), port };
}
