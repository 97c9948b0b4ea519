import { isLikelyTrueConfText, type DetectOptions } from '../../detect';

/**
 * Where in a stretch of page text detection could possibly find something. It is a superset of
 * `isLikelyTrueConfText` (a test keeps it so) that also says *where*, so the fast pass can read
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

/** The per-text test, for a single node read on its own. */
export function mayContainAddress(
  text: string,
  options: Pick<DetectOptions, 'customRules'>,
): boolean {
  return isLikelyTrueConfText(text, options);
}
