import { applyDocumentLanguage, translate } from '../i18n/translate';

export const t = translate;

export function applyOptionsLanguage(doc: Document): void {
  applyDocumentLanguage(doc, 'options_title');
}
