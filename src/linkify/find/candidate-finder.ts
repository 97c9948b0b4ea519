import type { PageDetectOptions } from '../linkifier-options';
import type { TextSplits } from '../link/text-splits';
import type { PageWatcher } from '../watch/page-watcher';
import { LIMITS } from '../work/limits';
import type { Task, WorkLoop } from '../work/work-loop';
import { PHONE_WALK } from '../phones/phone-hints';
import { findCandidateNodes, findShadowHosts } from './candidate-walk';
import { requestPageWalk } from './page-walk-client';
import type { RunContainer, ScopeResolver } from './scope-resolver';

export interface FindingOptions {
  detectOptions: PageDetectOptions;
  /** Ask the page-world helper to walk the document (see `LinkifierOptions.pageWorldWalk`). */
  pageWorldWalk?: boolean;
  /** Phone numbers are linked too: their text is a candidate as well. */
  findPhones?: unknown;
}

/**
 * Finds the blocks that may hold an address and queues them for linking: the fast pass over a
 * root (or the same walk of the document by the page-world helper), and the sweeps that find open
 * shadow roots, which are then watched and walked too.
 */
export class CandidateFinder {
  /** Walks of the document the page-world helper is doing for us, and how to stop listening. */
  private readonly pageWalks = new Set<() => void>();
  /** The helper failed once: this document is walked from here on. */
  private pageWalkerFailed = false;

  constructor(
    private readonly document: Document,
    private readonly splits: TextSplits,
    private readonly resolver: ScopeResolver,
    private readonly loop: WorkLoop,
    private readonly watcher: PageWatcher,
    private readonly options: () => FindingOptions,
  ) {}

  /** The page-world helper is still walking for us. */
  hasPageWalks(): boolean {
    return this.pageWalks.size > 0;
  }

  /** A walk of `root` for candidates, or null when the page-world helper walks the document. */
  walk(root: Node, sweep: boolean): Task | null {
    if (root === this.document && this.askPageWorldToWalk()) return null;
    return this.walkForCandidates(root, sweep);
  }

  /** Open shadow roots have no mutation of their own: they are found by looking at elements. */
  *sweep(root: ParentNode): Task {
    yield* findShadowHosts(root, (host) => this.adoptShadowRoot(host));
  }

  /** Stops listening to the page-world helper. */
  stop(): void {
    for (const stopListening of this.pageWalks) stopListening();
    this.pageWalks.clear();
  }

  /** Queues the block of a candidate node; returns how much work that was, in node visits. */
  private queueCandidate(node: Text, queued: Set<RunContainer>): number {
    if (this.splits.ownerOf(node) !== undefined) return 1;
    const container = this.resolver.containerOf(node);
    if (container !== null && !queued.has(container)) {
      queued.add(container);
      this.loop.queueScannedBlock(container);
    }
    return LIMITS.candidateCost;
  }

  /**
   * The fast pass over a whole root (see `findCandidateNodes`): only candidate blocks are queued.
   * With `sweep`, open shadow roots are found on the same pass.
   */
  private *walkForCandidates(root: Node, sweep: boolean): Task {
    if (!root.isConnected) return;
    const queued = new Set<RunContainer>();
    const options = this.options();
    const walkedAll = yield* findCandidateNodes(
      root,
      {
        customRules: options.detectOptions.customRules,
        ...(options.findPhones != null ? PHONE_WALK : {}),
      },
      (node) => this.queueCandidate(node, queued),
      () => this.loop.atLinkCap(),
      sweep ? (host) => this.adoptShadowRoot(host) : undefined,
    );
    // A walk cut short (link cap, page change) still owes the rest of the root its sweep.
    if (sweep && !walkedAll) this.loop.queueSweep(root as ParentNode);
  }

  /**
   * Hands the walk of the whole document, and its sweep for shadow roots, to the page-world
   * helper. What it points at is checked like anything found here; when it goes quiet, the
   * document is walked here after all. Returns false when there is no helper to ask.
   */
  private askPageWorldToWalk(): boolean {
    const options = this.options();
    if (!options.pageWorldWalk || this.pageWalkerFailed) return false;
    if (options.detectOptions.customRules.length > 0) return false;
    // The helper knows TrueConf's candidates only: with phone numbers linked, walk here.
    if (options.findPhones != null) return false;
    const queued = new Set<RunContainer>();
    const stopListening = requestPageWalk(this.document, {
      candidate: (node) => {
        if (this.loop.atLinkCap()) {
          // At the link cap scans stop; so does listening to this one.
          this.endPageWalk(stopListening);
          return;
        }
        this.queueCandidate(node, queued);
        this.loop.requestSlice();
      },
      shadowHost: (host) => {
        this.adoptShadowRoot(host);
        this.loop.requestSlice();
      },
      done: () => this.endPageWalk(stopListening),
      silent: () => {
        // Queued before the walk ends, so the linkifier never looks idle in between.
        this.pageWalkerFailed = true;
        this.loop.queueWalk(this.document, true);
        this.endPageWalk(stopListening);
      },
    });
    if (stopListening === null) {
      this.pageWalkerFailed = true;
      return false;
    }
    this.pageWalks.add(stopListening);
    return true;
  }

  private endPageWalk(stopListening: (() => void) | null): void {
    if (stopListening === null) return;
    stopListening();
    this.pageWalks.delete(stopListening);
    this.loop.requestSlice();
    this.loop.resolveIdle();
  }

  private adoptShadowRoot(host: Element): void {
    const shadowRoot = host.shadowRoot;
    if (shadowRoot === null || this.watcher.isWatching(shadowRoot)) return;
    if (!this.resolver.isLinkable(host)) return;
    this.watcher.addRoot(shadowRoot);
  }
}
