import type { ClickFacts } from '../messaging/messages';

/**
 * The rule against clickjacking. Launches from the extension go through `tabs.update`, so the
 * browser's own "Open TrueConf?" prompt, answered once for the extension, no longer protects any
 * site: this rule takes its place. A page's link launches directly only when the click on it
 * looks deliberate; anything else waits for the confirmation window (never refused silently).
 */

/** A link must have been in the document, with its address, this long before the press. */
export const MIN_STABLE_MS = 500;
/** Below this (product of the link's and its ancestors' opacity) a link counts as hidden. */
export const MIN_OPACITY = 0.5;
/** A link smaller than this either way is too small to have been seen. */
export const MIN_SIDE_PX = 2;
/** A link covering more than this share of its frame's viewport is a cover, not a link. */
export const MAX_VIEWPORT_SHARE = 0.5;

function isVisibleShape(facts: ClickFacts): boolean {
  const viewportArea = facts.viewportWidth * facts.viewportHeight;
  return (
    facts.opacity >= MIN_OPACITY &&
    facts.width >= MIN_SIDE_PX &&
    facts.height >= MIN_SIDE_PX &&
    viewportArea > 0 &&
    (facts.width * facts.height) / viewportArea <= MAX_VIEWPORT_SHARE &&
    facts.observedVisible !== false
  );
}

/**
 * True when the click may launch without asking. Missing facts (a request that did not come from
 * the interceptor, or a malformed report) never count as deliberate.
 *
 * A pointer click: pressed and released on the same link, whose address did not change, which
 * had been in the document for `MIN_STABLE_MS`, and which was visible and uncovered where it was
 * pressed. Enter on a focused link has no pointer: the link must have had the focus and been in
 * the document for `MIN_STABLE_MS`, and be visible and uncovered at its centre.
 */
export function isDeliberateClick(facts: ClickFacts | undefined): boolean {
  if (!facts) return false;
  return (
    facts.sameLink &&
    facts.hrefUnchanged &&
    facts.stableMs >= MIN_STABLE_MS &&
    facts.uncovered &&
    isVisibleShape(facts)
  );
}
