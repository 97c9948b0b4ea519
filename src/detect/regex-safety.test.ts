import { describe, expect, it } from 'vitest';
import { analyseRegexShape } from './regex-safety';

describe('analyseRegexShape', () => {
  it('counts capture groups, named ones included, not other groups', () => {
    expect(
      analyseRegexShape(String.raw`(a)(?:b)(?<n>c)(?=d)(?<!e)[(]\(`, '').captureGroupCount,
    ).toBe(2);
  });

  it('knows what can match empty text', () => {
    expect(analyseRegexShape('a|b*', '').canMatchEmpty).toBe(true);
    expect(analyseRegexShape('(?:a?b?)', '').canMatchEmpty).toBe(true);
    expect(analyseRegexShape('a{0}', '').canMatchEmpty).toBe(true);
    expect(analyseRegexShape('[^]', '').canMatchEmpty).toBe(false);
    expect(analyseRegexShape(String.raw`\b\w`, '').canMatchEmpty).toBe(false);
  });

  it('treats alternatives with distinct first characters as unambiguous', () => {
    expect(analyseRegexShape(String.raw`(?:\d|[a-f]|x)+`, '').problems).toEqual([]);
    expect(analyseRegexShape(String.raw`(?:\d|[0-9a-f])+`, '').problems).not.toEqual([]);
    // Case-insensitively `a` and `A` are the same character.
    expect(analyseRegexShape('(?:a|A)+', '').problems).toEqual([]);
    expect(analyseRegexShape('(?:a|A)+', 'i').problems).not.toEqual([]);
  });

  it('allows small fixed repetitions of bounded parts', () => {
    expect(analyseRegexShape(String.raw`(?:\d{3}[- ]?){3}`, '').problems).toEqual([]);
    expect(analyseRegexShape(String.raw`(?:\d{1,3}[- ]?){40}`, '').problems).not.toEqual([]);
  });

  it('parses escapes, classes and literal braces without crashing', () => {
    for (const source of [
      String.raw`\x41\u0042\u{1F600}\cJ\0\t[\b\-\]]{`,
      String.raw`a{,3}[a-\d]\k`,
      String.raw`[\p{L}--x]`,
      String.raw`(?i:ab)+`,
    ]) {
      expect(() => analyseRegexShape(source, '')).not.toThrow();
    }
  });
});
