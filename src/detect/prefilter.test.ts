import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findCandidates, isLikelyTrueConfText } from './prefilter';

function candidates(text: string, customRules: never[] = []): [number, number][] {
  const found: [number, number][] = [];
  findCandidates(text, { customRules }, (start, end) => found.push([start, end]));
  return found;
}

const pieces = fc.constantFrom(
  'TrueConf',
  'trueCONF',
  'visicall',
  '\\c\\',
  'Conference',
  'CID',
  'конференции',
  'Конференция',
  '@',
  'a',
  ' ',
  'x1',
  'ТруКонф',
);

describe('candidate text', () => {
  it('is never stricter than detection’s own prefilter', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(pieces, fc.string({ maxLength: 4 })), { maxLength: 8 }),
        (parts) => {
          const text = parts.join('');
          if (isLikelyTrueConfText(text)) expect(candidates(text).length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('says where the candidates are', () => {
    expect(candidates('Call trueconf:x or mail a@b')).toEqual([
      [5, 13],
      [25, 26],
    ]);
    expect(candidates('plain words only')).toEqual([]);
  });

  it('makes everything a candidate when custom rules exist', () => {
    expect(candidates('plain words only', [{} as never])).toEqual([[0, 16]]);
  });
});
