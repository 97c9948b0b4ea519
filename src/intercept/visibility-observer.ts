/**
 * IntersectionObserver v2 (`trackVisibility`), where the browser has it (Chromium): the browser's
 * own verdict on whether a link is painted unobscured and untransformed, seen across frames and
 * through `pointer-events: none` covers that hit testing cannot see. A verdict takes at least
 * `delay` to arrive, so links are watched from when the pointer or the focus reaches them.
 */
export interface VisibilityObserver {
  watch(link: Element): void;
  /** The latest verdict, or null when there is none (yet, or in this browser). */
  verdict(link: Element): boolean | null;
  stop(): void;
}

/** Links watched at once; the oldest stops being watched. Hovering many links costs nothing. */
const MAX_WATCHED = 8;
/** The smallest delay `trackVisibility` allows. */
const VERDICT_DELAY_MS = 100;

interface EntryWithVisibility extends IntersectionObserverEntry {
  isVisible?: boolean;
}

function hasVisibilityTracking(view: Window): boolean {
  const entry = (view as unknown as { IntersectionObserverEntry?: { prototype: object } })
    .IntersectionObserverEntry;
  return entry !== undefined && 'isVisible' in entry.prototype;
}

const NO_OBSERVER: VisibilityObserver = {
  watch: () => undefined,
  verdict: () => null,
  stop: () => undefined,
};

export function observeVisibility(view: Window): VisibilityObserver {
  if (!hasVisibilityTracking(view)) return NO_OBSERVER;
  const verdicts = new WeakMap<Element, boolean>();
  const watched: Element[] = [];
  // Made when the first link is reached: most frames never have one, and every frame runs this.
  let observer: IntersectionObserver | undefined;
  const observerNow = (): IntersectionObserver =>
    (observer ??= new IntersectionObserver(
      (entries) => {
        for (const entry of entries as EntryWithVisibility[]) {
          if (typeof entry.isVisible === 'boolean') verdicts.set(entry.target, entry.isVisible);
        }
      },
      {
        threshold: [0],
        trackVisibility: true,
        delay: VERDICT_DELAY_MS,
      } as IntersectionObserverInit,
    ));
  return {
    watch(link) {
      if (watched.includes(link)) return;
      watched.push(link);
      observerNow().observe(link);
      if (watched.length > MAX_WATCHED) {
        const oldest = watched.shift();
        if (oldest) {
          observer?.unobserve(oldest);
          verdicts.delete(oldest);
        }
      }
    },
    verdict: (link) => verdicts.get(link) ?? null,
    stop: () => observer?.disconnect(),
  };
}
