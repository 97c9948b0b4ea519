import { browser } from 'wxt/browser';
import { defineItem, getValue, readManagedArea, update, watch, watchManagedArea } from '../storage';
import {
  applyPolicy,
  normalizePolicy,
  userPartOf,
  type LoadedSettings,
  type ManagedPolicy,
} from './policy';
import { normalizeSettings, type NormalizedSettings, type Settings } from './schema';

/** Settings live in storage.sync under one key so a change arrives as one event. */
export const SETTINGS_KEY = 'settings';

/** storage.sync refuses any item larger than this (key length plus JSON, in bytes). */
export const SYNC_ITEM_QUOTA_BYTES = 8192;

/** Thrown instead of letting storage.sync fail with its own, less helpful quota message. */
export class SettingsTooLargeError extends Error {
  readonly bytes: number;

  constructor(bytes: number) {
    super(`Settings take ${bytes} bytes; browser sync stores at most ${SYNC_ITEM_QUOTA_BYTES}.`);
    this.name = 'SettingsTooLargeError';
    this.bytes = bytes;
  }
}

export function storedSizeOf(settings: Settings): number {
  return new TextEncoder().encode(SETTINGS_KEY + JSON.stringify(settings)).length;
}

/** Read with what was replaced on the way (shown on the options page); only the settings stored. */
const userSettingsItem = defineItem<NormalizedSettings, Settings>(
  'sync',
  SETTINGS_KEY,
  normalizeSettings,
);

/** The user's own settings, without any policy. */
export function loadUserSettings(): Promise<NormalizedSettings> {
  return getValue(userSettingsItem);
}

/**
 * The administrator's policy. Browsers without managed storage, or without a policy for us, have
 * simply no policy.
 */
export async function loadManagedPolicy(): Promise<ManagedPolicy> {
  return normalizePolicy(await readManagedArea());
}

/** The effective settings: the user's, with the policy's values over them. */
export async function loadSettings(): Promise<LoadedSettings> {
  const [user, policy] = await Promise.all([loadUserSettings(), loadManagedPolicy()]);
  return applyPolicy(user, policy);
}

/** storage.local: the policy as last read, for pages that cannot wait for it (see below). */
export const REMEMBERED_POLICY_KEY = 'rememberedPolicy';

/** Kept as managed storage gave it; read through the same checks as the policy itself. */
const rememberedPolicyItem = defineItem<unknown>(
  'local',
  REMEMBERED_POLICY_KEY,
  (stored) => stored,
);

/**
 * How long a page's request waits for managed storage before the remembered policy stands in.
 * Safety does not hang on it (page-verdict.ts decides on the remembered policy only what is safe
 * to, and sends the rest to wait for the real one); it only lets a policy that answers at once,
 * as it does once the browser has started, decide directly. Right after the start every ms of it
 * is added to the first click: measured over the browser alone, +321 ms at 300, +114 at 100,
 * +60 at 50, +21 at 0 (docs/benchmark.md). 50 ms is under what a user can notice.
 */
export const POLICY_WAIT_MS = 50;

/** Keeps a copy of the current policy for `loadSettingsForPage`; writes only when it changed. */
export async function rememberPolicy(): Promise<void> {
  const raw = await readManagedArea();
  await update(rememberedPolicyItem, (stored) =>
    JSON.stringify(stored) === JSON.stringify(raw) ? undefined : raw,
  );
}

/** For the background: keeps the remembered policy current while the browser runs. */
export function keepPolicyRemembered(): void {
  const remember = (): void => void rememberPolicy().catch(() => undefined);
  // Not on every wake-up of the service worker: the policy changes only while the browser is
  // closed (read at start-up), on install or update, or with a change event.
  browser.runtime.onStartup.addListener(remember);
  browser.runtime.onInstalled.addListener(remember);
  watchManagedArea(remember);
}

/** `null` when no policy was ever remembered (none read yet in this profile, or unreadable). */
async function rememberedPolicy(): Promise<ManagedPolicy | null> {
  try {
    const stored = await getValue(rememberedPolicyItem);
    return stored === undefined ? null : normalizePolicy(stored);
  } catch {
    return null;
  }
}

export interface PageSettings {
  loaded: LoadedSettings;
  /** When the remembered policy stood in for the real one: resolves once that has answered. */
  policyAnswered: Promise<void> | null;
  /**
   * False only when the real policy had not answered and none was remembered either: `loaded` is
   * then the user's settings alone, which may allow what the real policy forbids.
   */
  policyKnown: boolean;
}

