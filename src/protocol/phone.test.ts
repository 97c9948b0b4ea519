import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  describeCommand,
  isE164Number,
  isValidPhoneDialFormat,
  parseUri,
  phoneCallCommand,
  phoneCallString,
  phoneCallUri,
  targetHidesParameters,
} from './index';

describe('phone numbers in trueconf: links', () => {
  it('writes the examples of protocol.md', () => {
    expect(phoneCallUri('+79165551234')).toBe('trueconf:#tel:+79165551234');
    expect(phoneCallUri('+14155550132')).toBe('trueconf:#tel:+14155550132');
    expect(phoneCallUri('+79165551234', '#tel:{digits}')).toBe('trueconf:#tel:79165551234');
    expect(phoneCallUri('+79165551234', '#sip:{number}@gw.example.com')).toBe(
      'trueconf:#sip:+79165551234@gw.example.com',
    );
    expect(phoneCallUri('+79165551234', '#sip:{digits}@10.0.0.5:5060')).toBe(
      'trueconf:#sip:79165551234@10.0.0.5:5060',
    );
  });

  it('reads back what it writes as a tel or sip call string', () => {
    const parsed = parseUri('trueconf:#tel:+79165551234');
    expect(parsed.ok && parsed.command).toEqual(phoneCallCommand('+79165551234'));
    expect(phoneCallCommand('+79165551234')?.target).toEqual({
      type: 'callString',
      protocol: 'tel',
      callString: '#tel:+79165551234',
    });
    expect(phoneCallCommand('+79165551234', '#sip:{number}@gw.example.com')?.target).toMatchObject({
      protocol: 'sip',
    });
  });

  it('is described as a phone call', () => {
    const command = phoneCallCommand('+79165551234');
    expect(command && describeCommand(command)).toEqual({
      key: 'describe_callPhone',
      substitutions: ['+79165551234'],
    });
  });

  it('accepts only E.164 numbers', () => {
    for (const number of ['+79165551234', '+14155550132', '+4420794609', '+123456789012345']) {
      expect(isE164Number(number)).toBe(true);
    }
    for (const number of [
      '79165551234',
      '+0123456789',
      '+7 916 555 12 34',
      '+1234567890123456',
      '+12345',
      '+7916555123a',
      '',
    ]) {
      expect(isE164Number(number)).toBe(false);
      expect(phoneCallUri(number)).toBeNull();
    }
  });

  it('accepts only the tel and sip dial formats', () => {
    for (const format of [
      '#tel:{number}',
      '#tel:{digits}',
      '#sip:{number}@gw.example.com',
      '#sip:{digits}@10.0.0.5:5060',
    ]) {
      expect(isValidPhoneDialFormat(format)).toBe(true);
    }
    for (const format of [
      '',
      '#tel:',
      '#tel:8{number}',
      '#tel:{number}&login=x',
      '#sip:{number}',
      '#sip:{number}@',
      '#sip:{number}@gw.example.com&force=1',
      '#sip:{number}@bad host',
      '#h323:{number}',
      'smith',
      '#tel:{number}{number}',
      '#TEL:{number}',
    ]) {
      expect(isValidPhoneDialFormat(format)).toBe(false);
      expect(phoneCallString('+79165551234', format)).toBeNull();
    }
  });

  it('builds, for any E.164 number and valid format, a link that reads back and hides no parameter', () => {
    const e164 = fc
      .tuple(fc.integer({ min: 1, max: 9 }), fc.stringMatching(/^\d{6,14}$/))
      .map(([first, rest]) => `+${first}${rest}`)
      .filter((number) => number.length <= 16);
    const format = fc.constantFrom(
      '#tel:{number}',
      '#tel:{digits}',
      '#sip:{number}@gw.example.com',
      '#sip:{digits}@[2001:db8::1]:5060',
    );
    fc.assert(
      fc.property(e164, format, (number, dialFormat) => {
        const uri = phoneCallUri(number, dialFormat);
        expect(uri).not.toBeNull();
        const parsed = parseUri(uri as string);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        expect(parsed.command).toEqual(phoneCallCommand(number, dialFormat));
        expect(parsed.command.signIn).toBeNull();
        expect(parsed.command.unknownParameters).toEqual([]);
        expect(targetHidesParameters(parsed.command)).toBe(false);
        expect(uri).toContain(number.slice(1));
      }),
    );
  });
});
