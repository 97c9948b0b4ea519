import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';

/**
 * A phone number a person typed or selected (quick dial, context menu, selection shortcut, a
 * page's `tel:` link), read with the phone library's compact metadata: these places need one
 * number checked, not a page searched, and they load with the popup or the background anyway.
 * Pages are searched by the finder (finder.ts), which loads its bigger metadata only on demand.
 */

export interface PhoneNumber {
  /** `+79165551234`: what goes into the call string. */
  e164: string;
  /** `+7 916 555 12 34`: what the person is shown. */
  international: string;
  /** `12` for `ext. 12`; the gateway's call string has no place for it, so it is only shown. */
  extension: string | null;
}

/** Only digits, the separators numbers are written with, and an optional extension. */
const PHONE_TEXT =
  /^\+?[\d\s().\u2010-\u2015-]+(?:\s*(?:ext\.?|x|доб\.?|добавочный)\s*\d{1,7})?$/iu;
const MAX_PHONE_TEXT_LENGTH = 64;

function digitCount(text: string): number {
  return text.replace(/\D/gu, '').length;
}

/** Whether text is written like a phone number at all; nothing about whether it is a valid one. */
export function isPhoneLikeText(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length > MAX_PHONE_TEXT_LENGTH || !PHONE_TEXT.test(trimmed)) return false;
  const digits = digitCount(trimmed.replace(/(?:ext\.?|x|доб\.?|добавочный)\s*\d+$/iu, ''));
  return digits >= 7 && digits <= 17;
}

/**
 * Reads the whole text as one phone number valid in `region` (the region matters only for
 * numbers written without `+`). Null for anything else: the text must be nothing but a number.
 */
export function readPhoneNumber(text: string, region: string): PhoneNumber | null {
  if (!isPhoneLikeText(text)) return null;
  const parsed = parsePhoneNumberFromString(text.trim().replace(/[\u2010-\u2015]/gu, '-'), {
    defaultCountry: region as CountryCode,
    extract: false,
  });
  if (parsed === undefined || !parsed.isValid()) return null;
  return {
    e164: parsed.number,
    international: parsed.formatInternational().replace(/\s+ext\.\s+\d+$/u, ''),
    extension: parsed.ext ?? null,
  };
}

/**
 * Whether text written with a `+` or a phone's separators (`(`, `)`, `-`) says "phone number"
 * more than anything else; a bare run of digits is as likely a conference ID.
 */
export function isWrittenAsPhone(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.startsWith('+') || /[()\u2010-\u2015-]|\d\s+\d/u.test(trimmed);
}
