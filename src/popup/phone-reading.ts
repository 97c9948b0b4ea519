import { isWrittenAsPhone, phoneCallFor, type PhoneCallSettings } from '../phone';
import { phoneNumberOfLink } from '../intercept/phone-link';
import type { Reading } from './interpret';

/** What the quick dial knows of phone calls: whether they are on, how they are dialled. */
export interface PopupPhone extends PhoneCallSettings {
  phoneCalls: boolean;
  /** The administrator switched phone calls off: the popup must not suggest turning them on. */
  locked: boolean;
  uiLanguage: string | undefined;
}

/**
 * The quick dial's reading of text that is one phone number, while phone calls are on, and
 * whether it should come first (the text is written like a phone, not a bare run of digits).
 */
export function phoneReadingFor(
  text: string,
  phone: PopupPhone | undefined,
): { reading: Reading; first: boolean } | null {
  if (!phone?.phoneCalls) return null;
  // A `tel:`/`callto:` link copied from a page dials its number, as a click on it would.
  const linked = phoneNumberOfLink(text);
  const call = phoneCallFor(linked ?? text, phone, phone.uiLanguage);
  if (call === null) return null;
  return {
    reading: {
      id: 'phone',
      label: { key: 'popup_kind_phone', substitutions: [] },
      command: call.command,
      uri: call.uri,
      phone: { display: call.number.international, extension: call.number.extension },
    },
    first: linked !== null || isWrittenAsPhone(text),
  };
}
