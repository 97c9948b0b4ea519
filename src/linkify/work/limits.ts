/**
 * Hard caps that keep a hostile or enormous page from hanging the tab. When one is hit the
 * linkifier stops that piece of work cleanly, leaves the page as it is, and says so once
 * (see `CapReporter`).
 */
export const LIMITS = {
  /** Work in slices of about this many milliseconds, then yield to the page. */
  sliceBudgetMs: 6,
  /**
   * A slice that writes planned links may take this long: every slice that changes the page costs
   * the browser a style and layout pass over it, so fewer, fuller write slices cost far less. A
   * scan's 1,000 links take about 25–30 ms here and go in one slice, so the page is laid out once
   * rather than twice; the rest of the 50 ms is left for what the page itself runs in the same
   * task in answer to the change (its mutation observers) and for garbage collection.
   */
  writeSliceBudgetMs: 35,
  /** Links found by a scan are written together, at the latest this long after the first was found. */
  maxWriteDelayMs: 200,
  /** ...or as soon as this many text nodes wait for their links. */
  maxPlannedWrites: 2_000,
  /** Characters of one run handed to detection; the rest of a longer run is left alone. */
  maxRunChars: 200_000,
  /** Characters per detection call; longer runs are read in overlapping windows. */
  detectWindowChars: 16_384,
  /** Overlap between windows: a match ending in it waits for the next window. */
  detectWindowMargin: 1_024,
  /** Characters of neighbouring text read for the TrueConf-context rule (detection.md). */
  contextChars: 500,
  /**
   * A text node longer than this is not linked: cutting it means copying it, which for a
   * multi-megabyte node takes longer than one slice may.
   */
  maxSplittableChars: 2_000_000,
  /** Links this extension makes in one document (a frame or the top page, shadow roots included). */
  maxLinksPerDocument: 10_000,
  /** Nodes visited between checks of the clock. */
  nodesPerStep: 256,
  /** Looking up a candidate's block costs about this many plain node visits. */
  candidateCost: 8,
  /** The fast pass reads text nodes in chunks of about this many characters. */
  chunkChars: 32_768,
  /** Milliseconds per second that work caused by page mutations may take. */
  mutationWorkMsPerSecond: 200,
  /** A page node re-linked more often than this within one second is left alone for that second. */
  maxRelinksPerNodePerSecond: 8,
} as const;

/** A slice or observer callback longer than this is reported: the budget was overrun. */
export const SLOW_TASK_MS = 50;

export type CapName =
  'run-length' | 'huge-text' | 'links' | 'mutation-work' | 'relink-churn' | 'slow-task';
