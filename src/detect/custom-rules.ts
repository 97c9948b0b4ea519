import { hasTrueConfScheme } from '../protocol';
import { analyseRegexShape } from './regex-safety';
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

/**
 * Adversarial probe sizes. Small steps first: a backtracking blow-up we failed to spot
 * statically doubles its time per extra character, and nothing can interrupt a running regexp,
 * so it must be caught while still cheap. The large sizes expose quadratic scans.
 */
const PROBE_SIZES = [8, 12, 16, 20, 24, 28, 32, 48, 64, 128, 512, 2048, 8192];
const SMALL_PROBE_BUDGET_MS = 10;
/**
 * A linear scan of 8192 characters takes well under 1 ms; a quadratic one, even `(?:foo)+-` whose
 * restarts only begin at every third character, takes 10 ms and more.
 */
const LARGE_PROBE_BUDGET_MS = 5;
const TOTAL_PROBE_BUDGET_MS = 1500;
const PROBE_RETRIES = 3;
const DEFAULT_PROBE_CHARS = [...'aZ0 _.-@\\/:#%я\n'];
const MAX_PROBE_CHARS = 32;
/** Characters paired for alternating probes: 6 × 9 pairs at most. */
const MAX_PAIRED_CHARS = 6;

const now: () => number =
  typeof performance !== 'undefined' && typeof performance.now === 'function'
    ? () => performance.now()
    : () => Date.now();

type ProbeVerdict = 'ok' | 'slow' | 'empty-match';

/** Scans the whole probe the way `detect` does; reports zero-length matches. */
function scanProbe(regexp: RegExp, probe: string): 'ok' | 'empty-match' {
  regexp.lastIndex = 0;
  for (let found = regexp.exec(probe); found !== null; found = regexp.exec(probe)) {
    if (found[0].length === 0) return 'empty-match';
  }
  return 'ok';
}

function timeProbe(regexp: RegExp, probe: string, budgetMs: number): ProbeVerdict {
  for (let attempt = 0; attempt < PROBE_RETRIES; attempt += 1) {
    const started = now();
    const verdict = scanProbe(regexp, probe);
    if (verdict === 'empty-match') return verdict;
    // Retried only when over budget, so a garbage-collection pause is not mistaken for a slow pattern.
    if (now() - started <= budgetMs) return 'ok';
  }
  return 'slow';
}

/**
 * What the probes repeat: single characters, the pattern's literal runs, and pairs of characters
 * (`xa`), since a pattern that backtracks on alternating classes (`(?:x[^x]){1,32}` repeated) is
 * fast on a run of any one character.
 */
function probeUnits(literalChars: readonly string[], literalRuns: readonly string[]): string[] {
  const singles = new Set<string>();
  for (const char of [...literalChars, ...DEFAULT_PROBE_CHARS]) {
    if (singles.size >= MAX_PROBE_CHARS) break;
    singles.add(char);
  }
  const units = new Set(singles);
  for (const run of literalRuns.slice(0, 8)) units.add(run);
  const paired = [...literalChars.slice(0, MAX_PAIRED_CHARS), ...DEFAULT_PROBE_CHARS.slice(0, 4)];
  for (const first of paired.slice(0, MAX_PAIRED_CHARS)) {
    for (const second of paired) if (second !== first) units.add(first + second);
  }
  return [...units];
}

/**
 * A probe's text: the unit repeated, then ends that fail the match late, where backtracking
 * costs most: a character no pattern expects, or a unit cut short (`xaxa…x`).
 */
function probeInputs(unit: string, size: number): string[] {
  const probe = unit.repeat(Math.max(1, Math.ceil(size / unit.length))).slice(0, size);
  const inputs = [probe, `${probe}\u0001`];
  if (unit.length > 1) inputs.push(`${probe}${unit.slice(0, -1)}\u0001`);
  return inputs;
}

function probeSpeed(regexp: RegExp, units: readonly string[]): ProbeVerdict {
  const started = now();
  for (const size of PROBE_SIZES) {
    const budget = size <= 64 ? SMALL_PROBE_BUDGET_MS : LARGE_PROBE_BUDGET_MS;
    for (const unit of units) {
      for (const input of probeInputs(unit, size)) {
        const verdict = timeProbe(regexp, input, budget);
        if (verdict !== 'ok') return verdict;
      }
      if (now() - started > TOTAL_PROBE_BUDGET_MS) return 'slow';
    }
  }
  return 'ok';
}

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

