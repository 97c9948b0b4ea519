import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  PHONE_NEGATIVES,
  PHONE_POSITIVES,
  type PhoneCorpusEntry,
  type PhonePositive,
} from '../../test/support/phone-corpus';
import { findPhonesInText } from './find-in-text';

const found = (text: string, region = 'RU'): { text: string; e164: string }[] =>
  findPhonesInText(text, region).map(({ start, end, e164 }) => ({
    text: text.slice(start, end),
    e164,
  }));

describe('phone numbers in page text', () => {
  it('has a corpus of at least 40 positives and 40 negatives, names unique', () => {
    expect(PHONE_POSITIVES.length).toBeGreaterThanOrEqual(40);
    expect(PHONE_NEGATIVES.length).toBeGreaterThanOrEqual(40);
    const names = [...PHONE_POSITIVES, ...PHONE_NEGATIVES].map(({ name }) => name);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(PHONE_NEGATIVES.map((entry) => [entry.name, entry] as const))(
    'finds no number in: %s',
    (_, { text, region }) => {
      expect(found(text, region)).toEqual([]);
    },
  );

  it.each(PHONE_POSITIVES.map((entry) => [entry.name, entry] as const))(
    'finds exactly the numbers in: %s',
    (_, { text, region, phones }) => {
      expect(found(text, region)).toEqual(phones);
    },
  );

  it('has the precision and recall detection.md states', () => {
    const key = ({ text, e164 }: { text: string; e164: string }): string => `${text}\n${e164}`;
    let right = 0;
    let made = 0;
    let expected = 0;
    const entries: [PhoneCorpusEntry, { text: string; e164: string }[]][] = [
      ...PHONE_POSITIVES.map((entry): [PhoneCorpusEntry, PhonePositive['phones']] => [
        entry,
        entry.phones,
      ]),
      ...PHONE_NEGATIVES.map((entry): [PhoneCorpusEntry, PhonePositive['phones']] => [entry, []]),
    ];
    for (const [entry, phones] of entries) {
      const left = phones.map(key);
      expected += left.length;
      for (const phone of found(entry.text, entry.region)) {
        made += 1;
        const index = left.indexOf(key(phone));
        if (index >= 0) {
          right += 1;
          left.splice(index, 1);
        }
      }
    }
    const percent = (value: number): string => `${(Math.floor(value * 1000) / 10).toFixed(1)} %`;
    const stated = `phone finder: precision ${percent(right / made)} (${made} numbers found), recall ${percent(right / expected)} (${expected} numbers expected)`;
    const docs = readFileSync(new URL('../../docs/detection.md', import.meta.url), 'utf8');
    expect(docs.replace(/\s+/g, ' ').includes(stated), stated).toBe(true);
  });

  it('gives ranges in order, inside the text', () => {
    const text = 'a +7 916 555-12-34 b 8 800 555-35-35 c';
    const phones = findPhonesInText(text, 'RU');
    expect(phones.map(({ start, end }) => [start, end])).toEqual([
      [2, 18],
      [21, 36],
    ]);
  });

  it('reads numbers without + in the given region only', () => {
    expect(found('Ring 020 7946 0958 now', 'GB')).toEqual([
      { text: '020 7946 0958', e164: '+442079460958' },
    ]);
    expect(found('Ring 020 7946 0958 now', 'RU')).toEqual([]);
  });
});
