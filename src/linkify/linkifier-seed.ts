import {
  normalizeSettings,
  parseRuleVerdicts,
  type RuleVerdicts,
  type Settings,
} from '../settings';
import type { LinkTitleTemplates } from './link/link-titles';

/**
 * What the background already holds when it loads the linkifier into a frame, handed over so that
 * the linkifier starts at once: reading the settings itself costs a storage round trip, and the
 * policy's up to `POLICY_WAIT_MS` more (about 50 ms after the page's first paint, measured in
 * docs/benchmark.md), and its first link title loads the whole message catalogue (about 5 ms).
 * The linkifier still reads and follows the settings itself; the seed only goes first.
 */
export interface LinkifierSeed {
  /** The effective settings as `loadSettingsForPage` gives them (the policy as last read, if need be). */
  settings: Settings;
  verdicts: RuleVerdicts;
  titleTemplates: LinkTitleTemplates;
}

/** Where the seed waits: a global of the extension's isolated world of the frame, out of pages' reach. */
interface SeedScope {
  trueconfLinkifierSeed?: unknown;
}

/**
 * Run in the frame by `scripting.executeScript` with the seed as its argument, just before the
 * linkifier's script. Sent as source text, so it must use nothing from outside its own body.
 */
export function plantLinkifierSeed(seed: unknown): void {
  (globalThis as SeedScope).trueconfLinkifierSeed = seed;
}

function isTemplateRecord(value: unknown): value is Record<string, string> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((template) => typeof template === 'string')
  );
}

/**
 * Takes the seed planted for this linkifier, checked like anything read from storage; null when
 * there is none (the linkifier then waits for its own reads, as it always may: nothing promises
 * that the seed's injection lands before the script's).
 */
export function takeLinkifierSeed(
  scope: SeedScope = globalThis as SeedScope,
): LinkifierSeed | null {
  const planted = scope.trueconfLinkifierSeed;
  delete scope.trueconfLinkifierSeed;
  if (typeof planted !== 'object' || planted === null) return null;
  const { settings, verdicts, titleTemplates } = planted as Record<string, unknown>;
  if (typeof settings !== 'object' || settings === null) return null;
  return {
    settings: normalizeSettings(settings).settings,
    verdicts: parseRuleVerdicts(verdicts),
    titleTemplates: isTemplateRecord(titleTemplates) ? titleTemplates : {},
  };
}
