import type { CapReporter } from '../work/cap-reporter';
import { LIMITS } from '../work/limits';
import type { SliceScheduler } from '../work/slice-scheduler';

/** A page that undoes our links as fast as we make them must not keep us busy forever. */
export class ChurnGuard {
  private readonly relinks = new WeakMap<Text, { second: number; count: number }>();
  private readonly churning = new Set<Text>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** `lookAgain`: gets the nodes left alone, once things have calmed down. */
  constructor(
    private readonly clock: Pick<SliceScheduler, 'now'>,
    private readonly caps: CapReporter,
    private readonly lookAgain: (nodes: Text[]) => void,
  ) {}

  /** `version`: how often the node has changed (see `LinkWriter.versionOf`). */
  allowRelink(node: Text, version: number): boolean {
    // A node the page never changed cannot be churning; most nodes are never counted at all.
    if (version === 0) return true;
    const second = Math.floor(this.clock.now() / 1000);
    const entry = this.relinks.get(node);
    if (!entry || entry.second !== second) {
      this.relinks.set(node, { second, count: 1 });
      return true;
    }
    entry.count += 1;
    if (entry.count <= LIMITS.maxRelinksPerNodePerSecond) return true;
    this.caps.report('relink-churn');
    return false;
  }

  /** A node left alone for churning is looked at again once things calm down. */
  defer(node: Text): void {
    this.churning.add(node);
    if (this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const nodes = [...this.churning];
      this.churning.clear();
      this.lookAgain(nodes);
    }, 1000);
  }

  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.churning.clear();
  }
}
