import { describe, expect, it } from 'vitest';
import { compileCustomRule, detect, isLikelyTrueConfText } from './index';
import { optionsWith } from './test-helpers';

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

function timed(text: string, options = OPTIONS): { ms: number; count: number } {
  const started = performance.now();
  const count = detect(text, options).length;
  return { ms: performance.now() - started, count };
}

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

describe('performance', () => {
  it.each(SPARSE_ADVERSARIAL)('%s stays linear', (_name, text) => {
    expect(timed(text, { ...OPTIONS, customRules: [ROOM_RULE.rule] }).ms).toBeLessThan(1500);
  });

  it('1 MB packed with matches stays linear', { timeout: 60_000 }, () => {
    const dense = timed(fill('\\c\\1 '));
    expect(dense.count).toBe(Math.floor(MB / 5));
    expect(dense.ms).toBeLessThan(8000);
    const servers = timed(fill('ivan@video.acme.example '));
    expect(servers.count).toBe(Math.floor(MB / 24));
    expect(servers.ms).toBeLessThan(8000);
  });

  it('10 MB of page text stays linear', { timeout: 60_000 }, () => {
    const paragraph =
      'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor. ' +
      'Reach support@example.com or +7 (926) 111-22-33; the 2024 conference starts at 10:00. ';
    const text = `${fill(paragraph, 10 * MB)} TrueConf ID: ipetrov`;
    const result = timed(text);
    expect(result.count).toBe(1);
    expect(result.ms).toBeLessThan(10_000);
  });

  it('the prefilter handles 80,000 text nodes quickly', () => {
    const nodes = Array.from(
      { length: 80_000 },
      (_, index) => `An ordinary paragraph, number ${index}, with a few words.`,
    );
    const started = performance.now();
    const likely = nodes.filter((node) => isLikelyTrueConfText(node)).length;
    expect(likely).toBe(0);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('compileCustomRule refuses a catastrophic pattern without hanging', () => {
    const started = performance.now();
    expect(compileCustomRule({ id: 'x', pattern: '(a+)+$', hrefTemplate: 'trueconf:x' }).ok).toBe(
      false,
    );
    expect(
      compileCustomRule({ id: 'y', pattern: 'a*a*a*a*a*b', hrefTemplate: 'trueconf:x' }).ok,
    ).toBe(false);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
