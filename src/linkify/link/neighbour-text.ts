/**
 * Page text just before and after a run, for the F3 rule "TrueConf is mentioned within 500
 * characters". Read only when a run needs it, walking text nodes outward from the run.
 */

const NOT_PAGE_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TITLE', 'TEXTAREA']);
/** Whitespace-only nodes between tags cost a step each; past this many steps we stop looking. */
const MAX_NODES_VISITED = 400;

function isPageText(node: Node): boolean {
  const parent = node.parentElement;
  return parent === null || !NOT_PAGE_TEXT.has(parent.tagName.toUpperCase());
}

function collect(
  walker: TreeWalker,
  from: Node,
  step: 'previousNode' | 'nextNode',
  chars: number,
): string {
  walker.currentNode = from;
  const parts: string[] = [];
  let length = 0;
  for (let visited = 0; visited < MAX_NODES_VISITED && length < chars; visited += 1) {
    const node = walker[step]();
    if (node === null) break;
    if (!isPageText(node)) continue;
    const data = (node as Text).data;
    parts.push(data);
    // A run boundary reads as a space: "TrueConf</p><p>Conference ID" are two words.
    parts.push(' ');
    length += data.length + 1;
  }
  if (step === 'previousNode') return parts.reverse().join('').slice(-chars);
  return parts.join('').slice(0, chars);
}

export interface NeighbourText {
  before: string;
  after: string;
}

export function neighbourText(first: Text, last: Text, chars: number): NeighbourText {
  const root = first.getRootNode();
  const walker = first.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  return {
    before: collect(walker, first, 'previousNode', chars),
    after: collect(walker, last, 'nextNode', chars),
  };
}
