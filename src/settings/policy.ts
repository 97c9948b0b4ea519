import {
  DETECTION_FORM_KEYS,
  LIST_SETTING_KEYS,
  SETTINGS_KEYS,
  cloneDefaults,
  isPlainObject,
  readSettingField,
  type CustomRuleSetting,
  type DetectionFormKey,
  type ListSettingKey,
  type NormalizedSettings,
  type Settings,
  type SettingsKey,
} from './schema';

/**
 * Enterprise policy (storage.managed, described by public/managed_schema.json). An
 * administrator's value always wins over the user's:
 * - a single value (default server, link look, …) replaces the user's and is locked;
 * - each detection form the policy names is fixed, the others stay the user's;
 * - a list (known servers, custom rules, sites off, trusted sign-in origins) gets the policy's
 *   entries added to the user's own; the user can add more but not remove the policy's;
 * - `locked` names settings the user may not change at all. A locked list holds only the policy's
 *   entries; a locked single value with no policy value is pinned to its default.
 * Policy data is untrusted like everything else: invalid parts are ignored and named.
 */

export interface ManagedPolicy {
  /** The policy's own values, already validated; absent keys are not set by the policy. */
  values: Partial<Omit<Settings, 'version' | 'forms'>>;
  forms: Partial<Record<DetectionFormKey, boolean>>;
  locked: SettingsKey[];
  /** Policy fields (or `locked` entries) that were invalid and had no effect. */
  ignored: string[];
}

export const EMPTY_POLICY: Readonly<ManagedPolicy> = /* @__PURE__ */ Object.freeze({
  values: {},
  forms: {},
  locked: [],
  ignored: [],
});

/** The ids policy custom rules get when the administrator gave none. */
export const POLICY_RULE_ID_PREFIX = 'policy-';

/**
 * Settings a policy value only presets: locked only when `locked` names them. The user never
 * edits them (no control does), so they are never written from the effective settings either.
 * `serverAddress`: the sign-in panels offer the policy's server; locked, no other one is accepted.
 */
export const PRESET_SETTING_KEYS: readonly SettingsKey[] = ['serverAddress'];

// Pure annotations let a bundle that uses little of this module (the frame script's) drop the rest.
const SINGLE_VALUE_KEYS = /* @__PURE__ */ SETTINGS_KEYS.filter(
  (key): key is Exclude<SettingsKey, ListSettingKey | 'forms'> =>
    key !== 'forms' && !(LIST_SETTING_KEYS as readonly string[]).includes(key),
);

/** Administrators write rules by hand; an id is optional for them and made up here. */
export function withRuleIds(raw: unknown): unknown {
  if (!Array.isArray(raw)) return raw;
  return raw.map((rule, index) =>
    isPlainObject(rule) && rule.id === undefined
      ? { ...rule, id: `${POLICY_RULE_ID_PREFIX}${index + 1}` }
      : rule,
  );
}

/** Validates the raw managed storage object. Absent or non-object data means no policy. */
export function normalizePolicy(raw: unknown): ManagedPolicy {
  if (!isPlainObject(raw)) return structuredClone(EMPTY_POLICY) as ManagedPolicy;
  const policy: ManagedPolicy = { values: {}, forms: {}, locked: [], ignored: [] };
  const values = policy.values as Record<string, unknown>;
  for (const key of SETTINGS_KEYS) {
    if (key === 'forms' || raw[key] === undefined) continue;
    const input = key === 'customRules' ? withRuleIds(raw[key]) : raw[key];
    const reading = readSettingField(key, input);
    if (reading.ok) values[key] = reading.value;
    if (!reading.ok || !reading.clean) policy.ignored.push(key);
  }
  if (raw.forms !== undefined) {
    if (!isPlainObject(raw.forms)) policy.ignored.push('forms');
    else {
      for (const form of DETECTION_FORM_KEYS) {
        const value = raw.forms[form];
        if (typeof value === 'boolean') policy.forms[form] = value;
        else if (value !== undefined) policy.ignored.push(`forms.${form}`);
      }
    }
  }
  if (raw.locked !== undefined) {
    if (!Array.isArray(raw.locked)) policy.ignored.push('locked');
    else {
      for (const entry of raw.locked) {
        if ((SETTINGS_KEYS as readonly unknown[]).includes(entry)) {
          if (!policy.locked.includes(entry as SettingsKey))
            policy.locked.push(entry as SettingsKey);
        } else policy.ignored.push('locked');
      }
    }
  }
  policy.ignored = [...new Set(policy.ignored)];
  return policy;
}

export function isPolicyActive(policy: ManagedPolicy): boolean {
  return (
    Object.keys(policy.values).length > 0 ||
    Object.keys(policy.forms).length > 0 ||
    policy.locked.length > 0
  );
}

/** What the options page needs to show which parts the administrator set. */
export interface PolicyState {
  /** True when any policy value or lock is in force. */
  active: boolean;
  /** Forms the policy fixed (all of them when `forms` is locked). */
  lockedForms: DetectionFormKey[];
  /** Per list, the entries that came from the policy (rules by id); the user cannot remove them. */
  managedEntries: Record<ListSettingKey, string[]>;
  /** Invalid policy fields that had no effect. */
  ignored: string[];
}

