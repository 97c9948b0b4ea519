import { browser } from 'wxt/browser';
import type { Message } from './message';

/**
 * All options-page text comes from `public/_locales`. Keys are partly dynamic (protocol error
 * codes, setting names), so this takes any string rather than WXT's generated key union.
 */
type GetMessage = (key: string, substitutions?: string | string[]) => string;

export function t(key: string, substitutions?: string | string[]): string {
  const getMessage = browser.i18n.getMessage as unknown as GetMessage;
  // Chromium gives '' for an unknown key; showing the key keeps a missing string visible.
  return getMessage(key, substitutions) || key;
}

export function applyDocumentLanguage(doc: Document): void {
  doc.documentElement.lang = t('options_language_tag');
  doc.documentElement.dir = t('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
  doc.title = t('options_title');
}

export function translateMessage(message: Message): string {
  const text = t(message.key, message.substitutions);
  return message.detail ? `${text} ${translateMessage(message.detail)}` : text;
}
