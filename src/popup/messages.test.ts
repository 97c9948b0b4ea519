import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMessages } from '../../test/support/messages';

const SOURCES = readdirSync(import.meta.dirname)
  .filter((name) => name.endsWith('.ts') && !name.includes('test'))
  .map((name) => readFileSync(path.join(import.meta.dirname, name), 'utf8'))
  .join('\n');

/** Every `popup_…` key the popup names, with each plural form of the counted ones. */
function keysUsed(): string[] {
  const keys = new Set(SOURCES.match(/'popup_[a-z_]+'/g)?.map((quoted) => quoted.slice(1, -1)));
  keys.delete('popup_site_count');
  return [...keys, ...['one', 'other'].map((form) => `popup_site_count_${form}`)].sort();
}

describe('popup messages', () => {
  const en = loadMessages('en');
  const ru = loadMessages('ru');

  it('has every key the popup uses in English and in Russian', () => {
    const used = keysUsed();
    expect(used.length).toBeGreaterThan(50);
    expect(used.filter((key) => !en[key]?.message)).toEqual([]);
    expect(used.filter((key) => !ru[key]?.message)).toEqual([]);
  });

  it('has the Russian plural forms of the address count', () => {
    for (const form of ['one', 'few', 'many', 'other']) {
      expect(ru[`popup_site_count_${form}`]?.message).toContain('$1');
    }
  });

  it('names its own language, so the page gets the right lang attribute', () => {
    expect(en.language_tag?.message).toBe('en');
    expect(ru.language_tag?.message).toBe('ru');
  });

  it('never claims that a call was placed', () => {
    const popupTexts = Object.entries({ ...en })
      .filter(([key]) => key.startsWith('popup_'))
      .map(([, value]) => value.message.toLowerCase());
    expect(
      popupTexts.filter((text) => /call (was )?placed|connected|calling now/.test(text)),
    ).toEqual([]);
  });
});

describe('fakeGetMessage, the tests’ stand-in for Chrome', () => {
  it('fills named placeholders and numbered substitutions', async () => {
    const { fakeGetMessage } = await import('../../test/support/messages');
    const getMessage = fakeGetMessage({
      named: {
        message: 'Join $ID$ on $Server$ for $$5',
        placeholders: { id: { content: '$1' }, server: { content: '$2' } },
      },
      numbered: { message: 'Handed: $1' },
    });
    expect(getMessage('named', ['42', 'example.com'])).toBe('Join 42 on example.com for $5');
    expect(getMessage('numbered', 'x')).toBe('Handed: x');
    expect(getMessage('missing')).toBe('');
  });
});
