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
