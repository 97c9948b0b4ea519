import { describe, expect, it } from 'vitest';
import { isPhoneLikeText, isWrittenAsPhone, readPhoneNumber } from './number';

describe('reading a typed phone number', () => {
  it('normalises the real formats to E.164', () => {
    expect(readPhoneNumber('+7 (916) 555-12-34', 'RU')).toEqual({
      e164: '+79165551234',
      international: '+7 916 555 12 34',
      extension: null,
    });
    expect(readPhoneNumber('8 800 555-35-35', 'RU')?.e164).toBe('+78005553535');
    expect(readPhoneNumber('8 (495) 123-45-67', 'RU')?.e164).toBe('+74951234567');
    expect(readPhoneNumber('  +7 916 555-12-34 ', 'US')?.e164).toBe('+79165551234');
    expect(readPhoneNumber('+44 20 7946 0958', 'RU')?.e164).toBe('+442079460958');
    expect(readPhoneNumber('(415) 555-0132', 'US')?.e164).toBe('+14155550132');
    expect(readPhoneNumber('+7 916 555–12–34', 'RU')?.e164).toBe('+79165551234');
  });

  it('keeps an extension apart from the number', () => {
    expect(readPhoneNumber('+1 415-555-0132 ext. 12', 'RU')).toEqual({
      e164: '+14155550132',
      international: '+1 415 555 0132',
      extension: '12',
    });
    expect(readPhoneNumber('+7 495 123-45-67 доб. 204', 'RU')?.extension).toBe('204');
  });

  it('reads numbers without + in the given region', () => {
    expect(readPhoneNumber('020 7946 0958', 'GB')?.e164).toBe('+442079460958');
    expect(readPhoneNumber('020 7946 0958', 'RU')).toBeNull();
    expect(readPhoneNumber('(415) 555-0132', 'RU')?.e164).toBe('+74155550132');
    expect(readPhoneNumber('8 916 555-12-34', 'RU')?.e164).toBe('+79165551234');
  });

  it('refuses what is not one valid phone number', () => {
    for (const text of [
      '',
      'smith',
      '+7 916',
      '12345',
      '+7 916 555-12-34 and +7 916 555-12-35',
      'call +7 916 555-12-34',
      '2024-03-15',
      '+0 123 456 7890',
      '+7 916 555-12-34-56-78-90-12',
      '\\c\\4154248070',
    ]) {
      expect(readPhoneNumber(text, 'RU')).toBeNull();
    }
  });

  it('tells text written like a phone from other text', () => {
    expect(isPhoneLikeText('+7 (916) 555-12-34')).toBe(true);
    expect(isPhoneLikeText('+1 415-555-0132 ext. 12')).toBe(true);
    expect(isPhoneLikeText('4154248070')).toBe(true);
    expect(isPhoneLikeText('smith')).toBe(false);
    expect(isPhoneLikeText('12-34')).toBe(false);
    expect(isWrittenAsPhone('+79165551234')).toBe(true);
    expect(isWrittenAsPhone('8 916 555 12 34')).toBe(true);
    expect(isWrittenAsPhone('(415) 5550132')).toBe(true);
    expect(isWrittenAsPhone('89165551234')).toBe(false);
  });
});
