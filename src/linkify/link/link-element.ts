import { LINK_ATTRIBUTE } from '../find/element-rules';
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

export type LinkLook = 'underline' | 'icon';

/**
 * "Underline and a small icon": the same dotted underline, and a tiny camera after the text. The
 * icon is the link's background, drawn in a padding of its own width at the link's end: it never
 * covers a character, adds nothing to `innerText`, and moves what follows by its width only.
 */
export const ICON_IMAGE =
  "url(\"data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 10'%3E" +
  "%3Crect x='0' y='1' width='10' height='8' rx='2' fill='%231f6feb'/%3E" +
  "%3Cpath d='M11 5l5-3.5v7z' fill='%231f6feb'/%3E%3C/svg%3E\")";

/** The room the icon takes after the text: the icon's width and a small gap before it. */
export const ICON_ROOM_EM = 0.95;

const ICON_STYLE = [
  ...LINK_DECLARATIONS.filter(([property]) => property !== 'background' && property !== 'padding'),
  ['padding', `0 ${ICON_ROOM_EM}em 0 0`],
  ['background', `${ICON_IMAGE} no-repeat right center / 0.8em 0.5em`],
]
  .map(([property, value]) => `${property}: ${value} !important`)
  .join('; ');

/** One styled, empty link per document and look, cloned for each link: parsing style once is cheaper. */
const templates = new WeakMap<Document, Map<LinkLook, HTMLAnchorElement>>();

function templateFor(ownerDocument: Document, look: LinkLook): HTMLAnchorElement {
  let byLook = templates.get(ownerDocument);
  if (!byLook) templates.set(ownerDocument, (byLook = new Map()));
  let template = byLook.get(look);
  if (!template) {
    template = ownerDocument.createElement('a');
    template.setAttribute(LINK_ATTRIBUTE, '');
    // Through the CSSOM, not a style attribute: a page's CSP may forbid inline style attributes.
    template.style.cssText = look === 'icon' ? ICON_STYLE : LINK_STYLE;
    byLook.set(look, template);
  }
  return template;
}

/** An empty link for `link`; the text it shows is the page's matched text, put in by the split. */
export function createTrueConfLink(
  ownerDocument: Document,
  link: PlannedLink,
  look: LinkLook = 'underline',
): HTMLAnchorElement {
  const anchor = templateFor(ownerDocument, look).cloneNode(false) as HTMLAnchorElement;
  anchor.setAttribute('href', link.href);
  if (link.title !== '') anchor.setAttribute('title', link.title);
  return anchor;
}
