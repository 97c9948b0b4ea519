import { findCandidates, isLikelyTrueConfText, type DetectOptions } from '../../detect';
import { LIMITS } from '../work/limits';
import { ELEMENT_NODE } from './node-types';

/** Text and CDATA nodes: exactly the nodes whose text a Range's `toString` joins. */
const TEXT_NODES = 0x4 | 0x8;
const SHOW_ELEMENT = 0x1;

type Step = Generator<void, void, void>;

/**
 * The pre-filter's options; `test` and `find` stand in for the TrueConf pre-filter when more is
 * looked for on the same pass (phone numbers, `phones/phone-hints.ts`). Passed in, so that the
 * page-world walker, which looks for TrueConf's candidates only, does not carry them.
 */
export type WalkOptions = Pick<DetectOptions, 'customRules'> & {
  test?: typeof isLikelyTrueConfText;
  find?: typeof findCandidates;
};

/** Cheap test of one node on its own, reading no more of a huge node than is ever examined. */
function mayMatchNode(node: Text, options: WalkOptions): boolean {
  const length = node.length;
  if (length === 0) return false;
  const text = length > LIMITS.maxRunChars ? node.substringData(0, LIMITS.maxRunChars) : node.data;
  return (options.test ?? isLikelyTrueConfText)(text, options);
}

/**
 * The fast pass over a root: calls `onCandidate` for each text node that may hold (part of) an
 * address and returns how much work that was, in node visits. Text nodes are read in chunks: a
 * Range gives a chunk's text as one string (creating a script string per node is what makes a
 * naive pass slow) and the prefilter finds the few places that matter. With `onShadowHost`, the
 * same pass also calls it for `root` and every element below it with an open shadow root: one
 * walk costs the page less than a walk and a sweep. Yields every few hundred nodes; stops early
 * when `shouldStop` says so after a yield, or when the page removed the node it stood on, and
 * then returns false.
 */
export function* findCandidateNodes(
  root: Node,
  options: WalkOptions,
  onCandidate: (node: Text) => number,
  shouldStop: () => boolean,
  onShadowHost?: (host: Element) => void,
): Generator<void, boolean, void> {
  const ownerDocument = root.ownerDocument ?? (root as Document);
  if (onShadowHost && root.nodeType === ELEMENT_NODE && (root as Element).shadowRoot) {
    onShadowHost(root as Element);
  }
  const walker = ownerDocument.createTreeWalker(
    root,
    onShadowHost ? TEXT_NODES | SHOW_ELEMENT : TEXT_NODES,
  );
  const range = ownerDocument.createRange();
  // Filled from the start again for every chunk, never made anew: the walk reads tens of
  // thousands of nodes, and fresh arrays growing chunk after chunk were megabytes of garbage.
  const chunk: Text[] = [];
  const chunkEnds: number[] = [];
  let chunkCount = 0;
  let chunkLength = 0;
  let visited = 0;
  const flush = (): void => {
    if (chunkCount > 0) {
      const first = chunk[0] as Text;
      const last = chunk[chunkCount - 1] as Text;
      range.setStart(first, 0);
      range.setEnd(last, last.length);
      let index = 0;
      // Candidates arrive in order of their start.
      (options.find ?? findCandidates)(range.toString(), options, (start, end) => {
        while (index < chunkCount && (chunkEnds[index] as number) <= start) index += 1;
        // A candidate may run across nodes ("True<b>Conf</b>"): each node it touches counts.
        for (let touched = index; touched < chunkCount; touched += 1) {
          visited += onCandidate(chunk[touched] as Text);
          if ((chunkEnds[touched] as number) >= end) break;
        }
      });
    }
    chunkCount = 0;
    chunkLength = 0;
  };
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if (node.nodeType === ELEMENT_NODE) {
      if ((node as Element).shadowRoot) onShadowHost?.(node as Element);
    } else {
      const text = node as Text;
      const length = text.length;
      if (length > LIMITS.chunkChars) {
        flush();
        if (mayMatchNode(text, options)) visited += onCandidate(text);
      } else if (length > 0) {
        chunk[chunkCount] = text;
        chunkLength += length;
        chunkEnds[chunkCount] = chunkLength;
        chunkCount += 1;
        if (chunkLength >= LIMITS.chunkChars) flush();
      }
    }
    visited += 1;
    if (visited >= LIMITS.nodesPerStep) {
      // Nodes may change while we yield: a chunk never spans a yield.
      flush();
      visited = 0;
      yield;
      // The page removed the node we stood on: the rest arrives through the observer.
      if (shouldStop() || !walker.currentNode.isConnected) return false;
    }
  }
  flush();
  chunk.length = 0;
  return true;
}

/**
 * Calls `onHost` for `root` (when an element) and every element below it that has an open
 * shadow root. Attaching a shadow root is no DOM mutation, so roots are found by looking.
 */
export function* findShadowHosts(root: ParentNode, onHost: (host: Element) => void): Step {
  if (root.nodeType === ELEMENT_NODE && (root as Element).shadowRoot) onHost(root as Element);
  // A live collection costs nothing up front; a shadow root has no getElementsByTagName.
  const elements =
    root.nodeType === 11 ? root.querySelectorAll('*') : (root as Element).getElementsByTagName('*');
  for (let index = 0; index < elements.length; index += 1) {
    const element = elements[index] as Element;
    if (element.shadowRoot) onHost(element);
    if ((index + 1) % (LIMITS.nodesPerStep * 4) === 0) yield;
  }
}
