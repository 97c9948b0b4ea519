/**
 * The options page builds its DOM with DOM APIs only: whatever the user types or imports goes in
 * as text, never as markup.
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

export function el<K extends keyof HTMLElementTagNameMap>(
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

let uniqueCounter = 0;

/** Ids for label/for and aria-describedby pairs; unique within the page. */
export function uniqueId(prefix: string): string {
  uniqueCounter += 1;
  return `${prefix}-${uniqueCounter}`;
}

/** A status line that screen readers announce when its text changes. */
export function statusLine(): HTMLParagraphElement {
  return el('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
}

export function showStatus(
  line: HTMLElement,
  text: string,
  kind: 'ok' | 'error' | 'info' = 'info',
): void {
  line.textContent = text;
  line.dataset.kind = kind;
}
