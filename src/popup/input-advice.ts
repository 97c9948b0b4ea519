import { isKnownServer, isValidConferenceId, type ErrorDescription } from '../protocol';
import { MAX_INVITATION_LENGTH, type Reading } from './interpret';

/**
 * Says what is wrong with text the quick dial cannot call, in the person's terms rather than the
 * parser's (a phone number, a conference ID typed with spaces, a sentence), and warns about a
 * TrueConf ID whose server is probably an e-mail provider. Pure.
 */

export interface InvalidAdvice {
  error: ErrorDescription;
  /** Text that would work, offered as a one-click fix. */
  suggestion?: string;
  /** A phone number while phone calls are off: offer the way to the setting that turns them on. */
  phoneSettings?: true;
}

/** Where phone calls stand, for the advice on a phone number the quick dial cannot call. */
export type PhoneCallsState = 'on' | 'off' | 'locked-off';

const describe = (key: string, substitutions: string[] = []): ErrorDescription => ({
  key,
  substitutions,
});

/** Digits with the separators people write numbers with; at least two digits. */
const NUMBER_LIKE = /^\+?[\d\s().-]*\d[\d\s().-]*\d[\d\s().-]*$/u;
const DIGITS_AND_SPACES = /^\d+(?:\s+\d+)+$/u;
/** E.164 numbers have at most 15 digits; local numbers at least 7. */
const PHONE_DIGITS = { min: 7, max: 15 };

function digitCount(text: string): number {
  return text.replace(/\D/gu, '').length;
}

function looksLikePhoneNumber(text: string): boolean {
  if (!NUMBER_LIKE.test(text)) return false;
  const digits = digitCount(text);
  if (digits < PHONE_DIGITS.min || digits > PHONE_DIGITS.max) return false;
  return text.startsWith('+') || /[()-]/u.test(text);
}

export function adviceForInvalid(
  text: string,
  fallback: ErrorDescription,
  phoneCalls: PhoneCallsState = 'off',
): InvalidAdvice {
  const trimmed = text.trim();
  // A `tel:` link that is no number it can dial is a wrong phone number, not a wrong address.
  if (looksLikePhoneNumber(trimmed) || /^(?:tel|callto):/iu.test(trimmed)) {
    if (phoneCalls === 'off') {
      return { error: describe('popup_error_phone_calls_off'), phoneSettings: true };
    }
    if (phoneCalls === 'locked-off') return { error: describe('popup_error_phone_calls_locked') };
    return { error: describe('popup_error_phone_number') };
  }
  if (DIGITS_AND_SPACES.test(trimmed)) {
    const id = trimmed.replace(/\s+/gu, '');
    if (isValidConferenceId(id)) {
      const suggestion = `\\c\\${id}`;
      return { error: describe('popup_error_spaced_conference_id', [suggestion]), suggestion };
    }
  }
  // Words and spaces with no address among them: a sentence, not a wrong address.
  if (/\s/u.test(trimmed)) {
    return trimmed.length > MAX_INVITATION_LENGTH
      ? {
          error: describe('popup_error_not_in_first', [MAX_INVITATION_LENGTH.toLocaleString()]),
        }
      : { error: describe('popup_error_not_an_address') };
  }
  return { error: fallback };
}

/** Host labels TrueConf servers are usually named with. */
const SERVER_LIKE_LABEL = /^(?:trueconf|tc|vc|vcs|video|conf|conference|meet|meeting|vks)$/iu;

function looksLikeTrueConfServer(server: string): boolean {
  const host = server.replace(/:\d+$/u, '');
  return host.split('.').some((label) => SERVER_LIKE_LABEL.test(label) || /trueconf/iu.test(label));
}

/**
 * The server of a typed `name@server` that is neither one of the person's TrueConf servers nor
 * named like one (`anna@gmail.com` is far more likely an e-mail address); null when it looks fine.
 */
export function doubtfulUserServer(
  reading: Reading | null,
  knownServers: readonly string[],
): string | null {
  const target = reading?.command.target;
  if (target?.type !== 'user' || !target.server) return null;
  if (isKnownServer(target.server, knownServers)) return null;
  return looksLikeTrueConfServer(target.server) ? null : target.server;
}
