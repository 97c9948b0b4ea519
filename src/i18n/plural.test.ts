import { describe, expect, it } from 'vitest';
import { pluralKey } from './plural';

describe('pluralKey', () => {
  it('picks the CLDR category of the language', () => {
    expect([1, 2, 5, 21].map((n) => pluralKey('popup_site_count', n, 'en'))).toEqual([
      'popup_site_count_one',
      'popup_site_count_other',
      'popup_site_count_other',
      'popup_site_count_other',
    ]);
    expect([1, 3, 5, 11, 21, 22].map((n) => pluralKey('c', n, 'ru'))).toEqual([
      'c_one',
      'c_few',
      'c_many',
      'c_many',
      'c_one',
      'c_few',
    ]);
  });

  it('falls back to "other" for a tag Intl cannot read', () => {
    expect(pluralKey('c', 1, 'not a language tag!')).toBe('c_other');
  });
});
