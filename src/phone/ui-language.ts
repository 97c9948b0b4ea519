import { browser } from 'wxt/browser';

/** The browser's UI language (`en-US`), whose region reads numbers written without `+`. */
export function browserUiLanguage(): string | undefined {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return undefined;
  }
}
