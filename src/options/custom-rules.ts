import {
  compileCustomRule,
  compileCustomRules,
  type CompiledRule,
  type RuleRefusal,
} from '../detect';
import { uriSchemeOf } from '../protocol';
import { normalizeCustomRule, normalizeSiteEntry, type CustomRuleSetting } from '../settings';
import { message, type Message } from '../i18n/message';
import { pluralKey } from '../i18n/plural';
import { messagesLanguage } from '../i18n/translate';
import { regexProblemKey } from './regex-problem';

/**
 * Custom rules (F6) as the options page edits them. A rule is saved only when both our own
 * checks and `compileCustomRule` (which refuses invalid and dangerously slow patterns) accept
 * it; otherwise the user gets the reason and nothing is saved.
 */

export interface RuleDraft {
  pattern: string;
  ignoreCase: boolean;
  hrefTemplate: string;
  /** Host names separated by commas, spaces or new lines; empty means every site. */
  sites: string;
}

export type RuleCheck =
  | { ok: true; rule: CustomRuleSetting; compiled: CompiledRule }
  | { ok: false; problem: Message; field: keyof RuleDraft };

function refused(field: keyof RuleDraft, key: string, substitutions: string[] = []): RuleCheck {
  return { ok: false, field, problem: message(key, substitutions) };
}

export function parseSiteList(
  text: string,
): { ok: true; sites: string[] } | { ok: false; bad: string } {
  const sites: string[] = [];
  for (const part of text.split(/[\s,;]+/)) {
    if (part === '') continue;
    const site = normalizeSiteEntry(part);
    if (site === null) return { ok: false, bad: part };
    if (!sites.includes(site)) sites.push(site);
  }
  return { ok: true, sites };
}

/** "has only 1 group", "only 2 groups": the count decides the words, in each language. */
function templateGroupProblem(reference: string, groupCount: number): Message {
  return message(pluralKey('options_rule_template_group', groupCount, messagesLanguage()), [
    reference,
    String(groupCount),
  ]);
}

/** What the user reads when `compileCustomRule` refuses a rule. */
export function explainRefusal(refusal: RuleRefusal): Message {
  switch (refusal.code) {
    case 'unchecked':
      return message('options_rule_unchecked');
    case 'empty-pattern':
      return message('options_rule_pattern_required');
    case 'pattern-too-long':
      return message('options_rule_pattern_too_long', [String(refusal.maxLength)]);
    case 'unsupported-flags':
      return message('options_rule_unsupported_flags', [refusal.flags]);
    case 'invalid-pattern':
      return message(regexProblemKey(refusal.engineMessage));
    case 'slow':
      return message('options_rule_too_slow');
    case 'matches-empty':
      return message('options_rule_matches_empty');
    case 'template-scheme':
      return message('options_rule_template_scheme');
    case 'template-group':
      return templateGroupProblem(refusal.reference, refusal.groupCount);
    case 'no-valid-site':
      return message('options_rule_no_valid_site');
  }
}

/** Throws like the RegExp constructor when the pattern is not a regular expression. */
function captureGroupCount(pattern: string, flags: string): number {
  new RegExp(pattern, flags);
  // A valid pattern is balanced, so it can be wrapped; matching the empty alternative then tells
  // how many groups it has without running it on any text.
  const found = new RegExp(`(?:${pattern})|`, flags).exec('');
  return (found?.length ?? 1) - 1;
}

/** Checks a draft; the id is given so editing keeps a rule's identity. */
export function checkRuleDraft(draft: RuleDraft, id: string): RuleCheck {
  const pattern = draft.pattern;
  const hrefTemplate = draft.hrefTemplate.trim();
  if (pattern.trim() === '') return refused('pattern', 'options_rule_pattern_required');
  const flags = draft.ignoreCase ? 'i' : '';
  let groups: number;
  try {
    groups = captureGroupCount(pattern, flags);
  } catch (error) {
    return refused('pattern', regexProblemKey((error as Error).message));
  }
  if (hrefTemplate === '') return refused('hrefTemplate', 'options_rule_template_required');
  // The detector also runs `visicall:` templates that arrive by import or policy; a rule written
  // here is held to the scheme the extension itself writes.
  if (uriSchemeOf(hrefTemplate) !== 'trueconf') {
    return refused('hrefTemplate', 'options_rule_template_scheme');
  }
  for (const reference of hrefTemplate.matchAll(/\$([1-9])/g)) {
    if (Number(reference[1]) > groups) {
      return {
        ok: false,
        field: 'hrefTemplate',
        problem: templateGroupProblem(`$${reference[1]}`, groups),
      };
    }
  }
  const siteList = parseSiteList(draft.sites);
  if (!siteList.ok) return refused('sites', 'options_rule_bad_site', [siteList.bad]);
  const rule = normalizeCustomRule({ id, pattern, flags, hrefTemplate, sites: siteList.sites });
  if (!rule) return refused('pattern', 'options_rule_refused', [pattern]);
  const compiled = compileCustomRule(rule);
  if (!compiled.ok)
    return { ok: false, field: 'pattern', problem: explainRefusal(compiled.refusal) };
  return { ok: true, rule, compiled: compiled.rule };
}

export function newRuleId(): string {
  return `rule-${crypto.randomUUID()}`;
}

/** Saved rules for the tester; a rule the detector refuses is reported, not used. */
export function compileSavedRules(rules: readonly CustomRuleSetting[]): {
  compiled: CompiledRule[];
  refused: { rule: CustomRuleSetting; problem: Message }[];
} {
  const { compiled, refused: refusedRules } = compileCustomRules(rules);
  return {
    compiled,
    refused: refusedRules.map(({ rule, refusal }) => ({ rule, problem: explainRefusal(refusal) })),
  };
}
