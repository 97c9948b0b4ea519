import {
  detect,
  hasTrueConfMention,
  isLikelyTrueConfText,
  type DetectOptions,
  type Match,
} from '../../detect';
import { LIMITS } from '../work/limits';
import { neighbourText } from './neighbour-text';
import { detectInWindows } from './run-windows';
import type { RunSegment, TextRun } from './runs';
import type { PlannedLink } from './text-splits';
import { toRawRange, type CollapsedText } from './whitespace';

type PageDetectOptions = Omit<DetectOptions, 'textBefore' | 'textAfter'>;

/**
 * Detection over one run (whitespace already collapsed), with the TrueConf context the F3 rule
 * needs: neighbouring page text is read only when neither the page nor the run gives context.
 * Long runs are read in windows, yielding between them.
 */
export function* findRunMatches(
  run: TextRun,
  collapsedText: string,
  base: PageDetectOptions,
): Generator<void, Match[], void> {
  if (!isLikelyTrueConfText(collapsedText, base)) return [];
  const mentioned = !base.pageHasTrueConfContext && hasTrueConfMention(collapsedText);
  if (mentioned && collapsedText.length <= LIMITS.contextChars) {
    // A short run that mentions TrueConf is context enough for every label in it.
    return detect(collapsedText, { ...base, pageHasTrueConfContext: true });
  }
  let before = '';
  let after = '';
  const first = run.segments[0];
  const last = run.segments[run.segments.length - 1];
  if (!base.pageHasTrueConfContext && !mentioned && first && last) {
    ({ before, after } = neighbourText(first.node, last.node, LIMITS.contextChars));
  }
  return yield* detectInWindows(
    collapsedText,
    (text, textBefore, textAfter) => detect(text, { ...base, textBefore, textAfter }),
    {
      windowSize: LIMITS.detectWindowChars,
      margin: LIMITS.detectWindowMargin,
      contextChars: LIMITS.contextChars,
    },
    before,
    after,
  );
}

/**
 * Which links each text node of the run should have. Only a match inside one text node becomes
 * a link: one that crosses an element boundary (`trueconf:<b>smith</b>`) stays plain text,
 * because wrapping it would mean moving the page's nodes into our link.
 */
export function planRunLinks(
  run: TextRun,
  collapsed: CollapsedText,
  matches: readonly Match[],
  describeMatch: (match: Match) => string,
): Map<RunSegment, PlannedLink[]> {
  const planned = new Map<RunSegment, PlannedLink[]>();
  let segmentIndex = 0;
  for (const match of matches) {
    const [start, end] = toRawRange(collapsed, match.start, match.end);
    let segment = run.segments[segmentIndex];
    while (segment && segment.start + segment.examined <= start) {
      segmentIndex += 1;
      segment = run.segments[segmentIndex];
    }
    if (!segment || start < segment.start || end > segment.start + segment.examined) continue;
    const links = planned.get(segment) ?? [];
    links.push({
      start: start - segment.start,
      end: end - segment.start,
      href: match.href,
      title: describeMatch(match),
    });
    planned.set(segment, links);
  }
  return planned;
}
