import { applyDocumentLanguage, messagesLanguage, translate } from '../i18n/translate';

export { messagesLanguage, translate };

/** Attribute → where its translated text goes. */
const TRANSLATED_ATTRIBUTES = {
  'data-i18n': 'text',
  'data-i18n-aria-label': 'aria-label',
  'data-i18n-placeholder': 'placeholder',
  'data-i18n-title': 'title',
} as const;

/** Fills every element under `root` that names a message key in a `data-i18n*` attribute. */
export function applyTranslations(root: ParentNode): void {
  for (const [source, target] of Object.entries(TRANSLATED_ATTRIBUTES)) {
    for (const node of root.querySelectorAll(`[${source}]`)) {
      const text = translate(node.getAttribute(source) ?? '');
      if (target === 'text') node.textContent = text;
      else node.setAttribute(target, text);
    }
  }
}

export function applyPopupLanguage(doc: Document): void {
  applyDocumentLanguage(doc, 'popup_title');
}
