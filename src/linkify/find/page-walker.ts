import { findCandidateNodes } from './candidate-walk';
import { LIMITS } from '../work/limits';
import {
  CANDIDATE_FOUND,
  SHADOW_HOST_FOUND,
  WALK_ACCEPTED,
  WALK_DONE,
  WALK_PROGRESS,
  WALK_REQUEST,
} from './page-walk-events';
import { createSliceScheduler } from '../work/slice-scheduler';

type Step = Generator<void, void, void>;

/**
 * The helper in the page's own world (see `page-walk-events.ts`): on request, walks the document
 * in short slices and dispatches an event on every candidate text node and every shadow host. It
 * reads nothing but text, keeps no state between walks and sends nothing anywhere. The functions
 * it dispatches with are taken before any page script runs.
 */
export function servePageWalks(doc: Document): void {
  const dispatch = EventTarget.prototype.dispatchEvent;
  const CustomEventType = CustomEvent;
  const scheduler = createSliceScheduler();
  const walks: { id: number; steps: Step }[] = [];
  const tell = (target: EventTarget, type: string, id: number): void => {
    dispatch.call(target, new CustomEventType(type, { detail: id }));
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
          tell(node, CANDIDATE_FOUND, id);
          return LIMITS.candidateCost;
        },
        () => false,
        (host) => tell(host, SHADOW_HOST_FOUND, id),
      );
    } finally {
      tell(doc, WALK_DONE, id);
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
    for (const { id } of walks) tell(doc, WALK_PROGRESS, id);
    if (walks.length > 0) scheduler.request(runSlice);
  };

  doc.addEventListener(
    WALK_REQUEST,
    (event) => {
      const id = (event as CustomEvent<unknown>).detail;
      if (typeof id !== 'number' || event.target !== doc) return;
      tell(doc, WALK_ACCEPTED, id);
      walks.push({ id, steps: walk(id) });
      scheduler.request(runSlice);
    },
    true,
  );
}
