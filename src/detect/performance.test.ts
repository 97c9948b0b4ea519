import { describe, expect, it } from 'vitest';
import { compileCustomRule, detect, isLikelyTrueConfText } from './index';
import { optionsWith } from '../../test/support/detect-options';

/*
 * Every input here would take minutes with a quadratic scan or a backtracking regexp; a linear
 * detector needs milliseconds to a few hundred. The bounds are loose on purpose: the test must
 * catch non-linear behaviour, not measure a busy CI machine.
 */

const MB = 1 << 20;
const OPTIONS = optionsWith({
  knownServers: ['video.acme.example'],
  textBefore: 'x'.repeat(500),
  textAfter: 'y'.repeat(500),
});
const ROOM_RULE = compileCustomRule({
  id: 'room',
  pattern: String.raw`Room (\d{3,12})`,
  hrefTemplate: String.raw`trueconf:\c\$1`,
});
if (!ROOM_RULE.ok) throw new Error(ROOM_RULE.reason);

function fill(unit: string, length = MB): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

function matchCount(text: string, options = OPTIONS): number {
  return detect(text, options).length;
}

/**
 * No timed assertions here (speed lives in `npm run bench`): a catastrophically backtracking
 * regexp would not finish these inputs for minutes or hours, so the generous test timeout is the
 * guard, and the counts check the results are still right.
 */
const HANG_GUARD = { timeout: 60_000 };

const SPARSE_ADVERSARIAL: [string, string][] = [
  ['1 MB of \\c\\', fill('\\c\\')],
  ['1 MB of " \\c\\"', fill(' \\c\\')],
  ['"aaaa…@"', `${fill('a')}@`],
  ['"@@@@…"', fill('@')],
  ['"a@a@…"', fill('a@')],
  ['"@aaa…" host runs', fill(`@${'a'.repeat(300)}`)],
  ['"a.a.a…@"', `${fill('a.')}@video.acme.example`],
  ['repeated schemes', fill('trueconf:')],
  ['one huge URI', `trueconf:${fill('a')}`],
  ['URI and a million )', `trueconf:a${fill(')')}`],
  ['URI and a million (', `trueconf:a${fill('(')}`],
  ['"TrueConf: "', fill('TrueConf: ')],
  ['"TrueConf: a "', fill('TrueConf: a ')],
  ['labels with short IDs', fill('Conference ID: 1234 ')],
  ['labels without context', fill('CID 123456 ')],
  ['label then a million digits', `CID: ${fill('1')}`],
  ['label then a million letters', `TrueConf ID: ${fill('a')}`],
  ['label then a million spaces', `conference${fill(' ')}`],
  ['a million spaces', fill(' ')],
  ['a million dots', fill('.')],
  ['Cyrillic labels', fill('конференции конференция ')],
  ['mentions everywhere', fill('TrueConf ТруКонф visicall: ')],
  ['Room without digits', fill('Room ')],
  ['astral characters', fill('😀\\c\\')],
];

describe('adversarial input', () => {
  it.each(SPARSE_ADVERSARIAL)('%s finishes', HANG_GUARD, (_name, text) => {
    expect(matchCount(text, { ...OPTIONS, customRules: [ROOM_RULE.rule] })).toBeGreaterThanOrEqual(
      0,
    );
  });

  it('1 MB packed with matches finds every one', HANG_GUARD, () => {
    expect(matchCount(fill('\\c\\1 '))).toBe(Math.floor(MB / 5));
    expect(matchCount(fill('ivan@video.acme.example '))).toBe(Math.floor(MB / 24));
  });

  it('10 MB of page text finds the one address', HANG_GUARD, () => {
    const paragraph =
      'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor. ' +
      'Reach support@example.com or +7 (926) 111-22-33; the 2024 conference starts at 10:00. ';
    const text = `${fill(paragraph, 10 * MB)} TrueConf ID: ipetrov`;
    expect(matchCount(text)).toBe(1);
  });

  it('the prefilter rules out 80,000 ordinary text nodes', () => {
    const nodes = Array.from(
      { length: 80_000 },
      (_, index) => `An ordinary paragraph, number ${index}, with a few words.`,
    );
    expect(nodes.filter((node) => isLikelyTrueConfText(node))).toEqual([]);
  });

  it('compileCustomRule refuses a catastrophic pattern without hanging', HANG_GUARD, () => {
    expect(compileCustomRule({ id: 'x', pattern: '(a+)+$', hrefTemplate: 'trueconf:x' }).ok).toBe(
      false,
    );
    expect(
      compileCustomRule({ id: 'y', pattern: 'a*a*a*a*a*b', hrefTemplate: 'trueconf:x' }).ok,
    ).toBe(false);
  });
});
