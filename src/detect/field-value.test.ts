import { describe, expect, it } from 'vitest';
import { optionsWith } from '../../test/support/detect-options';
import { detectFieldValue, fieldLabelOf } from './index';

describe('fieldLabelOf', () => {
  it.each([
    ['Conference ID', 'Conference ID'],
    ['  Conference ID: ', 'Conference ID'],
    ['ID конференции —', 'ID конференции'],
    ['Идентификатор конференции', 'Идентификатор конференции'],
    ['TrueConf ID', 'TrueConf ID'],
    ['Owner (TrueConf ID)', 'TrueConf ID'],
    ['Логин TrueConf*', 'Логин TrueConf'],
  ])('%j is the label %j', (cell, label) => {
    expect(fieldLabelOf(cell)).toBe(label);
  });

  it.each([
    'TrueConf',
    'Conference',
    'Конференция',
    'Conference IDs are listed below',
    'MyConference ID',
    `${'A long explanation of what the column holds '.repeat(2)}Conference ID`,
  ])('%j is no label', (cell) => {
    expect(fieldLabelOf(cell)).toBeNull();
  });
});

describe('detectFieldValue', () => {
  const page = optionsWith({ pageHasTrueConfContext: true });

  it('reads the value as if written after its label', () => {
    expect(detectFieldValue('Conference ID', ' 0003172451 ', page)).toMatchObject([
      { start: 1, end: 11, text: '0003172451', href: 'trueconf:\\c\\0003172451' },
    ]);
    expect(
      detectFieldValue('TrueConf ID', 'ivan@video.acme.example', optionsWith()).map((m) => m.href),
    ).toEqual(['trueconf:ivan@video.acme.example']);
  });

  it('applies the same rules: context, value shapes, one lone value', () => {
    expect(detectFieldValue('Conference ID', '0003172451', optionsWith())).toEqual([]);
    expect(detectFieldValue('Conference ID', '842 1337 0519', page)).toEqual([]);
    expect(detectFieldValue('Conference ID', '0003172451 or later', page)).toEqual([]);
    expect(detectFieldValue('TrueConf ID', '2024-05-12', page)).toEqual([]);
    expect(detectFieldValue('TrueConf', 'smith', page)).toEqual([]);
    // A cell boundary is no punctuation: a plain word needs its server to be a login.
    expect(detectFieldValue('TrueConf ID', 'none', page)).toEqual([]);
    expect(detectFieldValue('TrueConf ID', 'ipetrov', page)).toEqual([]);
    expect(detectFieldValue('TrueConf ID', 'i.petrov', page).map((m) => m.text)).toEqual([
      'i.petrov',
    ]);
    expect(
      detectFieldValue('Conference ID', '845123456', { ...page, surroundingText: 'Teams' }),
    ).toEqual([]);
  });
});
