import {
  CANDIDATE_FOUND,
  CHANNEL_OFFER,
  CHANNEL_TAKEN,
  HELPER_READY,
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

interface Channel {
  node: Element;
  /** The helper took it: requests made on it reach the helper and nobody else. */
  taken: boolean;
  /** Stops offering the channel again: from now on an "I am ready" can only be the page's. */
  stopOffering(): void;
}

/**
 * Kept on the extension's own global (the isolated world's: pages never see it) rather than in
 * this module: the frame script opens the channel at document_start and the linkifier, loaded
 * later as a script of its own into the same world, uses it.
 */
const shared = globalThis as typeof globalThis & {
  trueconfPageWalkChannels?: WeakMap<Document, Channel>;
};
const channels = (shared.trueconfPageWalkChannels ??= new WeakMap<Document, Channel>());

/**
 * Offers the page-world helper a private channel (see `page-walk-events.ts`). Must run at
 * `document_start`, before any page script can listen; returns the channel's node (for tests).
 */
export function openPageWalkChannel(doc: Document): Element {
  const existing = channels.get(doc);
  if (existing) return existing.node;
  const node = doc.createElement('trueconf-walk-channel');
  const offer = (): void => {
    doc.dispatchEvent(new MouseEvent(CHANNEL_OFFER, { relatedTarget: node }));
  };
  const channel: Channel = {
    node,
    taken: false,
    stopOffering: () => doc.removeEventListener(HELPER_READY, offer, true),
  };
  node.addEventListener(CHANNEL_TAKEN, () => {
    channel.taken = true;
    channel.stopOffering();
  });
  doc.addEventListener(HELPER_READY, offer, true);
  channels.set(doc, channel);
  offer();
  return node;
}

/**
 * Asks the page-world helper (`page-walker.ts`) to walk `doc`, passing what it points at to
 * `handlers` after checking it is what it claims to be. Returns a function that stops listening,
 * or null when no helper took the channel or the request.
 */
export function requestPageWalk(doc: Document, handlers: PageWalkHandlers): (() => void) | null {
  const channel = channels.get(doc);
  // Page scripts have run by now: a late helper could only be the page pretending.
  channel?.stopOffering();
  if (!channel?.taken) return null;
  const { node: channelNode } = channel;
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
