// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  HELPER_SILENCE_MS,
  openPageWalkChannel,
  requestPageWalk,
  type PageWalkHandlers,
} from './page-walk-client';
import {
  CANDIDATE_FOUND,
  CHANNEL_OFFER,
  CHANNEL_TAKEN,
  WALK_ACCEPTED,
  WALK_ANSWERS,
  WALK_DONE,
  WALK_REQUEST,
} from './page-walk-events';
import { servePageWalks } from './page-walker';
import { createTestLinkifier, linksIn, type TestLinkifier } from '../../../test/support/linkifier';

/**
 * The content script and its page-world helper share one document here; in the browser they live
 * in two worlds and talk through the same events (the E2E tests run that for real).
 */

const PAGE = `
  <p>Join trueconf:\\c\\4154248070 today</p>
  <p>plain words</p>
  <div id="host"></div>
  <p>TrueConf ID: <b>ipetrov</b></p>`;

let current: TestLinkifier | null = null;

let channel: Element;

/**
 * Every browser has `initMouseEvent` (the helper fills in one event again and again with it);
 * happy-dom has not. This one does what the helper asks of it.
 */
function giveDomInitMouseEvent(): void {
  Object.defineProperty(MouseEvent.prototype, 'initMouseEvent', {
    configurable: true,
    value(this: MouseEvent, type: string, ...rest: unknown[]) {
      this.initEvent(type, rest[0] as boolean, rest[1] as boolean);
      Object.assign(this, { detail: rest[3], relatedTarget: rest[13] });
    },
  });
}

beforeAll(() => {
  giveDomInitMouseEvent();
  // As in the browser: the helper loaded first, the channel offered at the first walk.
  servePageWalks(document);
  const offered = openPageWalkChannel(document);
  if (!offered) throw new Error('the helper did not take the channel');
  channel = offered;
});

afterEach(() => {
  current?.linkifier.stop();
  current = null;
  vi.useRealTimers();
  document.body.replaceChildren();
});

function setPage(): void {
  document.body.replaceChildren(document.createRange().createContextualFragment(PAGE));
  const host = document.querySelector('#host') as HTMLElement;
  const inside = document.createElement('span');
  inside.textContent = 'trueconf:inside-shadow';
  host.attachShadow({ mode: 'open' }).append(inside);
}

function recordingHandlers() {
  const seen = { candidates: [] as string[], hosts: [] as string[], done: 0, silent: 0 };
  const handlers: PageWalkHandlers = {
    candidate: (node) => seen.candidates.push(node.data),
    shadowHost: (host) => seen.hosts.push(host.id),
    done: () => (seen.done += 1),
    silent: () => (seen.silent += 1),
  };
  return { seen, handlers };
}

async function linkifyPage(): Promise<string[][]> {
  current = createTestLinkifier(document, { pageWorldWalk: true });
  current.linkifier.start();
  await vi.waitFor(() => expect(linksIn(document.body).length).toBeGreaterThan(1));
  await current.settle();
  const shadow = (document.querySelector('#host') as HTMLElement).shadowRoot as ShadowRoot;
  return [...linksIn(document.body), ...linksIn(shadow)];
}

