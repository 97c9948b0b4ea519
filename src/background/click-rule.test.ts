import { describe, expect, it } from 'vitest';
import type { ClickFacts } from '../messaging/messages';
import { isDeliberateClick } from './click-rule';

/** An ordinary click on an ordinary link that has been on the page for a while. */
const DELIBERATE: ClickFacts = {
  input: 'pointer',
  sameLink: true,
  hrefUnchanged: true,
  stableMs: 4000,
  uncovered: true,
  opacity: 1,
  width: 120,
  height: 18,
  viewportWidth: 1280,
  viewportHeight: 720,
  observedVisible: null,
};

describe('the rule against clickjacking', () => {
  it('lets an ordinary click on a settled, visible link launch directly', () => {
    expect(isDeliberateClick(DELIBERATE)).toBe(true);
    expect(isDeliberateClick({ ...DELIBERATE, observedVisible: true })).toBe(true);
    expect(isDeliberateClick({ ...DELIBERATE, input: 'keyboard', stableMs: 500 })).toBe(true);
  });

  it('asks when the facts are missing: a page’s request that did not come from a click', () => {
    expect(isDeliberateClick(undefined)).toBe(false);
  });

  it('asks when the link was swapped, inserted, hidden or covered at the press', () => {
    const doubtful: Partial<ClickFacts>[] = [
      { sameLink: false },
      { hrefUnchanged: false },
      { stableMs: 499 },
      { uncovered: false },
      { opacity: 0 },
      { opacity: 0.3 },
      { width: 1 },
      { height: 0 },
      // An invisible link laid over the whole page.
      { width: 1280, height: 720 },
      { viewportWidth: 0, viewportHeight: 0 },
      { observedVisible: false },
    ];
    for (const change of doubtful) {
      expect(isDeliberateClick({ ...DELIBERATE, ...change }), JSON.stringify(change)).toBe(false);
    }
  });
});
