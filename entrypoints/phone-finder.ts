import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { offerPhoneFinder } from '../src/linkify/phones/finder-slot';
import { findPhonesInText } from '../src/phone/find-in-text';

/**
 * The phone finder with the phone library, loaded by the background into a frame next to the
 * linkifier (linkify.ts) only while phone numbers on pages become links (docs/phones.md). Runs in
 * the same isolated world and hands the finder over through `finder-slot.ts`.
 */
export default defineUnlistedScript(() => {
  offerPhoneFinder(findPhonesInText);
});
