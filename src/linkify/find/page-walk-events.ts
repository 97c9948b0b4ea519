/**
 * The events between the content script and its helper in the page's own world
 * (`page-walker.ts`). Walking every text node costs about five times more from a content script's
 * isolated world than from the page's (each node needs a wrapper of that world), so the helper
 * walks the document and points at what matters by dispatching an event on it: nodes cannot cross
 * between worlds any other way. The page sees these events and may fake or stop them; the content
 * script treats what it gets as hints only and walks on its own when the helper does not answer.
 * `detail` is always a number (the walk's id): nothing else crosses worlds reliably.
 */

/** On the document, from the content script: walk it. Answered at once by `WALK_ACCEPTED`. */
export const WALK_REQUEST = 'trueconf-linkify:walk';
/** On the document, from the helper, while `WALK_REQUEST` is being dispatched. */
export const WALK_ACCEPTED = 'trueconf-linkify:walk-accepted';
/** On a text node that may hold (part of) an address. */
export const CANDIDATE_FOUND = 'trueconf-linkify:candidate';
/** On an element that has an open shadow root. */
export const SHADOW_HOST_FOUND = 'trueconf-linkify:shadow-host';
/** On the document, after each slice of the walk: the helper is still at it. */
export const WALK_PROGRESS = 'trueconf-linkify:walk-progress';
/** On the document: the walk is over (`detail`: its id). */
export const WALK_DONE = 'trueconf-linkify:walk-done';
