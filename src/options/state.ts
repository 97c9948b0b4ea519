import {
  loadSettings,
  loadUserSettings,
  SettingsTooLargeError,
  updateSettings,
  watchSettings,
  type LoadedSettings,
  type NormalizedSettings,
  type Settings,
  type SettingsKey,
} from '../settings';
import { message, type Message } from '../i18n/message';

/** The store functions the page uses; tests pass in their own. */
export interface SettingsStore {
  load(): Promise<LoadedSettings>;
  loadUser(): Promise<NormalizedSettings>;
  update(change: (current: Settings) => Settings): Promise<Settings>;
  watch(listener: (loaded: LoadedSettings) => void): () => void;
}

export const browserSettingsStore: SettingsStore = {
  load: loadSettings,
  loadUser: loadUserSettings,
  update: updateSettings,
  watch: watchSettings,
};

export type ChangeResult = { ok: true } | { ok: false; problem: Message };

type Listener = (loaded: LoadedSettings) => void;

/**
 * What the page shows: the effective settings and which of them are locked. Every section reads
 * from here and changes settings through `change`; a change made anywhere (another tab, the popup,
 * a new policy) reaches every section through the store's watcher.
 */
export class OptionsState {
  private loaded: LoadedSettings;
  private readonly listeners = new Set<Listener>();
  private stopWatching: (() => void) | null = null;

  private constructor(
    readonly store: SettingsStore,
    initial: LoadedSettings,
  ) {
    this.loaded = initial;
  }

  static async open(store: SettingsStore = browserSettingsStore): Promise<OptionsState> {
    const state = new OptionsState(store, await store.load());
    state.stopWatching = store.watch((loaded) => state.show(loaded));
    return state;
  }

  get current(): LoadedSettings {
    return this.loaded;
  }

  get settings(): Settings {
    return this.loaded.settings;
  }

  isLocked(key: SettingsKey): boolean {
    return this.loaded.locked.includes(key);
  }

  /** Calls `listener` now and after every change. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    listener(this.loaded);
    return () => this.listeners.delete(listener);
  }

  private show(loaded: LoadedSettings): void {
    this.loaded = loaded;
    for (const listener of this.listeners) listener(loaded);
  }

  /** Applies a change and shows the result at once, without waiting for the storage event. */
  async change(update: (current: Settings) => Settings): Promise<ChangeResult> {
    try {
      await this.store.update(update);
      this.show(await this.store.load());
      return { ok: true };
    } catch (error) {
      if (error instanceof SettingsTooLargeError) {
        return {
          ok: false,
          problem: message('options_error_too_large', [String(Math.ceil(error.bytes / 1024))]),
        };
      }
      return { ok: false, problem: message('options_error_save_failed', [String(error)]) };
    }
  }

  close(): void {
    this.stopWatching?.();
    this.listeners.clear();
  }
}
