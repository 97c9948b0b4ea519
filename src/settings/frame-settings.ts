import { defineItem, getValue, readManagedArea, watch, watchManagedArea } from '../storage';
import { withRuleIds } from './policy';
import {
  DEFAULT_SETTINGS,
  FRAME_SETTINGS_KEYS,
  frameFieldReaders,
  isPlainObject,
  LIST_SETTING_KEYS,
  type CustomRuleSetting,
  type FrameSettingsKey,
  type Settings,
} from './schema';
import { newestReadOnly, POLICY_WAIT_MS, REMEMBERED_POLICY_KEY, SETTINGS_KEY } from './store';

/** The settings the frame script uses: the click interceptor's and the candidate check's. */
export type FrameSettings = Pick<Settings, FrameSettingsKey>;

type Entry = string | CustomRuleSetting;

function readField(key: FrameSettingsKey, raw: unknown): unknown {
  const reading = frameFieldReaders[key](raw);
  return reading.usable ? reading.value : undefined;
}

function entryKey(entry: Entry): string {
  return typeof entry === 'string' ? entry : entry.id;
}

/**
 * The frame's settings from what storage holds (the user's stored settings and the managed policy,
 * both raw): for these keys exactly what `applyPolicy(normalizeSettings(user), normalizePolicy(policy))`
 * gives (a test holds them to it), without reading, validating or merging the rest of the model
 * in every frame of every page.
 */
export function frameSettingsOf(userRaw: unknown, policyRaw: unknown): FrameSettings {
  const user = isPlainObject(userRaw) ? userRaw : {};
  const policy = isPlainObject(policyRaw) ? policyRaw : {};
  const locked = Array.isArray(policy.locked) ? (policy.locked as unknown[]) : [];
  const settings = {} as Record<FrameSettingsKey, unknown>;
  for (const key of FRAME_SETTINGS_KEYS) {
    const isLocked = locked.includes(key);
    const own = isLocked || !(key in user) ? undefined : readField(key, user[key]);
    const rawPolicy = policy[key];
    const fromPolicy =
      rawPolicy === undefined
        ? undefined
        : readField(key, key === 'customRules' ? withRuleIds(rawPolicy) : rawPolicy);
    if (!(LIST_SETTING_KEYS as readonly string[]).includes(key)) {
      settings[key] = fromPolicy ?? own ?? DEFAULT_SETTINGS[key];
      continue;
    }
    // As applyPolicy merges lists: the user's entries in their order (a policy entry with the same
    // key in place of the user's), then the policy's others.
    const ownList = (own ?? []) as Entry[];
    const policyList = (fromPolicy ?? []) as Entry[];
    const policyKeys = policyList.map(entryKey);
    const ownKeys = ownList.map(entryKey);
    settings[key] = [
      ...ownList.map((entry) => policyList[policyKeys.indexOf(entryKey(entry))] ?? entry),
      ...policyList.filter((entry) => !ownKeys.includes(entryKey(entry))),
    ];
  }
  return settings as FrameSettings;
}

/** Both read raw: only the frame's keys are checked, by `frameSettingsOf`. */
const storedUserSettings = defineItem<unknown>('sync', SETTINGS_KEY, (stored) => stored);
const rememberedPolicy = defineItem<unknown>('local', REMEMBERED_POLICY_KEY, (stored) => stored);

/**
 * `followSettings` for the frame script: the same reads at the same moments (the policy waited
 * for `POLICY_WAIT_MS`, the remembered one standing in until the real one answers, again after
 * every change of the user's settings or the policy), each read and checked for the frame's keys
 * alone. Only the newest read started is delivered.
 */
export function followFrameSettings(listener: (settings: FrameSettings) => void): void {
  const deliver = newestReadOnly(listener);
  // As `loadSettings`: both read again, the policy waited for.
  const readWhole = async (): Promise<FrameSettings> => {
    const [user, policy] = await Promise.all([getValue(storedUserSettings), readManagedArea()]);
    return frameSettingsOf(user, policy);
  };
  const readPromptly = async (): Promise<FrameSettings> => {
    const policyRead = readManagedArea();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), POLICY_WAIT_MS);
    });
    const [user, policy] = await Promise.all([
      getValue(storedUserSettings),
      Promise.race([policyRead, timedOut]),
    ]);
    clearTimeout(timer);
    if (policy !== null) return frameSettingsOf(user, policy);
    const remembered = await getValue(rememberedPolicy).catch(() => undefined);
    void policyRead.then(() => deliver(readWhole()));
    return frameSettingsOf(user, remembered);
  };
  const onChange = (): void => deliver(readPromptly());
  deliver(readPromptly());
  watch(storedUserSettings, onChange);
  watchManagedArea(onChange);
}