describe('the page-world helper', () => {
  it('points at the candidate text nodes and the shadow hosts, then says it is done', async () => {
    setPage();
    const { seen, handlers } = recordingHandlers();
    expect(requestPageWalk(document, handlers)).not.toBeNull();
    await vi.waitFor(() => expect(seen.done).toBe(1));
    expect(seen.candidates).toEqual(['Join trueconf:\\c\\4154248070 today', 'TrueConf ID: ']);
    expect(seen.hosts).toEqual(['host']);
    expect(seen.silent).toBe(0);
  });

  it('ignores events that carry another walk’s id or point at no text node', async () => {
    setPage();
    const { seen, handlers } = recordingHandlers();
    requestPageWalk(document, handlers);
    const plain = document.querySelectorAll('p')[1]?.firstChild as Text;
    plain.dispatchEvent(new CustomEvent(CANDIDATE_FOUND, { detail: 12345 }));
    document.body.dispatchEvent(new CustomEvent(CANDIDATE_FOUND, { detail: 12345 }));
    await vi.waitFor(() => expect(seen.done).toBe(1));
    expect(seen.candidates).not.toContain('plain words');
  });

  it('points with one event filled in again, and with a new one while that is still being dispatched', async () => {
    setPage();
    const events = new Set<Event>();
    const accepted: number[] = [];
    let spokeAgain = false;
    const onAnswer = (event: Event): void => {
      events.add(event);
      if (event.type === WALK_ACCEPTED) accepted.push((event as MouseEvent).detail);
      // A listener that makes the helper speak while the candidate's event is dispatched.
      if (event.type === CANDIDATE_FOUND && !spokeAgain) {
        spokeAgain = true;
        channel.dispatchEvent(new MouseEvent(WALK_REQUEST, { detail: 77 }));
      }
    };
    for (const type of WALK_ANSWERS) channel.addEventListener(type, onAnswer);
    try {
      const { seen, handlers } = recordingHandlers();
      requestPageWalk(document, handlers);
      await vi.waitFor(() => expect(seen.done).toBe(1));
      expect(seen.candidates).toEqual(['Join trueconf:\\c\\4154248070 today', 'TrueConf ID: ']);
      expect(accepted.slice(1)).toEqual([77]);
      // Acceptance, candidates, progress and the end of two walks: the event of the first
      // candidate, and the one made while it was being dispatched.
      expect(events.size).toBe(2);
    } finally {
      for (const type of WALK_ANSWERS) channel.removeEventListener(type, onAnswer);
    }
  });

  it('makes an event for every message where the page took initMouseEvent away first', async () => {
    const bare = document.implementation.createHTMLDocument('a page without initMouseEvent');
    const saved = Object.getOwnPropertyDescriptor(MouseEvent.prototype, 'initMouseEvent');
    delete (MouseEvent.prototype as Partial<MouseEvent>).initMouseEvent;
    try {
      servePageWalks(bare);
    } finally {
      if (saved) Object.defineProperty(MouseEvent.prototype, 'initMouseEvent', saved);
    }
    const channelNode = bare.createElement('span');
    const answers: Event[] = [];
    for (const type of [CHANNEL_TAKEN, WALK_ACCEPTED, WALK_DONE])
      channelNode.addEventListener(type, (event) => answers.push(event));
    bare.dispatchEvent(new MouseEvent(CHANNEL_OFFER, { relatedTarget: channelNode }));
    channelNode.dispatchEvent(new MouseEvent(WALK_REQUEST, { detail: 6 }));
    await vi.waitFor(() => expect(answers).toHaveLength(3));
    expect(answers.map((event) => [event.type, (event as MouseEvent).detail])).toEqual([
      [CHANNEL_TAKEN, 0],
      [WALK_ACCEPTED, 6],
      [WALK_DONE, 6],
    ]);
    expect(new Set(answers).size).toBe(3);
  });

  it('loaded twice into one document (asked again for phone numbers), answers once', () => {
    const twice = document.implementation.createHTMLDocument('a frame loaded twice');
    servePageWalks(twice);
    servePageWalks(twice);
    const channelNode = twice.createElement('span');
    const answers: string[] = [];
    for (const type of [CHANNEL_TAKEN, WALK_ACCEPTED])
      channelNode.addEventListener(type, () => answers.push(type));
    twice.dispatchEvent(new MouseEvent(CHANNEL_OFFER, { relatedTarget: channelNode }));
    channelNode.dispatchEvent(new MouseEvent(WALK_REQUEST, { detail: 5 }));
    expect(answers).toEqual([CHANNEL_TAKEN, WALK_ACCEPTED]);
  });
});

describe('linking with the helper', () => {
  it('links the same as walking alone', async () => {
    setPage();
    const withHelper = await linkifyPage();
    current?.linkifier.stop();
    current = createTestLinkifier(document);
    current.linkifier.start();
    await current.settle();
    const shadow = (document.querySelector('#host') as HTMLElement).shadowRoot as ShadowRoot;
    expect(withHelper).toEqual([...linksIn(document.body), ...linksIn(shadow)]);
    expect(withHelper).toHaveLength(3);
  });

  it('walks on its own when the page stops every event it can', async () => {
    setPage();
    const stopAll = (event: Event): void => event.stopImmediatePropagation();
    const types = [WALK_REQUEST, WALK_ACCEPTED, CANDIDATE_FOUND, WALK_DONE];
    for (const type of types) window.addEventListener(type, stopAll, true);
    try {
      expect(await linkifyPage()).toHaveLength(3);
    } finally {
      for (const type of types) window.removeEventListener(type, stopAll, true);
    }
  });

  it('walks on its own when the helper takes the request and goes quiet', async () => {
    setPage();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    // A helper that accepts, then says nothing more.
    const muteHelper = (event: Event): void => {
      event.stopImmediatePropagation();
      channel.dispatchEvent(
        new MouseEvent(WALK_ACCEPTED, { detail: (event as MouseEvent).detail }),
      );
    };
    channel.addEventListener(WALK_REQUEST, muteHelper, true);
    try {
      current = createTestLinkifier(document, { pageWorldWalk: true });
      current.linkifier.start();
      await vi.advanceTimersByTimeAsync(HELPER_SILENCE_MS - 100);
      expect(linksIn(document.body)).toEqual([]);
      await vi.advanceTimersByTimeAsync(200);
      vi.useRealTimers();
      await vi.waitFor(() => expect(linksIn(document.body)).toHaveLength(2));
    } finally {
      channel.removeEventListener(WALK_REQUEST, muteHelper, true);
    }
  });
});