/**
 * Settings for a content script, which should not keep a page waiting. Right after the browser
 * starts, its first read of managed storage can take seconds (Chromium 156 on Linux: about five);
 * when the policy has not answered within `POLICY_WAIT_MS`, the policy as last read (kept by the
 * background, see `rememberPolicy`) stands in, and `policyAnswered` says when reading the settings
 * again gets the real one.
 */
export async function loadSettingsForPage(waitMs = POLICY_WAIT_MS): Promise<PageSettings> {
  const policyRead = loadManagedPolicy();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), waitMs);
  });
  const [user, policy] = await Promise.all([
    loadUserSettings(),
    Promise.race([policyRead, timedOut]),
  ]);
  clearTimeout(timer);
  if (policy !== null) {
    return { loaded: applyPolicy(user, policy), policyAnswered: null, policyKnown: true };
  }
  const remembered = await rememberedPolicy();
  return {
    loaded: applyPolicy(user, remembered ?? normalizePolicy({})),
    policyAnswered: policyRead.then(() => undefined),
    policyKnown: remembered !== null,
  };
}

/** What of `next` the user may store, checked against what storage.sync holds in one item. */
function userPartToStore(
  next: Settings,
  user: NormalizedSettings,
  policy: ManagedPolicy,
): Settings {
  const toStore = userPartOf(normalizeSettings(next).settings, user.settings, policy);
  const bytes = storedSizeOf(toStore);
  if (bytes > SYNC_ITEM_QUOTA_BYTES) throw new SettingsTooLargeError(bytes);
  return toStore;
}

/**
 * Stores `settings` as the user's. Locked values and policy entries in it are not written:
 * whatever the caller passes, the administrator's values never become the user's.
 */
export async function saveSettings(settings: Settings): Promise<void> {
  await update(userSettingsItem, async (user) =>
    userPartToStore(settings, user, await loadManagedPolicy()),
  );
}

/**
 * `change` sees the effective settings (policy included) and returns the new ones; only what the
 * user may change is stored. Resolves with the effective settings after the change.
 */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  // Read in the update's turn, so the effective settings after it use the policy it went by.
  let policy!: ManagedPolicy;
  const stored = await update(userSettingsItem, async (user) => {
    policy = await loadManagedPolicy();
    return userPartToStore(change(applyPolicy(user, policy).settings), user, policy);
  });
  return applyPolicy({ settings: stored, replaced: [] }, policy).settings;
}

/** Calls `onChange` whenever the user's settings or the policy change; returns the unsubscribe. */
export function onSettingsChanged(onChange: () => void): () => void {
  const stops = [watch(userSettingsItem, onChange), watchManagedArea(onChange)];
  return () => stops.forEach((stop) => stop());
}

/**
 * Settings reads can finish out of order. Returns a function to hand each read to as it starts;
 * `listener` gets a read's settings only if no read handed over later has been started since.
 */
export function newestReadOnly<T = LoadedSettings>(
  listener: (settings: T) => void,
): (read: Promise<T>) => void {
  let newest = 0;
  return (read) => {
    const ticket = ++newest;
    void read.then(
      (loaded) => {
        if (ticket === newest) listener(loaded);
      },
      () => undefined,
    );
  };
}

/**
 * Calls `listener` with validated, policy-merged settings whenever the user's settings or the
 * policy change; returns the unsubscribe.
 */
export function watchSettings(listener: (settings: LoadedSettings) => void): () => void {
  let active = true;
  const deliver = newestReadOnly((loaded) => {
    if (active) listener(loaded);
  });
  const stop = onSettingsChanged(() => deliver(loadSettings()));
  return () => {
    active = false;
    stop();
  };
}

/**
 * For a page the user is looking at, which should not stay blank or wrong while the policy takes
 * its time (see `loadSettingsForPage`): calls `listener` with the settings as soon as they can be
 * had, again with the administrator's real policy if the remembered one stood in, and after every
 * change (as `watchSettings` does, with changes read the same prompt way). Reads can finish out of
 * order; only the newest started is delivered. Resolves, with the unsubscribe, once `listener` has
 * had the settings.
 */
export function followSettings(listener: (settings: LoadedSettings) => void): Promise<() => void> {
  let active = true;
  let stop = (): void => undefined;
  const unsubscribe = (): void => {
    active = false;
    stop();
  };
  return new Promise((resolve) => {
    const deliver = newestReadOnly((loaded) => {
      if (!active) return;
      listener(loaded);
      resolve(unsubscribe);
    });
    const readPromptly = async (): Promise<LoadedSettings> => {
      const { loaded, policyAnswered } = await loadSettingsForPage();
      void policyAnswered?.then(() => deliver(loadSettings()));
      return loaded;
    };
    deliver(readPromptly());
    stop = onSettingsChanged(() => deliver(readPromptly()));
  });
}
