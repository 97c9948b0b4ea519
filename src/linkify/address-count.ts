import { URI_SCHEMES } from '../protocol';
/**
 * The toolbar badge shows how many TrueConf addresses a page has: the links we made plus the
 * page's own `trueconf:`/`visicall:` links (ours carry a `trueconf:` href, so one query finds both).
 */
export const ADDRESS_LINK_SELECTOR = URI_SCHEMES.map((scheme) => `a[href^="${scheme}:" i]`).join(
  ', ',
);

export function countAddressLinks(roots: readonly (Document | ShadowRoot)[]): number {
  let count = 0;
  for (const root of roots) count += root.querySelectorAll(ADDRESS_LINK_SELECTOR).length;
  return count;
}

/**
 * Calls `report` with the count at most once per `delayMs`, a little after changes stop coming,
 * and only when the count differs from the last one reported.
 */
export class DebouncedCountReporter {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastReported = 0;

  constructor(
    private readonly count: () => number,
    private readonly report: (count: number) => void,
    private readonly delayMs = 400,
  ) {}

  /** Cheap enough to call on every change: it only arms a timer when none is armed. */
  changed(): void {
    if (this.timer !== undefined) return;
    this.timer = setTimeout(() => this.flush(), this.delayMs);
  }

  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const count = this.count();
    if (count === this.lastReported) return;
    this.lastReported = count;
    this.report(count);
  }

  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
