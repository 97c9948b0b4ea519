import {
  judgeRule,
  ruleVerdictKey,
  type CustomRule,
  type RuleRefusal,
  type RuleVerdict,
} from '../detect';
import { defineItem, getValue, update, watch } from '../storage';
import { loadSettings } from './store';

/**
 * The remembered verdicts of the slowness check on custom rules (`docs/detection.md`, F6), by
 * `ruleVerdictKey` (checker version, flags, pattern). Written only where a rule enters: the
 * options page as it saves or imports, the background as settings or the policy change. Pages
 * read them and never write them: a page that could would decide which patterns are safe.
 */
export type RuleVerdicts = Readonly<Record<string, RuleVerdict>>;

export const RULE_VERDICTS_KEY = 'ruleVerdicts';

const REFUSAL_CODES: Record<RuleRefusal['code'], true> = {
  unchecked: true,
  'empty-pattern': true,
  'pattern-too-long': true,
  'unsupported-flags': true,
  'invalid-pattern': true,
  slow: true,
  'matches-empty': true,
  'template-scheme': true,
  'template-group': true,
  'no-valid-site': true,
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A damaged refusal still refuses: it only loses its reason. */
function parseRefusal(stored: unknown): RuleRefusal {
  const plain =
    isRecord(stored) &&
    typeof stored.code === 'string' &&
    Object.hasOwn(REFUSAL_CODES, stored.code) &&
    Object.values(stored).every((field) => ['string', 'number'].includes(typeof field));
  return plain ? (stored as unknown as RuleRefusal) : { code: 'unchecked' };
}

/** Only an entry that says `safe: true` exactly is safe; one that is neither is no verdict. */
function parseVerdict(stored: unknown): RuleVerdict | null {
  if (!isRecord(stored)) return null;
  if (stored.safe === true) return { safe: true };
  if (stored.safe !== false) return null;
  return { safe: false, refusal: parseRefusal(stored.refusal) };
}

export function parseRuleVerdicts(stored: unknown): RuleVerdicts {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return {};
  const verdicts: Record<string, RuleVerdict> = {};
  for (const [key, value] of Object.entries(stored)) {
    const verdict = parseVerdict(value);
    if (verdict) verdicts[key] = verdict;
  }
  return verdicts;
}

const ruleVerdictsItem = defineItem<RuleVerdicts>('local', RULE_VERDICTS_KEY, parseRuleVerdicts);

export function loadRuleVerdicts(): Promise<RuleVerdicts> {
  return getValue(ruleVerdictsItem);
}

/** Calls `listener` with every new set of verdicts; returns the unsubscribe. */
export function watchRuleVerdicts(listener: (verdicts: RuleVerdicts) => void): () => void {
  return watch(ruleVerdictsItem, listener);
}

/** The remembered verdict on the rule, if the current checker has given one. */
export function rememberedVerdictOf(
  verdicts: RuleVerdicts,
  rule: Pick<CustomRule, 'pattern' | 'flags'>,
): RuleVerdict | undefined {
  const key = ruleVerdictKey(rule);
  return Object.hasOwn(verdicts, key) ? verdicts[key] : undefined;
}

/**
 * `current` with a verdict for each rule that has none (judged now), or `undefined` when nothing
 * changes. `onlyThese` also drops the verdicts of every other rule (and of older checkers).
 */
function withVerdictsFor(
  current: RuleVerdicts,
  rules: readonly CustomRule[],
  onlyThese: boolean,
): RuleVerdicts | undefined {
  const next: Record<string, RuleVerdict> = onlyThese ? {} : { ...current };
  let judged = false;
  for (const rule of rules) {
    const key = ruleVerdictKey(rule);
    if (Object.hasOwn(next, key)) continue;
    const known = rememberedVerdictOf(current, rule);
    next[key] = known ?? judgeRule(rule);
    judged ||= known === undefined;
  }
  const dropped = Object.keys(next).length !== Object.keys(current).length;
  return judged || dropped ? next : undefined;
}

/** For the options page: judges the rules it saves or imports that have no verdict yet. */
export async function rememberRuleVerdicts(rules: readonly CustomRule[]): Promise<void> {
  await update(ruleVerdictsItem, (current) => withVerdictsFor(current, rules, false));
}

/**
 * For the background: a verdict for every rule in force (the user's and the policy's), and none
 * for any other. The rules are read in the write's turn, so an older read never undoes a newer.
 * Writes nothing when every rule already has its verdict.
 */
export async function rememberVerdictsOfRulesInForce(): Promise<void> {
  await update(ruleVerdictsItem, async (current) =>
    withVerdictsFor(current, (await loadSettings()).settings.customRules, true),
  );
}
