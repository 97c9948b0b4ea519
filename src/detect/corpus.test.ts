import { describe, expect, it } from 'vitest';
import { NEGATIVES, POSITIVES } from '../../test/support/detect-corpus';
import { detect } from './index';
import { optionsWith } from '../../test/support/detect-options';

describe('corpus', () => {
  it('is large enough and names are unique', () => {
    expect(POSITIVES.length).toBeGreaterThanOrEqual(60);
    expect(NEGATIVES.length).toBeGreaterThanOrEqual(60);
    const names = [...POSITIVES, ...NEGATIVES].map((entry) => entry.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(POSITIVES)('links: $name', ({ text, options, links }) => {
    const found = detect(text, optionsWith(options));
    expect(found.map(({ text: linkText, href }) => ({ text: linkText, href }))).toEqual(links);
  });

  it.each(NEGATIVES)('links nothing: $name', ({ text, options }) => {
    expect(detect(text, optionsWith(options))).toEqual([]);
  });
});
