// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import {
  afterNextFrame,
  firstFrameAfterParse,
  FIRST_FRAME_WAIT_MS,
  noteFirstFrameAfterParse,
  whenParsed,
} from './page-ready';

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

describe('the first frame after parsing, noted by the frame script', () => {
  /** A view whose frames are drawn only when the test says so; counts the frames asked for. */
  function viewDrawingOnDemand() {
    const waiting: FrameRequestCallback[] = [];
    const view = {
      document,
      setTimeout: window.setTimeout.bind(window),
      clearTimeout: window.clearTimeout.bind(window),
      requestAnimationFrame: (callback: FrameRequestCallback) => waiting.push(callback),
    } as unknown as Window;
    const draw = () => waiting.splice(0).forEach((callback) => callback(0));
    return { view, draw, asked: () => waiting.length };
  }

  it('lets a linkifier that comes after that frame start without asking for another', async () => {
    const { view, draw, asked } = viewDrawingOnDemand();
    const scope = {};
    noteFirstFrameAfterParse(view, scope);
    await vi.waitFor(() => expect(asked()).toBe(1));
    draw();
    await firstFrameAfterParse(view, scope);
    // A linkifier arriving now: already drawn, nothing more asked of the browser.
    await firstFrameAfterParse(view, scope);
    expect(asked()).toBe(0);
  });

  it('makes a linkifier that comes before that frame wait for it', async () => {
    const { view, draw, asked } = viewDrawingOnDemand();
    const scope = {};
    noteFirstFrameAfterParse(view, scope);
    await vi.waitFor(() => expect(asked()).toBe(1));
    let started = false;
    void firstFrameAfterParse(view, scope).then(() => (started = true));
    await vi.waitFor(() => expect(asked()).toBe(2));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(started).toBe(false);
    draw();
    await vi.waitFor(() => expect(started).toBe(true));
  });

  it('waits for a frame of its own where no frame script noted one', async () => {
    const { view, draw, asked } = viewDrawingOnDemand();
    let started = false;
    void firstFrameAfterParse(view, {}).then(() => (started = true));
    await vi.waitFor(() => expect(asked()).toBe(1));
    expect(started).toBe(false);
    draw();
    await vi.waitFor(() => expect(started).toBe(true));
  });
});
