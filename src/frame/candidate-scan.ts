import { MAY_HOST_SHADOW_ROOT } from '../linkify/find/shadow-hosts';

/** Whether a stretch of text could hold an address; the detection pre-filter, with the settings. */
export type CandidateTest = (text: string) => boolean;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * Open shadow roots under `root`. Their text is not in the document's `textContent`, yet the
 * linkifier links it.
 */
function openShadowRoots(root: Document | Element | ShadowRoot): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const candidates = root.querySelectorAll(MAY_HOST_SHADOW_ROOT);
  const hosts = root.nodeType === ELEMENT_NODE ? [root as Element, ...candidates] : candidates;
  for (const host of hosts) {
    const shadow = host.shadowRoot;
    if (shadow) found.push(shadow, ...openShadowRoots(shadow));
  }
  return found;
}

/**
 * Elements whose text is not shown as page text: code, style sheets, inert markup, a field's
 * initial value. Pages are full of them (CSS's `@media`, JSON-LD's `"@context"`, scripts naming
 * anything), and the linkifier never links inside them, so their text alone must not load it.
 */
const NOT_SHOWN = 'script, style, noscript, template, textarea';

/** The text of a whole document as the check reads it: its body's (the head holds no prose). */
function scopeText(scope: Document | Element | ShadowRoot): {
  root: Element | ShadowRoot | null;
  text: string;
} {
  const root =
    scope.nodeType === 9
      ? ((scope as Document).body ?? (scope as Document).documentElement)
      : (scope as Element | ShadowRoot);
  return { root, text: root?.textContent ?? '' };
}

/**
 * Whether the text of `root` outside the elements that show no text has a candidate. Reads the
 * whole text first, as one string the browser already holds; only when that has one are the
 * pieces between scripts and styles read (with a range each, never node by node).
 */
function shownTextHasCandidate(
  root: Element | ShadowRoot,
  text: string,
  isCandidate: CandidateTest,
): boolean {
  if (!isCandidate(text)) return false;
  if (root.nodeType === ELEMENT_NODE && (root as Element).closest(NOT_SHOWN)) return false;
  const hidden = root.querySelectorAll(NOT_SHOWN);
  if (hidden.length === 0) return true;
  const range = (root.ownerDocument ?? (root as unknown as Document)).createRange();
  range.selectNodeContents(root);
  const pieces: string[] = [];
  let previous: Element | null = null;
  for (const element of hidden) {
    // One inside another (a style in an SVG inside a template) is already left out.
    if (previous?.contains(element)) continue;
    range.setEndBefore(element);
    pieces.push(range.toString());
    range.setStartAfter(element);
    previous = element;
  }
  range.setEnd(root, root.childNodes.length);
  pieces.push(range.toString());
  // Apart: two pieces joined by a script between them were never one text on the page.
  return pieces.some((piece) => isCandidate(piece));
}

/**
 * Whether anything under `root` (its open shadow roots included) could become a link, or already
 * is one of ours or the page's (`linkSelector`: those count on the toolbar badge). Reads text the
 * browser already holds as one string per root, so a page with nothing to link costs a regular
 * expression over its text and no per-node script work. Text in scripts, styles and templates
 * does not count.
 */
export function hasCandidate(
  root: Document | Element | ShadowRoot,
  isCandidate: CandidateTest,
  linkSelector: string,
): boolean {
  return anyCandidate([root, ...openShadowRoots(root)], isCandidate, linkSelector);
}

/** `hasCandidate` over scopes already found (the element walk is the costly part: done once). */
function anyCandidate(
  scopes: readonly (Document | Element | ShadowRoot)[],
  isCandidate: CandidateTest,
  linkSelector: string,
): boolean {
  for (const scope of scopes) {
    const { root, text } = scopeText(scope);
    if (root && shownTextHasCandidate(root, text, isCandidate)) return true;
    if (scope.nodeType === ELEMENT_NODE && (scope as Element).matches(linkSelector)) return true;
    if (scope.querySelector(linkSelector) !== null) return true;
  }
  return false;
}

/** What of a mutation to look at: a changed text's whole parent, so split words still join. */
function changedScopes(record: MutationRecord): Node[] {
  if (record.type === 'characterData') return [record.target.parentNode ?? record.target];
  if (record.type === 'attributes') return [record.target];
  const scopes: Node[] = [];
  for (const node of record.addedNodes) {
    scopes.push(node.nodeType === TEXT_NODE ? (node.parentNode ?? node) : node);
  }
  return scopes;
}

function scopeHasCandidate(node: Node, isCandidate: CandidateTest, linkSelector: string): boolean {
  if (node.nodeType === ELEMENT_NODE || node.nodeType === 9 || node.nodeType === 11) {
    return hasCandidate(node as Element, isCandidate, linkSelector);
  }
  // A lone text node (a changed one is read through its parent): inside a script or style, none.
  if (node.parentElement?.closest(NOT_SHOWN)) return false;
  return isCandidate(node.textContent ?? '');
}

/**
 * Calls `found` once, as soon as `doc` has a candidate (see `hasCandidate`): at once if it has one
 * now, else when text, an element or a link's address that could be one arrives. Mutations are
 * read in their batches and only where they happened. Returns the stop.
 */
export function watchForCandidate(
  doc: Document,
  isCandidate: CandidateTest,
  linkSelector: string,
  found: () => void,
): () => void {
  // The document's own text first: where it has a candidate, the linkifier comes and finds the
  // shadow roots itself, and the look for them (an element walk, 35 ms on a page of 80,000
  // elements) would only hold back the page's first paint.
  if (anyCandidate([doc], isCandidate, linkSelector)) {
    found();
    return () => undefined;
  }
  const shadows = openShadowRoots(doc);
  if (anyCandidate(shadows, isCandidate, linkSelector)) {
    found();
    return () => undefined;
  }
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const scope of changedScopes(record)) {
        if (!scopeHasCandidate(scope, isCandidate, linkSelector)) continue;
        observer.disconnect();
        found();
        return;
      }
    }
  });
  const options: MutationObserverInit = {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['href'],
  };
  observer.observe(doc, options);
  for (const shadow of shadows) observer.observe(shadow, options);
  return () => observer.disconnect();
}
