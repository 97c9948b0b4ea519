import { describe, expect, it } from 'vitest';
import { PHONE_POSITIVES } from '../../test/support/phone-corpus';
import { mayHoldPhoneNumber } from './prefilter';

describe('the phone pre-filter', () => {
  it('lets every number of the corpus through', () => {
    for (const { text } of PHONE_POSITIVES) expect(mayHoldPhoneNumber(text), text).toBe(true);
  });
  it('stops text without a run of digits', () => {
    for (const text of ['', 'Hello, world', 'Call 555-12', 'Room 101, floor 3', 'v1.2.3']) {
      expect(mayHoldPhoneNumber(text), text).toBe(false);
    }
  });
  it('stays fast on a long run of digits and spaces', () => {
    const text = '1 '.repeat(100_000);
    expect(mayHoldPhoneNumber(`${text}x`)).toBe(true);
    expect(mayHoldPhoneNumber('1 x'.repeat(100_000))).toBe(false);
  });
});
