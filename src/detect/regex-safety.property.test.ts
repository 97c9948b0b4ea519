import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileCustomRule } from './custom-rules';
import { parseRegex } from './regex-safety';
import { LIMITS } from '../linkify/work/limits';
import { countMatchSteps } from '../../test/support/backtracking-model';

/**
 * Whatever a rule looks like, once accepted it cannot hang a page: on random and adversarial text
 * up to the detector's block size, a backtracking matcher (`test/support/backtracking-model.ts`)
 * finishes every scan within a fixed budget of steps per character (and a fixed part). Steps, not time: the result is the same on
 * any machine. Which rules are accepted still depends a little on the machine (the timed probes
 * refuse more when it is busy), so the test asks for at least 30 of the 50 it looks for. 50 accepted rules × 200 texts = 10,000 texts; one text per rule is a whole block.
 */
/** About what V8 does in the 5 ms the probes allow for 8,192 characters, and a fixed part. */
const STEPS_PER_CHARACTER = 2_000;
const FIXED_STEPS = 1_000_000;
const RULES = 50;
const TEXTS_PER_RULE = 200;
const BLOCK = LIMITS.detectWindowChars;
const ALPHABET = ['x', 'a', '1', '-', '.', '@', ' ', '!'];

const atom = fc.constantFrom(
  'x',
  'a',
  '1',
  '-',
  '\\.',
  '@',
  '\\d',
  '\\w',
  '[^x]',
  '[a-z]',
  '[xa]',
  '.',
  '\\s',
);
const bound = fc
  .tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 40 }))
  .map(([min, extra]) => `{${min},${min + extra}}`);
const quantifier = fc.oneof(fc.constant(''), fc.constantFrom('?', '*', '+'), bound);
const boundedQuantifier = fc.oneof(fc.constant(''), fc.constant('?'), bound);

const pattern: fc.Arbitrary<string> = fc.letrec<{ piece: string; sequence: string }>((tie) => ({
  piece: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.tuple(atom, quantifier).map(([a, q]) => a + q),
    fc
      .tuple(tie('sequence'), fc.option(tie('sequence'), { nil: undefined }), boundedQuantifier)
      .map(([left, right, q]) => `(?:${left}${right === undefined ? '' : `|${right}`})${q}`),
  ),
  sequence: fc.array(tie('piece'), { minLength: 1, maxLength: 4 }).map((pieces) => pieces.join('')),
})).sequence;

function adversarialText(units: string[], seed: number, length: number): string {
  const unit = units[seed % units.length] ?? 'x';
  const run = unit.repeat(Math.ceil(length / unit.length)).slice(0, Math.max(0, length - 1));
  return `${run}${ALPHABET[seed % ALPHABET.length] ?? '!'}`;
}

describe('accepted custom rules', () => {
  it(`scan ${RULES * TEXTS_PER_RULE} random and adversarial texts within a step budget linear in their length`, () => {
    const accepted: string[] = [];
    fc.assert(
      fc.property(pattern, (source) => {
        if (accepted.length >= RULES) return;
        if (!compileCustomRule({ id: 'p', pattern: source, hrefTemplate: 'trueconf:x' }).ok) return;
        accepted.push(source);
      }),
      { numRuns: 3_000, seed: 16 },
    );
    expect(accepted.length).toBeGreaterThanOrEqual(30);

    const random = fc
      .array(fc.constantFrom(...ALPHABET), { maxLength: 256 })
      .map((c) => c.join(''));
    const randomTexts = fc.sample(random, { numRuns: TEXTS_PER_RULE, seed: 7 });
    for (const source of accepted) {
      const tree = parseRegex(source, '');
      const units = [...new Set([...source.replace(/[^xa1@ .-]/g, ''), 'xa', 'x1', 'a-', '1.'])];
      for (let index = 0; index < TEXTS_PER_RULE; index += 1) {
        const text =
          index === 0
            ? adversarialText(units, 0, BLOCK)
            : index % 2 === 0
              ? (randomTexts[index] ?? '')
              : adversarialText(units, index, 8 + (index % 120));
        expect(
          () => countMatchSteps(tree, text, FIXED_STEPS + STEPS_PER_CHARACTER * text.length),
          `${source} on ${text.slice(0, 40)}…`,
        ).not.toThrow();
      }
    }
  }, 120_000);
});
