import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fakeGetMessage, loadMessages } from '../../test/support/messages';
import { detect, DEFAULT_DETECT_OPTIONS, type RuleRefusal } from '../detect';
import { checkRuleDraft, compileSavedRules, explainRefusal, parseSiteList } from './custom-rules';

let language: 'en' | 'ru' = 'en';
beforeEach(() => {
  language = 'en';
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string[]) =>
    fakeGetMessage(loadMessages(language))(key, subs)) as never);
});

const draft = {
  pattern: 'Room[ -](\\d{4,8})',
  ignoreCase: false,
  hrefTemplate: 'trueconf:\\c\\room$1',
  sites: '',
};

describe('checkRuleDraft', () => {
  it('accepts a good rule, and the compiled rule links its pattern', () => {
    const checked = checkRuleDraft({ ...draft, ignoreCase: true }, 'rule-1');
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.rule).toEqual({
      id: 'rule-1',
      pattern: 'Room[ -](\\d{4,8})',
      flags: 'i',
      hrefTemplate: 'trueconf:\\c\\room$1',
      sites: [],
    });
    const matches = detect('Meet in ROOM 4154 today', {
      ...DEFAULT_DETECT_OPTIONS,
      customRules: [checked.compiled],
    });
    expect(matches.map((match) => [match.text, match.href])).toEqual([
      ['ROOM 4154', 'trueconf:\\c\\room4154'],
    ]);
  });

  it.each([
    [{ pattern: '  ' }, 'pattern', 'options_rule_pattern_required'],
    [{ pattern: 'Room (\\d+' }, 'pattern', 'options_regex_unterminated_group'],
    [{ pattern: 'a\\' }, 'pattern', 'options_regex_trailing_backslash'],
    [{ hrefTemplate: '' }, 'hrefTemplate', 'options_rule_template_required'],
    [{ hrefTemplate: 'https://evil.example/$1' }, 'hrefTemplate', 'options_rule_template_scheme'],
    [{ hrefTemplate: 'visicall:\\c\\$1' }, 'hrefTemplate', 'options_rule_template_scheme'],
    [{ hrefTemplate: 'trueconf:\\c\\$2' }, 'hrefTemplate', 'options_rule_template_group_one'],
    [{ sites: 'intranet.example.com, not a/site' }, 'sites', 'options_rule_bad_site'],
    [{ pattern: '(a+)+$', hrefTemplate: 'trueconf:x' }, 'pattern', 'options_rule_too_slow'],
    [
      { pattern: '(\\d*)', hrefTemplate: 'trueconf:\\c\\$1' },
      'pattern',
      'options_rule_matches_empty',
    ],
  ])('refuses %o with a reason', (change, field, key) => {
    const checked = checkRuleDraft({ ...draft, ...change }, 'rule-1');
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.field).toBe(field);
    expect(checked.problem.key).toBe(key);
  });

  it('takes the trueconf: scheme in any case', () => {
    expect(checkRuleDraft({ ...draft, hrefTemplate: 'TrueConf:\\c\\room$1' }, 'rule-1').ok).toBe(
      true,
    );
  });

  it('says how many groups the pattern has when the template asks for more', () => {
    const checked = checkRuleDraft({ ...draft, hrefTemplate: 'trueconf:$1$3' }, 'rule-1');
    expect(!checked.ok && checked.problem.substitutions).toEqual(['$3', '1']);
  });

  it('counts the groups with the plural form of the person’s language', () => {
    const needsThree = { ...draft, pattern: '(a)(b)', hrefTemplate: 'trueconf:$1$3' };
    const inEnglish = checkRuleDraft(needsThree, 'rule-1');
    expect(!inEnglish.ok && inEnglish.problem.key).toBe('options_rule_template_group_other');
    language = 'ru';
    const fiveGroups = { ...draft, pattern: '(a)(b)(c)(d)(e)', hrefTemplate: 'trueconf:$6' };
    const inRussian = checkRuleDraft(fiveGroups, 'rule-1');
    expect(!inRussian.ok && inRussian.problem.key).toBe('options_rule_template_group_many');
  });
});

describe('parseSiteList', () => {
  it('reads host names separated by commas, spaces or lines, once each', () => {
    expect(
      parseSiteList(
        'Intranet.Example.com, *.wiki.example\nhttps://portal.example/x intranet.example.com',
      ),
    ).toEqual({
      ok: true,
      sites: ['intranet.example.com', 'wiki.example', 'portal.example'],
    });
    expect(parseSiteList('')).toEqual({ ok: true, sites: [] });
    expect(parseSiteList('good.example bad_site!')).toEqual({ ok: false, bad: 'bad_site!' });
  });
});

describe('explainRefusal', () => {
  it.each([
    [{ code: 'unchecked' }, 'options_rule_unchecked', []],
    [{ code: 'empty-pattern' }, 'options_rule_pattern_required', []],
    [{ code: 'pattern-too-long', maxLength: 1000 }, 'options_rule_pattern_too_long', ['1000']],
    [{ code: 'unsupported-flags', flags: 'y' }, 'options_rule_unsupported_flags', ['y']],
    [
      {
        code: 'invalid-pattern',
        engineMessage: 'Invalid regular expression: /(/: Unterminated group',
      },
      'options_regex_unterminated_group',
      [],
    ],
    [{ code: 'slow' }, 'options_rule_too_slow', []],
    [{ code: 'matches-empty' }, 'options_rule_matches_empty', []],
    [{ code: 'template-scheme' }, 'options_rule_template_scheme', []],
    [
      { code: 'template-group', reference: '$3', groupCount: 1 },
      'options_rule_template_group_one',
      ['$3', '1'],
    ],
    [{ code: 'no-valid-site' }, 'options_rule_no_valid_site', []],
  ] satisfies [RuleRefusal, string, string[]][])(
    'says %o in our own words',
    (refusal, key, substitutions) => {
      expect(explainRefusal(refusal)).toEqual({ key, substitutions });
    },
  );
});

describe('compileSavedRules', () => {
  it('compiles what it can and reports the rest', () => {
    const good = {
      id: 'a',
      pattern: 'R(\\d{4})',
      flags: '',
      hrefTemplate: 'trueconf:\\c\\r$1',
      sites: [],
    };
    const slow = { ...good, id: 'b', pattern: '(x+)+y' };
    const result = compileSavedRules([good, slow]);
    expect(result.compiled.map((rule) => rule.id)).toEqual(['a']);
    expect(result.refused.map(({ rule, problem }) => [rule.id, problem.key])).toEqual([
      ['b', 'options_rule_too_slow'],
    ]);
  });
});