describe('what the page can do with the helper', () => {
  const HELPER_EVENTS: readonly string[] = WALK_ANSWERS;

  function pageListening(): { heard: string[]; stop(): void } {
    const heard: string[] = [];
    const note = (event: Event): void => {
      heard.push(event.type);
    };
    for (const type of [...HELPER_EVENTS, WALK_REQUEST, CHANNEL_OFFER])
      window.addEventListener(type, note, true);
    return {
      heard,
      stop: () => {
        for (const type of [...HELPER_EVENTS, WALK_REQUEST, CHANNEL_OFFER])
          window.removeEventListener(type, note, true);
      },
    };
  }

  it('gets no answer to walk requests made anywhere but on a channel', async () => {
    setPage();
    const page = pageListening();
    try {
      for (const detail of [1, 12345, 2 ** 29])
        document.dispatchEvent(new CustomEvent(WALK_REQUEST, { detail }));
      document.dispatchEvent(new MouseEvent(WALK_REQUEST, { detail: 7 }));
      document.body.dispatchEvent(new MouseEvent(WALK_REQUEST, { detail: 8, bubbles: true }));
      const { seen, handlers } = recordingHandlers();
      requestPageWalk(document, handlers);
      await vi.waitFor(() => expect(seen.done).toBe(1));
      expect(page.heard.filter((type) => HELPER_EVENTS.includes(type))).toEqual([]);
    } finally {
      page.stop();
    }
  });

  it('is walked for on a channel of its own, which tells it nothing it could not read itself', async () => {
    setPage();
    const own = document.createElement('span');
    const candidates: string[] = [];
    own.addEventListener(CANDIDATE_FOUND, (event) =>
      candidates.push(((event as MouseEvent).relatedTarget as Text).data),
    );
    let done = false;
    own.addEventListener(WALK_DONE, () => (done = true));
    document.dispatchEvent(new MouseEvent(CHANNEL_OFFER, { relatedTarget: own }));
    own.dispatchEvent(new MouseEvent(WALK_REQUEST, { detail: 9 }));
    await vi.waitFor(() => expect(done).toBe(true));
    // The fixed pre-filter over the page's own text: nothing of the user's settings.
    expect(candidates).toEqual(['Join trueconf:\\c\\4154248070 today', 'TrueConf ID: ']);
  });

  it('may keep the offer from the helper: the linkifier then walks on its own and links the same', async () => {
    // In a browser the page's capture listener on its window hears the offer before the helper on
    // the document; this document has no window, so the page's listener is put first on it.
    const other = document.implementation.createHTMLDocument('another frame');
    other.addEventListener(CHANNEL_OFFER, (event) => event.stopImmediatePropagation(), true);
    servePageWalks(other);
    expect(openPageWalkChannel(other)).toBeNull();
    const { handlers } = recordingHandlers();
    expect(requestPageWalk(other, handlers)).toBeNull();
    setPage();
    current = createTestLinkifier(document);
    current.linkifier.start();
    await current.settle();
    const walkedAlone = linksIn(document.body);
    expect(walkedAlone).toHaveLength(2);
  });

  it('sees none of the events of a real walk', async () => {
    setPage();
    const page = pageListening();
    try {
      const { seen, handlers } = recordingHandlers();
      expect(requestPageWalk(document, handlers)).not.toBeNull();
      await vi.waitFor(() => expect(seen.done).toBe(1));
      expect(seen.candidates).toHaveLength(2);
      expect(page.heard).toEqual([]);
    } finally {
      page.stop();
    }
  });
});
