import type { Match } from '../../detect';
import { mayHoldPhoneNumber } from '../../phone/prefilter';
import { buildUri, phoneCallCommand } from '../../protocol';
import { detectInWindows } from '../link/run-windows';
import type { TextRun } from '../link/runs';
import { LIMITS } from '../work/limits';
import type { PhoneFinder } from './finder-slot';

/** The phone numbers of one run of text, as links (empty while phones are not linked). */
export type PhoneMatcher = (text: string) => Match[];

/**
 * Phone numbers found by `finder` as the linkifier's matches: the link calls the E.164 number
 * through TrueConf in the user's dial format (`trueconf:#tel:+79165551234`), the same link the
 * popup and the context menu make. Null when the dial format is unusable.
 */
export function phoneMatcherFor(
  finder: PhoneFinder,
  region: string,
  dialFormat: string,
): PhoneMatcher | null {
  if (phoneCallCommand('+79165551234', dialFormat) === null) return null;
  return (text) => {
    const matches: Match[] = [];
    for (const { start, end, e164 } of finder(text, region)) {
      const command = phoneCallCommand(e164, dialFormat);
      if (command === null) continue;
      matches.push({
        start,
        end,
        text: text.slice(start, end),
        href: buildUri(command),
        form: 'callString',
        command,
      });
    }
    return matches;
  };
}

/** TrueConf's matches and phone numbers together, in order; a TrueConf address wins an overlap. */
export function withPhoneMatches(matches: readonly Match[], phones: readonly Match[]): Match[] {
  if (phones.length === 0) return [...matches];
  const kept = phones.filter((phone) =>
    matches.every((match) => phone.end <= match.start || phone.start >= match.end),
  );
  return [...matches, ...kept].sort((a, b) => a.start - b.start);
}

/** Code and its kin: digits in them are data, not numbers to call. */
const CODE_SELECTOR = 'code, pre, kbd, samp, var, tt, listing';

/** Whether a text node sits in code (`<pre>`, `<code>`…), where phone numbers are not linked. */
export function isInCode(node: Node): boolean {
  return node.parentElement?.closest(CODE_SELECTOR) != null;
}

/**
 * The phone numbers of one run (whitespace collapsed), read in the same windows as TrueConf's
 * addresses so a long run yields between them; none in code. Each window is read with the text
 * around it, so that a label or a longer run of digits next to a number is seen.
 */
export function* findRunPhones(
  run: TextRun,
  collapsedText: string,
  matcher: PhoneMatcher | undefined,
): Generator<void, Match[], void> {
  const first = run.segments[0];
  if (!matcher || !first || isInCode(first.node) || !mayHoldPhoneNumber(collapsedText)) return [];
  return yield* detectInWindows(
    collapsedText,
    (text, before, after) =>
      matcher(before + text + after)
        .filter((match) => match.start >= before.length)
        .map((match) => ({
          ...match,
          start: match.start - before.length,
          end: match.end - before.length,
        })),
    {
      windowSize: LIMITS.detectWindowChars,
      margin: LIMITS.detectWindowMargin,
      contextChars: LIMITS.contextChars,
    },
  );
}
