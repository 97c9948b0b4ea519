import { ELEMENT_NODE } from '../find/node-types';
import type { RunContainer, ScopeResolver } from '../find/scope-resolver';
import type { PlannedWrites } from '../link/planned-writes';
import type { CapReporter } from './cap-reporter';
import { LIMITS, SLOW_TASK_MS } from './limits';
import type { SliceScheduler } from './slice-scheduler';

/** A piece of work that yields whenever it may be cut off, to go on in a later slice. */
export type Task = Generator<void, void, void>;

/** The tasks the loop runs: finding candidates and linking blocks. */
export interface WorkSource {
  /** Links one block; `fromPageChange`: a page change touched it. */
  linkBlock(block: RunContainer, fromPageChange: boolean): Task;
  /**
   * Walks `root` for candidates (`sweep`: and open shadow roots); null when the page-world helper
   * walks it instead.
   */
  walk(root: Node, sweep: boolean): Task | null;
  /** Looks for open shadow roots in `root`. */
  sweep(root: ParentNode): Task;
  /** The page-world helper is still walking for us. */
  hasPageWalks(): boolean;
  /** Writes planned links until `deadline`. */
  writePlannedLinks(deadline: number): void;
  /** Links currently on the page (ours only). */
  linkCount(): number;
}

function takeFirst<T>(set: Set<T>): T | undefined {
  for (const item of set) {
    set.delete(item);
    return item;
  }
  return undefined;
}

/**
 * Runs the linkifier's work in short slices (see `LIMITS`): what is queued here is found, linked
 * and written a slice at a time, with page changes kept to their own budget.
 */
export class WorkLoop {
  /** Blocks found by full scans, and blocks touched by the page's changes (budgeted). */
  private readonly scanBlocks = new Set<RunContainer>();
  private readonly mutationBlocks = new Set<RunContainer>();
  /** Roots to walk for candidates; `sweep`: look for open shadow roots on the same pass. */
  private readonly walks: { root: Node; sweep: boolean }[] = [];
  private readonly sweeps: ParentNode[] = [];
  private blockTask: Task | null = null;
  /** The block task was caused by a page change: its time counts against the mutation budget. */
  private blockTaskFromMutation = false;
  private walkTask: Task | null = null;
  private active = false;
  private sliceRequested = false;
  private mutationWindowStart = 0;
  private mutationWorkMs = 0;
  private idleWaiters: (() => void)[] = [];

  constructor(
    private readonly scheduler: SliceScheduler,
    private readonly caps: CapReporter,
    private readonly resolver: ScopeResolver,
    private readonly plannedWrites: PlannedWrites,
    private readonly source: WorkSource,
  ) {}

  get isActive(): boolean {
    return this.active;
  }

  now(): number {
    return this.scheduler.now();
  }

  start(): void {
    this.active = true;
  }

  /** Drops all queued work; whoever waits for idle is let go. */
  stop(): void {
    this.active = false;
    this.scheduler.cancel();
    this.sliceRequested = false;
    this.blockTask = null;
    this.walkTask = null;
    this.scanBlocks.clear();
    this.mutationBlocks.clear();
    this.walks.length = 0;
    this.sweeps.length = 0;
    this.resolveIdle();
  }

  /** Resolves when all queued work is done (for tests and benchmarks). */
  whenIdle(): Promise<void> {
    if (!this.hasWork()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  resolveIdle(): void {
    if (this.active && this.hasWork()) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  /** A block a scan found. */
  queueScannedBlock(block: RunContainer): void {
    this.scanBlocks.add(block);
  }

  /** The block holding text node `node`, to be checked again like a scan's. */
  queueBlockOf(node: Node): void {
    this.queueContainerOf(node, this.scanBlocks);
  }

  /** The block holding `node` (a text node, or with `nodeIsParent` its parent) the page changed. */
  queueChangedBlockOf(node: Node, nodeIsParent = false): void {
    this.queueContainerOf(node, this.mutationBlocks, nodeIsParent);
  }

  /** Text nodes left alone for a while (see `ChurnGuard`), checked again like page changes. */
  recheckBlocksOf(nodes: readonly Text[]): void {
    if (!this.active) return;
    this.resolver.forget();
    for (const node of nodes) this.queueContainerOf(node, this.mutationBlocks);
    this.requestSlice();
  }

  queueWalk(root: Node, sweep: boolean): void {
    this.walks.push({ root, sweep });
  }

  queueSweep(root: ParentNode): void {
    this.sweeps.push(root);
  }

  requestSlice(): void {
    if (!this.active || this.sliceRequested) return;
    this.sliceRequested = true;
    this.scheduler.request(() => this.runSlice());
  }

  /** At the link cap, finding more candidates is wasted work: scans stop (changes still count). */
  atLinkCap(): boolean {
    if (this.source.linkCount() < LIMITS.maxLinksPerDocument) return false;
    this.caps.report('links', `${LIMITS.maxLinksPerDocument} links`);
    this.scanBlocks.clear();
    return true;
  }

  /** Our own check of the time budget: a task of ours that ran long is reported. */
  noteDuration(started: number, what: string): void {
    const took = this.scheduler.now() - started;
    if (took > SLOW_TASK_MS) {
      this.caps.reportRecord('slow-task', took, `${what}: ${Math.round(took)} ms`);
    }
  }

  private hasWork(): boolean {
    return (
      this.hasScanWork() ||
      this.source.hasPageWalks() ||
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
      (!this.hasScanWork() && !this.source.hasPageWalks()) ||
      this.plannedWrites.size >= LIMITS.maxPlannedWrites ||
      this.scheduler.now() - this.plannedWrites.firstPlannedAt >= LIMITS.maxWriteDelayMs
    );
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
      this.source.writePlannedLinks(started + LIMITS.writeSliceBudgetMs);
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

  private nextBlockTask(): Task | null {
    this.atLinkCap();
    const scanned = takeFirst(this.scanBlocks);
    if (scanned) {
      this.blockTaskFromMutation = false;
      return this.source.linkBlock(scanned, false);
    }
    if (this.mutationBlocks.size === 0 || !this.hasMutationBudget()) return null;
    const changed = takeFirst(this.mutationBlocks);
    if (!changed) return null;
    this.blockTaskFromMutation = true;
    return this.source.linkBlock(changed, true);
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
    for (let walk = this.walks.shift(); walk; walk = this.walks.shift()) {
      // A walk of the document the page-world helper took over leaves nothing to run here.
      const task = this.source.walk(walk.root, walk.sweep);
      if (task !== null) return task;
    }
    const sweepRoot = this.sweeps.shift();
    if (sweepRoot) return this.source.sweep(sweepRoot);
    return null;
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
