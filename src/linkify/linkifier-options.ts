import type { DetectOptions, Match } from '../detect';
import type { LinkLook } from './link/link-element';
import type { PhoneMatcher } from './phones/phone-matches';
import type { CapReporter } from './work/cap-reporter';
import type { SliceScheduler } from './work/slice-scheduler';

/** What detection needs from settings and the page; the per-run context is added per run. */
export type PageDetectOptions = Omit<DetectOptions, 'textBefore' | 'textAfter'>;

export interface LinkifierOptions {
  detectOptions: PageDetectOptions;
  /** The link's `title`: what a click does, in the user's language. */
  describeMatch: (match: Match) => string;
  /** How our links look; a change takes effect when the page is relinked. */
  linkLook?: LinkLook;
  /** Called (often; debounce it) whenever links or the page's nodes may have changed. */
  onChange?: () => void;
  /** Phone numbers to link too (docs/phones.md); absent while they are not linked. */
  findPhones?: PhoneMatcher;
  capReporter?: CapReporter;
  scheduler?: SliceScheduler;
  /**
   * Ask the helper in the page's own world to walk the document (see `page-walk-events.ts`);
   * without an answer, or with custom rules, the linkifier walks on its own.
   */
  pageWorldWalk?: boolean;
}
