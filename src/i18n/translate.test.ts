import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fakeGetMessage } from '../../test/support/messages';
import { message } from './message';
import { messagesLanguage, translate, translateMessage } from './translate';

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(
    fakeGetMessage({
      language_tag: { message: 'en' },
      refused: { message: 'Rule $1 was refused.' },
      tooLong: { message: 'It is longer than $1 characters.' },
    }) as typeof fakeBrowser.i18n.getMessage,
  );
});

describe('translate', () => {
  it('fills in the substitutions, and shows a missing key as the key', () => {
    expect(translate('refused', ['3'])).toBe('Rule 3 was refused.');
    expect(translate('missing_key')).toBe('missing_key');
  });
});

describe('translateMessage', () => {
  it('reads a message and, after a space, its detail', () => {
    expect(translateMessage(message('refused', ['3']))).toBe('Rule 3 was refused.');
    expect(translateMessage(message('refused', ['3'], message('tooLong', ['500'])))).toBe(
      'Rule 3 was refused. It is longer than 500 characters.',
    );
  });
});

describe('messagesLanguage', () => {
  it('is the language the messages name, not the browser’s', () => {
    expect(messagesLanguage()).toBe('en');
  });
});
