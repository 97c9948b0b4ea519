import { phoneNumberOfLink } from '../intercept/phone-link';
import type { LaunchResponse } from '../messaging/responses';
import { isPhoneLikeText, phoneCallFor, type PhoneCall } from '../phone';
import { classify } from '../protocol';
import { browserUiLanguage } from '../phone/ui-language';
import { loadSettings, phoneTelLinksOn, type Settings } from '../settings';
import { requestLaunch, type LaunchContext } from './launch-service';

/** Text (a selection, a typed number) as a phone call, while phone calls are on; else null. */
export function phoneCallFromText(text: string, settings: Settings): PhoneCall | null {
  return settings.phoneCalls ? phoneCallFor(text, settings, browserUiLanguage()) : null;
}

/**
 * What "Call the selection" calls (context menu, shortcut): a TrueConf address, as before; else,
 * while phone calls are on, a phone number (`+7 916 555-12-34`). A bare run of digits is a
 * conference ID first, as in the popup. Settings are read only for text written like a number.
 */
export async function selectionCallUri(text: string): Promise<string | null> {
  if (text.trim() === '') return null;
  const classified = classify(text);
  if (classified.ok) return classified.uri;
  if (!isPhoneLikeText(text)) return null;
  const { settings } = await loadSettings();
  return phoneCallFromText(text, settings)?.uri ?? null;
}

/**
 * A page's `tel:`/`callto:` link, routed to TrueConf through the same launch service, and so the
 * same confirmation rules and rule against clickjacking, as the page's `trueconf:` links. The
 * content script's word is not taken: the link is read again here, under the current settings.
 */
export async function requestPhoneLink(
  href: string,
  context: LaunchContext,
): Promise<LaunchResponse> {
  const { settings } = await loadSettings();
  if (!phoneTelLinksOn(settings)) return { ok: false, error: 'phone-calls-off' };
  const number = phoneNumberOfLink(href);
  const call = number === null ? null : phoneCallFromText(number, settings);
  if (call === null) return { ok: false, error: 'not-a-phone-number' };
  return requestLaunch(call.uri, context);
}
