import { LINK_ATTRIBUTE } from './element-rules';
import type { PlannedLink } from './text-splits';

/**
 * The link must look like the text it replaces: same colour and font, no box, no spacing, so the
 * page's layout and `innerText` do not change, whatever the page's own `a { … }` rules say
 * (inline `!important` beats them). Only a subtle dotted underline tells it apart.
 */
const LINK_DECLARATIONS: readonly (readonly [string, string])[] = [
  ['color', 'inherit'],
  ['font', 'inherit'],
  ['display', 'inline'],
  ['position', 'static'],
  ['float', 'none'],
  ['margin', '0'],
  ['padding', '0'],
  ['border', '0'],
  ['background', 'none'],
  ['box-shadow', 'none'],
  ['opacity', '1'],
  ['letter-spacing', 'inherit'],
  ['word-spacing', 'inherit'],
  ['text-transform', 'inherit'],
  ['white-space', 'inherit'],
  ['line-height', 'inherit'],
  ['vertical-align', 'baseline'],
  ['text-decoration', 'underline dotted'],
  ['text-decoration-thickness', 'from-font'],
  ['text-underline-offset', '0.15em'],
  ['cursor', 'pointer'],
];

const LINK_STYLE = LINK_DECLARATIONS.map(
  ([property, value]) => `${property}: ${value} !important`,
).join('; ');

/** One styled, empty link per document, cloned for each link: parsing the style once is cheaper. */
const templates = new WeakMap<Document, HTMLAnchorElement>();

function templateFor(ownerDocument: Document): HTMLAnchorElement {
  let template = templates.get(ownerDocument);
  if (!template) {
    template = ownerDocument.createElement('a');
    template.setAttribute(LINK_ATTRIBUTE, '');
    // Through the CSSOM, not a style attribute: a page's CSP may forbid inline style attributes.
    template.style.cssText = LINK_STYLE;
    templates.set(ownerDocument, template);
  }
  return template;
}

/** An empty link for `link`; the text it shows is the page's matched text, put in by the split. */
export function createTrueConfLink(ownerDocument: Document, link: PlannedLink): HTMLAnchorElement {
  const anchor = templateFor(ownerDocument).cloneNode(false) as HTMLAnchorElement;
  anchor.setAttribute('href', link.href);
  if (link.title !== '') anchor.setAttribute('title', link.title);
  return anchor;
}
