import { phoneCallCommand, phoneCallUri, type Command } from '../protocol';
import { readPhoneNumber, type PhoneNumber } from './number';
import { effectivePhoneRegion } from './regions';

/** The phone settings a call needs (plain values: settings sit above this layer). */
export interface PhoneCallSettings {
  phoneDialFormat: string;
  /** Empty: the region of the browser's UI language, else RU. */
  phoneCountry: string;
}

export interface PhoneCall {
  number: PhoneNumber;
  command: Command;
  uri: string;
}

/**
 * Text that is one phone number, as the `trueconf:` link that hands it to TrueConf's gateway;
 * null when the text is no valid number or the dial format is unusable.
 */
export function phoneCallFor(
  text: string,
  settings: PhoneCallSettings,
  uiLanguage: string | undefined,
): PhoneCall | null {
  const region = effectivePhoneRegion(settings.phoneCountry, uiLanguage);
  const number = readPhoneNumber(text, region);
  if (number === null) return null;
  const command = phoneCallCommand(number.e164, settings.phoneDialFormat);
  const uri = phoneCallUri(number.e164, settings.phoneDialFormat);
  return command === null || uri === null ? null : { number, command, uri };
}
