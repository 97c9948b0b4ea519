/**
 * A page's `tel:` or `callto:` link read as the phone number it dials, or null. Pure and small on
 * purpose: it runs in every frame, so it only recognises the link; the background reads the
 * number with the phone library and the user's region before anything is launched.
 */

const PHONE_LINK = /^(?:tel|callto):(?:\/\/)?([^;?#]*)/i;
/** What a number in a link may hold: `+`, digits and the visual separators of RFC 3966. */
const LINK_NUMBER = /^\+?[\d\s().-]+$/;
const MAX_PHONE_LINK_LENGTH = 128;

function decoded(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

export function phoneNumberOfLink(href: string): string | null {
  if (href.length > MAX_PHONE_LINK_LENGTH) return null;
  const match = PHONE_LINK.exec(href.trim());
  if (!match) return null;
  const number = decoded(match[1] as string)?.trim();
  if (number === undefined || !LINK_NUMBER.test(number)) return null;
  const digits = number.replace(/\D/g, '').length;
  return digits >= 7 && digits <= 15 ? number : null;
}