function refuse(refusal: RuleRefusal, reason: string): CompileCustomRuleResult {
  return { ok: false, refusal, reason };
}

/**
 * Checks and compiles an options-page rule. Refuses invalid or dangerous patterns with a coded
 * reason the options page puts in the user's language; never throws.
 */
export function compileCustomRule(rule: CustomRule): CompileCustomRuleResult {
  try {
    return compileCustomRuleUnsafe(rule);
  } catch (error) {
    return refuse({ code: 'unchecked' }, `The rule could not be checked: ${String(error)}`);
  }
}

function compileCustomRuleUnsafe(rule: CustomRule): CompileCustomRuleResult {
  if (typeof rule !== 'object' || rule === null) {
    return refuse({ code: 'unchecked' }, 'The rule is missing.');
  }
  const { pattern, hrefTemplate } = rule;
  if (typeof pattern !== 'string' || pattern.length === 0) {
    return refuse({ code: 'empty-pattern' }, 'The pattern is empty.');
  }
  if (pattern.length > MAX_PATTERN_LENGTH) {
    return refuse(
      { code: 'pattern-too-long', maxLength: MAX_PATTERN_LENGTH },
      `The pattern is longer than ${MAX_PATTERN_LENGTH} characters.`,
    );
  }
  const userFlags = typeof rule.flags === 'string' ? rule.flags : '';
  const flags = [...new Set(userFlags.replace(/g/g, ''))];
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

  if (typeof hrefTemplate !== 'string' || !hasTrueConfScheme(hrefTemplate)) {
    return refuse({ code: 'template-scheme' }, 'The link template must start with "trueconf:".');
  }
  for (const [, token] of hrefTemplate.matchAll(TEMPLATE_REFERENCE)) {
    const group = Number(token);
    if (token !== '$' && group > shape.captureGroupCount) {
      return refuse(
        { code: 'template-group', reference: `$${group}`, groupCount: shape.captureGroupCount },
        `The link template uses $${group}, but the pattern has ${shape.captureGroupCount} group(s).`,
      );
    }
  }

  const requestedSites = Array.isArray(rule.sites) ? rule.sites : [];
  const sites = [...new Set(requestedSites.map(normalizeSite).filter((site) => site.length > 0))];
  if (requestedSites.length > 0 && sites.length === 0) {
    return refuse({ code: 'no-valid-site' }, 'None of the sites is a valid host name.');
  }

  const verdict = probeSpeed(regexp, probeUnits(shape.literalChars, shape.literalRuns));
  if (verdict === 'empty-match') {
    return refuse({ code: 'matches-empty' }, 'The pattern can match empty text.');
  }
  if (verdict === 'slow') {
    return refuse(
      { code: 'slow' },
      'The pattern is too slow on long text; replace + and * with bounds such as {1,64}.',
    );
  }

  const source: CustomRule = {
    id: String(rule.id),
    pattern,
    flags: flagString,
    hrefTemplate,
    ...(requestedSites.length > 0 ? { sites: [...requestedSites] } : {}),
  };
  return {
    ok: true,
    rule: Object.freeze({ id: source.id, source, regexp, hrefTemplate, sites }),
  };
}

export interface CompiledRules<Rule extends CustomRule> {
  compiled: CompiledRule[];
  /** Never used for detection; kept with the reason, for the options page to show. */
  refused: { rule: Rule; refusal: RuleRefusal }[];
}

/** Compiles saved rules, in their order. */
export function compileCustomRules<Rule extends CustomRule>(
  rules: readonly Rule[],
): CompiledRules<Rule> {
  const compiled: CompiledRule[] = [];
  const refused: { rule: Rule; refusal: RuleRefusal }[] = [];
  for (const rule of rules) {
    const result = compileCustomRule(rule);
    if (result.ok) compiled.push(result.rule);
    else refused.push({ rule, refusal: result.refusal });
  }
  return { compiled, refused };
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
