import { findCandidates, isLikelyTrueConfText } from '../../detect';
import { mayHoldPhoneNumber, PHONE_HINT } from '../../phone/prefilter';
import type { WalkOptions } from '../find/candidate-walk';

const PHONE_HINTS = new RegExp(PHONE_HINT.source, 'g');

/**
 * The linkifier's walk while phone numbers are linked: TrueConf's candidates and text that may
 * hold a phone number, handed on in order of their start.
 */
export const PHONE_WALK: Required<Pick<WalkOptions, 'test' | 'find'>> = {
  test: (text, options) => isLikelyTrueConfText(text, options) || mayHoldPhoneNumber(text),
  find: (text, options, found) => {
    const ranges: [number, number][] = [];
    findCandidates(text, options, (start, end) => ranges.push([start, end]));
    PHONE_HINTS.lastIndex = 0;
    for (let match = PHONE_HINTS.exec(text); match !== null; match = PHONE_HINTS.exec(text)) {
      ranges.push([match.index, match.index + match[0].length]);
    }
    ranges.sort((a, b) => a[0] - b[0]);
    for (const [start, end] of ranges) found(start, end);
  },
};
