import { browser } from 'wxt/browser';
import type { Message } from './message';

/**
 * Every UI string comes from `public/_locales`. Keys are often computed (protocol error codes,
 * command descriptions), so this takes any string rather than WXT's generated key union.
 */
type GetMessage = (key: string, substitutions?: string | string[]) => string;

export function translate(key: string, substitutions?: string | string[]): string {
  const getMessage = browser.i18n.getMessage as unknown as GetMessage;
  // An unknown key gives '' in Chromium; showing the key keeps a missing string visible in tests.
  return getMessage(key, substitutions) || key;
}

/** A message and, after a space, its detail sentence if it has one. */
export function translateMessage(message: Message): string {
  const text = translate(message.key, message.substitutions);
  return message.detail ? `${text} ${translateMessage(message.detail)}` : text;
}

/**
 * The language the messages actually resolved to. `getUILanguage()` would say e.g. "de" while the
 * text falls back to English, so each messages.json names its own language instead.
 */
export function messagesLanguage(): string {
  return translate('language_tag');
}
