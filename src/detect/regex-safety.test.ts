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

  it('refuses nested bounded repeats whose cuttings multiply, and keeps those that cannot overlap', () => {
    for (const source of [
      String.raw`(?:(?:x[^x]){1,32}){1,32}!`,
      String.raw`(?:\w{1,20}\s?){1,30}`,
      String.raw`(?:a{1,16}){1,4}b`,
      // Neighbours, not nested: 30 × 21 × 19 ways to share a run of digits.
      String.raw`\w{1,30}1{0,20}1{3,21}`,
    ]) {
      expect(analyseRegexShape(source, '').problems, source).not.toEqual([]);
    }
    for (const source of [
      String.raw`(?:[a-z0-9-]{1,30}\.){1,10}[a-z]{2,24}`,
      String.raw`(?:\d{1,3}\.){3}\d{1,3}`,
      String.raw`(?:\d{2,4}[ -]?){2,5}`,
      String.raw`(?:\d[- ]?){9,12}`,
    ]) {
      expect(analyseRegexShape(source, '').problems, source).toEqual([]);
    }
  });

  it('refuses a repeated choice whose alternatives can match the same text, whatever the bound', () => {
    expect(analyseRegexShape('(?:a|ab){1,10}c', '').problems).not.toEqual([]);
    expect(analyseRegexShape('(?:a|a){1,32}b', '').problems).not.toEqual([]);
    expect(analyseRegexShape('(?:a|ab)c', '').problems).toEqual([]);
  });
});
