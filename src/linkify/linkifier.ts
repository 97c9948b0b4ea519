import { detect } from '../detect';
import { findCandidateNodes, findShadowHosts } from './find/candidate-walk';
import { CapReporter } from './work/cap-reporter';
import { EXCLUDING_ATTRIBUTES, LINK_ATTRIBUTE } from './find/element-rules';
import { LIMITS, SLOW_TASK_MS, type CapName } from './work/limits';
import { createTrueConfLink } from './link/link-element';
import type { LinkifierOptions } from './linkifier-options';
import { ELEMENT_NODE } from './find/node-types';
import { reactToPageChanges, type PageChangeTarget } from './watch/page-changes';
import { requestPageWalk } from './find/page-walk-client';
import { findRunMatches, planRunLinks } from './link/run-matches';
import { collectRuns, type RunSegment, type TextRun } from './link/runs';
import { ScopeResolver, type RunContainer } from './find/scope-resolver';
import { createSliceScheduler, type SliceScheduler } from './work/slice-scheduler';
import { TextSplits, type PlannedLink } from './link/text-splits';
import { collapseWhitespace } from './link/whitespace';

export type { LinkifierOptions, PageDetectOptions } from './linkifier-options';

type Task = Generator<void, void, void>;

/** Links planned for one page text node by a scan, waiting for the next write slice. */
interface PlannedWrite {
  segment: RunSegment;
  links: PlannedLink[];
}

const OBSERVER_OPTIONS: MutationObserverInit = {
  childList: true,
  characterData: true,
  subtree: true,
  // An element that becomes editable or opted out loses its links, and the reverse.
  attributes: true,
  attributeOldValue: true,
  attributeFilter: EXCLUDING_ATTRIBUTES,
};

const OUR_LINKS_SELECTOR = `a[${LINK_ATTRIBUTE}]`;

/** Text that exercises every form of the detector once. */
const WARM_UP_TEXT =
  'TrueConf ID: a1 trueconf:a visicall:a \\c\\123 Conference ID: 123456 a@b.example';

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
 * Turns the TrueConf addresses of one document (and its open shadow roots) into links and keeps
 * them right while the page changes. All DOM work runs in short slices (see `LIMITS`); the design
 * that keeps framework-managed text nodes intact is explained in `text-splits.ts`, and why a match
 * across an element boundary stays plain text in `run-matches.ts`.
 */
export class Linkifier {
  private readonly splits = new TextSplits((ownerDocument, link) =>
    createTrueConfLink(ownerDocument, link, this.options.linkLook),
  );
  private readonly caps: CapReporter;
  private readonly scheduler: SliceScheduler;
  private readonly observer: MutationObserver;
  private readonly roots = new Set<Document | ShadowRoot>();
  /** Blocks found by full scans, and blocks touched by the page's changes (budgeted). */
  private readonly scanBlocks = new Set<RunContainer>();
  private readonly mutationBlocks = new Set<RunContainer>();
  /** Roots to walk for candidates; `sweep`: look for open shadow roots on the same pass. */
  private readonly walks: { root: Node; sweep: boolean }[] = [];
  /** See `runSlice`: a scan's links wait here and are written in few, fuller slices. */
  private readonly plannedWrites = new Map<Text, PlannedWrite>();
  private firstPlannedAt = 0;
  private readonly sweeps: ParentNode[] = [];
  private readonly resolver = new ScopeResolver();
  private blockTask: Task | null = null;
  /** The block task was caused by a page change: its time counts against the mutation budget. */
  private blockTaskFromMutation = false;
  private walkTask: Task | null = null;
  private active = false;
  private sliceRequested = false;
  private writing = false;
  private mutationWindowStart = 0;
  private mutationWorkMs = 0;
  private readonly relinks = new WeakMap<Text, { second: number; count: number }>();
  /** Bumped on every change to a page text node, ours or the page's; see `applyLinks`. */
  private readonly versions = new WeakMap<Node, number>();
  private idleWaiters: (() => void)[] = [];
  private readonly churning = new Set<Text>();
  private warmedUp = false;
  private churnTimer: ReturnType<typeof setTimeout> | undefined;
  private lateSweepAt = 0;
  /** Walks of the document the page-world helper is doing for us, and how to stop listening. */
  private readonly pageWalks = new Set<() => void>();
  /** The helper failed once: this document is walked from here on. */
  private pageWalkerFailed = false;

