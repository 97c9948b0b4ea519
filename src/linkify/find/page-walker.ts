import { findCandidateNodes } from './candidate-walk';
import { LIMITS } from '../work/limits';
import {
  CANDIDATE_FOUND,
  CHANNEL_OFFER,
  CHANNEL_TAKEN,
  SHADOW_HOST_FOUND,
  WALK_ACCEPTED,
  WALK_DONE,
  WALK_PROGRESS,
  WALK_REQUEST,
} from './page-walk-events';
import { createSliceScheduler, type SliceScheduler } from '../work/slice-scheduler';

type Step = Generator<void, void, void>;

/**
 * The helper in the page's own world (see `page-walk-events.ts`): takes each channel offered to
 * it, and on a request made there walks the document in short slices, pointing at every candidate
 * text node and every shadow host through that channel. It reads nothing but text, keeps no state
 * between walks, leaves nothing on the page's globals and sends nothing anywhere. It is loaded with
 * the linkifier, after the page's scripts have run: the event functions it uses are taken as it
 * starts, so a page that replaces them later changes nothing, and one that replaced them earlier
 * can only spoil its own walk (the linkifier checks what it is pointed at and walks on its own
 * when the helper is silent). Loaded twice into one document (the background asks again when
 * phone numbers are switched on), only the first takes an offer: it stops the offer there.
 */
export function servePageWalks(doc: Document): void {
  const dispatch = EventTarget.prototype.dispatchEvent;
  const listen = EventTarget.prototype.addEventListener;
  const stopOtherListeners = Event.prototype.stopImmediatePropagation;
  // Missing where a page deleted it before the helper came (or in a DOM without it): then every
  // message is an event of its own.
  const initMouseEvent = MouseEvent.prototype.initMouseEvent as
    MouseEvent['initMouseEvent'] | undefined;
  const MouseEventType = MouseEvent;
  let scheduler: SliceScheduler | null = null;
  const walks: { id: number; channel: EventTarget; steps: Step }[] = [];
  // One event, filled in again for every message: a walk can point at thousands of nodes, and an
  // event made for each was an object in this world and another in the content script's, all
  // garbage at once (initMouseEvent is the one way to set a made event's relatedTarget).
  let message: MouseEvent | null = null;
  const view = doc.defaultView as Window;
  const tell = (
    channel: EventTarget,
    type: string,
    id: number,
    about: EventTarget | null = null,
  ): void => {
    if (initMouseEvent === undefined) {
      dispatch.call(channel, new MouseEventType(type, { detail: id, relatedTarget: about }));
      return;
    }
    // Still being dispatched (a listener of the page's made the helper speak again): a new one.
    if (message === null || message.eventPhase !== 0) message = new MouseEventType(type);
    // type, bubbles, cancelable, view, detail (the walk), four coordinates, four modifier keys,
    // button, relatedTarget (the node pointed at)
    initMouseEvent.call(
      message,
      type,
      false,
      false,
      view,
      id,
      0,
      0,
      0,
      0,
      false,
      false,
      false,
      false,
      0,
      about,
    );
    dispatch.call(channel, message);
  };

  function* walk(channel: EventTarget, id: number): Step {
    // Several candidates in one node come one after another: one event is enough.
    let lastCandidate: Text | null = null;
    try {
      // Custom rules can match any text: the content script never asks for a walk then.
      yield* findCandidateNodes(
        doc,
        { customRules: [] },
        (node) => {
          if (node === lastCandidate) return 0;
          lastCandidate = node;
          tell(channel, CANDIDATE_FOUND, id, node);
          return LIMITS.candidateCost;
        },
        () => false,
        (host) => tell(channel, SHADOW_HOST_FOUND, id, host),
      );
    } finally {
      tell(channel, WALK_DONE, id);
    }
  }

  const runSlice = (slices: SliceScheduler): void => {
    const deadline = slices.now() + LIMITS.sliceBudgetMs;
    while (walks.length > 0 && slices.now() < deadline) {
      const current = walks[0];
      try {
        if (current?.steps.next().done) walks.shift();
      } catch {
        walks.shift();
      }
    }
    for (const { id, channel } of walks) tell(channel, WALK_PROGRESS, id);
    if (walks.length > 0) slices.request(() => runSlice(slices));
  };

  const onOffer = (event: Event): void => {
    const channel = (event as MouseEvent).relatedTarget as Node | null;
    // Only a node outside the document: the offer's own, not one of the page's elements.
    if (channel === null || channel.isConnected) return;
    stopOtherListeners.call(event);
    listen.call(channel, WALK_REQUEST, (request: Event) => {
      const id = (request as MouseEvent).detail;
      if (typeof id !== 'number' || id <= 0) return;
      tell(channel, WALK_ACCEPTED, id);
      walks.push({ id, channel, steps: walk(channel, id) });
      // Made at the first walk: a page with nothing to link never needs one.
      scheduler ??= createSliceScheduler();
      const slices = scheduler;
      slices.request(() => runSlice(slices));
    });
    tell(channel, CHANNEL_TAKEN, 0);
  };
  listen.call(doc, CHANNEL_OFFER, onOffer, true);
}
