/**
 * The events between the content script and its helper in the page's own world
 * (`page-walker.ts`). Walking every text node costs about five times more from a content script's
 * isolated world than from the page's (each node needs a wrapper of that world), so the helper
 * walks the document and points at what matters. Nodes cross between worlds only as the target
 * or `relatedTarget` of an event, and `detail` only as a number (the walk's id).
 *
 * Everything after the handshake happens on a **channel**: an element the content script creates
 * and never puts in the document, offered (`CHANNEL_OFFER` on the document, its `relatedTarget` the
 * channel) when the linkifier first asks for a walk. The helper, loaded by the background just
 * before the linkifier and only into the frames the linkifier goes to, takes every channel
 * offered to it, and points at a node with a `MouseEvent` on the channel whose `relatedTarget` is
 * the node.
 *
 * The offer is made late on purpose: a handshake at `document_start` (before any page script, so
 * that the page could never see the channel) cost every frame of every page about half a
 * millisecond and a set of DOM wrappers in the content script's world, for pages that mostly have
 * nothing to link (docs/benchmark.md). Made late, a page that listens for the offer can take the
 * channel, answer in the helper's place or keep the helper from hearing it. That gives it nothing
 * of the user's: the helper walks the page's own text with the fixed pre-filter, the content
 * script checks every node it is pointed at and runs detection itself, and it walks on its own
 * when no helper answers. A page can only deny itself the faster walk, or have its own text
 * linked. Nor do the offer and the helper tell a page more than it can learn already: both are
 * only where the linkifier runs, whose links the page can see.
 */

/** On the document, from the content script: here is a channel. */
export const CHANNEL_OFFER = 'trueconf-linkify:channel';
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
