import {
  CANDIDATE_FOUND,
  CHANNEL_OFFER,
  CHANNEL_TAKEN,
  SHADOW_HOST_FOUND,
  WALK_ACCEPTED,
  WALK_ANSWERS,
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

/**
 * The channel of each document this script has offered one in (the node; null when no helper took
 * it). Module state: the linkifier is the only script of this world that walks.
 */
const channels = new WeakMap<Document, Element | null>();

/**
 * Offers the page-world helper a channel (see `page-walk-events.ts`): an element that is never put
 * in the document. The helper, loaded just before the linkifier, takes it while the offer is being
 * dispatched; returns the channel, or null when nobody took it. Offered once per document, when
 * the first walk is asked for, so that a frame with nothing to link pays nothing for it.
 */
export function openPageWalkChannel(doc: Document): Element | null {
  const known = channels.get(doc);
  if (known !== undefined) return known;
  const node = doc.createElement('trueconf-walk-channel');
  let taken = false;
  const onTaken = (): void => {
    taken = true;
  };
  node.addEventListener(CHANNEL_TAKEN, onTaken);
  doc.dispatchEvent(new MouseEvent(CHANNEL_OFFER, { relatedTarget: node }));
  node.removeEventListener(CHANNEL_TAKEN, onTaken);
  const channel = taken ? node : null;
  channels.set(doc, channel);
  return channel;
}

/**
 * Asks the page-world helper (`page-walker.ts`) to walk `doc`, passing what it points at to
 * `handlers` after checking it is what it claims to be. Returns a function that stops listening,
 * or null when no helper took the channel or the request.
 */
export function requestPageWalk(doc: Document, handlers: PageWalkHandlers): (() => void) | null {
  const channelNode = openPageWalkChannel(doc);
  if (!channelNode) return null;
  const id = 1 + Math.floor(Math.random() * 2 ** 30);
  let accepted = false;
  let finished = false;
  let silenceTimer: ReturnType<typeof setTimeout> | undefined;
  let lastHeard = performance.now();
  const stop = (): void => {
    finished = true;
    clearTimeout(silenceTimer);
    for (const type of WALK_ANSWERS) channelNode.removeEventListener(type, onEvent);
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
    if (finished || (event as MouseEvent).detail !== id) return;
    const target = (event as MouseEvent).relatedTarget as Node | null;
    if (event.type === WALK_ACCEPTED) {
      accepted = true;
    } else if (event.type === WALK_PROGRESS) {
      // Nothing to check: only the helper holds the channel.
    } else if (event.type === WALK_DONE) {
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
  for (const type of WALK_ANSWERS) channelNode.addEventListener(type, onEvent);
  channelNode.dispatchEvent(new MouseEvent(WALK_REQUEST, { detail: id }));
  if (!accepted) {
    stop();
    return null;
  }
  heardFrom();
  silenceTimer = setTimeout(checkSilence, HELPER_SILENCE_MS);
  return stop;
}
