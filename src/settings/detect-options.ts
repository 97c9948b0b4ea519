import type { CompiledRule, DetectOptions } from '../detect';
import { knownServersOf } from './known-servers';
import type { Settings } from './schema';

/** What the caller knows beyond the settings: which rules apply here, and what the page says. */
export interface DetectionPlace {
  /** Compiled from the settings (`compileCustomRules`), chosen for the place. */
  customRules: readonly CompiledRule[];
  pageHasTrueConfContext: boolean;
}

/** What detection needs from the settings, so that every place that detects finds the same. */
export function detectOptionsFromSettings(
  settings: Pick<Settings, 'forms' | 'knownServers' | 'defaultServer'>,
  place: DetectionPlace,
): DetectOptions {
  return {
    forms: { ...settings.forms },
    knownServers: knownServersOf(settings),
    customRules: place.customRules,
    pageHasTrueConfContext: place.pageHasTrueConfContext,
  };
}
