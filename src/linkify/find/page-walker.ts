import { findCandidateNodes } from './candidate-walk';
import { LIMITS } from '../work/limits';
import {
  CANDIDATE_FOUND,
  CHANNEL_OFFER,
  CHANNEL_TAKEN,
  HELPER_READY,
  SHADOW_HOST_FOUND,
  WALK_ACCEPTED,
  WALK_DONE,
  WALK_PROGRESS,
  WALK_REQUEST,
} from './page-walk-events';
import { createSliceScheduler } from '../work/slice-scheduler';

type Step = Generator<void, void, void>;

/**
 * The helper in the page's own world (see `page-walk-events.ts`): takes the channel the content
 * script offers at `document_start`, and on a request made there walks the document in short
 * slices, pointing at every candidate text node and every shadow host through the channel. It
 * reads nothing but text, keeps no state between walks, leaves nothing on the page's globals and
 * sends nothing anywhere. The functions it uses are taken before any page script runs.
 */
export function servePageWalks(doc: Document): void {
  const dispatch = EventTarget.prototype.dispatchEvent;
  const listen = EventTarget.prototype.addEventListener;
  const unlisten = EventTarget.prototype.removeEventListener;
  const MouseEventType = MouseEvent;
  const scheduler = createSliceScheduler();
  const walks: { id: number; steps: Step }[] = [];
  let channel: EventTarget | null = null;
  const tell = (type: string, id: number, about: EventTarget | null = null): void => {
    if (channel)
      dispatch.call(channel, new MouseEventType(type, { detail: id, relatedTarget: about }));
  };

  function* walk(id: number): Step {
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
          tell(CANDIDATE_FOUND, id, node);
          return LIMITS.candidateCost;
        },
        () => false,
        (host) => tell(SHADOW_HOST_FOUND, id, host),
      );
    } finally {
      tell(WALK_DONE, id);
    }
  }

  const runSlice = (): void => {
    const deadline = scheduler.now() + LIMITS.sliceBudgetMs;
    while (walks.length > 0 && scheduler.now() < deadline) {
      const current = walks[0];
      try {
        if (current?.steps.next().done) walks.shift();
      } catch {
        walks.shift();
      }
    }
    for (const { id } of walks) tell(WALK_PROGRESS, id);
    if (walks.length > 0) scheduler.request(runSlice);
  };

  const onRequest = (event: Event): void => {
    const id = (event as MouseEvent).detail;
    if (typeof id !== 'number' || id <= 0) return;
    tell(WALK_ACCEPTED, id);
    walks.push({ id, steps: walk(id) });
    scheduler.request(runSlice);
  };

  const onOffer = (event: Event): void => {
    const offered = (event as MouseEvent).relatedTarget as Node | null;
    // Only the first offer, and only of a node outside the document that nobody else can reach.
    if (channel !== null || offered === null || offered.isConnected) return;
    channel = offered;
    unlisten.call(doc, CHANNEL_OFFER, onOffer, true);
    listen.call(channel, WALK_REQUEST, onRequest);
    tell(CHANNEL_TAKEN, 0);
  };
  listen.call(doc, CHANNEL_OFFER, onOffer, true);
  // The content script may have run first: it offers its channel again on hearing this.
  dispatch.call(doc, new MouseEventType(HELPER_READY));
}
