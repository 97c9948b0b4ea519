import { DEFAULT_PHONE_DIAL_FORMAT, isValidPhoneDialFormat, isValidServer } from '../protocol';
import { isPhoneRegion } from '../phone/regions';
import { CURRENT_SETTINGS_VERSION, migrateSettings } from './migrations';
import { normalizeHost } from './sites';

/**
 * The one settings model. Everything stored is untrusted on read: `normalizeSettings` brings old
 * shapes up to date (see migrations.ts), keeps each valid field, repairs or replaces each invalid
 * one and says which ones it touched. `validateSettingsStrict` is the unforgiving twin used for
 * imported files, where guessing would silently lose the user's data.
 */

export const SETTINGS_VERSION = CURRENT_SETTINGS_VERSION;

export type DetectionFormKey =
  'uri' | 'callString' | 'conferenceId' | 'trueconfId' | 'knownServerUser';
export type WebLinkAction = 'app' | 'browser' | 'ask';
export type LinkStyle = 'underline' | 'icon';

export const DETECTION_FORM_KEYS: readonly DetectionFormKey[] = [
  'uri',
  'callString',
  'conferenceId',
  'trueconfId',
  'knownServerUser',
];
export const WEB_LINK_ACTIONS: readonly WebLinkAction[] = ['app', 'browser', 'ask'];
/** Minutes before a conference its reminder comes; 0 is off. */
export type ConferenceReminder = 0 | 1 | 5 | 10 | 15;
export const CONFERENCE_REMINDERS: readonly ConferenceReminder[] = [0, 1, 5, 10, 15];
export const LINK_STYLES: readonly LinkStyle[] = ['underline', 'icon'];

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
  /** Phone numbers are called through the TrueConf Server's gateway (opt-in: needs its licences). */
  phoneCalls: boolean;
  /** `#tel:{number}` or `#sip:{number}@gateway` (docs/protocol.md, "Phone numbers"). */
  phoneDialFormat: string;
  /** Region for numbers written without `+`; empty: from the browser's language, else RU. */
  phoneCountry: string;
  /** Phone numbers on pages become links (only while phone calls are on). */
  phoneLinks: boolean;
  /** A page's own `tel:` and `callto:` links go to TrueConf (only while phone calls are on). */
  phoneTelLinks: boolean;
  /**
   * The TrueConf Server the sign-in panels offer (an origin, `https://video.example.com`, or
   * `http://10.0.0.5:8888` written out); empty when unset. Only an administrator's policy sets it (see `PRESET_SETTING_KEYS`, policy.ts).
   */
  serverAddress: string;
  /** Presence dots on linked TrueConf IDs of the signed-in server (opt-in; docs/server.md). */
  serverPresence: boolean;
  /** Signed in: the toolbar badge counts down the last hour to the next conference (docs/server.md). */
  conferenceBadge: boolean;
  /** Signed in: a notification this many minutes before each conference; 0 is off. */
  conferenceReminder: ConferenceReminder;
}

export type SettingsKey = Exclude<keyof Settings, 'version'>;

/** Every user-facing setting, in the order the options page shows them. */
export const SETTINGS_KEYS: readonly SettingsKey[] = [
  'defaultServer',
  'knownServers',
  'forms',
  'customRules',
  'disabledSites',
  'linkStyle',
  'webLinks',
  'confirmEveryCall',
  'trustedSignInOrigins',
  'historySize',
  'phoneCalls',
  'phoneDialFormat',
  'phoneCountry',
  'phoneLinks',
  'phoneTelLinks',
  'serverAddress',
  'serverPresence',
  'conferenceBadge',
  'conferenceReminder',
];

/**
 * Settings added after version 1 without a new version: their absence means "the default", so
 * an older exported file still imports (see `validateSettingsStrict`).
 */
export const SETTINGS_KEYS_WITH_DEFAULT_WHEN_MISSING: readonly SettingsKey[] = [
  'phoneCalls',
  'phoneDialFormat',
  'phoneCountry',
  'phoneLinks',
  'phoneTelLinks',
  'serverAddress',
  'serverPresence',
  'conferenceBadge',
  'conferenceReminder',
];

