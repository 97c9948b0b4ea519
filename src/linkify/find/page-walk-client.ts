import {
  CANDIDATE_FOUND,
  SHADOW_HOST_FOUND,
  WALK_ACCEPTED,
  WALK_DONE,
  WALK_PROGRESS,
  WALK_REQUEST,
} from './page-walk-events';
import { ELEMENT_NODE, TEXT_NODE } from './node-types';

export interface PageWalkHandlers {
  candidate(node: Text): void;
  shadowHost(host: Element): void;
  /** The helper finished the walk. */
  done(): void;
  /** The helper went quiet: the caller walks on its own. */
  silent(): void;
}

/** The helper reports at least every slice; this long without a word means it is gone. */
export const HELPER_SILENCE_MS = 3000;

const EVENT_TYPES = [WALK_ACCEPTED, WALK_PROGRESS, CANDIDATE_FOUND, SHADOW_HOST_FOUND, WALK_DONE];

/**
 * Asks the page-world helper (`page-walker.ts`) to walk `doc`, passing what it points at to
 * `handlers` after checking it is what it claims to be. Returns a function that stops listening,
 * or null when no helper took the request (not installed, or the page stopped the event).
 */
export function requestPageWalk(doc: Document, handlers: PageWalkHandlers): (() => void) | null {
  const id = 1 + Math.floor(Math.random() * 2 ** 30);
  let accepted = false;
  let finished = false;
  let silenceTimer: ReturnType<typeof setTimeout> | undefined;
  let lastHeard = performance.now();
  const stop = (): void => {
    finished = true;
    clearTimeout(silenceTimer);
    for (const type of EVENT_TYPES) doc.removeEventListener(type, onEvent, true);
  };
  // One timer for the whole walk, not one per event (a page can have 100,000 candidates): when it
  // fires early because the helper spoke meanwhile, it waits for the rest of the silence.
  const checkSilence = (): void => {
    if (finished) return;
    const quietFor = performance.now() - lastHeard;
    if (quietFor < HELPER_SILENCE_MS) {
      silenceTimer = setTimeout(checkSilence, HELPER_SILENCE_MS - quietFor);
      return;
    }
    stop();
    handlers.silent();
  };
  const heardFrom = (): void => {
    lastHeard = performance.now();
  };
  function onEvent(event: Event): void {
    if (finished || (event as CustomEvent<unknown>).detail !== id) return;
    const target = event.target as Node | null;
    if (event.type === WALK_ACCEPTED) {
      accepted = true;
    } else if (event.type === WALK_PROGRESS) {
      if (target !== doc) return;
    } else if (event.type === WALK_DONE) {
      if (target !== doc) return;
      stop();
      handlers.done();
      return;
    } else if (target === null || target.ownerDocument !== doc || !target.isConnected) {
      return;
    } else if (event.type === CANDIDATE_FOUND && target.nodeType === TEXT_NODE) {
      handlers.candidate(target as Text);
    } else if (event.type === SHADOW_HOST_FOUND && target.nodeType === ELEMENT_NODE) {
      handlers.shadowHost(target as Element);
    }
    heardFrom();
  }
  for (const type of EVENT_TYPES) doc.addEventListener(type, onEvent, true);
  doc.dispatchEvent(new CustomEvent(WALK_REQUEST, { detail: id }));
  if (!accepted) {
    stop();
    return null;
  }
  heardFrom();
  silenceTimer = setTimeout(checkSilence, HELPER_SILENCE_MS);
  return stop;
}
