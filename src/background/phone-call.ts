import { phoneNumberOfLink } from '../intercept/phone-link';
import type { LaunchResponse } from '../messaging/responses';
import { phoneCallFor, type PhoneCall } from '../phone';
import { browserUiLanguage } from '../phone/ui-language';
import { loadSettings, phoneTelLinksOn, type Settings } from '../settings';
import { requestLaunch, type LaunchContext } from './launch-service';

/** Text (a selection, a typed number) as a phone call, while phone calls are on; else null. */
export function phoneCallFromText(text: string, settings: Settings): PhoneCall | null {
  return settings.phoneCalls ? phoneCallFor(text, settings, browserUiLanguage()) : null;
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
