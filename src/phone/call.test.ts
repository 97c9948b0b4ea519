import { describe, expect, it } from 'vitest';
import { phoneCallFor } from './call';

const TEL = { phoneDialFormat: '#tel:{number}', phoneCountry: '' };

describe('a phone number as a TrueConf call', () => {
  it('gives the #tel: link of the E.164 number', () => {
    expect(phoneCallFor('+7 (916) 555-12-34', TEL, 'en')?.uri).toBe('trueconf:#tel:+79165551234');
    expect(phoneCallFor('8 800 555-35-35', TEL, 'ru')?.uri).toBe('trueconf:#tel:+78005553535');
    const withExtension = phoneCallFor('+1 415-555-0132 ext. 12', TEL, 'en-US');
    expect(withExtension?.uri).toBe('trueconf:#tel:+14155550132');
    expect(withExtension?.number.extension).toBe('12');
  });

  it('reads numbers without + in the chosen or the browser region', () => {
    expect(phoneCallFor('(415) 555-0132', TEL, 'en-US')?.uri).toBe('trueconf:#tel:+14155550132');
    expect(phoneCallFor('020 7946 0958', { ...TEL, phoneCountry: 'GB' }, 'ru')?.uri).toBe(
      'trueconf:#tel:+442079460958',
    );
    expect(phoneCallFor('020 7946 0958', TEL, 'ru')).toBeNull();
  });

  it('uses the SIP gateway format', () => {
    const sip = { phoneDialFormat: '#sip:{digits}@gw.example.com', phoneCountry: 'RU' };
    expect(phoneCallFor('+7 916 555-12-34', sip, 'en')?.uri).toBe(
      'trueconf:#sip:79165551234@gw.example.com',
    );
  });

  it('gives nothing for a non-number or an unusable format', () => {
    expect(phoneCallFor('smith', TEL, 'en')).toBeNull();
    expect(
      phoneCallFor('+7 916 555-12-34', { ...TEL, phoneDialFormat: '#tel:x' }, 'en'),
    ).toBeNull();
  });
});
