/**
 * Runs work in short tasks. A posted message starts the next slice without the 4 ms clamp (and
 * the 1 s throttling in background tabs) of nested `setTimeout`, and lets input and rendering
 * run between slices.
 */
export interface SliceScheduler {
  /** Runs `callback` in a new task soon; at most one pending request at a time. */
  request(callback: () => void): void;
  /** Runs `callback` in a new task after `delayMs`. */
  requestAfter(callback: () => void, delayMs: number): void;
  cancel(): void;
  now(): number;
}

export function createSliceScheduler(): SliceScheduler {
  let pending: (() => void) | null = null;
  let fallbackTimer: ReturnType<typeof setTimeout> | undefined;
  let delayedTimer: ReturnType<typeof setTimeout> | undefined;
  const channel = typeof MessageChannel === 'function' ? new MessageChannel() : null;
  const run = (): void => {
    const callback = pending;
    pending = null;
    callback?.();
  };
  if (channel) channel.port1.onmessage = run;
  return {
    request(callback) {
      const alreadyPosted = pending !== null;
      pending = callback;
      if (alreadyPosted) return;
      if (channel) channel.port2.postMessage(null);
      else fallbackTimer = setTimeout(run, 0);
    },
    requestAfter(callback, delayMs) {
      clearTimeout(delayedTimer);
      delayedTimer = setTimeout(callback, delayMs);
    },
    cancel() {
      pending = null;
      clearTimeout(fallbackTimer);
      clearTimeout(delayedTimer);
    },
    now: () => performance.now(),
  };
}