  constructor(
    private readonly document: Document,
    private options: LinkifierOptions,
  ) {
    this.caps = options.capReporter ?? new CapReporter();
    this.scheduler = options.scheduler ?? createSliceScheduler();
    this.observer = new MutationObserver((records) => this.onMutations(records));
  }

  get isActive(): boolean {
    return this.active;
  }

  /** Links currently on the page (ours only). */
  get linkCount(): number {
    return this.splits.linkCount;
  }

  /** The open shadow roots being watched, for counting addresses in them. */
  shadowRoots(): ShadowRoot[] {
    return [...this.roots].filter((root): root is ShadowRoot => root.nodeType !== 9);
  }

  start(): void {
    if (this.active) return;
    if (this.document.designMode === 'on') return;
    this.active = true;
    this.addRoot(this.document);
  }

  /** Switches off: every page text node gets its own text back and our nodes go. */
  stop(): void {
    if (!this.active) return;
    // Page changes not yet delivered still need their links dropped before everything is undone.
    this.handleRecords(this.observer.takeRecords());
    this.active = false;
    this.observer.disconnect();
    this.scheduler.cancel();
    clearTimeout(this.churnTimer);
    this.churnTimer = undefined;
    this.churning.clear();
    this.sliceRequested = false;
    this.blockTask = null;
    this.walkTask = null;
    this.scanBlocks.clear();
    this.mutationBlocks.clear();
    this.walks.length = 0;
    this.sweeps.length = 0;
    this.plannedWrites.clear();
    for (const stopListening of this.pageWalks) stopListening();
    this.pageWalks.clear();
    this.roots.clear();
    this.splits.restoreAll();
    this.resolveIdle();
    this.options.onChange?.();
  }

  /** New settings: every block is checked again, existing links are kept where still right. */
  update(options: LinkifierOptions): void {
    this.options = options;
    if (!this.active) return;
    for (const node of this.splits.splitNodes()) this.queueContainerOf(node, this.scanBlocks);
    for (const root of this.roots) this.walks.push({ root, sweep: false });
    this.requestSlice();
  }

