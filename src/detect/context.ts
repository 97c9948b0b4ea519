import type { DetectOptions } from './types';

/** "TrueConf" (any case), "ТруКонф", or the scheme of a `trueconf:`/`visicall:` URI. */
const MENTION = /trueconf|труконф|visicall:/i;
const MENTIONS = /trueconf|труконф|visicall:/gi;

/** detection.md: context counts within 500 characters before or after the label. */
export const CONTEXT_WINDOW = 500;

export function hasTrueConfMention(text: string): boolean {
  return typeof text === 'string' && MENTION.test(text);
}

interface MentionSpan {
  start: number;
  end: number;
}

function findMentions(text: string): MentionSpan[] {
  const spans: MentionSpan[] = [];
  MENTIONS.lastIndex = 0;
  for (let found = MENTIONS.exec(text); found !== null; found = MENTIONS.exec(text)) {
    spans.push({ start: found.index, end: found.index + found[0].length });
  }
  return spans;
}

/**
 * Answers "is there TrueConf context around this label?" for one run. Mentions are located once
 * per run, lazily, so a run with thousands of labels still costs one scan plus a binary search
 * per label.
 */
export class TrueConfContext {
  private runMentions: MentionSpan[] | undefined;
  /** Characters from the last mention in `textBefore` to the start of the run. */
  private distanceFromMentionBefore = Infinity;
  /** Characters from the end of the run to the end of the first mention in `textAfter`. */
  private distanceToMentionAfter = Infinity;

  constructor(
    private readonly runText: string,
    private readonly options: Pick<
      DetectOptions,
      'pageHasTrueConfContext' | 'textBefore' | 'textAfter'
    >,
  ) {}

  has(labelStart: number, labelEnd: number): boolean {
    if (this.options.pageHasTrueConfContext === true) return true;
    const runMentions = this.ensureMentions();
    if (labelStart + this.distanceFromMentionBefore <= CONTEXT_WINDOW) return true;
    if (this.runText.length - labelEnd + this.distanceToMentionAfter <= CONTEXT_WINDOW) {
      return true;
    }
    const windowStart = labelStart - CONTEXT_WINDOW;
    const windowEnd = labelEnd + CONTEXT_WINDOW;
    for (
      let index = firstMentionStartingAtOrAfter(runMentions, windowStart);
      index < runMentions.length;
      index += 1
    ) {
      const mention = runMentions[index];
      if (mention === undefined || mention.start >= windowEnd) break;
      if (mention.end <= windowEnd) return true;
    }
    return false;
  }

  private ensureMentions(): MentionSpan[] {
    if (this.runMentions !== undefined) return this.runMentions;
    this.runMentions = findMentions(this.runText);
    const before = lastChars(this.options.textBefore, CONTEXT_WINDOW + 16);
    const mentionsBefore = findMentions(before);
    const lastBefore = mentionsBefore[mentionsBefore.length - 1];
    if (lastBefore !== undefined) this.distanceFromMentionBefore = before.length - lastBefore.start;
    const after = firstChars(this.options.textAfter, CONTEXT_WINDOW + 16);
    const firstAfter = findMentions(after)[0];
    if (firstAfter !== undefined) this.distanceToMentionAfter = firstAfter.end;
    return this.runMentions;
  }
}

function lastChars(text: string | undefined, count: number): string {
  if (typeof text !== 'string') return '';
  return text.length > count ? text.slice(text.length - count) : text;
}

function firstChars(text: string | undefined, count: number): string {
  if (typeof text !== 'string') return '';
  return text.length > count ? text.slice(0, count) : text;
}

function firstMentionStartingAtOrAfter(mentions: readonly MentionSpan[], offset: number): number {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const mention = mentions[middle];
    if (mention !== undefined && mention.start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
