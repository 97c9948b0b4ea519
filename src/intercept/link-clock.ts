/**
 * When each part of the page last changed in a way that could swap a link under the user's
 * pointer: inserted (with everything inside it) or given another `href`. Watched from
 * document_start in the content script's own world, so the page cannot hide a change from it;
 * times are `performance.now()` of this frame.
 */
export interface LinkClock {
  /** The latest insertion of the link or any of its ancestors, or change of its `href`. */
  changedAt(link: Element): number;
  /** Starts watching an open shadow root the pointer or the focus reached (once per root). */
  watchShadowRootsIn(path: readonly EventTarget[]): void;
  stop(): void;
}

const WATCHED: MutationObserverInit = {
  childList: true,
  subtree: true,
  attributes: true,
  attributeFilter: ['href'],
};

function isShadowRoot(node: unknown): node is ShadowRoot {
  const candidate = node as Partial<ShadowRoot> | null;
  return candidate?.nodeType === 11 && candidate.host !== undefined;
}

function composedParent(node: Node): Node | null {
  return node.parentNode ?? (isShadowRoot(node) ? node.host : null);
}

export function startLinkClock(doc: Document, now: () => number): LinkClock {
  const changed = new WeakMap<Node, number>();
  const watchedRoots = new WeakSet<ShadowRoot>();
  const observer = new MutationObserver((records) => {
    const time = now();
    for (const record of records) {
      if (record.type === 'attributes') changed.set(record.target, time);
      for (const node of record.addedNodes) if (node.nodeType === 1) changed.set(node, time);
    }
  });
  observer.observe(doc, WATCHED);
  const watchRoot = (root: ShadowRoot | null | undefined): void => {
    if (!root || watchedRoots.has(root)) return;
    watchedRoots.add(root);
    observer.observe(root, WATCHED);
  };
  return {
    changedAt(link) {
      let latest = 0;
      for (let node: Node | null = link; node; node = composedParent(node)) {
        latest = Math.max(latest, changed.get(node) ?? 0);
      }
      return latest;
    },
    watchShadowRootsIn(path) {
      for (const target of path) {
        if (isShadowRoot(target)) watchRoot(target);
        else if ((target as Partial<Element>).nodeType === 1)
          watchRoot((target as Element).shadowRoot);
      }
    },
    stop: () => observer.disconnect(),
  };
}
