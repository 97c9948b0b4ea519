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

/** The frame's first drawn frame after parsing, noted by the frame script in the shared world. */
interface FrameScope {
  trueconfFirstFrameAfterParse?: Promise<void>;
}

/**
 * For the frame script: notes when the browser has drawn its first frame after `view`'s document
 * was parsed, for a linkifier loaded later (`firstFrameAfterParse`). One animation frame callback
 * per frame, in the frame the browser draws anyway once the parser is done.
 */
export function noteFirstFrameAfterParse(
  view: Window,
  scope: FrameScope = globalThis as FrameScope,
): void {
  scope.trueconfFirstFrameAfterParse ??= whenParsed(view.document).then(() => afterNextFrame(view));
}

/**
 * Resolves once the browser has drawn a frame after the document was parsed: at once when the
 * frame script saw one before the linkifier arrived. Waiting for a frame of its own instead would
 * ask the browser for one more frame than the page needs: on a large page a repaint of the whole
 * page (20–25 ms on the benchmark's page, docs/benchmark.md), all of it before the first link.
 */
export function firstFrameAfterParse(
  view: Window,
  scope: FrameScope = globalThis as FrameScope,
): Promise<void> {
  return (
    scope.trueconfFirstFrameAfterParse ?? whenParsed(view.document).then(() => afterNextFrame(view))
  );
}
