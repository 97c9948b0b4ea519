import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phoneNumberOfLink } from './phone-link';

describe('phone links of a page', () => {
  it('reads the number of tel: and callto: links', () => {
    expect(phoneNumberOfLink('tel:+79165551234')).toBe('+79165551234');
    expect(phoneNumberOfLink('TEL:+7-916-555-12-34')).toBe('+7-916-555-12-34');
    expect(phoneNumberOfLink('tel:+1-415-555-0132;ext=12')).toBe('+1-415-555-0132');
    expect(phoneNumberOfLink('tel:%2B7%20916%20555%2012%2034')).toBe('+7 916 555 12 34');
    expect(phoneNumberOfLink('tel:88005553535')).toBe('88005553535');
    expect(phoneNumberOfLink('callto:+79165551234')).toBe('+79165551234');
    expect(phoneNumberOfLink('callto://+79165551234')).toBe('+79165551234');
  });

  it('leaves every other link alone', () => {
    for (const href of [
      'https://example.com/tel:+79165551234',
      'mailto:a@example.com',
      'trueconf:#tel:+79165551234',
      'tel:',
      'tel:112',
      'tel:*100#',
      'callto:skype.name',
      'tel:+7916555123412345678',
      'tel:%E0%A4%A',
      'sms:+79165551234',
      `tel:+7${'0'.repeat(200)}`,
    ]) {
      expect(phoneNumberOfLink(href)).toBeNull();
    }
  });

  it('only ever gives a number of plain phone characters', () => {
    fc.assert(
      fc.property(fc.string(), (rest) => {
        const number = phoneNumberOfLink(`tel:${rest}`);
        if (number !== null) expect(number).toMatch(/^\+?[\d\s().-]+$/);
      }),
    );
  });
});
