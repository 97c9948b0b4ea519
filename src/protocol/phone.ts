import { buildUri } from './build';
import { callStringProtocol } from './target';
import { commandWithTarget, type Command } from './types';
import { isValidServer } from './validate';

/**
 * Phone numbers called through the TrueConf Server's VoIP/SIP gateway (docs/protocol.md, "Phone
 * numbers"). The number arrives already normalised to E.164 by the phone library; this module
 * only decides the call string and so the link, so that every part of the extension writes the
 * same `trueconf:#tel:+79165551234` for the same number.
 */

/** `+`, a country code that does not start with 0, then up to 15 digits in all (ITU-T E.164). */
const E164 = /^\+[1-9]\d{6,14}$/;

export function isE164Number(text: string): boolean {
  return E164.test(text);
}

export const DEFAULT_PHONE_DIAL_FORMAT = '#tel:{number}';

/** `{number}` is the E.164 number with its `+`; `{digits}` the same without it, for gateways that refuse `+`. */
const PLACEHOLDER = /\{(?:number|digits)\}/g;
const TEL_FORMAT = /^#tel:\{(?:number|digits)\}$/;
const SIP_FORMAT = /^#sip:\{(?:number|digits)\}@(.+)$/;

/**
 * A dial format is `#tel:{number}` or `#sip:{number}@gateway` (either placeholder). Nothing else:
 * a free template could smuggle `&login=…` into the link or call something that is no phone.
 */
export function isValidPhoneDialFormat(format: string): boolean {
  if (TEL_FORMAT.test(format)) return true;
  const sip = SIP_FORMAT.exec(format);
  return sip !== null && isValidServer(sip[1] as string);
}

/** The call string for an E.164 number, or null when the number or the format is not valid. */
export function phoneCallString(
  e164: string,
  format: string = DEFAULT_PHONE_DIAL_FORMAT,
): string | null {
  if (!isE164Number(e164) || !isValidPhoneDialFormat(format)) return null;
  return format.replace(PLACEHOLDER, (placeholder) =>
    placeholder === '{digits}' ? e164.slice(1) : e164,
  );
}

export function phoneCallCommand(
  e164: string,
  format: string = DEFAULT_PHONE_DIAL_FORMAT,
): Command | null {
  const callString = phoneCallString(e164, format);
  if (callString === null) return null;
  return commandWithTarget({
    type: 'callString',
    protocol: callStringProtocol(callString),
    callString,
  });
}

/** `trueconf:#tel:+79165551234`: `+` is no character the encoding rules touch, so it stays readable. */
export function phoneCallUri(
  e164: string,
  format: string = DEFAULT_PHONE_DIAL_FORMAT,
): string | null {
  const command = phoneCallCommand(e164, format);
  return command === null ? null : buildUri(command);
}
