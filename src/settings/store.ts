import { browser } from 'wxt/browser';
import { normalizeSettings, type NormalizedSettings, type Settings } from './schema';

/** Settings live in storage.sync under one key so a change arrives as one event. */
export const SETTINGS_KEY = 'settings';

export async function loadSettings(): Promise<NormalizedSettings> {
  const stored = await browser.storage.sync.get(SETTINGS_KEY);
  return normalizeSettings(stored[SETTINGS_KEY]);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.sync.set({ [SETTINGS_KEY]: settings });
}

export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const { settings } = await loadSettings();
  const next = change(settings);
  await saveSettings(next);
  return next;
}

/** Calls `listener` with validated settings whenever they change; returns the unsubscribe. */
export function watchSettings(listener: (settings: NormalizedSettings) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, areaName: string): void => {
    if (areaName !== 'sync' || !(SETTINGS_KEY in changes)) return;
    listener(normalizeSettings(changes[SETTINGS_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
