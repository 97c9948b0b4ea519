import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildUri, parseUri } from '../protocol';
import {
  compileCustomRule,
  detect,
  isLikelyTrueConfText,
  type DetectOptions,
  type Match,
} from './index';
import { optionsWith } from '../../test/support/detect-options';

/** Pieces of every form, shuffled together so the generator hits the interesting boundaries. */
const TOKENS = [
  'trueconf:',
  'TRUECONF:',
  'TrueConf',
  'trueconf',
  'visicall:',
  'ТруКонф',
  '\\c\\',
  '\\',
  'c',
  'C:',
  '@',
  'Conference ID',
  'conference',
  'conference number',
  'CID',
  'ID конференции',
  'конференции',
  'конференция',
  'номер конференции',
  'TrueConf ID',
  'TrueConf login',
  'Логин TrueConf',
  'пользователь TrueConf',
  ': ',
  ':',
  ' ',
  '  ',
  '—',
  '–',
  '-',
  '#',
  '№',
  '=',
  '%23vcs',
  '#vcs',
  '%vcs',
  '%',
  '4154248070',
  '0003172451',
  '123',
  '2026',
  'smith',
  'ipetrov',
  'Smith',
  'video.acme.example',
  'tc.acme.example',
  '10.0.0.5',
  '[2001:db8::1]',
  '4307',
  '.',
  ',',
  ';',
  '!',
  '?',
  ')',
  '(',
  '»',
  '«',
  '”',
  '[',
  ']',
  '{',
  '}',
  '<',
  '>',
  '"',
  "'",
  '`',
  '&',
  'autoclose=1',
  'conftype=hotquery',
  'login=',
  'h=',
  'password=x',
  '#sip:',
  '#rtsp:',
  '%2f',
  '/',
  '_',
  '+7',
  '\n',
  '\u00a0',
  '😀',
  '\uD800',
  '\uDC00',
  'é',
  'a',
  '0',
  'v4.1.0',
];

/** label + separator + value + tail: shapes close to real addresses, valid or nearly so. */
const formShaped = fc
  .tuple(
    fc.constantFrom('', ' ', 'x', '\\', ':', '(', '«', 'mail '),
    fc.constantFrom(
      '',
      'TrueConf',
      'TrueConf ID',
      'Conference ID',
      'conference',
      'CID',
      'Идентификатор конференции',
      'trueconf:',
      'visicall:',
      '\\c\\',
    ),
    fc.constantFrom('', ' ', ': ', ' — ', ' #', '№', ':', '  :  '),
    fc.constantFrom('4154248070', 'smith', 'ipetrov', '123', 'room_42', 'v4.1', '2024-05-01'),
    fc.constantFrom('', '@video.acme.example', '@tc.acme.example:4307', '@10.0.0.5', '@x', '@'),
    fc.constantFrom('', '.', ',', ')', '%23vcs', '#vcs', '/x', '\\y', ' 2', '-1', '&autoclose=1'),
  )
  .map((parts) => parts.join(''));

const tokenString = fc
  .array(fc.oneof(fc.constantFrom(...TOKENS), formShaped), { maxLength: 30 })
  .map((parts) => parts.join(''));
const utf16String = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
  maxLength: 200,
});
const anyText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  utf16String,
  tokenString,
);

const ruleWithGroup = compileCustomRule({
  id: 'room',
  pattern: String.raw`Room (\d{3,12})`,
  flags: 'i',
  hrefTemplate: String.raw`trueconf:\c\$1`,
});
if (!ruleWithGroup.ok) throw new Error(ruleWithGroup.reason);

const randomOptions: fc.Arbitrary<DetectOptions> = fc
  .record({
    forms: fc.record({
      uri: fc.boolean(),
      callString: fc.boolean(),
      conferenceId: fc.boolean(),
      trueconfId: fc.boolean(),
      knownServerUser: fc.boolean(),
    }),
    knownServers: fc.subarray([
      'video.acme.example',
      'tc.acme.example:4307',
      '10.0.0.5',
      '[2001:db8::1]',
    ]),
    customRules: fc.subarray([ruleWithGroup.rule]),
    pageHasTrueConfContext: fc.boolean(),
    textBefore: fc.option(tokenString, { nil: undefined }),
    textAfter: fc.option(tokenString, { nil: undefined }),
  })
  .map((record) => optionsWith(record));

function checkInvariants(text: string, matches: Match[]): void {
  let previousEnd = 0;
  for (const match of matches) {
    expect(match.start).toBeGreaterThanOrEqual(previousEnd);
    expect(match.end).toBeGreaterThan(match.start);
    expect(match.end).toBeLessThanOrEqual(text.length);
    expect(match.text).toBe(text.slice(match.start, match.end));
    expect(match.href.startsWith('trueconf:')).toBe(true);
    const parsed = parseUri(match.href);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.command).toEqual(match.command);
    if (match.form !== 'uri' && match.form !== 'custom') {
      // F2–F5 hrefs are written as strings; they must be exactly what buildUri would write.
      expect(buildUri(match.command)).toBe(match.href);
    }
    previousEnd = match.end;
  }
}

describe('detect properties', () => {
  it('never throws and keeps its invariants on any text with default options', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        checkInvariants(text, detect(text, optionsWith({ pageHasTrueConfContext: true })));
      }),
      { numRuns: 3000 },
    );
  });

  it('never throws and keeps its invariants with any options', () => {
    fc.assert(
      fc.property(anyText, randomOptions, (text, options) => {
        checkInvariants(text, detect(text, options));
      }),
      { numRuns: 3000 },
    );
  });

  it('is deterministic (no state leaks between calls through shared regexps)', () => {
    fc.assert(
      fc.property(tokenString, tokenString, randomOptions, (first, second, options) => {
        const before = detect(second, options);
        detect(first, options);
        expect(detect(second, options)).toEqual(before);
      }),
      { numRuns: 500 },
    );
  });

  it('the prefilter is conservative: false means no built-in match', () => {
    fc.assert(
      fc.property(anyText, randomOptions, (text, options) => {
        const withoutCustom = { ...options, customRules: [] };
        if (!isLikelyTrueConfText(text)) expect(detect(text, withoutCustom)).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });

  it('the prefilter never rules out text when custom rules are on', () => {
    expect(isLikelyTrueConfText('Room 123', { customRules: [ruleWithGroup.rule] })).toBe(true);
    expect(isLikelyTrueConfText('Room 123')).toBe(false);
  });

  it('never throws on hostile arguments', () => {
    const hostile = [undefined, null, 42, {}, [], { forms: null, knownServers: 'x' }] as unknown[];
    for (const value of hostile) {
      expect(detect(value as string, optionsWith())).toEqual([]);
      expect(Array.isArray(detect('trueconf:smith', value as DetectOptions))).toBe(true);
      expect(isLikelyTrueConfText(value as string)).toBe(false);
    }
    expect(detect('trueconf:smith', {} as DetectOptions).map((match) => match.text)).toEqual([
      'trueconf:smith',
    ]);
  });
});
