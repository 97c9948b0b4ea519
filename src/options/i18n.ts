import { translate } from '../i18n/translate';
import type { Message } from './message';

export const t = translate;

export function applyDocumentLanguage(doc: Document): void {
  doc.documentElement.lang = t('options_language_tag');
  doc.documentElement.dir = t('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
  doc.title = t('options_title');
}

export function translateMessage(message: Message): string {
  const text = t(message.key, message.substitutions);
  return message.detail ? `${text} ${translateMessage(message.detail)}` : text;
}
