import { applyDocumentLanguage, translate } from '../i18n/translate';
import type { Message } from './message';

export const t = translate;

export function applyOptionsLanguage(doc: Document): void {
  applyDocumentLanguage(doc, 'options_title');
}

export function translateMessage(message: Message): string {
  const text = t(message.key, message.substitutions);
  return message.detail ? `${text} ${translateMessage(message.detail)}` : text;
}