export interface LoadedSettings extends NormalizedSettings {
  /** Settings the user cannot change (the options page shows them disabled). */
  locked: SettingsKey[];
  policy: PolicyState;
}

function entryKey(key: ListSettingKey, entry: string | CustomRuleSetting): string {
  return key === 'customRules' ? (entry as CustomRuleSetting).id : (entry as string);
}

function policyList(policy: ManagedPolicy, key: ListSettingKey): (string | CustomRuleSetting)[] {
  return (policy.values[key] ?? []) as (string | CustomRuleSetting)[];
}

/** Which settings are locked by a policy: explicit locks, every single value it sets, all forms. */
export function lockedKeys(policy: ManagedPolicy): SettingsKey[] {
  const locked = new Set<SettingsKey>(policy.locked);
  for (const key of SINGLE_VALUE_KEYS) {
    if (policy.values[key] !== undefined && !PRESET_SETTING_KEYS.includes(key)) locked.add(key);
  }
  if (DETECTION_FORM_KEYS.every((form) => policy.forms[form] !== undefined)) locked.add('forms');
  return SETTINGS_KEYS.filter((key) => locked.has(key));
}

/** The effective settings: the policy's values over the user's (pure, so it is testable). */
export function applyPolicy(user: NormalizedSettings, policy: ManagedPolicy): LoadedSettings {
  const settings = structuredClone(user.settings);
  const defaults = cloneDefaults();
  const locked = lockedKeys(policy);
  const target = settings as unknown as Record<string, unknown>;
  for (const key of SINGLE_VALUE_KEYS) {
    const value = policy.values[key];
    if (value !== undefined) target[key] = value;
    else if (locked.includes(key)) target[key] = defaults[key];
  }
  const formsLocked = locked.includes('forms');
  const lockedForms = DETECTION_FORM_KEYS.filter(
    (form) => formsLocked || policy.forms[form] !== undefined,
  );
  for (const form of lockedForms) {
    settings.forms[form] = policy.forms[form] ?? defaults.forms[form];
  }
  const managedEntries = {} as Record<ListSettingKey, string[]>;
  for (const key of LIST_SETTING_KEYS) {
    const fromPolicy = policyList(policy, key);
    const managedKeys = fromPolicy.map((entry) => entryKey(key, entry));
    const own = locked.includes(key) ? [] : (settings[key] as (string | CustomRuleSetting)[]);
    const ownKeys = own.map((entry) => entryKey(key, entry));
    // The user's entries keep their order (and a policy's same-id rule replaces theirs), so
    // reading and saving back never reorders what the user wrote; the policy's others follow.
    const merged = own.map((entry) => {
      const index = managedKeys.indexOf(entryKey(key, entry));
      return index >= 0 ? (fromPolicy[index] as string | CustomRuleSetting) : entry;
    });
    const policyOnly = fromPolicy.filter((entry) => !ownKeys.includes(entryKey(key, entry)));
    target[key] = structuredClone([...merged, ...policyOnly]);
    managedEntries[key] = managedKeys;
  }
  return {
    settings,
    replaced: user.replaced.slice(),
    locked,
    policy: {
      active: isPolicyActive(policy),
      lockedForms,
      managedEntries,
      ignored: policy.ignored.slice(),
    },
  };
}

/**
 * What may be stored after the user changed the effective settings to `next`: locked values and
 * policy entries are never written, whatever `next` says; the user's stored value stays.
 * An entry the user had listed themselves stays theirs even while a policy also lists it, so it
 * survives the policy going away.
 */
export function userPartOf(next: Settings, stored: Settings, policy: ManagedPolicy): Settings {
  const locked = lockedKeys(policy);
  const result = structuredClone(next);
  const target = result as unknown as Record<string, unknown>;
  result.version = stored.version;
  for (const key of SINGLE_VALUE_KEYS) {
    if (locked.includes(key) || PRESET_SETTING_KEYS.includes(key)) {
      target[key] = structuredClone(stored[key]);
    }
  }
  const formsLocked = locked.includes('forms');
  for (const form of DETECTION_FORM_KEYS) {
    if (formsLocked || policy.forms[form] !== undefined) result.forms[form] = stored.forms[form];
  }
  for (const key of LIST_SETTING_KEYS) {
    if (locked.includes(key)) {
      target[key] = structuredClone(stored[key]);
      continue;
    }
    const managedKeys = new Set(policyList(policy, key).map((entry) => entryKey(key, entry)));
    const storedKeys = new Set(
      (stored[key] as (string | CustomRuleSetting)[]).map((entry) => entryKey(key, entry)),
    );
    target[key] = (next[key] as (string | CustomRuleSetting)[]).filter((entry) => {
      const id = entryKey(key, entry);
      return !managedKeys.has(id) || storedKeys.has(id);
    });
  }
  return result;
}
