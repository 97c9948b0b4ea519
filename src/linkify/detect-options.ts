import { compileCustomRules, customRuleAppliesToHost, type CompiledRule } from '../detect';
import { detectOptionsFromSettings, knownServersOf, type Settings } from '../settings';
import type { PageDetectOptions } from './linkifier';
import { pageHasTrueConfContext } from './page-context';

function rulesForHost(settings: Settings, host: string): CompiledRule[] {
  const { compiled } = compileCustomRules(settings.customRules);
  return compiled.filter((rule) => customRuleAppliesToHost(rule, host));
}

/** Everything detection needs for this page, from the settings and the page itself. */
export function detectOptionsFor(
  settings: Settings,
  doc: Document,
  host: string,
): PageDetectOptions {
  return detectOptionsFromSettings(settings, {
    customRules: rulesForHost(settings, host),
    pageHasTrueConfContext: pageHasTrueConfContext(doc, host, knownServersOf(settings)),
  });
}

/** The settings that change what gets linked; other changes (history size…) relink nothing. */
export function detectionSignature(settings: Settings): string {
  return JSON.stringify([
    settings.forms,
    settings.knownServers,
    settings.defaultServer,
    settings.customRules,
  ]);
}