  /** Resolves when all queued work is done (for tests and benchmarks). */
  whenIdle(): Promise<void> {
    if (!this.hasWork()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private addRoot(root: Document | ShadowRoot): void {
    if (this.roots.has(root)) return;
    this.roots.add(root);
    this.observer.observe(root, OBSERVER_OPTIONS);
    this.walks.push({ root, sweep: true });
    this.requestSlice();
  }

  // ---- the work loop -------------------------------------------------------------------------

  private hasWork(): boolean {
    return (
      this.hasScanWork() ||
      this.pageWalks.size > 0 ||
      this.mutationBlocks.size > 0 ||
      this.plannedWrites.size > 0
    );
  }

  /** Scanning work that runs in ordinary slices, as opposed to page changes waiting for budget. */
  private hasScanWork(): boolean {
    return (
      this.blockTask !== null ||
      this.walkTask !== null ||
      this.scanBlocks.size > 0 ||
      this.walks.length > 0 ||
      this.sweeps.length > 0
    );
  }

  /**
   * Planned links are written when the scan is done, when the first of them has waited long
   * enough (a huge page shows its first links early), or when many are waiting.
   */
  private writesDue(): boolean {
    if (this.plannedWrites.size === 0) return false;
    return (
      (!this.hasScanWork() && this.pageWalks.size === 0) ||
      this.plannedWrites.size >= LIMITS.maxPlannedWrites ||
      this.scheduler.now() - this.firstPlannedAt >= LIMITS.maxWriteDelayMs
    );
  }

  private requestSlice(): void {
    if (!this.active || this.sliceRequested) return;
    this.sliceRequested = true;
    this.scheduler.request(() => this.runSlice());
  }

  /**
   * One slice of work. Reading the page (walks, blocks, detection) changes nothing and leaves the
   * browser nothing to re-render, so it runs in short slices; the links a scan finds are written
   * later in a longer write slice. On a big page each slice that changes the DOM costs a style and
   * layout pass over the whole page, so writing link by link would cost the browser far more than
   * finding the links costs us.
   */
  private runSlice(): void {
    this.sliceRequested = false;
    if (!this.active) return;
    // Attributes may have changed since the last slice: verdicts are remembered per slice only.
    this.resolver.forget();
    const started = this.scheduler.now();
    let waitingForBudget = false;
    if (this.writesDue()) {
      this.writePlannedLinks(started + LIMITS.writeSliceBudgetMs);
    } else {
      waitingForBudget = this.readPage(started + LIMITS.sliceBudgetMs);
    }
    this.noteDuration(started, 'slice');
    if (this.hasScanWork() || this.plannedWrites.size > 0) {
      this.requestSlice();
    } else if (this.mutationBlocks.size > 0) {
      if (waitingForBudget) {
        const wait = Math.max(1, this.mutationWindowStart + 1000 - this.scheduler.now());
        this.scheduler.requestAfter(() => this.requestSlice(), wait);
      } else {
        this.requestSlice();
      }
    } else {
      this.resolveIdle();
    }
  }

  /** Runs walks and block tasks until `deadline`; says whether page changes wait for budget. */
  private readPage(deadline: number): boolean {
    let waitingForBudget = false;
    while (this.scheduler.now() < deadline) {
      // Blocks found so far are linked before the walk goes on: the top of the page comes first,
      // and the queue of found blocks stays short.
      if (this.blockTask === null) this.blockTask = this.nextBlockTask();
      if (this.blockTask === null && this.mutationBlocks.size > 0) waitingForBudget = true;
      const task = this.blockTask ?? this.walkTask ?? (this.walkTask = this.nextWalkTask());
      if (task === null) break;
      const stepStart = this.scheduler.now();
      const { done } = task.next();
      if (task === this.blockTask && this.blockTaskFromMutation) {
        this.mutationWorkMs += this.scheduler.now() - stepStart;
      }
      if (done) {
        if (task === this.blockTask) this.blockTask = null;
        else this.walkTask = null;
      }
    }
    return waitingForBudget;
  }

  /** Writes planned links, oldest first, until `deadline`; the rest wait for the next slice. */
  private writePlannedLinks(deadline: number): void {
    this.write(
      () => {
        let written = 0;
        for (const [node, planned] of this.plannedWrites) {
          this.plannedWrites.delete(node);
          this.applyLinks(planned.segment, planned.links);
          written += 1;
          if (written % 16 === 0 && this.scheduler.now() >= deadline) break;
        }
      },
      { unobserved: true },
    );
    this.firstPlannedAt = this.scheduler.now();
  }

  private planWrite(segment: RunSegment, links: PlannedLink[]): void {
    if (this.plannedWrites.size === 0) this.firstPlannedAt = this.scheduler.now();
    // A newer plan for the same node (new settings, a second look) replaces the older one.
    this.plannedWrites.set(segment.node, { segment, links });
  }

  /** At the link cap, finding more candidates is wasted work: scans stop (changes still count). */
  private isFull(): boolean {
    if (this.splits.linkCount < LIMITS.maxLinksPerDocument) return false;
    this.report('links', `${LIMITS.maxLinksPerDocument} links`);
    this.scanBlocks.clear();
    return true;
  }

  private nextBlockTask(): Task | null {
    this.isFull();
    const scanned = this.takeFirst(this.scanBlocks);
    if (scanned) {
      this.blockTaskFromMutation = false;
      return this.linkBlock(scanned);
    }
    if (this.mutationBlocks.size === 0 || !this.hasMutationBudget()) return null;
    const changed = this.takeFirst(this.mutationBlocks);
    if (!changed) return null;
    this.blockTaskFromMutation = true;
    return this.linkBlock(changed);
  }

  private hasMutationBudget(): boolean {
    const now = this.scheduler.now();
    if (now - this.mutationWindowStart >= 1000) {
      this.mutationWindowStart = now;
      this.mutationWorkMs = 0;
    }
    if (this.mutationWorkMs < LIMITS.mutationWorkMsPerSecond) return true;
    this.caps.report('mutation-work', `${LIMITS.mutationWorkMsPerSecond} ms per second`);
    return false;
  }

  private nextWalkTask(): Task | null {
    const walk = this.walks.shift();
    if (walk?.root === this.document && this.askPageWorldToWalk()) return this.nextWalkTask();
    if (walk) return this.walkForCandidates(walk.root, walk.sweep);
    const sweepRoot = this.sweeps.shift();
    if (sweepRoot) return this.sweepForShadowRoots(sweepRoot);
    return null;
  }

  private takeFirst<T>(set: Set<T>): T | undefined {
    for (const item of set) {
      set.delete(item);
      return item;
    }
    return undefined;
  }

  private resolveIdle(): void {
    if (this.active && this.hasWork()) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  private report(cap: CapName, detail?: string): void {
    this.caps.report(cap, detail);
  }

  // ---- finding candidate blocks --------------------------------------------------------------

  /**
   * The first detection compiles the detector's regular expressions (tens of milliseconds). Doing
   * that in a step of its own keeps it from stacking on top of other work in one slice.
   */
  private *warmUp(): Task {
    if (this.warmedUp) return;
    this.warmedUp = true;
    detect(WARM_UP_TEXT, { ...this.options.detectOptions, pageHasTrueConfContext: true });
    yield;
  }

  /** Queues the block of a candidate node; returns how much work that was, in node visits. */
  private queueCandidate(node: Text, queued: Set<RunContainer>): number {
    if (this.splits.ownerOf(node) !== undefined) return 1;
    const container = this.resolver.containerOf(node);
    if (container !== null && !queued.has(container)) {
      queued.add(container);
      this.scanBlocks.add(container);
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
    const walkedAll = yield* findCandidateNodes(
      root,
      this.options.detectOptions,
      (node) => this.queueCandidate(node, queued),
      () => this.isFull(),
      sweep ? (host) => this.adoptShadowRoot(host) : undefined,
    );
    // A walk cut short (link cap, page change) still owes the rest of the root its sweep.
    if (sweep && !walkedAll) this.sweeps.push(root as ParentNode);
  }

  /**
   * Hands the walk of the whole document, and its sweep for shadow roots, to the page-world
   * helper. What it points at is checked like anything found here; when it goes quiet, the
   * document is walked here after all. Returns false when there is no helper to ask.
   */
  private askPageWorldToWalk(): boolean {
    if (!this.options.pageWorldWalk || this.pageWalkerFailed) return false;
    if (this.options.detectOptions.customRules.length > 0) return false;
    const queued = new Set<RunContainer>();
    const stopListening = requestPageWalk(this.document, {
      candidate: (node) => {
        if (this.isFull()) {
          // At the link cap scans stop; so does listening to this one.
          this.endPageWalk(stopListening);
          return;
        }
        this.queueCandidate(node, queued);
        this.requestSlice();
      },
      shadowHost: (host) => {
        this.adoptShadowRoot(host);
        this.requestSlice();
      },
      done: () => this.endPageWalk(stopListening),
      silent: () => {
        // Queued before the walk ends, so the linkifier never looks idle in between.
        this.pageWalkerFailed = true;
        this.walks.push({ root: this.document, sweep: true });
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
    this.requestSlice();
    this.resolveIdle();
  }

  /** Open shadow roots have no mutation of their own: they are found by looking at elements. */
  private *sweepForShadowRoots(root: ParentNode): Task {
    yield* findShadowHosts(root, (host) => this.adoptShadowRoot(host));
  }

  private adoptShadowRoot(host: Element): void {
    const shadowRoot = host.shadowRoot;
    if (shadowRoot === null || this.roots.has(shadowRoot)) return;
    if (!this.resolver.isLinkable(host)) return;
    this.addRoot(shadowRoot);
  }

  // ---- linking one block ---------------------------------------------------------------------

  private *linkBlock(container: RunContainer): Task {
    yield* this.warmUp();
    if (!container.isConnected) return;
    if (container.nodeType === ELEMENT_NODE && !this.resolver.isLinkable(container as Element)) {
      this.unlinkInside(container);
      return;
    }
    const runs = yield* collectRuns(container, this.splits, {
      maxRunChars: LIMITS.maxRunChars,
      nodesPerYield: LIMITS.nodesPerStep,
      versionOf: (node) => this.versionOf(node),
    });
    for (const run of runs) yield* this.linkRun(run);
  }

  private *linkRun(run: TextRun): Task {
    if (run.truncated) this.report('run-length', `${LIMITS.maxRunChars} characters`);
    const collapsed = collapseWhitespace(run.text);
    const matches = yield* findRunMatches(run, collapsed.text, this.options.detectOptions);
    const planned = planRunLinks(run, collapsed, matches, this.options.describeMatch);
    // A page change is answered at once; a scan's links are written together (see `runSlice`).
    const now = this.blockTaskFromMutation;
    let applied = 0;
    for (const segment of run.segments) {
      const links = planned.get(segment) ?? [];
      if (sameLinks(this.splits.linksOf(segment.node), links)) {
        this.plannedWrites.delete(segment.node);
        continue;
      }
      if (!now) {
        this.planWrite(segment, links);
        continue;
      }
      this.plannedWrites.delete(segment.node);
      this.applyLinks(segment, links);
      applied += 1;
      if (applied % 64 === 0) yield;
    }
  }

  private applyLinks(segment: RunSegment, links: PlannedLink[]): void {
    const node = segment.node;
    if (links.length > 0 && segment.wholeLength > LIMITS.maxSplittableChars) {
      this.report('huge-text', `${segment.wholeLength} characters`);
      return;
    }
    this.write(() => {
      // The run was read in earlier slices: act only if the node still says what was read.
      if (
        node.parentNode === null ||
        this.versionOf(node) !== segment.version ||
        this.splits.wholeLength(node) !== segment.wholeLength
      ) {
        return;
      }
      const existing = this.splits.linksOf(node).length;
      let wanted = links;
      const room = LIMITS.maxLinksPerDocument - (this.splits.linkCount - existing);
      if (wanted.length > room) {
        this.report('links', `${LIMITS.maxLinksPerDocument} links`);
        wanted = wanted.slice(0, Math.max(0, room));
      }
      if (wanted.length > 0 && !this.allowRelink(node)) {
        this.deferChurning(node);
        return;
      }
      if (existing > 0) this.splits.restore(node, 'merge');
      if (wanted.length > 0) this.splits.split(node, wanted);
      this.changed(node);
    });
  }

  private versionOf(node: Node): number {
    return this.versions.get(node) ?? 0;
  }

  private changed(node: Node): void {
    this.versions.set(node, this.versionOf(node) + 1);
  }

  /** Undoes the split of page node `text` (see `TextSplits.restore`) and notes the change. */
  private restore(text: Text, how: 'merge' | 'keep-page-text'): void {
    this.write(() => this.splits.restore(text, how));
    this.changed(text);
  }

  /** A node left alone for churning is looked at again once things calm down. */
  private deferChurning(node: Text): void {
    this.churning.add(node);
    if (this.churnTimer !== undefined) return;
    this.churnTimer = setTimeout(() => {
      this.churnTimer = undefined;
      const nodes = [...this.churning];
      this.churning.clear();
      if (!this.active) return;
      this.resolver.forget();
      for (const churned of nodes) this.queueContainerOf(churned, this.mutationBlocks);
      this.requestSlice();
    }, 1000);
  }

  /** A page that undoes our links as fast as we make them must not keep us busy forever. */
  private allowRelink(node: Text): boolean {
    // A node the page never changed cannot be churning; most nodes are never counted at all.
    if (this.versionOf(node) === 0) return true;
    const second = Math.floor(this.scheduler.now() / 1000);
    const entry = this.relinks.get(node);
    if (!entry || entry.second !== second) {
      this.relinks.set(node, { second, count: 1 });
      return true;
    }
    entry.count += 1;
    if (entry.count <= LIMITS.maxRelinksPerNodePerSecond) return true;
    this.report('relink-churn');
    return false;
  }

  private unlinkInside(container: RunContainer): void {
    // Links planned in there before it became editable or opted out must not be written either.
    for (const node of this.plannedWrites.keys()) {
      if (container.contains(node)) this.plannedWrites.delete(node);
    }
    const links = container.querySelectorAll(OUR_LINKS_SELECTOR);
    if (links.length === 0) return;
    this.write(() => {
      for (const link of links) {
        const owner = this.splits.ownerOf(link);
        if (owner) this.restore(owner, 'merge');
      }
    });
  }

  /**
   * Every change we make goes through here. Page changes still queued are handled first; the
   * records our own change produces are then taken and dropped, so we never react to ourselves.
   * `unobserved`: for a big batch, stop observing during the change instead, so that it makes no
   * records at all (a thousand links made some two thousand, costing the write slice several ms);
   * a small write keeps observing, since observing again costs a call per watched root.
   */
  private write(change: () => void, { unobserved = false } = {}): void {
    if (this.writing) {
      change();
      return;
    }
    this.writing = true;
    try {
      const pending = this.observer.takeRecords();
      if (pending.length > 0) this.handleRecords(pending);
      if (unobserved) {
        this.observer.disconnect();
        try {
          change();
        } finally {
          for (const root of this.roots) this.observer.observe(root, OBSERVER_OPTIONS);
        }
      } else {
        change();
        this.observer.takeRecords();
      }
    } finally {
      this.writing = false;
    }
    this.options.onChange?.();
  }

  // ---- the page changes ----------------------------------------------------------------------

  private onMutations(records: MutationRecord[]): void {
    if (!this.active) return;
    if (this.document.designMode === 'on') {
      this.stop();
      return;
    }
    const started = this.scheduler.now();
    this.resolver.forget();
    this.handleRecords(records);
    this.options.onChange?.();
    this.requestSlice();
    this.noteDuration(started, 'observer callback');
  }

  /** Our own check of the time budget: a task of ours that ran long is reported. */
  private noteDuration(started: number, what: string): void {
    const took = this.scheduler.now() - started;
    if (took > SLOW_TASK_MS) {
      this.caps.reportRecord('slow-task', took, `${what}: ${Math.round(took)} ms`);
    }
  }

  private handleRecords(records: MutationRecord[]): void {
    reactToPageChanges(records, this.pageChangeTarget);
  }

  /** How `reactToPageChanges` reaches into this linkifier. */
  private readonly pageChangeTarget: PageChangeTarget = {
    splits: this.splits,
    restore: (text, how) => this.restore(text, how),
    noteTextChanged: (node) => this.changed(node),
    recheckTextOf: (node) => this.queueContainerOf(node, this.mutationBlocks),
    recheckChildrenOf: (parent) => this.queueContainerOf(parent, this.mutationBlocks, true),
    scanSubtree: (element) => {
      this.walks.push({ root: element, sweep: true });
    },
    unlinkInside: (element) => this.unlinkInside(element),
    elementsAdded: () => this.scheduleLateShadowSweep(),
  };

  /**
   * A shadow root attached to an element already on the page produces no mutation. After the
   * page has changed we look for new ones again, a little later and not too often.
   */
  private scheduleLateShadowSweep(): void {
    const now = this.scheduler.now();
    if (now < this.lateSweepAt) return;
    this.lateSweepAt = now + 2000;
    setTimeout(() => {
      if (!this.active) return;
      for (const root of this.roots) this.sweeps.push(root);
      this.requestSlice();
    }, 1000);
  }

  /** Queues the block holding `node` (a text node, or with `nodeIsParent` its parent). */
  private queueContainerOf(node: Node, queue: Set<RunContainer>, nodeIsParent = false): void {
    if (!node.isConnected) return;
    let container: RunContainer | null;
    if (!nodeIsParent) container = this.resolver.containerOf(node);
    else if (node.nodeType === ELEMENT_NODE)
      container = this.resolver.containerOfElement(node as Element);
    else container = node as ShadowRoot | Document;
    if (container !== null) queue.add(container);
  }
}
