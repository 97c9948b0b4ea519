/** Resolves once the parser is done with `doc` (at once when it already is). */
export function whenParsed(doc: Document): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => {
    doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true });
  });
}

/** A hidden tab draws no frames; it should not wait for one longer than this. */
export const FIRST_FRAME_WAIT_MS = 250;

/**
 * Resolves in the first task after the browser has drawn its next frame: right after
 * DOMContentLoaded that is the page's first full layout and paint, which linking must not delay.
 * A tab that draws nothing (hidden, or a frame the browser throttles) gives up waiting after
 * `FIRST_FRAME_WAIT_MS`.
 */
export function afterNextFrame(view: Window): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      view.clearTimeout(fallback);
      resolve();
    };
    const fallback = view.setTimeout(finish, FIRST_FRAME_WAIT_MS);
    view.requestAnimationFrame(() => {
      // A callback of requestAnimationFrame runs before the frame is drawn; a task posted from
      // it runs after.
      const channel = new MessageChannel();
      channel.port1.onmessage = finish;
      channel.port2.postMessage(null);
    });
  });
}

/** Set in the extension's isolated world of the frame once a frame was drawn after parsing. */
interface FrameScope {
  trueconfFrameDrawnAfterParse?: boolean;
}

/**
 * For the frame script: notes that the browser has drawn a frame after `view`'s document was
 * parsed, for a linkifier loaded later (`firstFrameAfterParse`). One animation frame callback per
 * frame, in the frame the browser draws anyway once the parser is done; a script that runs later
 * and sees the note runs after that frame was drawn (the callback runs in the frame's own task).
 */
export function noteFirstFrameAfterParse(view: Window, scope = globalThis as FrameScope): void {
  void whenParsed(view.document).then(() =>
    view.requestAnimationFrame(() => {
      scope.trueconfFrameDrawnAfterParse = true;
    }),
  );
}

/**
 * Resolves once the browser has drawn a frame after the document was parsed: at once when the
 * frame script saw one before the linkifier arrived. Waiting for a frame of its own instead would
 * ask the browser for one more frame than the page needs: on a large page a repaint of the whole
 * page (20–26 ms on the benchmark's page, docs/benchmark.md), all of it before the first link.
 */
export async function firstFrameAfterParse(
  view: Window,
  scope = globalThis as FrameScope,
): Promise<void> {
  if (scope.trueconfFrameDrawnAfterParse) return;
  await whenParsed(view.document);
  await afterNextFrame(view);
}
