import {
  detect,
  detectFieldValue,
  isLikelyTrueConfText,
  isLoneValue,
  type DetectOptions,
  type Match,
} from '../../detect';
import { LIMITS } from '../work/limits';
import { neighbourText } from './neighbour-text';
import { detectInWindows } from './run-windows';
import type { RunSegment, TextRun } from './runs';
import type { PlannedLink } from './text-splits';
import { toRawRange, type CollapsedText } from './whitespace';

type PageDetectOptions = Omit<DetectOptions, 'textBefore' | 'textAfter' | 'surroundingText'>;

/** A conference label may be in the run: only then does the F3 context rule need the page around. */
const CONFERENCE_LABEL_HINT = /conferen|cid|конференци/i;

/** What the block around a run can tell detection; each is read only when a run needs it. */
export interface RunSurroundings {
  /** The label of a value block (`field-cells.ts`), for a run that is one lone value. */
  fieldLabel: () => string | null;
  /** The text of the block's nearest heading, table row and list item. */
  surroundingText: () => string;
}

const NOTHING_AROUND: RunSurroundings = { fieldLabel: () => null, surroundingText: () => '' };

/**
 * Detection over one run (whitespace already collapsed), with the TrueConf context the F3 rule
 * needs: neighbouring page text and the block's surroundings are read only for runs that may hold
 * a conference label, or that are one value whose label sits in another cell. Long runs are read
 * in windows, yielding between them.
 */
export function* findRunMatches(
  run: TextRun,
  collapsedText: string,
  base: PageDetectOptions,
  around: RunSurroundings = NOTHING_AROUND,
): Generator<void, Match[], void> {
  const fieldLabel = isLoneValue(collapsedText) ? around.fieldLabel() : null;
  if (fieldLabel === null && !isLikelyTrueConfText(collapsedText, base)) return [];
  const windowOptions = {
    windowSize: LIMITS.detectWindowChars,
    margin: LIMITS.detectWindowMargin,
    contextChars: LIMITS.contextChars,
  };
  if (fieldLabel === null && !CONFERENCE_LABEL_HINT.test(collapsedText)) {
    return yield* detectInWindows(
      collapsedText,
      (text, textBefore, textAfter) => detect(text, { ...base, textBefore, textAfter }),
      windowOptions,
    );
  }
  let before = '';
  let after = '';
  const first = run.segments[0];
  const last = run.segments[run.segments.length - 1];
  if (first && last) {
    ({ before, after } = neighbourText(first.node, last.node, LIMITS.contextChars));
  }
  const surroundingText = around.surroundingText();
  if (fieldLabel !== null) {
    return detectFieldValue(fieldLabel, collapsedText, {
      ...base,
      textBefore: before,
      textAfter: after,
      surroundingText,
    });
  }
  return yield* detectInWindows(
    collapsedText,
    (text, textBefore, textAfter) =>
      detect(text, { ...base, textBefore, textAfter, surroundingText }),
    windowOptions,
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
