/**
 * The JavaScript engine explains a bad regular expression in English, and each engine in its own
 * words (V8: "Unterminated group", SpiderMonkey: "unterminated parenthetical"). The options page
 * shows the person our own message in their language instead: the engine's text is only read
 * here, to pick one, and falls back to a general message when nothing fits.
 */
const PROBLEMS: readonly (readonly [RegExp, string])[] = [
  [/unterminated group|unterminated parenthetical|missing \)/i, 'options_regex_unterminated_group'],
  [/unmatched '?\)'?|unmatched \)/i, 'options_regex_unmatched_paren'],
  [/unterminated character class|missing \]/i, 'options_regex_unterminated_class'],
  [/nothing to repeat|lone quantifier/i, 'options_regex_nothing_to_repeat'],
  [/\\ at end of pattern|trailing \\/i, 'options_regex_trailing_backslash'],
  [/out of order in \{\}|numbers out of order/i, 'options_regex_quantifier_order'],
  [/range out of order|invalid range/i, 'options_regex_range_order'],
  [/escape/i, 'options_regex_invalid_escape'],
  [/group name|named reference|invalid group/i, 'options_regex_invalid_group'],
];

export const REGEX_PROBLEM_FALLBACK = 'options_regex_other';

export function regexProblemKey(engineMessage: string): string {
  return PROBLEMS.find(([pattern]) => pattern.test(engineMessage))?.[1] ?? REGEX_PROBLEM_FALLBACK;
}
