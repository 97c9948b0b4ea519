// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { afterNextFrame, FIRST_FRAME_WAIT_MS, whenParsed } from './page-ready';

describe('whenParsed', () => {
  it('resolves at once for a parsed document', async () => {
    await expect(whenParsed(document)).resolves.toBeUndefined();
  });

  it('waits for DOMContentLoaded while the document is loading', async () => {
    const loading = new EventTarget() as Document;
    Object.defineProperty(loading, 'readyState', { value: 'loading' });
    let parsed = false;
    const waiting = whenParsed(loading).then(() => (parsed = true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(parsed).toBe(false);
    loading.dispatchEvent(new Event('DOMContentLoaded'));
    await waiting;
    expect(parsed).toBe(true);
  });
});

describe('afterNextFrame', () => {
  it('resolves in a task after the next frame', async () => {
    const events: string[] = [];
    const view = {
      setTimeout: window.setTimeout.bind(window),
      clearTimeout: window.clearTimeout.bind(window),
      requestAnimationFrame: (callback: FrameRequestCallback) =>
        window.setTimeout(() => {
          events.push('frame');
          callback(0);
        }, 5),
    } as unknown as Window;
    await afterNextFrame(view).then(() => events.push('resolved'));
    expect(events).toEqual(['frame', 'resolved']);
  });

  it('stops waiting when the tab draws no frame', async () => {
    vi.useFakeTimers();
    try {
      const view = {
        setTimeout: (callback: () => void, ms: number) => setTimeout(callback, ms),
        clearTimeout: (timer: number) => clearTimeout(timer),
        requestAnimationFrame: () => 0,
      } as unknown as Window;
      let resolved = false;
      void afterNextFrame(view).then(() => (resolved = true));
      await vi.advanceTimersByTimeAsync(FIRST_FRAME_WAIT_MS - 1);
      expect(resolved).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(resolved).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
