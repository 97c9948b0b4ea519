import { isElement } from './node-types';

/**
 * Which elements the linkifier never links inside and where a text run ends. Decided by tag name
 * and attributes only: asking for computed styles per node would make a full-page pass slow.
 */

/** Attribute that marks the `<a>` elements this extension made, so they can be found and undone. */
export const LINK_ATTRIBUTE = 'data-trueconf-link';
/** Opt-out attribute a page can put on any element: nothing inside it is linked. */
export const IGNORE_ATTRIBUTE = 'data-trueconf-ignore';

/** Subtrees whose text is not page prose (or is already interactive) are never linked. */
const NEVER_LINKED_TAGS = new Set([
  'a',
  'button',
  'input',
  'textarea',
  'select',
  'option',
  'optgroup',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'canvas',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'head',
  'title',
  'xmp',
  'plaintext',
]);

/** Roots of the common in-page editors; their text belongs to the editor's model, not to us. */
const EDITOR_ROOT_CLASSES = [
  'cm-editor',
  'CodeMirror',
  'monaco-editor',
  'ProseMirror',
  'ql-editor',
  'ace_editor',
  'tox-edit-area',
  'mce-content-body',
  'ck-editor__editable',
  'DraftEditor-root',
  'redactor-editor',
  'trix-content',
];
const EDITABLE_ROLES = ['textbox', 'combobox', 'searchbox'];

/** Attributes whose value alone can put an element's subtree off limits. */
export const EXCLUDING_ATTRIBUTES = ['contenteditable', IGNORE_ATTRIBUTE, 'role', 'class'];

/** Whether attribute `name` with `value` (null: absent) puts its element's subtree off limits. */
export function attributeExcludes(name: string, value: string | null): boolean {
  if (value === null) return false;
  switch (name) {
    case 'contenteditable':
      return value.toLowerCase() !== 'false';
    case IGNORE_ATTRIBUTE:
      return true;
    case 'role':
      return EDITABLE_ROLES.includes(value.trim().toLowerCase());
    case 'class': {
      const classes = value.split(/\s+/);
      return EDITOR_ROOT_CLASSES.some((name) => classes.includes(name));
    }
    default:
      return false;
  }
}

/**
 * Elements that end a text run: `Conference ID: <b>4154248070</b>` is one run, but text in two
 * paragraphs, list items or table cells is not. Unknown and custom elements are inline, as in CSS.
 */
const RUN_BOUNDARY_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'br',
  'caption',
  'center',
  'col',
  'colgroup',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'listing',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'search',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

function isEditableAttribute(element: Element): boolean {
  const value = element.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false';
}

const EDITOR_CLASS_PATTERN = new RegExp(`(?:^|\\s)(?:${EDITOR_ROOT_CLASSES.join('|')})(?:\\s|$)`);

/**
 * True when nothing inside `element` may be linked (its own verdict, not its ancestors').
 * Reads a few attributes instead of matching a selector: it runs for every ancestor of every
 * candidate, 5,000 times on a 5,000-deep page.
 */
export function isNeverLinkedElement(element: Element): boolean {
  // `localName` is lower case for HTML elements, and for `svg` and `math`, whose insides go with
  // them; unlike `tagName` it needs no case conversion.
  if (NEVER_LINKED_TAGS.has(element.localName)) return true;
  if (!element.hasAttributes()) return false;
  if (element.hasAttribute(IGNORE_ATTRIBUTE)) return true;
  if (isEditableAttribute(element)) return true;
  if (attributeExcludes('role', element.getAttribute('role'))) return true;
  const className = element.getAttribute('class');
  return className !== null && EDITOR_CLASS_PATTERN.test(className);
}

/** True when `element` starts a new run: a block-level tag, `<br>`, or a shadow host. */
export function isRunBoundary(element: Element): boolean {
  return RUN_BOUNDARY_TAGS.has(element.localName) || element.shadowRoot !== null;
}

/** True for an `<a>` this extension made. */
export function isOurLinkElement(node: Node): node is HTMLAnchorElement {
  return isElement(node) && node.hasAttribute(LINK_ATTRIBUTE);
}
