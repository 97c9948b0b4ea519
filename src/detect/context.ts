import type { DetectOptions } from './types';

/** "TrueConf" (any case), "ТруКонф", or the scheme of a `trueconf:`/`visicall:` URI. */
const MENTION = /trueconf|труконф|visicall:/i;
const MENTIONS = /trueconf|труконф|visicall:/gi;

/**
 * Other video services whose meeting IDs are written with the same labels (detection.md, "Another
 * service nearby"). Names that are also ordinary words are matched only as written by their makers
 * (`Teams`, `Mind`, `IVA`, `Толк`); the rest in any case. Erring this way only leaves an ID
 * unlinked.
 */
const OTHER_SERVICES_ANY_CASE =
  /(?<![\p{L}\p{N}_])(?:zoom|зум(?:а|е|у|ом)?|microsoft\s{1,3}teams|ms\s{1,3}teams|webex|google\s{1,3}meet|skype|скайп(?:а|е|у|ом)?|jitsi|bigbluebutton|яндекс\s{1,3}телемост|телемост(?:а|е|у|ом)?|vk\s{1,3}(?:звонки|звонках|calls)|контур\.?\s{0,3}толк(?:а|е|у|ом)?|сферум(?:а|е|у|ом)?|gotomeeting|bluejeans)(?![\p{L}\p{N}_])/giu;
const OTHER_SERVICES_AS_WRITTEN = /(?<![\p{L}\p{N}_])(?:Teams|Mind|IVA|Толк)(?![\p{L}\p{N}_])/gu;

/** detection.md: context counts within 500 characters before or after the label. */
export const CONTEXT_WINDOW = 500;
/** A name in the nearest heading, table row or list item: further than any in the window. */
const SURROUNDINGS_DISTANCE = CONTEXT_WINDOW + 1;

export function hasTrueConfMention(text: string): boolean {
  return typeof text === 'string' && MENTION.test(text);
}

interface MentionSpan {
  start: number;
  end: number;
}

function spansOf(pattern: RegExp, text: string, spans: MentionSpan[]): void {
  pattern.lastIndex = 0;
  for (let found = pattern.exec(text); found !== null; found = pattern.exec(text)) {
    spans.push({ start: found.index, end: found.index + found[0].length });
  }
}

function trueConfMentions(text: string): MentionSpan[] {
  const spans: MentionSpan[] = [];
  spansOf(MENTIONS, text, spans);
  return spans;
}

function otherServiceMentions(text: string): MentionSpan[] {
  const spans: MentionSpan[] = [];
  spansOf(OTHER_SERVICES_ANY_CASE, text, spans);
  spansOf(OTHER_SERVICES_AS_WRITTEN, text, spans);
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * Mentions of one kind around a run: in the run itself, the last one in the page text before it
 * and the first one after it, and whether the surroundings (heading, row, list item) hold one.
 */
class Mentions {
  private readonly inRun: MentionSpan[];
  /** Characters from the start of the last mention before the run to the start of the run. */
  private readonly fromLastBefore: number;
  /** Characters from the end of the run to the end of the first mention after it. */
  private readonly toFirstAfter: number;
  private readonly inSurroundings: boolean;

  constructor(
    find: (text: string) => MentionSpan[],
    runText: string,
    before: string,
    after: string,
    surroundings: string,
  ) {
    this.inRun = find(runText);
    const lastBefore = find(before).pop();
    this.fromLastBefore = lastBefore === undefined ? Infinity : before.length - lastBefore.start;
    const firstAfter = find(after)[0];
    this.toFirstAfter = firstAfter === undefined ? Infinity : firstAfter.end;
    this.inSurroundings = surroundings !== '' && find(surroundings).length > 0;
  }

  /**
   * Characters between the label and the nearest mention: from the mention's start when it comes
   * before the label, to its end when it comes after; 0 when they touch. Beyond the window only
   * the surroundings count, as one step further than the window; Infinity when nothing does.
   */
  distance(labelStart: number, labelEnd: number, runLength: number): number {
    let nearest = Math.min(
      labelStart + this.fromLastBefore,
      runLength - labelEnd + this.toFirstAfter,
    );
    const index = firstStartingAtOrAfter(this.inRun, labelStart);
    const previous = this.inRun[index - 1];
    if (previous !== undefined) {
      nearest = Math.min(nearest, previous.end >= labelStart ? 0 : labelStart - previous.start);
    }
    const next = this.inRun[index];
    if (next !== undefined) nearest = Math.min(nearest, Math.max(0, next.end - labelEnd));
    if (nearest <= CONTEXT_WINDOW) return nearest;
    return this.inSurroundings ? SURROUNDINGS_DISTANCE : Infinity;
  }
}

/**
 * Answers "is this label TrueConf's?" for the labels of one run (detection.md, "TrueConf context"
 * and "Another service nearby"). Mentions are located once per run, lazily, so a run with thousands
 * of labels costs one scan plus a binary search per label.
 */
export class TrueConfContext {
  private mentions: { trueConf: Mentions; other: Mentions } | undefined;

  constructor(
    private readonly runText: string,
    private readonly options: Pick<
      DetectOptions,
      'pageHasTrueConfContext' | 'textBefore' | 'textAfter' | 'surroundingText'
    >,
  ) {}

  has(labelStart: number, labelEnd: number): boolean {
    const { trueConf, other } = this.ensureMentions();
    const length = this.runText.length;
    const toTrueConf = trueConf.distance(labelStart, labelEnd, length);
    const toOther = other.distance(labelStart, labelEnd, length);
    // Another service named near the label wins over the page's context, and over a TrueConf
    // mention that is no closer: "We usually meet on TrueConf" does not make a Zoom ID ours.
    if (toOther <= SURROUNDINGS_DISTANCE) return toTrueConf < toOther;
    return toTrueConf <= SURROUNDINGS_DISTANCE || this.options.pageHasTrueConfContext === true;
  }

  private ensureMentions(): { trueConf: Mentions; other: Mentions } {
    if (this.mentions !== undefined) return this.mentions;
    const before = lastChars(this.options.textBefore, CONTEXT_WINDOW + 16);
    const after = firstChars(this.options.textAfter, CONTEXT_WINDOW + 16);
    const surroundings = firstChars(this.options.surroundingText, MAX_SURROUNDING_CHARS);
    this.mentions = {
      trueConf: new Mentions(trueConfMentions, this.runText, before, after, surroundings),
      other: new Mentions(otherServiceMentions, this.runText, before, after, surroundings),
    };
    return this.mentions;
  }
}

const MAX_SURROUNDING_CHARS = 2_000;

function lastChars(text: string | undefined, count: number): string {
  if (typeof text !== 'string') return '';
  return text.length > count ? text.slice(text.length - count) : text;
}

function firstChars(text: string | undefined, count: number): string {
  if (typeof text !== 'string') return '';
  return text.length > count ? text.slice(0, count) : text;
}

function firstStartingAtOrAfter(mentions: readonly MentionSpan[], offset: number): number {
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
