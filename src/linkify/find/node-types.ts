/** Node type numbers, so hot loops compare integers instead of reading `Node.*` each time. */
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const DOCUMENT_NODE = 9;
export const DOCUMENT_FRAGMENT_NODE = 11;

export function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT_NODE;
}

export function isText(node: Node): node is Text {
  return node.nodeType === TEXT_NODE;
}

/** The containers a scan can start from: a document, an element or a shadow root. */
export type ScanRoot = Document | Element | ShadowRoot;
