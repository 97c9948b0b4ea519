/**
 * Whether text may hold a phone number: a run of 7 or more characters of digits and a phone's
 * separators, starting and ending with a digit. The frame script in every frame runs it over a
 * page's text while phone numbers on pages are linked, so it is small and cannot backtrack far;
 * the phone finder (find-in-text.ts) decides.
 */
export const PHONE_HINT = /\+?\d[\d\s().-]{5,20}\d/;

export function mayHoldPhoneNumber(text: string): boolean {
  return PHONE_HINT.test(text);
}
