import { compileCustomRule } from '../detect';
import { MAX_FAVOURITES, normalizeFavourites, type Favourite } from '../favourites/list';
import {
  storedSizeOf,
  SYNC_ITEM_QUOTA_BYTES,
  validateSettingsStrict,
  type CustomRuleSetting,
  type Settings,
  type SettingsProblem,
} from '../settings';
import { explainRefusal } from './custom-rules';
import { message, type Message } from '../i18n/message';

/**
 * Settings files for export and import. Import is all or nothing: a file that is not exactly a
 * settings export of this extension changes nothing and says why, because silently filling in
 * defaults would quietly throw away what the user meant to restore.
 */

export const SETTINGS_FILE_FORMAT = 'trueconf-click-to-call-settings';
/** Far above any real export (storage.sync holds 8 KB); stops a wrong, huge file early. */
export const MAX_SETTINGS_FILE_BYTES = 1_000_000;

export interface SettingsFile {
  format: typeof SETTINGS_FILE_FORMAT;
  exportedAt: string;
  settings: Settings;
  /** Since 0.1: files of before have none, and importing them leaves the favourites alone. */
  favourites?: Favourite[];
}

export function settingsFileName(now: Date = new Date()): string {
  return `trueconf-click-to-call-settings-${now.toISOString().slice(0, 10)}.json`;
}

/**
 * Only the user's own settings are exported: an administrator's values are not theirs to move.
 * Favourites go with them: a backup that loses the user's named calls is not one.
 */
export function settingsToFile(
  settings: Settings,
  now: Date = new Date(),
  favourites?: readonly Favourite[],
): string {
  const file: SettingsFile = {
    format: SETTINGS_FILE_FORMAT,
    exportedAt: now.toISOString(),
    settings,
    ...(favourites && { favourites: [...favourites] }),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ImportResult =
  { ok: true; settings: Settings; favourites?: Favourite[] } | { ok: false; problems: Message[] };

/**
 * The file's favourites, all of them valid, or null: one broken entry refuses the file (all or
 * nothing, as for settings), where reading storage would quietly drop it.
 */
function strictFavourites(raw: unknown): Favourite[] | null {
  if (!Array.isArray(raw) || raw.length > MAX_FAVOURITES) return null;
  const list = normalizeFavourites(raw);
  return list.length === raw.length ? list : null;
}

function refuse(...problems: Message[]): ImportResult {
  return { ok: false, problems };
}

function describeProblem(problem: SettingsProblem): Message {
  switch (problem.reason) {
    case 'not-an-object':
      return { key: 'options_import_wrong_format', substitutions: [] };
    case 'unsupported-version':
      return { key: 'options_import_unsupported_version', substitutions: [] };
    case 'unknown-field':
      return { key: 'options_import_unknown_field', substitutions: [problem.field] };
    case 'missing':
      return { key: 'options_import_missing_field', substitutions: [problem.field] };
    case 'invalid':
      return { key: 'options_import_invalid_field', substitutions: [problem.field] };
  }
}

function ruleProblems(rules: readonly CustomRuleSetting[]): Message[] {
  const problems: Message[] = [];
  for (const rule of rules) {
    const compiled = compileCustomRule(rule);
    if (!compiled.ok) {
      problems.push(
        message('options_import_rule_refused', [rule.pattern], explainRefusal(compiled.refusal)),
      );
    }
  }
  return problems;
}

/**
 * Reads an exported file. Accepted: the export wrapper (`format`, `exportedAt`, `settings`)
 * holding a complete, valid settings object of this or an earlier version.
 */
export function parseSettingsFile(text: string): ImportResult {
  if (new TextEncoder().encode(text).length > MAX_SETTINGS_FILE_BYTES) {
    return refuse({ key: 'options_import_too_big', substitutions: [] });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse({ key: 'options_import_not_json', substitutions: [] });
  }
  if (
    typeof data !== 'object' ||
    data === null ||
    Array.isArray(data) ||
    (data as Record<string, unknown>).format !== SETTINGS_FILE_FORMAT ||
    !('settings' in data)
  ) {
    return refuse({ key: 'options_import_wrong_format', substitutions: [] });
  }
  const checked = validateSettingsStrict((data as Record<string, unknown>).settings);
  if (!checked.ok) return refuse(...checked.problems.map(describeProblem));
  const rules = ruleProblems(checked.settings.customRules);
  if (rules.length > 0) return refuse(...rules);
  if (storedSizeOf(checked.settings) > SYNC_ITEM_QUOTA_BYTES) {
    return refuse({ key: 'options_import_too_big', substitutions: [] });
  }
  if (!('favourites' in data)) return { ok: true, settings: checked.settings };
  const favourites = strictFavourites((data as Record<string, unknown>).favourites);
  if (favourites === null)
    return refuse({ key: 'options_import_bad_favourites', substitutions: [] });
  return { ok: true, settings: checked.settings, favourites };
}
