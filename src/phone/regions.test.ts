import { getCountries } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { effectivePhoneRegion, isPhoneRegion, phoneRegions } from './regions';

describe('phone regions', () => {
  it('lists exactly the regions the phone library knows', () => {
    expect(phoneRegions().sort()).toEqual([...getCountries()].sort());
  });

  it('checks a stored region', () => {
    expect(isPhoneRegion('RU')).toBe(true);
    expect(isPhoneRegion('US')).toBe(true);
    for (const value of ['ru', 'ZZ', '', 'RUS', 7, null]) expect(isPhoneRegion(value)).toBe(false);
  });

  it('prefers the setting, then the UI language region, then Russia', () => {
    expect(effectivePhoneRegion('DE', 'en-US')).toBe('DE');
    expect(effectivePhoneRegion('', 'en-US')).toBe('US');
    expect(effectivePhoneRegion('', 'pt_BR')).toBe('BR');
    expect(effectivePhoneRegion('', 'zh-Hant-TW')).toBe('TW');
    expect(effectivePhoneRegion('', 'en')).toBe('RU');
    expect(effectivePhoneRegion('', 'ru')).toBe('RU');
    expect(effectivePhoneRegion('', undefined)).toBe('RU');
    expect(effectivePhoneRegion('', 'es-419')).toBe('RU');
    expect(effectivePhoneRegion('ZZ', 'en-GB')).toBe('GB');
  });
});
