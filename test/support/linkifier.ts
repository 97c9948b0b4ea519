/**
 * Helpers for this folder's unit tests (never imported by the extension itself).
 */
import { DEFAULT_DETECT_OPTIONS } from '../../src/detect';
import { CapReporter } from '../../src/linkify/work/cap-reporter';
import {
  Linkifier,
  type LinkifierOptions,
  type PageDetectOptions,
} from '../../src/linkify/linkifier';
import type { SliceScheduler } from '../../src/linkify/work/slice-scheduler';

/** Runs a generator to its end and returns its result. */
export function drain<T>(generator: Generator<void, T, void>): T {
  for (;;) {
    const step = generator.next();
    if (step.done) return step.value;
  }
}

export function testDetectOptions(overrides: Partial<PageDetectOptions> = {}): PageDetectOptions {
  return { ...DEFAULT_DETECT_OPTIONS, pageHasTrueConfContext: false, ...overrides };
}

export interface TestLinkifier {
  linkifier: Linkifier;
  capMessages: string[];
  /** Settles the observer's microtasks and then all queued slices. */
  settle(): Promise<void>;
}

export function createTestLinkifier(
  doc: Document,
  overrides: Partial<LinkifierOptions> & { detect?: Partial<PageDetectOptions> } = {},
): TestLinkifier {
  const capMessages: string[] = [];
  const linkifier = new Linkifier(doc, {
    detectOptions: testDetectOptions(overrides.detect),
    describeMatch: (match) => `Open ${match.href}`,
    capReporter: new CapReporter((message) => capMessages.push(message)),
    ...overrides,
  });
  const settle = async (): Promise<void> => {
    for (let round = 0; round < 5; round += 1) {
      await Promise.resolve();
      await linkifier.whenIdle();
    }
  };
  return { linkifier, capMessages, settle };
}

/** Our links in `root`, as [text, href] pairs in document order. */
export function linksIn(root: ParentNode): [string, string][] {
  return [...root.querySelectorAll('a[data-trueconf-link]')].map((link) => [
    link.textContent ?? '',
    link.getAttribute('href') ?? '',
  ]);
}

/** Every text node below `root`, in document order. */
export function textNodesIn(root: Node): Text[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    nodes.push(node as Text);
  }
  return nodes;
}

/**
 * A scheduler the test drives by hand: each `runSlice()` runs one pending slice. The clock moves
 * one millisecond per reading (a slice does a few steps of work) and `advance` moves it further.
 */
export function createManualScheduler(): SliceScheduler & {
  runSlice(): boolean;
  runAll(limit?: number): number;
  advance(ms: number): void;
} {
  let pending: (() => void) | null = null;
  let clock = 0;
  return {
    request(callback) {
      pending = callback;
    },
    requestAfter(callback) {
      pending = callback;
    },
    cancel() {
      pending = null;
    },
    now: () => (clock += 1),
    advance(ms) {
      clock += ms;
    },
    runSlice() {
      const callback = pending;
      pending = null;
      callback?.();
      return callback !== null;
    },
    runAll(limit = 100_000) {
      let slices = 0;
      while (slices < limit && this.runSlice()) slices += 1;
      return slices;
    },
  };
}
