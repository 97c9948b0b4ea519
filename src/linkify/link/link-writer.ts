import { LINK_ATTRIBUTE } from '../find/element-rules';
import type { RunContainer } from '../find/scope-resolver';
import type { CapReporter } from '../work/cap-reporter';
import { LIMITS } from '../work/limits';
import type { ChurnGuard } from './churn-guard';
import type { PlannedWrites } from './planned-writes';
import type { RunSegment } from './runs';
import type { PlannedLink, TextSplits } from './text-splits';

/** Makes a change to the page without our reacting to it as a page change (see `PageWatcher`). */
export interface PageWriter {
  write(change: () => void, options?: { unobserved?: boolean }): void;
}

const OUR_LINKS_SELECTOR = `a[${LINK_ATTRIBUTE}]`;

/**
 * Puts links into the page's text nodes and takes them out again. A run is read in earlier slices
 * than its links are written: a link is only written while its node still says what was read.
 */
export class LinkWriter {
  /** Bumped on every change to a page text node, ours or the page's; see `apply`. */
  private readonly versions = new WeakMap<Node, number>();

  constructor(
    readonly splits: TextSplits,
    private readonly plannedWrites: PlannedWrites,
    private readonly page: PageWriter,
    private readonly churn: ChurnGuard,
    private readonly caps: CapReporter,
  ) {}

  /** Writes planned links, oldest first, until `deadline`; the rest wait for the next slice. */
  writePlanned(deadline: number): void {
    this.page.write(
      () =>
        this.plannedWrites.writeOldestFirst(deadline, (segment, links) =>
          this.apply(segment, links),
        ),
      { unobserved: true },
    );
    this.plannedWrites.restartWait();
  }

  /** Gives `segment`'s page text node exactly `links`. */
  apply(segment: RunSegment, links: PlannedLink[]): void {
    const node = segment.node;
    if (links.length > 0 && segment.wholeLength > LIMITS.maxSplittableChars) {
      this.caps.report('huge-text', `${segment.wholeLength} characters`);
      return;
    }
    this.page.write(() => {
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
        this.caps.report('links', `${LIMITS.maxLinksPerDocument} links`);
        wanted = wanted.slice(0, Math.max(0, room));
      }
      if (wanted.length > 0 && !this.churn.allowRelink(node, this.versionOf(node))) {
        this.churn.defer(node);
        return;
      }
      if (existing > 0) this.splits.restore(node, 'merge');
      if (wanted.length > 0) this.splits.split(node, wanted);
      this.noteTextChanged(node);
    });
  }

  versionOf(node: Node): number {
    return this.versions.get(node) ?? 0;
  }

  /** Notes that a text node changed, so work planned on its old text is dropped. */
  noteTextChanged(node: Node): void {
    this.versions.set(node, this.versionOf(node) + 1);
  }

  /** Undoes the split of page node `text` (see `TextSplits.restore`) and notes the change. */
  restore(text: Text, how: 'merge' | 'keep-page-text'): void {
    this.page.write(() => this.splits.restore(text, how));
    this.noteTextChanged(text);
  }

  unlinkInside(container: RunContainer): void {
    // Links planned in there before it became editable or opted out must not be written either.
    this.plannedWrites.dropInside(container);
    const links = container.querySelectorAll(OUR_LINKS_SELECTOR);
    if (links.length === 0) return;
    this.page.write(() => {
      for (const link of links) {
        const owner = this.splits.ownerOf(link);
        if (owner) this.restore(owner, 'merge');
      }
    });
  }

  /** Every page text node gets its own text back, our nodes go, and nothing waits any more. */
  stop(): void {
    this.churn.cancel();
    this.plannedWrites.clear();
    this.splits.restoreAll();
  }
}
