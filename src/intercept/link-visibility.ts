import type { ClickFacts } from '../messaging/messages';

/** How visible a link was at one point of its frame's viewport, measured from the DOM. */
export type LinkVisibility = Pick<
  ClickFacts,
  'uncovered' | 'opacity' | 'width' | 'height' | 'viewportWidth' | 'viewportHeight'
>;

// Node types, not `instanceof`: a same-origin parent frame's elements come from another realm.
function composedParentElement(node: Node): Element | null {
  const parent = node.parentNode;
  if (!parent) return null;
  if (parent.nodeType === Node.DOCUMENT_FRAGMENT_NODE && 'host' in parent) {
    return (parent as ShadowRoot).host;
  }
  return parent.nodeType === Node.ELEMENT_NODE ? (parent as Element) : null;
}

function isInside(node: Node | null, link: Element): boolean {
  for (let current = node; current; current = composedParentElement(current)) {
    if (current === link) return true;
  }
  return false;
}

/** The topmost element at (x, y), looking into open shadow roots down to the deepest one. */
export function topmostElementAt(doc: Document, x: number, y: number): Element | null {
  let hit = doc.elementFromPoint(x, y);
  while (hit?.shadowRoot) {
    const inner = hit.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  return hit;
}

/**
 * The product of the opacity of the element and every ancestor, through shadow roots and up
 * through the frames of the same origin (a cross-origin parent's styles are out of reach; there
 * IntersectionObserver v2, where the browser has it, sees what this cannot).
 */
export function effectiveOpacity(element: Element): number {
  let opacity = 1;
  let current: Element | null = element;
  while (current) {
    const view: Window | null = current.ownerDocument.defaultView;
    const style = view?.getComputedStyle(current);
    if (style) {
      if (style.visibility === 'hidden' || style.display === 'none') return 0;
      const own = Number.parseFloat(style.opacity);
      if (Number.isFinite(own)) opacity *= own;
    }
    current = composedParentElement(current) ?? frameElementOf(view);
  }
  return Math.min(1, Math.max(0, opacity));
}

function frameElementOf(view: Window | null | undefined): Element | null {
  try {
    return view?.frameElement ?? null;
  } catch {
    return null;
  }
}

export function measureLinkAt(link: Element, x: number, y: number): LinkVisibility {
  const doc = link.ownerDocument;
  const view = doc.defaultView;
  const box = link.getBoundingClientRect();
  return {
    uncovered: isInside(topmostElementAt(doc, x, y), link),
    opacity: effectiveOpacity(link),
    width: box.width,
    height: box.height,
    viewportWidth: view?.innerWidth ?? 0,
    viewportHeight: view?.innerHeight ?? 0,
  };
}

/** Where a keyboard user "is" on a link: the middle of its first line box. */
export function linkCentre(link: Element): { x: number; y: number } {
  const box = link.getClientRects()[0] ?? link.getBoundingClientRect();
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}
