import type { Match } from '../../detect';
import { ELEMENT_NODE } from '../find/node-types';
import type { RunContainer, ScopeResolver } from '../find/scope-resolver';
import type { PageDetectOptions } from '../linkifier-options';
import { findRunPhones, withPhoneMatches, type PhoneMatcher } from '../phones/phone-matches';
import type { CapReporter } from '../work/cap-reporter';
import { LIMITS } from '../work/limits';
import type { Task } from '../work/work-loop';
import type { LinkWriter } from './link-writer';
import type { PlannedWrites } from './planned-writes';
import { fieldLabelFor, labelledValuesOf, Surroundings } from './field-cells';
import { findRunMatches, planRunLinks, type RunSurroundings } from './run-matches';
import { collectRuns, type TextRun } from './runs';
import type { PlannedLink, TextSplits } from './text-splits';
import { collapseWhitespace } from './whitespace';

/** A value block linked from its label block: the label, and what their blocks share. */
interface LabelledValue {
  label: string;
  surroundings: Surroundings;
}

export interface LinkingOptions {
  detectOptions: PageDetectOptions;
  describeMatch: (match: Match) => string;
  /** Phone numbers to link too (docs/phones.md); absent while they are not linked. */
  findPhones?: PhoneMatcher;
}

function sameLinks(a: readonly PlannedLink[], b: readonly PlannedLink[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((link, index) => {
    const other = b[index];
    return (
      other !== undefined &&
      link.start === other.start &&
      link.end === other.end &&
      link.href === other.href &&
      link.title === other.title
    );
  });
}

/**
 * Gives the text of one block the links it should have: reads its runs, detects, and writes the
 * links at once (a page change) or plans them for the next write slice (a scan). Why a match
 * across an element boundary stays plain text is explained in `run-matches.ts`. The detector's
 * regular expressions compile on first use, in the block that needs them: warming up every form
 * first made each page pay for the forms it does not hold (docs/benchmark.md).
 */
export class BlockLinker {
  constructor(
    private readonly splits: TextSplits,
    private readonly resolver: ScopeResolver,
    private readonly plannedWrites: PlannedWrites,
    private readonly writer: LinkWriter,
    private readonly caps: CapReporter,
    private readonly options: () => LinkingOptions,
  ) {}

  /**
   * `fromPageChange`: the block was touched by a page change, which is answered at once.
   * `labelled`: the block is linked as the value of a label block (`field-cells.ts`), whose label
   * and shared surroundings come with it; its own values are not looked for.
   */
  *linkBlock(container: RunContainer, fromPageChange: boolean, labelled?: LabelledValue): Task {
    if (!container.isConnected) return;
    if (container.nodeType === ELEMENT_NODE && !this.resolver.isLinkable(container as Element)) {
      this.writer.unlinkInside(container);
      return;
    }
    const runs = yield* collectRuns(container, this.splits, {
      maxRunChars: LIMITS.maxRunChars,
      nodesPerYield: LIMITS.nodesPerStep,
      versionOf: (node) => this.writer.versionOf(node),
    });
    const surroundings = labelled?.surroundings ?? new Surroundings();
    const around: RunSurroundings = {
      fieldLabel: () => (labelled ? labelled.label : fieldLabelFor(container)),
      surroundingText: () => surroundings.textOf(container),
    };
    for (const run of runs) yield* this.linkRun(run, fromPageChange, around);
    if (labelled !== undefined) return;
    // A label block's values sit in blocks of their own that may hold no candidate text at all.
    const labelledValues = labelledValuesOf(container);
    if (labelledValues === null) return;
    const { label, values } = labelledValues;
    for (const value of values)
      yield* this.linkBlock(value, fromPageChange, { label, surroundings });
  }

  private *linkRun(run: TextRun, fromPageChange: boolean, around: RunSurroundings): Task {
    if (run.truncated) this.caps.report('run-length', `${LIMITS.maxRunChars} characters`);
    const collapsed = collapseWhitespace(run.text);
    const matches = yield* findRunMatches(
      run,
      collapsed.text,
      this.options().detectOptions,
      around,
    );
    const phones = yield* findRunPhones(run, collapsed.text, this.options().findPhones);
    const planned = planRunLinks(
      run,
      collapsed,
      withPhoneMatches(matches, phones),
      this.options().describeMatch,
    );
    // A page change is answered at once; a scan's links are written together (see
    // `WorkLoop.runSlice`).
    let applied = 0;
    for (const segment of run.segments) {
      const links = planned.get(segment) ?? [];
      if (sameLinks(this.splits.linksOf(segment.node), links)) {
        this.plannedWrites.drop(segment.node);
        continue;
      }
      if (!fromPageChange) {
        this.plannedWrites.plan(segment, links);
        continue;
      }
      this.plannedWrites.drop(segment.node);
      this.writer.apply(segment, links);
      applied += 1;
      if (applied % 64 === 0) yield;
    }
  }
}
