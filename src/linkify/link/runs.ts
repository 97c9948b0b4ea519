import { isNeverLinkedElement, isRunBoundary } from '../find/element-rules';
import { ELEMENT_NODE, TEXT_NODE } from '../find/node-types';
import type { RunContainer } from '../find/scope-resolver';
import type { TextSplits } from './text-splits';

/** One page text node's part of a run. */
export interface RunSegment {
  node: Text;
  /** Offset of this node's text in the run's text. */
  start: number;
  /** Length of the node's whole text (its own plus our nodes after it) when the run was built. */
  wholeLength: number;
  /** How much of the whole text was examined (less only where the run hit its cap). */
  examined: number;
  /** The node's change count when the run was built (see `RunCollectorOptions.versionOf`). */
  version: number;
}

/**
 * Text that reads as one line of prose: the text nodes of one block, across inline elements,
 * up to the next block boundary. `Conference ID: <b>4154248070</b>` is one run.
 */
export interface TextRun {
  text: string;
  segments: RunSegment[];
  /** The run was longer than the cap: only its first characters were examined. */
  truncated: boolean;
}

export interface RunCollectorOptions {
  maxRunChars: number;
  /** Visited nodes between yields. */
  nodesPerYield: number;
  /** A number that changes whenever the node's text changes, to notice edits between slices. */
  versionOf: (node: Text) => number;
}

/**
 * Splits the text directly in `container` (not in nested blocks, which are containers of their
 * own) into runs. A walk without recursion, so a 5,000-deep DOM cannot overflow the stack; it
 * yields every few hundred nodes so a huge block never holds the main thread.
 */
export function* collectRuns(
  container: RunContainer,
  splits: TextSplits,
  options: RunCollectorOptions,
): Generator<void, TextRun[], void> {
  const runs: TextRun[] = [];
  let segments: RunSegment[] = [];
  let parts: string[] = [];
  let length = 0;
  let truncated = false;
  const endRun = (): void => {
    if (segments.length > 0) runs.push({ text: parts.join(''), segments, truncated });
    segments = [];
    parts = [];
    length = 0;
    truncated = false;
  };

  const root: Node = container.nodeType === 9 ? (container as Document).documentElement : container;
  if (root === null) return runs;
  let node: Node | null = root.firstChild;
  let visited = 0;
  while (node !== null) {
    let descend = false;
    if (node.nodeType === TEXT_NODE) {
      // Our own nodes are read through the page node they belong to (its whole text).
      if (splits.ownerOf(node) === undefined && !truncated) {
        const text = node as Text;
        const wholeLength = splits.wholeLength(text);
        const examined = Math.min(wholeLength, options.maxRunChars - length);
        if (examined < wholeLength) truncated = true;
        const version = options.versionOf(text);
        segments.push({ node: text, start: length, wholeLength, examined, version });
        // A huge node is read only as far as the cap: reading 10 MB into script is slow itself.
        parts.push(splits.wholePrefix(text, examined));
        length += examined;
      }
    } else if (node.nodeType === ELEMENT_NODE) {
      const element = node as Element;
      if (splits.ownerOf(element) !== undefined) {
        // One of our links: its text is already part of its page node's whole text.
      } else if (isNeverLinkedElement(element) || isRunBoundary(element)) {
        endRun();
      } else {
        descend = true;
      }
    }
    const firstChild: Node | null = descend ? node.firstChild : null;
    if (firstChild !== null) {
      node = firstChild;
    } else {
      while (node !== null && node !== root && node.nextSibling === null) node = node.parentNode;
      node = node === null || node === root ? null : node.nextSibling;
    }
    visited += 1;
    if (visited % options.nodesPerYield === 0) yield;
  }
  endRun();
  return runs;
}
