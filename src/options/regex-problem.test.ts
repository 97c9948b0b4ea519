import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import ru from '../../public/_locales/ru/messages.json';
import { REGEX_PROBLEM_FALLBACK, regexProblemKey } from './regex-problem';

/** What this engine says about a pattern. */
function engineMessage(pattern: string): string {
  try {
    new RegExp(pattern, 'u');
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${pattern} is a valid expression`);
}

const CASES: [string, string][] = [
  ['Room (\\d+', 'options_regex_unterminated_group'],
  ['Room \\d+)', 'options_regex_unmatched_paren'],
  ['[0-9', 'options_regex_unterminated_class'],
  ['*room', 'options_regex_nothing_to_repeat'],
  ['room\\', 'options_regex_trailing_backslash'],
  ['\\d{5,2}', 'options_regex_quantifier_order'],
  ['[9-0]', 'options_regex_range_order'],
  ['\\q', 'options_regex_invalid_escape'],
  ['(?<1a>x)', 'options_regex_invalid_group'],
];

describe('regexProblemKey', () => {
  it.each(CASES)('names what is wrong with %s in our own words', (pattern, key) => {
    expect(regexProblemKey(engineMessage(pattern))).toBe(key);
  });

  it('falls back to a general message for anything else', () => {
    expect(regexProblemKey('Something no engine says yet')).toBe(REGEX_PROBLEM_FALLBACK);
  });

  it('has every message in English and Russian', () => {
    for (const key of [REGEX_PROBLEM_FALLBACK, ...CASES.map(([, key]) => key)]) {
      expect(en).toHaveProperty(key);
      expect(ru).toHaveProperty(key);
    }
  });
});
