import { EXCLUDING_ATTRIBUTES } from '../find/element-rules';
import type { ScopeResolver } from '../find/scope-resolver';
import type { LinkWriter, PageWriter } from '../link/link-writer';
import type { WorkLoop } from '../work/work-loop';
import { reactToPageChanges, type PageChangeTarget } from './page-changes';

const OBSERVER_OPTIONS: MutationObserverInit = {
  childList: true,
  characterData: true,
  subtree: true,
  // An element that becomes editable or opted out loses its links, and the reverse.
  attributes: true,
  attributeOldValue: true,
  attributeFilter: EXCLUDING_ATTRIBUTES,
};

/** What the watcher needs from the linkifier it belongs to. */
export interface WatchOwner {
  /** Links or the page's nodes may have changed (see `LinkifierOptions.onChange`). */
  changed(): void;
  /** Switches the linkifier off: the whole document became editable. */
  stop(): void;
}

/**
 * Watches the document and its open shadow roots and reacts to the page's changes (see
 * `reactToPageChanges`). Every change of ours goes through `write`, so we never react to ourselves.
 */
export class PageWatcher implements PageWriter {
  private readonly observer: MutationObserver;
  private readonly roots = new Set<Document | ShadowRoot>();
  private writing = false;
  private lateSweepAt = 0;
  /** How `reactToPageChanges` reaches into the links and the queued work. */
  private readonly pageChangeTarget: PageChangeTarget;

  constructor(
    private readonly document: Document,
    private readonly loop: WorkLoop,
    private readonly resolver: ScopeResolver,
    links: LinkWriter,
    private readonly owner: WatchOwner,
  ) {
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.pageChangeTarget = {
      splits: links.splits,
      restore: (text, how) => links.restore(text, how),
      noteTextChanged: (node) => links.noteTextChanged(node),
      recheckTextOf: (node) => loop.queueChangedBlockOf(node),
      recheckChildrenOf: (parent) => loop.queueChangedBlockOf(parent, true),
      scanSubtree: (element) => loop.queueWalk(element, true),
      unlinkInside: (element) => links.unlinkInside(element),
      elementsAdded: () => this.scheduleLateShadowSweep(),
    };
  }

  /** Watches `root` from now on and queues a walk of it, open shadow roots included. */
  addRoot(root: Document | ShadowRoot): void {
    if (this.roots.has(root)) return;
    this.roots.add(root);
    this.observer.observe(root, OBSERVER_OPTIONS);
    this.loop.queueWalk(root, true);
    this.loop.requestSlice();
  }

  isWatching(root: Document | ShadowRoot): boolean {
    return this.roots.has(root);
  }

  watchedRoots(): ReadonlySet<Document | ShadowRoot> {
    return this.roots;
  }

  /** The open shadow roots being watched, for counting addresses in them. */
  shadowRoots(): ShadowRoot[] {
    return [...this.roots].filter((root): root is ShadowRoot => root.nodeType !== 9);
  }

  stop(): void {
    // Page changes not yet delivered still need their links dropped before everything is undone.
    this.handleRecords(this.observer.takeRecords());
    this.observer.disconnect();
    this.roots.clear();
  }

  /**
   * Every change we make goes through here. Page changes still queued are handled first; the
   * records our own change produces are then taken and dropped, so we never react to ourselves.
   * `unobserved`: for a big batch, stop observing during the change instead, so that it makes no
   * records at all (a thousand links made some two thousand, costing the write slice several ms);
   * a small write keeps observing, since observing again costs a call per watched root.
   */
  write(change: () => void, { unobserved = false } = {}): void {
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
    this.owner.changed();
  }

  private onMutations(records: MutationRecord[]): void {
    if (!this.loop.isActive) return;
    if (this.document.designMode === 'on') {
      this.owner.stop();
      return;
    }
    const started = this.loop.now();
    this.resolver.forget();
    this.handleRecords(records);
    this.owner.changed();
    this.loop.requestSlice();
    this.loop.noteDuration(started, 'observer callback');
  }

  private handleRecords(records: MutationRecord[]): void {
    reactToPageChanges(records, this.pageChangeTarget);
  }

  /**
   * A shadow root attached to an element already on the page produces no mutation. After the
   * page has changed we look for new ones again, a little later and not too often.
   */
  private scheduleLateShadowSweep(): void {
    const now = this.loop.now();
    if (now < this.lateSweepAt) return;
    this.lateSweepAt = now + 2000;
    setTimeout(() => {
      if (!this.loop.isActive) return;
      for (const root of this.roots) this.loop.queueSweep(root);
      this.loop.requestSlice();
    }, 1000);
  }
}
