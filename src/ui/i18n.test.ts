// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fakeGetMessage, loadMessages } from '../../test/support/messages';
import { element } from './dom';
import { applyDocumentLanguage, applyTranslations } from './i18n';

function useLocale(locale: 'en' | 'ru'): void {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(
    fakeGetMessage(loadMessages(locale)) as typeof fakeBrowser.i18n.getMessage,
  );
}

beforeEach(() => {
  fakeBrowser.reset();
  useLocale('en');
});

describe('applyTranslations', () => {
  it('fills text, aria-label, placeholder and title from the message each attribute names', () => {
    const root = element('div', {}, [
      element('button', { 'data-i18n': 'confirmCancel', 'data-i18n-title': 'confirmClose' }),
      element('input', { 'data-i18n-placeholder': 'popup_address_placeholder' }),
      element('section', { 'data-i18n-aria-label': 'popup_preview_label' }),
    ]);
    applyTranslations(root);
    const en = loadMessages('en');
    const button = root.querySelector('button');
    expect(button?.textContent).toBe(en.confirmCancel?.message);
    expect(button?.title).toBe(en.confirmClose?.message);
    expect(root.querySelector('input')?.placeholder).toBe(en.popup_address_placeholder?.message);
    expect(root.querySelector('section')?.getAttribute('aria-label')).toBe(
      en.popup_preview_label?.message,
    );
  });

  it('replaces what was there, as text, and shows a missing key as the key', () => {
    const label = element('label', { 'data-i18n': 'no_such_key' }, [element('b', {}, ['old'])]);
    applyTranslations(element('div', {}, [label]));
    expect(label.childElementCount).toBe(0);
    expect(label.textContent).toBe('no_such_key');
  });
});

describe('applyDocumentLanguage', () => {
  it('takes language, direction and title from the messages the page shows', () => {
    useLocale('ru');
    applyDocumentLanguage(document, 'options_title');
    expect(document.documentElement.lang).toBe('ru');
    expect(document.documentElement.dir).toBe('ltr');
    expect(document.title).toBe(loadMessages('ru').options_title?.message);
  });
});
