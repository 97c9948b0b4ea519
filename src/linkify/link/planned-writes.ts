import type { SliceScheduler } from '../work/slice-scheduler';
import type { RunSegment } from './runs';
import type { PlannedLink } from './text-splits';

/** Links planned for one page text node by a scan, waiting for the next write slice. */
interface PlannedWrite {
  segment: RunSegment;
  links: PlannedLink[];
}

/**
 * A scan's links wait here and are written in few, fuller slices (see `WorkLoop.runSlice`).
 */
export class PlannedWrites {
  private readonly writes = new Map<Text, PlannedWrite>();
  private waitStartedAt = 0;

  constructor(private readonly clock: Pick<SliceScheduler, 'now'>) {}

  /** Text nodes waiting for their links. */
  get size(): number {
    return this.writes.size;
  }

  /** When the first of the links now waiting was planned (or the last write slice ended). */
  get firstPlannedAt(): number {
    return this.waitStartedAt;
  }

  plan(segment: RunSegment, links: PlannedLink[]): void {
    if (this.writes.size === 0) this.waitStartedAt = this.clock.now();
    // A newer plan for the same node (new settings, a second look) replaces the older one.
    this.writes.set(segment.node, { segment, links });
  }

  drop(node: Text): void {
    this.writes.delete(node);
  }

  dropInside(container: Node): void {
    for (const node of this.writes.keys()) {
      if (container.contains(node)) this.writes.delete(node);
    }
  }

  /** Hands plans, oldest first, to `write` until `deadline`; the rest wait for the next slice. */
  writeOldestFirst(
    deadline: number,
    write: (segment: RunSegment, links: PlannedLink[]) => void,
  ): void {
    let written = 0;
    for (const [node, planned] of this.writes) {
      this.writes.delete(node);
      write(planned.segment, planned.links);
      written += 1;
      if (written % 16 === 0 && this.clock.now() >= deadline) break;
    }
  }

  /** The links still waiting wait for the next write slice from now on. */
  restartWait(): void {
    this.waitStartedAt = this.clock.now();
  }

  clear(): void {
    this.writes.clear();
  }
}
