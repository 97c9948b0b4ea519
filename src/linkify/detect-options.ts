import { compileCustomRules, customRuleAppliesToHost, type CompiledRule } from '../detect';
import {
  detectOptionsFromSettings,
  knownServersOf,
  phoneLinksOn,
  rememberedVerdictOf,
  type RuleVerdicts,
  type Settings,
} from '../settings';
import type { PageDetectOptions } from './linkifier';
import { pageHasTrueConfContext } from './page-context';

/**
 * Only rules with a remembered verdict of safe are used, after the cheap checks alone: a page
 * never times a pattern (with 5 rules that cost every frame 30–40 ms). A rule not judged yet
 * waits for its verdict; the background or the options page gives it.
 */
function rulesForHost(settings: Settings, verdicts: RuleVerdicts, host: string): CompiledRule[] {
  const { compiled } = compileCustomRules(settings.customRules, (rule) =>
    rememberedVerdictOf(verdicts, rule),
  );
  return compiled.filter((rule) => customRuleAppliesToHost(rule, host));
}

/** Everything detection needs for this page, from the settings and the page itself. */
export function detectOptionsFor(
  settings: Settings,
  verdicts: RuleVerdicts,
  doc: Document,
  host: string,
): PageDetectOptions {
  return detectOptionsFromSettings(settings, {
    customRules: rulesForHost(settings, verdicts, host),
    pageHasTrueConfContext: pageHasTrueConfContext(doc, host, knownServersOf(settings)),
  });
}

/**
 * The settings that change what gets linked, and the verdicts on its rules; other changes
 * (history size, verdicts on rules not in force…) relink nothing. Phone settings count while
 * phone numbers are linked.
 */
export function detectionSignature(settings: Settings, verdicts: RuleVerdicts): string {
  return JSON.stringify([
    settings.forms,
    settings.knownServers,
    settings.defaultServer,
    settings.customRules,
    settings.customRules.map((rule) => rememberedVerdictOf(verdicts, rule)?.safe),
    phoneLinksOn(settings),
    settings.phoneDialFormat,
    settings.phoneCountry,
  ]);
}
