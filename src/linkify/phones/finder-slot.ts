import type { FoundPhone } from '../../phone/find-in-text';

/** `findPhonesInText` (src/phone/find-in-text.ts), as the phone finder's script hands it over. */
export type PhoneFinder = (text: string, region: string) => FoundPhone[];

/**
 * The phone finder lives in a script of its own (`entrypoints/phone-finder.ts`): the phone
 * library's metadata would more than double the linkifier, which every frame with a TrueConf
 * address loads, for a feature that is off by default. The background loads it next to the
 * linkifier only while phone numbers on pages are linked; both run in the same isolated world,
 * where the page cannot reach this slot.
 */
interface Slot {
  trueconfPhoneFinder?: PhoneFinder;
  trueconfPhoneFinderArrived?: () => void;
}

const slot = globalThis as typeof globalThis & Slot;

/** The finder's script puts it in the slot and tells whoever waits. */
export function offerPhoneFinder(finder: PhoneFinder): void {
  if (slot.trueconfPhoneFinder) return;
  slot.trueconfPhoneFinder = finder;
  slot.trueconfPhoneFinderArrived?.();
}

export function loadedPhoneFinder(): PhoneFinder | null {
  return slot.trueconfPhoneFinder ?? null;
}

/** Calls `arrived` when the finder's script runs (the linkifier asked for it after a change). */
export function whenPhoneFinderArrives(arrived: () => void): void {
  slot.trueconfPhoneFinderArrived = arrived;
}
