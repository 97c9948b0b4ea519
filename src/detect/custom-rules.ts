import { hasTrueConfScheme } from '../protocol';
import { probeRegexSpeed } from './regex-probes';
import { analyseRegexShape, type RegexShape } from './regex-safety';
import { resolveWrittenUri } from './uri-form';
import type {
  CompileCustomRuleResult,
  CompiledRule,
  CustomRule,
  Match,
  RuleRefusal,
} from './types';

const ALLOWED_FLAGS = new Set(['i', 'm', 's', 'u']);
const MAX_PATTERN_LENGTH = 1000;
const TEMPLATE_REFERENCE = /\$(\$|[1-9])/g;

/** Host names for `sites`: `https://Video.Example.com:443/x` → `video.example.com`, `*.x.org` → `x.org`. */
function normalizeSite(site: unknown): string {
  if (typeof site !== 'string') return '';
  let host = site.trim().toLowerCase();
  host = host.replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
  host = host.split(/[/?#]/, 1)[0] ?? '';
  host = host.replace(/^\*\./, '').replace(/:\d*$/, '');
  while (host.endsWith('.')) host = host.slice(0, -1);
  return /^[a-z0-9.-]+$|^\[[0-9a-f:.]+\]$/.test(host) ? host : '';
}

type Refused = Extract<CompileCustomRuleResult, { ok: false }>;

function refuse(refusal: RuleRefusal, reason: string): Refused {
  return { ok: false, refusal, reason };
}

/**
 * Bump whenever the slowness check changes (`regex-safety.ts`, `regex-probes.ts`, the limits
 * here): verdicts remembered by an older checker are then ignored and computed again.
 */
export const RULE_CHECKER_VERSION = 1;

/**
 * What the whole slowness check (static and timed) says about a rule's pattern and flags. Computed
 * where a rule enters and remembered under `ruleVerdictKey`, so pages never run the timed probes.
 */
export type RuleVerdict = { safe: true } | { safe: false; refusal: RuleRefusal };

function flagsOf(rule: Pick<CustomRule, 'flags'>): string[] {
  const userFlags = typeof rule.flags === 'string' ? rule.flags : '';
  return [...new Set(userFlags.replace(/g/g, ''))];
}

/** The verdict's key: the same pattern and flags, checked by the same checker, share one. */
export function ruleVerdictKey(rule: Pick<CustomRule, 'pattern' | 'flags'>): string {
  return JSON.stringify([RULE_CHECKER_VERSION, flagsOf(rule).sort().join(''), rule.pattern]);
}

interface CheckedPattern {
  ok: true;
  regexp: RegExp;
  flags: string;
  shape: RegexShape;
}

/** Everything about the pattern that is cheap to check: all but the timed probes. */
function checkPattern(rule: CustomRule): CheckedPattern | Refused {
  const { pattern } = rule;
  if (typeof pattern !== 'string' || pattern.length === 0) {
    return refuse({ code: 'empty-pattern' }, 'The pattern is empty.');
  }
  if (pattern.length > MAX_PATTERN_LENGTH) {
    return refuse(
      { code: 'pattern-too-long', maxLength: MAX_PATTERN_LENGTH },
      `The pattern is longer than ${MAX_PATTERN_LENGTH} characters.`,
    );
  }
  const flags = flagsOf(rule);
  const unsupported = flags.filter((flag) => !ALLOWED_FLAGS.has(flag));
  if (unsupported.length > 0) {
    return refuse(
      { code: 'unsupported-flags', flags: unsupported.join('') },
      `Unsupported flag(s) "${unsupported.join('')}"; use only i, m, s and u.`,
    );
  }
  const flagString = flags.join('');

  let regexp: RegExp;
  try {
    regexp = new RegExp(pattern, `${flagString}g`);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return refuse(
      { code: 'invalid-pattern', engineMessage: message },
      `Invalid regular expression: ${message}`,
    );
  }

  const shape = analyseRegexShape(pattern, flagString);
  if (shape.problems.length > 0) {
    return refuse(
      { code: 'slow' },
      `The pattern could be very slow: ${shape.problems.join('; ')}.`,
    );
  }
  if (shape.canMatchEmpty) {
    return refuse({ code: 'matches-empty' }, 'The pattern can match empty text.');
  }
  return { ok: true, regexp, flags: flagString, shape };
}

/** The checks of the rule beyond its pattern (template, sites), and the compiled rule. */
function finishRule(rule: CustomRule, pattern: CheckedPattern): CompileCustomRuleResult {
  const { hrefTemplate } = rule;
  if (typeof hrefTemplate !== 'string' || !hasTrueConfScheme(hrefTemplate)) {
    return refuse({ code: 'template-scheme' }, 'The link template must start with "trueconf:".');
  }
  const groupCount = pattern.shape.captureGroupCount;
  for (const [, token] of hrefTemplate.matchAll(TEMPLATE_REFERENCE)) {
    const group = Number(token);
    if (token !== '$' && group > groupCount) {
      return refuse(
        { code: 'template-group', reference: `$${group}`, groupCount },
        `The link template uses $${group}, but the pattern has ${groupCount} group(s).`,
      );
    }
  }

  const requestedSites = Array.isArray(rule.sites) ? rule.sites : [];
  const sites = [...new Set(requestedSites.map(normalizeSite).filter((site) => site.length > 0))];
  if (requestedSites.length > 0 && sites.length === 0) {
    return refuse({ code: 'no-valid-site' }, 'None of the sites is a valid host name.');
  }

  const source: CustomRule = {
    id: String(rule.id),
    pattern: rule.pattern,
    flags: pattern.flags,
    hrefTemplate,
    ...(requestedSites.length > 0 ? { sites: [...requestedSites] } : {}),
  };
  const { regexp } = pattern;
  return {
    ok: true,
    rule: Object.freeze({ id: source.id, source, regexp, hrefTemplate, sites }),
  };
}

function probe(pattern: CheckedPattern): Refused | null {
  const verdict = probeRegexSpeed(pattern.regexp, pattern.shape);
  if (verdict === 'empty-match') {
    return refuse({ code: 'matches-empty' }, 'The pattern can match empty text.');
  }
  if (verdict === 'slow') {
    return refuse(
      { code: 'slow' },
      'The pattern is too slow on long text; replace + and * with bounds such as {1,64}.',
    );
  }
  return null;
}

/**
 * Probe results in this page or worker, by `ruleVerdictKey`: the options page checks a rule as it
 * is written, then remembers its verdict, and should not time it twice.
 */
const probed = new Map<string, Refused | null>();
const MAX_PROBED = 64;

function probeOnce(rule: CustomRule, pattern: CheckedPattern): Refused | null {
  const key = ruleVerdictKey(rule);
  if (probed.has(key)) return probed.get(key) ?? null;
  const result = probe(pattern);
  if (probed.size >= MAX_PROBED) probed.delete(probed.keys().next().value ?? '');
  probed.set(key, result);
  return result;
}

function refusedUnchecked(error: unknown): Refused {
  return refuse({ code: 'unchecked' }, `The rule could not be checked: ${String(error)}`);
}

function isRule(rule: unknown): rule is CustomRule {
  return typeof rule === 'object' && rule !== null;
}

/**
 * Checks and compiles an options-page rule, timed probes included. Refuses invalid or dangerous
 * patterns with a coded reason the options page puts in the user's language; never throws.
 */
export function compileCustomRule(rule: CustomRule): CompileCustomRuleResult {
  try {
    if (!isRule(rule)) return refuse({ code: 'unchecked' }, 'The rule is missing.');
    const pattern = checkPattern(rule);
    if (!pattern.ok) return pattern;
    const compiled = finishRule(rule, pattern);
    if (!compiled.ok) return compiled;
    return probeOnce(rule, pattern) ?? compiled;
  } catch (error) {
    return refusedUnchecked(error);
  }
}

/** The verdict to remember for the rule's pattern and flags; runs the timed probes once per page. */
export function judgeRule(rule: CustomRule): RuleVerdict {
  try {
    if (!isRule(rule)) return { safe: false, refusal: { code: 'unchecked' } };
    const pattern = checkPattern(rule);
    const refused = pattern.ok ? probeOnce(rule, pattern) : pattern;
    return refused ? { safe: false, refusal: refused.refusal } : { safe: true };
  } catch {
    return { safe: false, refusal: { code: 'unchecked' } };
  }
}

/**
 * Compiles a rule with a remembered verdict, running only the cheap checks: what a page does.
 * `undefined` when the rule has no verdict yet (it is then not used).
 */
function compileJudgedRule(
  rule: CustomRule,
  verdict: RuleVerdict | undefined,
): CompileCustomRuleResult | undefined {
  try {
    if (!isRule(rule)) return refuse({ code: 'unchecked' }, 'The rule is missing.');
    const pattern = checkPattern(rule);
    if (!pattern.ok) return pattern;
    const compiled = finishRule(rule, pattern);
    if (!compiled.ok || verdict === undefined) return compiled.ok ? undefined : compiled;
    if (!verdict.safe)
      return refuse(verdict.refusal, 'The remembered verdict refuses the pattern.');
    return compiled;
  } catch (error) {
    return refusedUnchecked(error);
  }
}

export interface CompiledRules<Rule extends CustomRule> {
  compiled: CompiledRule[];
  /** Never used for detection; kept with the reason, for the options page to show. */
  refused: { rule: Rule; refusal: RuleRefusal }[];
  /** Rules with no remembered verdict yet (only with `verdictOf`): not used until they have one. */
  unjudged: Rule[];
}

/**
 * Compiles saved rules, in their order. With `verdictOf` (pages), the timed probes are never run:
 * a rule is used only when its remembered verdict says safe.
 */
export function compileCustomRules<Rule extends CustomRule>(
  rules: readonly Rule[],
  verdictOf?: (rule: Rule) => RuleVerdict | undefined,
): CompiledRules<Rule> {
  const result: CompiledRules<Rule> = { compiled: [], refused: [], unjudged: [] };
  for (const rule of rules) {
    const compiled = verdictOf ? compileJudgedRule(rule, verdictOf(rule)) : compileCustomRule(rule);
    if (compiled === undefined) result.unjudged.push(rule);
    else if (compiled.ok) result.compiled.push(compiled.rule);
    else result.refused.push({ rule, refusal: compiled.refusal });
  }
  return result;
}

/** detect() does not know the page; callers filter rules with this before passing them in. */
export function customRuleAppliesToHost(rule: CompiledRule, host: string): boolean {
  if (rule.sites.length === 0) return true;
  const normalized = normalizeSite(host);
  if (normalized.length === 0) return false;
  return rule.sites.some((site) => normalized === site || normalized.endsWith(`.${site}`));
}

function expandTemplate(template: string, found: RegExpExecArray): string {
  return template.replace(TEMPLATE_REFERENCE, (_whole, token: string) =>
    token === '$' ? '$' : (found[Number(token)] ?? ''),
  );
}

export function findCustomMatches(
  text: string,
  rules: readonly CompiledRule[],
  matches: Match[],
): void {
  for (const rule of rules) {
    const { regexp } = rule;
    // A hand-made rule with a non-global regexp would make exec() loop forever.
    if (!(regexp instanceof RegExp) || !regexp.global) continue;
    regexp.lastIndex = 0;
    for (let found = regexp.exec(text); found !== null; found = regexp.exec(text)) {
      if (found[0].length === 0) {
        // compileCustomRule refuses such patterns; this only guards against an endless loop.
        regexp.lastIndex += 1;
        continue;
      }
      const resolved = resolveWrittenUri(expandTemplate(rule.hrefTemplate, found));
      if (resolved === null) continue;
      const start = found.index;
      const end = start + found[0].length;
      matches.push({
        start,
        end,
        text: found[0],
        form: 'custom',
        href: resolved.href,
        command: resolved.command,
      });
    }
  }
}
