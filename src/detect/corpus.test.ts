import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  KNOWN_FALSE_LINKS,
  KNOWN_MISSES,
  NEGATIVES,
  POSITIVES,
  type CorpusEntry,
  type ExpectedLink,
} from '../../test/support/detect-corpus';
import { optionsWith } from '../../test/support/detect-options';
import { detect, detectFieldValue } from './index';

function linksOf({ text, options, fieldLabel }: CorpusEntry): ExpectedLink[] {
  const found =
    fieldLabel === undefined
      ? detect(text, optionsWith(options))
      : detectFieldValue(fieldLabel, text, optionsWith(options));
  return found.map(({ text: linkText, href }) => ({ text: linkText, href }));
}

const key = (link: ExpectedLink): string => `${link.text}\n${link.href}`;

/**
 * Precision and recall over the whole corpus, counted per link (detection.md, "Measuring"): a
 * link detection makes is right when a careful reader expects exactly that text with exactly
 * that href in that snippet.
 */
function measure(): { precision: number; recall: number; expected: number; made: number } {
  let right = 0;
  let made = 0;
  let expected = 0;
  const expectations: [CorpusEntry, ExpectedLink[]][] = [
    ...POSITIVES.map((entry): [CorpusEntry, ExpectedLink[]] => [entry, entry.links]),
    ...KNOWN_MISSES.map((entry): [CorpusEntry, ExpectedLink[]] => [entry, entry.links]),
    ...NEGATIVES.map((entry): [CorpusEntry, ExpectedLink[]] => [entry, []]),
    ...KNOWN_FALSE_LINKS.map((entry): [CorpusEntry, ExpectedLink[]] => [entry, []]),
  ];
  for (const [entry, wanted] of expectations) {
    const left = wanted.map(key);
    expected += wanted.length;
    for (const link of linksOf(entry)) {
      made += 1;
      const index = left.indexOf(key(link));
      if (index >= 0) {
        right += 1;
        left.splice(index, 1);
      }
    }
  }
  return { precision: right / made, recall: right / expected, expected, made };
}

const percent = (value: number): string => `${(Math.floor(value * 1000) / 10).toFixed(1)} %`;

describe('corpus', () => {
  it('is large enough and names are unique', () => {
    expect(POSITIVES.length).toBeGreaterThanOrEqual(60);
    expect(NEGATIVES.length).toBeGreaterThanOrEqual(60);
    const names = [...POSITIVES, ...NEGATIVES, ...KNOWN_MISSES, ...KNOWN_FALSE_LINKS].map(
      (entry) => entry.name,
    );
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(POSITIVES)('links: $name', (entry) => {
    expect(linksOf(entry)).toEqual(entry.links);
  });

  it.each(NEGATIVES)('links nothing: $name', (entry) => {
    expect(linksOf(entry)).toEqual([]);
  });

  it.each(KNOWN_MISSES)('still misses, by design: $name', (entry) => {
    expect(linksOf(entry)).toEqual([]);
  });

  it.each(KNOWN_FALSE_LINKS)('still links, by mistake: $name', (entry) => {
    expect(linksOf(entry)).toEqual(entry.links);
  });

  it('has the precision and recall detection.md and the README state', () => {
    const { precision, recall, expected, made } = measure();
    const stated = `precision ${percent(precision)} (${made} links made), recall ${percent(recall)} (${expected} links expected)`;
    const docs = readFileSync(new URL('../../docs/detection.md', import.meta.url), 'utf8');
    expect(docs.replace(/\s+/g, ' ').includes(stated), stated).toBe(true);
    const inShort = `precision ${percent(precision)}, recall ${percent(recall)}`;
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme.replace(/\s+/g, ' ').includes(inShort), inShort).toBe(true);
  });
});
