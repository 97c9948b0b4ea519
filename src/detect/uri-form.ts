import { resolveFoundUri, type ResolvedHref } from './protocol-bridge';
import { CLOSER_TO_OPENER, SENTENCE_PUNCTUATION } from './text';
import type { Match } from './types';

/**
 * F1. The scheme must not continue a word or a URL (`mytrueconf:`, `?to=trueconf:`); the URI runs
 * to whitespace or `<>"'` and a backtick. The character class has no alternatives, so the scan is linear.
 */
const URI_PATTERN = /(?<![\p{L}\p{N}\p{M}_+.\-/\\%=&?#@:~])(?:trueconf|visicall):[^\s<>"'`]*/giu;

/** Longer "URIs" are pasted blobs, not addresses; it also bounds the work handed to the protocol library. */
const MAX_URI_LENGTH = 2048;

/**
 * Accepts a URI only when it does something: the bare scheme ("the trueconf: protocol") or one
 * with nothing but `autoclose` is prose, not an address. Templates (`trueconf:[user]@[server]`)
 * are refused by the protocol library itself. Shared with custom rules (F6).
 */
export function resolveWrittenUri(uriText: string): ResolvedHref | null {
  const resolved = resolveFoundUri(uriText);
  if (resolved === null) return null;
  const { target, signIn } = resolved.command;
  return target === null && signIn === null ? null : resolved;
}

const CLOSERS = Object.keys(CLOSER_TO_OPENER).join('');
const OPENERS = Object.values(CLOSER_TO_OPENER).join('');

/** How many of each closer lack an opener in `text[start, end)`; index as in CLOSERS. */
function countUnbalancedClosers(text: string, start: number, end: number): number[] {
  const closers = new Array<number>(CLOSERS.length).fill(0);
  const openers = new Array<number>(OPENERS.length).fill(0);
  for (let index = start; index < end; index += 1) {
    const char = text.charAt(index);
    const closer = CLOSERS.indexOf(char);
    if (closer >= 0) closers[closer] = (closers[closer] ?? 0) + 1;
    const opener = OPENERS.indexOf(char);
    if (opener >= 0) openers[opener] = (openers[opener] ?? 0) + 1;
  }
  return closers.map((count, index) => count - (openers[index] ?? 0));
}

/**
 * Drops trailing sentence punctuation and closing brackets/quotes that have no opener inside
 * the URI (`(see trueconf:smith).` → `trueconf:smith`). Never cuts into the scheme. Counting
 * happens once, and only when a closer is in the way, so long runs of `)` stay linear.
 */
export function trimUriEnd(text: string, start: number, end: number, minEnd: number): number {
  let unbalanced: number[] | undefined;
  let newEnd = end;
  while (newEnd > minEnd) {
    const last = text.charAt(newEnd - 1);
    if (SENTENCE_PUNCTUATION.includes(last)) {
      newEnd -= 1;
      continue;
    }
    const closer = CLOSERS.indexOf(last);
    if (closer < 0) break;
    unbalanced ??= countUnbalancedClosers(text, start, end);
    const excess = unbalanced[closer] ?? 0;
    if (excess <= 0) break;
    unbalanced[closer] = excess - 1;
    newEnd -= 1;
  }
  return newEnd;
}

export function findWrittenUris(text: string, matches: Match[]): void {
  URI_PATTERN.lastIndex = 0;
  for (let found = URI_PATTERN.exec(text); found !== null; found = URI_PATTERN.exec(text)) {
    const start = found.index;
    const rawEnd = start + found[0].length;
    if (rawEnd - start > MAX_URI_LENGTH) continue;
    const schemeEnd = text.indexOf(':', start) + 1;
    if (rawEnd === schemeEnd) continue;
    const end = trimUriEnd(text, start, rawEnd, schemeEnd);
    if (end === schemeEnd) continue;
    const uriText = text.slice(start, end);
    const resolved = resolveWrittenUri(uriText);
    if (resolved === null) continue;
    matches.push({
      start,
      end,
      text: uriText,
      form: 'uri',
      href: resolved.href,
      command: resolved.command,
    });
  }
}
