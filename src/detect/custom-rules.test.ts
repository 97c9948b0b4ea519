import { describe, expect, it } from 'vitest';
import {
  compileCustomRule,
  compileCustomRules,
  customRuleAppliesToHost,
  detect,
  type CompiledRule,
  type CustomRule,
  type RuleRefusal,
} from './index';
import { optionsWith } from '../../test/support/detect-options';

const ROOM_RULE: CustomRule = {
  id: 'room',
  pattern: String.raw`Room (\d{3,12})`,
  flags: 'i',
  hrefTemplate: String.raw`trueconf:\c\$1`,
};

function compiled(rule: CustomRule): CompiledRule {
  const result = compileCustomRule(rule);
  if (!result.ok) throw new Error(`expected ${rule.pattern} to compile: ${result.reason}`);
  return result.rule;
}

function refusal(rule: Partial<CustomRule>): string {
  const result = compileCustomRule({ id: 'x', pattern: 'x', hrefTemplate: 'trueconf:x', ...rule });
  if (result.ok) throw new Error(`expected ${String(rule.pattern)} to be refused`);
  return result.reason;
}

function links(
  text: string,
  rules: CompiledRule[],
): { text: string; href: string; form: string }[] {
  return detect(text, optionsWith({ customRules: rules })).map(
    ({ text: linkText, href, form }) => ({
      text: linkText,
      href,
      form,
    }),
  );
}

describe('compileCustomRules', () => {
  it('compiles the rules it can, in order, and keeps each refused one with its reason', () => {
    const slow = { ...ROOM_RULE, id: 'slow', pattern: '(a+)+$' };
    const other = { ...ROOM_RULE, id: 'other', sites: ['intranet.example'] };
    const result = compileCustomRules([ROOM_RULE, slow, other]);
    expect(result.compiled.map((rule) => rule.id)).toEqual(['room', 'other']);
    expect(result.refused).toEqual([{ rule: slow, refusal: { code: 'slow' } }]);
  });

  it('compiles nothing from no rules', () => {
    expect(compileCustomRules([])).toEqual({ compiled: [], refused: [], unjudged: [] });
  });
});

