/**
 * The events between the content script and its helper in the page's own world
 * (`page-walker.ts`). Walking every text node costs about five times more from a content script's
 * isolated world than from the page's (each node needs a wrapper of that world), so the helper
 * walks the document and points at what matters. Nodes cross between worlds only as the target
 * or `relatedTarget` of an event, and `detail` only as a number (the walk's id).
 *
 * Everything after the handshake happens on a **channel**: an element the content script creates
 * and never puts in the document. Both scripts run at `document_start`, before any page script,
 * and the handshake (`CHANNEL_OFFER` on the document, its `relatedTarget` the channel) happens
 * then, so the page never holds the channel: it can neither send the helper a request nor see or
 * fake an answer. Whichever of the two scripts runs second completes the handshake; the helper
 * takes only the first channel offered. The helper points at a node with a `MouseEvent` on the
 * channel whose `relatedTarget` is the node. The content script still treats what it gets as hints
 * and walks on its own when the helper does not answer.
 */

/** On the document, from the content script at `document_start`: here is the channel. */
export const CHANNEL_OFFER = 'trueconf-linkify:channel';
/** On the document, from the helper at `document_start`: offer the channel now (it came second). */
export const HELPER_READY = 'trueconf-linkify:helper-ready';
/** On the channel, from the helper: it took the channel. */
export const CHANNEL_TAKEN = 'trueconf-linkify:channel-taken';

/** On the channel, from the content script: walk the document. Answered at once by `WALK_ACCEPTED`. */
export const WALK_REQUEST = 'trueconf-linkify:walk';
/** On the channel, from the helper, while `WALK_REQUEST` is being dispatched. */
export const WALK_ACCEPTED = 'trueconf-linkify:walk-accepted';
/** On the channel, `relatedTarget` a text node that may hold (part of) an address. */
export const CANDIDATE_FOUND = 'trueconf-linkify:candidate';
/** On the channel, `relatedTarget` an element that has an open shadow root. */
export const SHADOW_HOST_FOUND = 'trueconf-linkify:shadow-host';
/** On the channel, after each slice of the walk: the helper is still at it. */
export const WALK_PROGRESS = 'trueconf-linkify:walk-progress';
/** On the channel: the walk is over (`detail`: its id). */
export const WALK_DONE = 'trueconf-linkify:walk-done';

/** Everything the helper says about a walk, on the channel. */
export const WALK_ANSWERS = [
  WALK_ACCEPTED,
  WALK_PROGRESS,
  CANDIDATE_FOUND,
  SHADOW_HOST_FOUND,
  WALK_DONE,
] as const;
