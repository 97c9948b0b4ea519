import { CandidateFinder } from './find/candidate-finder';
import { ScopeResolver } from './find/scope-resolver';
import { BlockLinker } from './link/block-linker';
import { ChurnGuard } from './link/churn-guard';
import { createTrueConfLink } from './link/link-element';
import { LinkWriter } from './link/link-writer';
import { PlannedWrites } from './link/planned-writes';
import { TextSplits } from './link/text-splits';
import type { LinkifierOptions } from './linkifier-options';
import { PageWatcher } from './watch/page-watcher';
import { CapReporter } from './work/cap-reporter';
import { createSliceScheduler } from './work/slice-scheduler';
import { WorkLoop } from './work/work-loop';

export type { LinkifierOptions, PageDetectOptions } from './linkifier-options';

/**
 * Turns the TrueConf addresses of one document (and its open shadow roots) into links and keeps
 * them right while the page changes. Four parts do the work: `WorkLoop` runs it in short slices
 * (see `LIMITS`), `CandidateFinder` finds the blocks that may hold an address, `BlockLinker` and
 * `LinkWriter` link them, and `PageWatcher` reacts to the page's changes. The design that keeps
 * framework-managed text nodes intact is explained in `text-splits.ts`, and why a match across an
 * element boundary stays plain text in `run-matches.ts`.
 */
export class Linkifier {
  private readonly splits: TextSplits;
  private readonly loop: WorkLoop;
  private readonly writer: LinkWriter;
  private readonly watcher: PageWatcher;
  private readonly finder: CandidateFinder;

  constructor(
    private readonly document: Document,
    private options: LinkifierOptions,
  ) {
    const scheduler = options.scheduler ?? createSliceScheduler();
    const caps = options.capReporter ?? new CapReporter();
    const resolver = new ScopeResolver();
    const plannedWrites = new PlannedWrites(scheduler);
    const splits = new TextSplits((ownerDocument, link) =>
      createTrueConfLink(ownerDocument, link, this.options.linkLook),
    );
    const currentOptions = (): LinkifierOptions => this.options;
    // The parts call each other; the loop and the writer reach the parts made after them here.
    const loop: WorkLoop = new WorkLoop(scheduler, caps, resolver, plannedWrites, {
      linkBlock: (block, fromPageChange) => linker.linkBlock(block, fromPageChange),
      walk: (root, sweep) => finder.walk(root, sweep),
      sweep: (root) => finder.sweep(root),
      hasPageWalks: () => finder.hasPageWalks(),
      writePlannedLinks: (deadline) => writer.writePlanned(deadline),
      linkCount: () => splits.linkCount,
    });
    const churn = new ChurnGuard(scheduler, caps, (nodes) => loop.recheckBlocksOf(nodes));
    const writer = new LinkWriter(
      splits,
      plannedWrites,
      { write: (change, how) => watcher.write(change, how) },
      churn,
      caps,
    );
    const watcher = new PageWatcher(document, loop, resolver, writer, {
      changed: () => this.options.onChange?.(),
      stop: () => this.stop(),
    });
    const linker = new BlockLinker(splits, resolver, plannedWrites, writer, caps, currentOptions);
    const finder: CandidateFinder = new CandidateFinder(
      document,
      splits,
      resolver,
      loop,
      watcher,
      currentOptions,
    );
    this.splits = splits;
    this.loop = loop;
    this.writer = writer;
    this.watcher = watcher;
    this.finder = finder;
  }

  get isActive(): boolean {
    return this.loop.isActive;
  }

  /** The open shadow roots being watched, for counting addresses in them. */
  shadowRoots(): ShadowRoot[] {
    return this.watcher.shadowRoots();
  }

  start(): void {
    if (this.loop.isActive) return;
    if (this.document.designMode === 'on') return;
    this.loop.start();
    this.watcher.addRoot(this.document);
  }

  /** Switches off: every page text node gets its own text back and our nodes go. */
  stop(): void {
    if (!this.loop.isActive) return;
    this.watcher.stop();
    this.loop.stop();
    this.finder.stop();
    this.writer.stop();
    this.options.onChange?.();
  }

  /** New settings: every block is checked again, existing links are kept where still right. */
  update(options: LinkifierOptions): void {
    this.options = options;
    if (!this.loop.isActive) return;
    for (const node of this.splits.splitNodes()) this.loop.queueBlockOf(node);
    for (const root of this.watcher.watchedRoots()) this.loop.queueWalk(root, false);
    this.loop.requestSlice();
  }

  /** Resolves when all queued work is done (for tests and benchmarks). */
  whenIdle(): Promise<void> {
    return this.loop.whenIdle();
  }
}
