/**
 * The timed half of the slowness check of custom rules (the static half is `regex-safety.ts`):
 * the pattern is run on adversarial text built from it. It takes up to 1.5 s, so it runs where a
 * rule enters (options page, background) and its verdict is remembered; pages never run it
 * (`docs/detection.md`, F6).
 */

import type { RegexShape } from './regex-safety';

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

export type ProbeVerdict = 'ok' | 'slow' | 'empty-match';

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

/** Times the pattern on adversarial text built from its own literals. */
export function probeRegexSpeed(
  regexp: RegExp,
  shape: Pick<RegexShape, 'literalChars' | 'literalRuns'>,
): ProbeVerdict {
  return probeSpeed(regexp, probeUnits(shape.literalChars, shape.literalRuns));
}
