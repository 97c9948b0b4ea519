/**
 * The one settings model. Everything stored is untrusted on read: `normalizeSettings` keeps each
 * valid field, replaces each invalid one with its default and says which ones it replaced.
 */

export const SETTINGS_VERSION = 1;

export type DetectionFormKey =
  'uri' | 'callString' | 'conferenceId' | 'trueconfId' | 'knownServerUser';
export type WebLinkAction = 'app' | 'browser' | 'ask';
export type LinkStyle = 'underline' | 'icon';

export interface CustomRuleSetting {
  id: string;
  pattern: string;
  flags: string;
  hrefTemplate: string;
  /** Host names the rule is limited to; empty means every site. */
  sites: string[];
}

export interface Settings {
  version: number;
  /** Host (maybe with :port) used when an address names no server; empty when unset. */
  defaultServer: string;
  knownServers: string[];
  forms: Record<DetectionFormKey, boolean>;
  customRules: CustomRuleSetting[];
  /** Host names where linking is switched off. */
  disabledSites: string[];
  linkStyle: LinkStyle;
  webLinks: WebLinkAction;
  confirmEveryCall: boolean;
  /** Origins whose sign-in links launch without asking. */
  trustedSignInOrigins: string[];
  historySize: number;
}

export const HISTORY_SIZE_MAX = 1000;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  version: SETTINGS_VERSION,
  defaultServer: '',
  knownServers: [],
  forms: {
    uri: true,
    callString: true,
    conferenceId: true,
    trueconfId: true,
    knownServerUser: true,
  },
  customRules: [],
  disabledSites: [],
  linkStyle: 'underline',
  webLinks: 'app',
  confirmEveryCall: false,
  trustedSignInOrigins: [],
  historySize: 200,
} satisfies Settings);

export interface NormalizedSettings {
  settings: Settings;
  /** Names of fields that held bad data and fell back to their defaults. */
  replaced: string[];
}

const MAX_LIST_LENGTH = 500;
const MAX_STRING_LENGTH = 2048;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isShortString(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_STRING_LENGTH;
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.length <= MAX_LIST_LENGTH && value.every(isShortString);
}

function isCustomRule(value: unknown): value is CustomRuleSetting {
  return (
    isPlainObject(value) &&
    isShortString(value.id) &&
    isShortString(value.pattern) &&
    isShortString(value.flags) &&
    isShortString(value.hrefTemplate) &&
    isStringList(value.sites)
  );
}

function isForms(value: unknown): value is Settings['forms'] {
  return (
    isPlainObject(value) &&
    Object.keys(DEFAULT_SETTINGS.forms).every((key) => typeof value[key] === 'boolean')
  );
}

const fieldValidators: { [K in keyof Settings]: (value: unknown) => boolean } = {
  version: (value) => value === SETTINGS_VERSION,
  defaultServer: isShortString,
  knownServers: isStringList,
  forms: isForms,
  customRules: (value) =>
    Array.isArray(value) && value.length <= MAX_LIST_LENGTH && value.every(isCustomRule),
  disabledSites: isStringList,
  linkStyle: (value) => value === 'underline' || value === 'icon',
  webLinks: (value) => value === 'app' || value === 'browser' || value === 'ask',
  confirmEveryCall: (value) => typeof value === 'boolean',
  trustedSignInOrigins: isStringList,
  historySize: (value) =>
    typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= HISTORY_SIZE_MAX,
};

function cloneDefaults(): Settings {
  return structuredClone(DEFAULT_SETTINGS) as Settings;
}

/** Field by field: valid stored values are kept, anything else falls back to its default. */
export function normalizeSettings(raw: unknown): NormalizedSettings {
  const settings = cloneDefaults();
  if (raw === undefined) return { settings, replaced: [] };
  if (!isPlainObject(raw)) return { settings, replaced: ['*'] };
  const replaced: string[] = [];
  const target = settings as unknown as Record<string, unknown>;
  for (const key of Object.keys(fieldValidators) as (keyof Settings)[]) {
    if (!(key in raw)) continue;
    const value = raw[key];
    if (fieldValidators[key](value)) target[key] = structuredClone(value);
    else replaced.push(key);
  }
  return { settings, replaced };
}
