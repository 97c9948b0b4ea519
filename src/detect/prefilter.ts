import type { DetectOptions } from './types';

/**
 * Cheap prefilter. Every built-in form needs one of these in the run itself: `trueconf`/`visicall`
 * (F1, F4), `\c\` (F2), a conference label (F3), `@` (F5). `\b` is ASCII-only, which keeps the
 * test conservative: detect's own boundaries are stricter.
 */
const LIKELY_TRUECONF_TEXT = /trueconf|visicall|\\c\\|\bconferen|\bcid|конференци|@/i;

/**
 * `false` means `detect` surely returns `[]` for this run. Test the whole run (the joined text of
 * a block), not single text nodes: "Conference ID: <b>4154248070</b>" has the label in one node and
 * the ID in another. With custom rules in `options` nothing can be ruled out.
 */
export function isLikelyTrueConfText(
  text: string,
  options?: Pick<DetectOptions, 'customRules'>,
): boolean {
  if (typeof text !== 'string') return false;
  if (options !== undefined && (options.customRules?.length ?? 0) > 0) return true;
  return LIKELY_TRUECONF_TEXT.test(text);
}

/**
 * Where in a stretch of page text detection could possibly find something. It is a superset of
 * `isLikelyTrueConfText` above (a test keeps it so) that also says *where*, so the fast pass can read
 * many text nodes as one string instead of creating a script string per node.
 */
const CANDIDATE = /trueconf|visicall|\\c\\|conferen|cid|конференци|@/gi;

/** Calls `found(start, end)` for each stretch of `text` that may belong to an address. */
export function findCandidates(
  text: string,
  options: Pick<DetectOptions, 'customRules'>,
  found: (start: number, end: number) => void,
): void {
  if (options.customRules.length > 0) {
    // A custom rule can match anything: every text is a candidate.
    if (text.length > 0) found(0, text.length);
    return;
  }
  CANDIDATE.lastIndex = 0;
  for (let match = CANDIDATE.exec(text); match !== null; match = CANDIDATE.exec(text)) {
    found(match.index, match.index + match[0].length);
  }
}