describe('compileCustomRule', () => {
  it('refuses the pattern that froze a page through a settings import', () => {
    const result = compileCustomRule({
      id: 'frozen',
      pattern: String.raw`(?:(?:x[^x]){1,32}){1,32}!`,
      hrefTemplate: 'trueconf:x',
    });
    expect(result).toMatchObject({ ok: false, refusal: { code: 'slow' } });
  });

  it('links what a valid rule with $1 matches', () => {
    expect(
      links('Meeting room 4154248070 at noon, Room 0003172451.', [compiled(ROOM_RULE)]),
    ).toEqual([
      { text: 'room 4154248070', href: 'trueconf:\\c\\4154248070', form: 'custom' },
      { text: 'Room 0003172451', href: 'trueconf:\\c\\0003172451', form: 'custom' },
    ]);
  });

  it('canonicalises the produced URI and accepts $$ for a dollar sign', () => {
    const rule = compiled({
      id: 'ext',
      pattern: String.raw`ext\.(\d{4})`,
      hrefTemplate: String.raw`VISICALL:\c\$1@video.example.com%vcs`,
    });
    expect(links('ext.4154', [rule])).toEqual([
      { text: 'ext.4154', href: 'trueconf:\\c\\4154@video.example.com%23vcs', form: 'custom' },
    ]);
    expect(compileCustomRule({ id: 'd', pattern: 'a', hrefTemplate: 'trueconf:a$$b' }).ok).toBe(
      true,
    );
  });

  it.each([
    [{ pattern: '' }, { code: 'empty-pattern' }],
    [{ pattern: 'a'.repeat(5000) }, { code: 'pattern-too-long' }],
    [{ flags: 'iy' }, { code: 'unsupported-flags', flags: 'y' }],
    [{ pattern: '(abc' }, { code: 'invalid-pattern' }],
    [{ pattern: '(a+)+$' }, { code: 'slow' }],
    [{ pattern: 'a*' }, { code: 'matches-empty' }],
    [{ hrefTemplate: 'https://x.example/' }, { code: 'template-scheme' }],
    [
      { pattern: '(a)', hrefTemplate: 'trueconf:$2' },
      { code: 'template-group', reference: '$2', groupCount: 1 },
    ],
    [{ sites: ['not a/site!'] }, { code: 'no-valid-site' }],
  ] satisfies [Partial<CustomRule>, Partial<RuleRefusal>][])(
    'refuses %o with a code the options page can translate',
    (rule, expected) => {
      const result = compileCustomRule({
        id: 'x',
        pattern: 'x',
        hrefTemplate: 'trueconf:x',
        ...rule,
      });
      expect(result.ok ? null : result.refusal).toMatchObject(expected);
    },
  );

  it('refuses an invalid regular expression with a reason', () => {
    expect(refusal({ pattern: '(abc' })).toMatch(/^Invalid regular expression/);
    expect(refusal({ pattern: '[z-a]' })).toMatch(/^Invalid regular expression/);
  });

  it.each([
    '(a+)+$',
    '(a|a)*',
    '(a*)*b',
    '(a?)+b',
    String.raw`(\w+\.)+com`,
    String.raw`(?:\d+[- ]?)+x`,
    '(.*a){20}',
    String.raw`(a|ab)*c`,
    String.raw`(x+x+)+y`,
    String.raw`([a-z]+)*@`,
    String.raw`(?<word>a)\k<word>`,
    String.raw`(a)\1`,
  ])('refuses the catastrophic pattern %s', (pattern) => {
    expect(refusal({ pattern })).toMatch(/slow|back-references/);
  });

  it.each(['a*', 'x?', String.raw`\b`, '(?=x)', '^', 'a|', '(?:)', String.raw`\d{0,5}`])(
    'refuses %s, which can match empty text',
    (pattern) => {
      expect(refusal({ pattern })).toMatch(/empty/);
    },
  );

  it('refuses polynomial patterns the static check lets through, by timing them', () => {
    expect(refusal({ pattern: 'a*a*a*a*a*b' })).toMatch(/too slow/);
    expect(refusal({ pattern: String.raw`\d+x` })).toMatch(/too slow/);
    expect(refusal({ pattern: String.raw`(?:foo|bar)+-` })).toMatch(/too slow/);
  });

  it('accepts common safe shapes', () => {
    for (const pattern of [
      String.raw`Room (\d{3,12})`,
      String.raw`(?:\d{3}[- ]?){3}`,
      String.raw`conf(?:erence)?\s{0,3}#?(\d{6,12})`,
      String.raw`\b(?:vc|video)-(\d{4,10})\b`,
      String.raw`(?:foo|bar){1,3}-(\d{3})`,
      String.raw`\p{Lu}{2}(\d{4})`,
    ]) {
      const result = compileCustomRule({
        id: 'ok',
        pattern,
        flags: 'u',
        hrefTemplate: 'trueconf:x',
      });
      expect(result.ok ? 'accepted' : `${pattern}: ${result.reason}`).toBe('accepted');
    }
  });

  it('links nothing when the template does not produce a valid trueconf: URI', () => {
    const bracketed = compiled({ ...ROOM_RULE, hrefTemplate: 'trueconf:[$1]' });
    const spaced = compiled({ ...ROOM_RULE, hrefTemplate: 'trueconf:\\c\\$1 x' });
    const launchOnly = compiled({
      ...ROOM_RULE,
      pattern: String.raw`Room(\d{0,0})1`,
      hrefTemplate: 'trueconf:$1',
    });
    for (const rule of [bracketed, spaced, launchOnly]) {
      expect(links('Meeting room 4154248070 at noon, Room1', [rule])).toEqual([]);
    }
  });

  it('refuses templates that can never be a trueconf: URI, or use missing groups', () => {
    expect(refusal({ hrefTemplate: 'https://example.com/$1' })).toMatch(/trueconf:/);
    expect(refusal({ pattern: '(a)b', hrefTemplate: 'trueconf:$2' })).toMatch(/\$2/);
    expect(compileCustomRule({ id: 'd', pattern: 'ab', hrefTemplate: 'trueconf:a$$2' }).ok).toBe(
      true,
    );
  });

  it('accepts only the i, m, s and u flags (g is implied)', () => {
    expect(refusal({ flags: 'y' })).toMatch(/flag/);
    expect(refusal({ flags: 'v' })).toMatch(/flag/);
    expect(compileCustomRule({ ...ROOM_RULE, flags: 'gi' }).ok).toBe(true);
  });

  it('never throws on malformed input', () => {
    for (const rule of [
      null,
      undefined,
      {},
      { pattern: 5 },
      { pattern: 'a', hrefTemplate: null },
    ]) {
      expect(compileCustomRule(rule as unknown as CustomRule).ok).toBe(false);
    }
  });

  it('never lets a custom rule take text from a built-in form', () => {
    const greedy = compiled({
      id: 'g',
      pattern: String.raw`call \S{1,40}`,
      hrefTemplate: 'trueconf:other',
    });
    expect(links('call trueconf:smith now', [greedy])).toEqual([
      { text: 'trueconf:smith', href: 'trueconf:smith', form: 'uri' },
    ]);
    expect(links('please call ivan now, trueconf:smith', [greedy])).toEqual([
      { text: 'call ivan', href: 'trueconf:other', form: 'custom' },
      { text: 'trueconf:smith', href: 'trueconf:smith', form: 'uri' },
    ]);
  });

  it('limits rules to their sites (host and subdomains)', () => {
    const limited = compiled({
      ...ROOM_RULE,
      sites: ['Intranet.ACME.example', 'https://wiki.example.org/x'],
    });
    expect(limited.sites).toEqual(['intranet.acme.example', 'wiki.example.org']);
    expect(customRuleAppliesToHost(limited, 'intranet.acme.example')).toBe(true);
    expect(customRuleAppliesToHost(limited, 'docs.intranet.acme.example')).toBe(true);
    expect(customRuleAppliesToHost(limited, 'wiki.example.org:8443')).toBe(true);
    expect(customRuleAppliesToHost(limited, 'evil-intranet.acme.example')).toBe(false);
    expect(customRuleAppliesToHost(limited, 'example.org')).toBe(false);
    expect(customRuleAppliesToHost(compiled(ROOM_RULE), 'anything.example')).toBe(true);
    expect(refusal({ sites: ['not a host!'] })).toMatch(/sites/);
  });

  // How fast lives in the benchmark; here the test timeout only guards against a hang.
  it('compiles a safe rule without hanging', () => {
    expect(compiled(ROOM_RULE).regexp).toBeInstanceOf(RegExp);
  });
});
