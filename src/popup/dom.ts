/**
 * The popup builds its DOM with DOM APIs only: text always goes in as text nodes, so nothing a
 * user types or a page supplies can become markup.
 */

export type AttributeValue = string | number | boolean | undefined;
export type Child = Node | string;

export function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attributes: Record<string, AttributeValue> = {},
  children: readonly Child[] = [],
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  setAttributes(node, attributes);
  node.append(...children);
  return node;
}

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

export function svgElement<K extends keyof SVGElementTagNameMap>(
  doc: Document,
  tag: K,
  attributes: Record<string, AttributeValue> = {},
): SVGElementTagNameMap[K] {
  const node = doc.createElementNS(SVG_NAMESPACE, tag) as SVGElementTagNameMap[K];
  setAttributes(node, attributes);
  return node;
}

/** `true` sets an empty attribute, `false`/`undefined` leaves it out, like HTML boolean attributes. */
export function setAttributes(node: Element, attributes: Record<string, AttributeValue>): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) node.removeAttribute(name);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
}
