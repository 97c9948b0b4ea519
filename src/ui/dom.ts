/**
 * The extension pages build their DOM with DOM APIs only: text always goes in as text nodes, so
 * nothing a user types, imports or a page supplies can become markup.
 */

export type AttributeValue = string | number | boolean | undefined;
export type Child = Node | string;

/** `true` sets an empty attribute, `false`/`undefined` leaves it out, like HTML boolean attributes. */
export function setAttributes(node: Element, attributes: Record<string, AttributeValue>): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) node.removeAttribute(name);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
}

export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, AttributeValue> = {},
  children: readonly Child[] = [],
  doc: Document = document,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  setAttributes(node, attributes);
  node.append(...children);
  return node;
}

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

export function svgElement<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, AttributeValue> = {},
  doc: Document = document,
): SVGElementTagNameMap[K] {
  const node = doc.createElementNS(SVG_NAMESPACE, tag) as SVGElementTagNameMap[K];
  setAttributes(node, attributes);
  return node;
}

let uniqueCounter = 0;

/** Ids for label/for and aria-describedby pairs; unique within the page. */
export function uniqueId(prefix: string): string {
  uniqueCounter += 1;
  return `${prefix}-${uniqueCounter}`;
}
