import { messagesLanguage, translate } from '../i18n/translate';

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

/** Language, direction and title of an extension page, from the messages it shows. */
export function applyDocumentLanguage(doc: Document, titleKey: string): void {
  doc.documentElement.lang = messagesLanguage();
  doc.documentElement.dir = translate('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
  doc.title = translate(titleKey);
}
