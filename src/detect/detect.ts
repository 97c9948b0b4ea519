import { findCallStrings } from './call-string-form';
import { TrueConfContext } from './context';
import { findCustomMatches } from './custom-rules';
import { knownHostSet, findKnownServerUsers } from './known-server-form';
import { findLabelledAddresses } from './labelled-forms';
import type { BuiltInForm, DetectOptions, Form, Match } from './types';
import { findWrittenUris } from './uri-form';

export const DEFAULT_DETECT_OPTIONS: DetectOptions = Object.freeze({
  forms: Object.freeze({
    uri: true,
    callString: true,
    conferenceId: true,
    trueconfId: true,
    knownServerUser: true,
  }),
  knownServers: Object.freeze([]) as readonly string[],
  customRules: Object.freeze([]),
  pageHasTrueConfContext: false,
});

/** When two forms claim overlapping text: earlier start, then longer, then this order. */
const FORM_PRIORITY: Readonly<Record<Form, number>> = {
  uri: 0,
  callString: 1,
  trueconfId: 2,
  conferenceId: 3,
  knownServerUser: 4,
  custom: 5,
};

function byPosition(a: Match, b: Match): number {
  return a.start - b.start || b.end - a.end || FORM_PRIORITY[a.form] - FORM_PRIORITY[b.form];
}

function keepNonOverlapping(sorted: readonly Match[]): Match[] {
  const kept: Match[] = [];
  let lastEnd = -1;
  for (const match of sorted) {
    if (match.start >= lastEnd) {
      kept.push(match);
      lastEnd = match.end;
    }
  }
  return kept;
}

/** Custom rules only fill gaps: a built-in form never loses text to a user pattern. */
function mergeCustomMatches(builtIn: readonly Match[], custom: readonly Match[]): Match[] {
  const merged: Match[] = [];
  let builtInIndex = 0;
  let lastEnd = -1;
  for (const candidate of custom) {
    while (builtInIndex < builtIn.length) {
      const next = builtIn[builtInIndex];
      if (next === undefined || next.start >= candidate.end) break;
      merged.push(next);
      lastEnd = Math.max(lastEnd, next.end);
      builtInIndex += 1;
    }
    const nextBuiltIn = builtIn[builtInIndex];
    const overlapsNext = nextBuiltIn !== undefined && nextBuiltIn.start < candidate.end;
    if (candidate.start >= lastEnd && !overlapsNext) {
      merged.push(candidate);
      lastEnd = candidate.end;
    }
  }
  for (; builtInIndex < builtIn.length; builtInIndex += 1) {
    const rest = builtIn[builtInIndex];
    if (rest !== undefined) merged.push(rest);
  }
  return merged;
}

function isFormOn(options: DetectOptions, form: BuiltInForm): boolean {
  return options.forms?.[form] !== false;
}

function detectUnchecked(runText: string, options: DetectOptions): Match[] {
  const builtIn: Match[] = [];
  if (isFormOn(options, 'uri')) findWrittenUris(runText, builtIn);
  if (isFormOn(options, 'callString')) findCallStrings(runText, builtIn);
  const knownHosts = knownHostSet(
    Array.isArray(options.knownServers)
      ? options.knownServers
      : DEFAULT_DETECT_OPTIONS.knownServers,
  );
  const conferenceId = isFormOn(options, 'conferenceId');
  const trueconfId = isFormOn(options, 'trueconfId');
  if (conferenceId || trueconfId) {
    findLabelledAddresses(
      runText,
      { conferenceId, trueconfId },
      new TrueConfContext(runText, options),
      (host) => knownHosts.has(host.toLowerCase()),
      builtIn,
    );
  }
  if (isFormOn(options, 'knownServerUser')) findKnownServerUsers(runText, knownHosts, builtIn);
  const keptBuiltIn = keepNonOverlapping(builtIn.sort(byPosition));

  const rules = Array.isArray(options.customRules) ? options.customRules : [];
  if (rules.length === 0) return keptBuiltIn;
  const custom: Match[] = [];
  findCustomMatches(runText, rules, custom);
  if (custom.length === 0) return keptBuiltIn;
  return mergeCustomMatches(keptBuiltIn, keepNonOverlapping(custom.sort(byPosition)));
}

/**
 * Finds the TrueConf addresses in one run of text (a block with its inline elements merged).
 * Offsets are UTF-16 indices into `runText`; the result is sorted and non-overlapping. Never throws.
 */
export function detect(runText: string, options: DetectOptions = DEFAULT_DETECT_OPTIONS): Match[] {
  if (typeof runText !== 'string' || runText.length === 0) return [];
  try {
    return detectUnchecked(runText, options ?? DEFAULT_DETECT_OPTIONS);
  } catch {
    return [];
  }
}
