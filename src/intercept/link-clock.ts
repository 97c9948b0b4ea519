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

/**
 * How long a change is remembered. The rule that reads the clock asks only whether the link stood
 * still for 500 ms; a change older than this reads as 0, which that rule cannot tell apart from
 * the real time.
 */
const REMEMBERED_MS = 2000;

interface Batch {
  time: number;
  records: MutationRecord[];
}

/**
 * The observer's callback only keeps each batch of records with its time: a page that changes
 * 80,000 elements costs it one push per batch instead of a map entry per element. The records
 * are read when the user presses on a link, and let go after `REMEMBERED_MS`.
 *
 * The document itself is watched from the end of its parsing (`DOMContentLoaded`), not from
 * `document_start`: the parser's insertions would otherwise hand the observer a record for every
 * node of every page in every frame (about 1 ms and 0.08 MB on a page of six frames), only to
 * learn what the end of parsing says anyway. Until then every link counts as changed just now;
 * after it, a link the parser (or a script while it ran) put in counts as changed when parsing
 * ended, at the latest. Both are on the safe side: at worst a click asks first.
 */
export function startLinkClock(doc: Document, now: () => number): LinkClock {
  const batches: Batch[] = [];
  const watchedRoots = new WeakSet<ShadowRoot>();
  let pruneTimer: ReturnType<typeof setTimeout> | undefined;
  const forgetOld = (time: number): void => {
    while (batches.length > 0 && time - (batches[0]?.time ?? time) > REMEMBERED_MS) {
      batches.shift();
    }
  };
  const prunePeriodically = (): void => {
    pruneTimer = undefined;
    forgetOld(now());
    if (batches.length > 0) pruneTimer = setTimeout(prunePeriodically, REMEMBERED_MS);
  };
  const observer = new MutationObserver((records) => {
    batches.push({ time: now(), records });
    pruneTimer ??= setTimeout(prunePeriodically, REMEMBERED_MS);
  });
  // null while the document is being parsed; 0 when it already was at the start (unknown, long ago).
  let parsedAt: number | null = doc.readyState === 'loading' ? null : 0;
  const watchDocument = (): void => {
    parsedAt = now();
    observer.observe(doc, WATCHED);
  };
  if (parsedAt === null) doc.addEventListener('DOMContentLoaded', watchDocument, { once: true });
  else observer.observe(doc, WATCHED);
  const watchRoot = (root: ShadowRoot | null | undefined): void => {
    if (!root || watchedRoots.has(root)) return;
    watchedRoots.add(root);
    observer.observe(root, WATCHED);
  };
  return {
    changedAt(link) {
      if (parsedAt === null) return now();
      // Records still queued for the callback count too: a swap in the same task as the press.
      const pending = observer.takeRecords();
      if (pending.length > 0) batches.push({ time: now(), records: pending });
      forgetOld(now());
      const sinceParsed = now() - parsedAt <= REMEMBERED_MS ? parsedAt : 0;
      if (batches.length === 0) return sinceParsed;
      const linkAndAncestors = new Set<Node>();
      for (let node: Node | null = link; node; node = composedParent(node)) {
        linkAndAncestors.add(node);
      }
      let latest = sinceParsed;
      for (const { time, records } of batches) {
        for (const record of records) {
          const touched =
            record.type === 'attributes'
              ? linkAndAncestors.has(record.target)
              : [...record.addedNodes].some((node) => linkAndAncestors.has(node));
          if (touched) latest = Math.max(latest, time);
        }
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
    stop: () => {
      doc.removeEventListener('DOMContentLoaded', watchDocument);
      observer.disconnect();
      clearTimeout(pruneTimer);
      batches.length = 0;
    },
  };
}