/** The settings that hold lists; a policy adds its entries to the user's own. */
export type ListSettingKey =
  'knownServers' | 'customRules' | 'disabledSites' | 'trustedSignInOrigins';
export const LIST_SETTING_KEYS: readonly ListSettingKey[] = [
  'knownServers',
  'customRules',
  'disabledSites',
  'trustedSignInOrigins',
];

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
  phoneCalls: false,
  phoneDialFormat: DEFAULT_PHONE_DIAL_FORMAT,
  phoneCountry: '',
  phoneLinks: true,
  phoneTelLinks: true,
  serverAddress: '',
  serverPresence: false,
  conferenceBadge: false,
  conferenceReminder: 0,
} satisfies Settings);

export interface NormalizedSettings {
  settings: Settings;
  /**
   * Names of fields that held bad data: they fell back to their defaults, or lost the entries
   * that were bad. `'*'` when the stored value was not a settings object at all.
   */
  replaced: string[];
}

export const MAX_LIST_LENGTH = 500;
export const MAX_STRING_LENGTH = 2048;
/** Flags a custom rule may carry; `g` and `y` are the detector's business, not the user's. */
export const CUSTOM_RULE_FLAGS = 'imsu';

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isShortString(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_STRING_LENGTH;
}

/** A TrueConf server as the model keeps it: trimmed and lower-cased, or null when invalid. */
export function normalizeServerEntry(value: unknown): string | null {
  if (!isShortString(value)) return null;
  const server = value.trim().toLowerCase();
  return server !== '' && isValidServer(server) ? server : null;
}

const SITE_HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/;

/**
 * A site as a host name (`example.com` covers its subdomains too). Users paste whole addresses,
 * so a URL is reduced to its host; anything with no usable host is refused.
 */
export function normalizeSiteEntry(value: unknown): string | null {
  if (!isShortString(value)) return null;
  let text = value.trim();
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    try {
      text = new URL(text).hostname;
    } catch {
      return null;
    }
  }
  // `*.example.com` is how people write "example.com and its subdomains", which a host already means.
  const host = normalizeHost(text).replace(/^\*\./, '');
  if (host.startsWith('[') && host.endsWith(']')) {
    return isValidServer(host) ? host : null;
  }
  return host.length <= 253 && SITE_HOST.test(host) ? host : null;
}

/**
 * A web origin (`https://intranet.example.com`), the form the launcher compares sign-in pages
 * with. A pasted page address is reduced to its origin; only http(s) origins can be trusted.
 */
export function normalizeOriginEntry(value: unknown): string | null {
  if (!isShortString(value)) return null;
  try {
    const url = new URL(value.trim());
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    if (url.username !== '' || url.password !== '') return null;
    // The URL parser keeps hosts no site can have ("not a site!!" → `not%20a%20site!!`).
    if (normalizeSiteEntry(url.hostname) === null) return null;
    return url.origin;
  } catch {
    return null;
  }
}

const RULE_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Shape only: whether the pattern is a usable, safe regexp is `compileCustomRule`'s call. */
export function normalizeCustomRule(value: unknown): CustomRuleSetting | null {
  if (!isPlainObject(value)) return null;
  const { id, pattern, flags, hrefTemplate, sites } = value;
  if (typeof id !== 'string' || !RULE_ID.test(id)) return null;
  if (!isShortString(pattern) || pattern === '') return null;
  if (!isShortString(hrefTemplate) || hrefTemplate.trim() === '') return null;
  const flagText = flags === undefined ? '' : flags;
  if (typeof flagText !== 'string' || !isValidFlagSet(flagText)) return null;
  const siteList = sites === undefined ? [] : sites;
  if (!Array.isArray(siteList) || siteList.length > MAX_LIST_LENGTH) return null;
  const normalizedSites = siteList.map(normalizeSiteEntry);
  if (normalizedSites.some((site) => site === null)) return null;
  return {
    id,
    pattern,
    flags: flagText,
    hrefTemplate: hrefTemplate.trim(),
    sites: unique(normalizedSites as string[]),
  };
}

