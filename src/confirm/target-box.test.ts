// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fakeGetMessage, loadMessages } from '../../test/support/messages';
import { shownPlainText, shownText } from './shown-text';
import { fillTargetBox } from './target-box';

function useLocale(locale: 'en' | 'ru'): void {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(
    fakeGetMessage(loadMessages(locale)) as typeof fakeBrowser.i18n.getMessage,
  );
}

function box(): HTMLElement {
  document.body.replaceChildren();
  const dd = document.createElement('dd');
  const code = document.createElement('code');
  dd.append(code);
  document.body.append(dd);
  return code;
}

beforeEach(() => {
  fakeBrowser.reset();
  useLocale('en');
});

describe('what the confirmation window shows of page-chosen text', () => {
  it('shows line and paragraph separators, bidi controls and combining marks by their codes', () => {
    const value = 'trueconf:#sip:a\u2028Safe\u2029b\u202Eevil\u2066c\u0301\u200B';
    const shown = shownPlainText(value);
    expect(shown).toBe('trueconf:#sip:a⟨U+2028⟩Safe⟨U+2029⟩b⟨U+202E⟩evil⟨U+2066⟩c⟨U+0301⟩⟨U+200B⟩');
    for (const hidden of ['\u2028', '\u2029', '\u202E', '\u2066', '\u0301', '\u200B']) {
      expect(shown).not.toContain(hidden);
    }
  });

  it('marks the letters of another script in a word that mixes scripts, not whole-script words', () => {
    // "pаypal" with a Cyrillic а; "иванов" and "smith" are each one script.
    expect(shownText('pаypal иванов smith').parts).toEqual([
      { kind: 'text', text: 'p' },
      { kind: 'lookalike', text: 'а', code: 'U+0430' },
      { kind: 'text', text: 'ypal иванов smith' },
    ]);
  });

  it('frames the value in its box with marks as elements, never as markup', () => {
    const code = box();
    fillTargetBox(code, 'trueconf:<b>x</b>\u202Eа1');
    expect(code.querySelector('b')).toBeNull();
    expect(code.textContent).toBe('trueconf:<b>x</b>⟨U+202E⟩а1');
    expect(code.querySelector('.escaped')?.textContent).toBe('⟨U+202E⟩');
  });

  it('cuts a long value and says how many characters are left out, with the right plural', () => {
    const code = box();
    fillTargetBox(code, `trueconf:${'a'.repeat(300)}`);
    expect(code.textContent).toHaveLength(160);
    expect(code.parentElement?.querySelector('.more')?.textContent).toBe('… (149 more characters)');
    useLocale('ru');
    fillTargetBox(code, `trueconf:${'a'.repeat(152)}`);
    expect(code.parentElement?.querySelectorAll('.more')).toHaveLength(1);
    expect(code.parentElement?.querySelector('.more')?.textContent).toBe('… (ещё 1 символ)');
    fillTargetBox(code, `trueconf:${'a'.repeat(153)}`);
    expect(code.parentElement?.querySelector('.more')?.textContent).toBe('… (ещё 2 символа)');
    fillTargetBox(code, `trueconf:${'a'.repeat(156)}`);
    expect(code.parentElement?.querySelector('.more')?.textContent).toBe('… (ещё 5 символов)');
    fillTargetBox(code, 'trueconf:smith');
    expect(code.parentElement?.querySelector('.more')).toBeNull();
  });
});