function isValidFlagSet(flags: string): boolean {
  return [...flags].every(
    (flag, index) => CUSTOM_RULE_FLAGS.includes(flag) && flags.indexOf(flag) === index,
  );
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/**
 * How one field is read: `value` is what the field becomes, `clean` says whether the stored data
 * was already exactly right (false means a notice), `usable` false means the field fell back to
 * its default.
 */
export interface FieldReading<T> {
  usable: boolean;
  value?: T;
  clean: boolean;
}

function readList<T>(
  raw: unknown,
  normalizeEntry: (entry: unknown) => T | null,
  keyOf: (entry: T) => string,
): FieldReading<T[]> {
  if (!Array.isArray(raw) || raw.length > MAX_LIST_LENGTH) return { usable: false, clean: false };
  const seen = new Set<string>();
  const kept: T[] = [];
  let clean = true;
  for (const entry of raw) {
    const normalized = normalizeEntry(entry);
    if (normalized === null || seen.has(keyOf(normalized))) {
      clean = false;
      continue;
    }
    // A repaired spelling (upper case, a pasted URL) is kept quietly: nothing was lost.
    seen.add(keyOf(normalized));
    kept.push(normalized);
  }
  return { usable: true, value: kept, clean };
}

const identity = (entry: string): string => entry;

function readScalar<T>(raw: unknown, isValid: (value: unknown) => value is T): FieldReading<T> {
  return isValid(raw) ? { usable: true, value: raw, clean: true } : { usable: false, clean: false };
}

function isOneOf<T extends string>(options: readonly T[]) {
  return (value: unknown): value is T => typeof value === 'string' && options.includes(value as T);
}

type FieldReaders<K extends SettingsKey> = {
  [Key in K]: (raw: unknown) => FieldReading<Settings[Key]>;
};

const fieldReaders: FieldReaders<SettingsKey> = {
  defaultServer: (raw) => {
    if (raw === '') return { usable: true, value: '', clean: true };
    const server = normalizeServerEntry(raw);
    return server === null
      ? { usable: false, clean: false }
      : { usable: true, value: server, clean: true };
  },
  knownServers: (raw) => readList(raw, normalizeServerEntry, identity),
  customRules: (raw) => readList(raw, normalizeCustomRule, (rule) => rule.id),
  disabledSites: (raw) => readList(raw, normalizeSiteEntry, identity),
  webLinks: (raw) => readScalar(raw, isOneOf(WEB_LINK_ACTIONS)),
  phoneCalls: (raw) => readScalar(raw, isBoolean),
  phoneLinks: (raw) => readScalar(raw, isBoolean),
  phoneTelLinks: (raw) => readScalar(raw, isBoolean),
  forms: (raw) => {
    if (!isPlainObject(raw)) return { usable: false, clean: false };
    const forms = { ...DEFAULT_SETTINGS.forms };
    for (const key of DETECTION_FORM_KEYS) {
      const value = raw[key];
      if (typeof value !== 'boolean') return { usable: false, clean: false };
      forms[key] = value;
    }
    return { usable: true, value: forms, clean: true };
  },
  linkStyle: (raw) => readScalar(raw, isOneOf(LINK_STYLES)),
  confirmEveryCall: (raw) =>
    readScalar(raw, (value): value is boolean => typeof value === 'boolean'),
  trustedSignInOrigins: (raw) => readList(raw, normalizeOriginEntry, identity),
  historySize: (raw) =>
    readScalar(
      raw,
      (value): value is number =>
        typeof value === 'number' &&
        Number.isInteger(value) &&
        value >= 0 &&
        value <= HISTORY_SIZE_MAX,
    ),
  phoneDialFormat: (raw) =>
    readScalar(
      raw,
      (value): value is string => isShortString(value) && isValidPhoneDialFormat(value),
    ),
  phoneCountry: (raw) =>
    readScalar(raw, (value): value is string => value === '' || isPhoneRegion(value)),
  // An origin written out (`https://video.corp.example`, `http://10.0.0.5:8888`).
  serverAddress: (raw) => {
    const origin = raw === '' ? '' : normalizeOriginEntry(raw);
    return origin === null
      ? { usable: false, clean: false }
      : { usable: true, value: origin, clean: true };
  },
  serverPresence: (raw) => readScalar(raw, isBoolean),
  conferenceBadge: (raw) => readScalar(raw, isBoolean),
  conferenceReminder: (raw) =>
    readScalar(raw, (value): value is ConferenceReminder =>
      CONFERENCE_REMINDERS.includes(value as ConferenceReminder),
    ),
};

function isBoolean(value: unknown): value is boolean {
  return typeof value === 'boolean';
}

/** Phone numbers on pages are linked: phone calls on, and their page links too. */
export function phoneLinksOn(settings: Pick<Settings, 'phoneCalls' | 'phoneLinks'>): boolean {
  return settings.phoneCalls && settings.phoneLinks;
}

/** A page's `tel:`/`callto:` links go to TrueConf: phone calls on, and tel: links too. */
export function phoneTelLinksOn(settings: Pick<Settings, 'phoneCalls' | 'phoneTelLinks'>): boolean {
  return settings.phoneCalls && settings.phoneTelLinks;
}

/** Reads one field on its own; policy values go through the same checks as stored ones. */
export function readSettingField<K extends SettingsKey>(
  key: K,
  raw: unknown,
): { ok: true; value: Settings[K]; clean: boolean } | { ok: false } {
  const reading = fieldReaders[key](raw) as FieldReading<Settings[K]>;
  return reading.usable && reading.value !== undefined
    ? { ok: true, value: reading.value, clean: reading.clean }
    : { ok: false };
}

export function cloneDefaults(): Settings {
  return structuredClone(DEFAULT_SETTINGS) as Settings;
}

/** Field by field: valid stored values are kept, anything else falls back to its default. */
export function normalizeSettings(raw: unknown): NormalizedSettings {
  const settings = cloneDefaults();
  if (raw === undefined) return { settings, replaced: [] };
  const migrated = migrateSettings(raw);
  if (!migrated.ok) return { settings, replaced: ['*'] };
  const replaced: string[] = migrated.notices.slice();
  const stored = migrated.data;
  const target = settings as unknown as Record<string, unknown>;
  for (const key of SETTINGS_KEYS) {
    if (!(key in stored)) continue;
    const reading = readSettingField(key, stored[key]);
    if (reading.ok) target[key] = structuredClone(reading.value);
    if (!reading.ok || !reading.clean) replaced.push(key);
  }
  return { settings, replaced: unique(replaced) };
}

export interface SettingsProblem {
  /** A settings key, `'*'` for the whole object, or `'version'`. */
  field: string;
  reason: 'not-an-object' | 'unsupported-version' | 'unknown-field' | 'missing' | 'invalid';
}

export type StrictSettingsResult =
  { ok: true; settings: Settings } | { ok: false; problems: SettingsProblem[] };

/**
 * For data the user hands us on purpose (an imported file): either every field is present and
 * valid after migration, or nothing is accepted and each problem is named. No defaults are
 * filled in silently and no bad entry is dropped silently.
 */
export function validateSettingsStrict(raw: unknown): StrictSettingsResult {
  if (!isPlainObject(raw))
    return { ok: false, problems: [{ field: '*', reason: 'not-an-object' }] };
  const migrated = migrateSettings(raw);
  if (!migrated.ok) {
    return {
      ok: false,
      problems: [
        {
          field: 'version',
          reason: migrated.reason === 'not-an-object' ? 'not-an-object' : 'unsupported-version',
        },
      ],
    };
  }
  if (migrated.notices.length > 0) {
    return { ok: false, problems: [{ field: 'version', reason: 'unsupported-version' }] };
  }
  const problems: SettingsProblem[] = [];
  const stored = migrated.data;
  const known = new Set<string>(['version', ...SETTINGS_KEYS]);
  for (const field of Object.keys(stored)) {
    if (!known.has(field)) problems.push({ field, reason: 'unknown-field' });
  }
  const settings = cloneDefaults();
  const target = settings as unknown as Record<string, unknown>;
  for (const key of SETTINGS_KEYS) {
    if (!(key in stored)) {
      if (!SETTINGS_KEYS_WITH_DEFAULT_WHEN_MISSING.includes(key)) {
        problems.push({ field: key, reason: 'missing' });
      }
      continue;
    }
    const reading = readSettingField(key, stored[key]);
    if (!reading.ok || !reading.clean) problems.push({ field: key, reason: 'invalid' });
    else target[key] = structuredClone(reading.value);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, settings };
}
