/**
 * Everything the extension keeps in `browser.storage` goes through here: one typed item per key,
 * read through a parser so bad stored data never gets further, written one change after another,
 * and watched the same way everywhere. Items are defined beside the code that owns their data
 * (`grep -rn defineItem src` lists every key).
 *
 * Our own small module rather than WXT's `storage.defineItem` (`wxt/utils/storage` in WXT 0.20.27,
 * which is `@wxt-dev/storage` 1.3.0):
 * - Its versions and migrations keep a second entry beside each key (`settings$` holding
 *   `{ v: 2 }`): one more item in storage.sync, which counts against its quota, and a second
 *   version next to the one the settings already carry inside their value (`migrations.ts`).
 *   Users upgrade in place, so every key and stored shape stays exactly as it was.
 * - It has a fallback for a missing value but no check of a present one; ours parses every read.
 * - It has no read-modify-write, so the queue below would be ours anyway.
 * - It talks to `@wxt-dev/browser` directly, past the webextension polyfill this project puts
 *   behind `wxt/browser`.
 */
import { browser, type Browser } from 'wxt/browser';

/** Managed storage is not here: it is the administrator's, read-only (see `managed.ts`). */
export type ItemArea = 'local' | 'sync' | 'session';

declare const storedShape: unique symbol;

/**
 * A key in one storage area. Reads give `T`; writes take `Stored` (the same, except where the
 * parsed value carries more than is stored, as the settings carry what was replaced on reading).
 */
export interface StorageItem<T, Stored = T> {
  readonly area: ItemArea;
  readonly key: string;
  /**
   * The value for whatever is stored: `undefined` when nothing is, and anything at all otherwise
   * (another release, another device or a hand-edited profile may have written it).
   */
  readonly parse: (stored: unknown) => T;
  /** Never present: lets the type checker hold writes to `Stored`. */
  readonly [storedShape]?: Stored;
}

export function defineItem<T, Stored = T>(
  area: ItemArea,
  key: string,
  parse: (stored: unknown) => T,
): StorageItem<T, Stored> {
  return { area, key, parse };
}

/** A parser that throws still gives the default: whatever is stored never breaks a read. */
function parsed<T>(item: StorageItem<T, unknown>, stored: unknown): T {
  try {
    return item.parse(stored);
  } catch {
    return item.parse(undefined);
  }
}

export async function getValue<T>(item: StorageItem<T, unknown>): Promise<T> {
  const stored = await browser.storage[item.area].get(item.key);
  return parsed(item, stored[item.key]);
}

/**
 * Writes to one key, one after another, so a read-modify-write never starts from a value another
 * is about to replace. Per page or worker: storage itself has no transactions across them.
 */
const queues = new Map<string, Promise<unknown>>();

function inTurn<R>(item: StorageItem<unknown, unknown>, task: () => Promise<R>): Promise<R> {
  const id = `${item.area}:${item.key}`;
  const run = (queues.get(id) ?? Promise.resolve()).then(task);
  const settled = run.then(
    () => undefined,
    () => undefined,
  );
  queues.set(id, settled);
  // Keys can be per tab: a key nobody is writing leaves nothing behind.
  void settled.then(() => {
    if (queues.get(id) === settled) queues.delete(id);
  });
  return run;
}

function write(item: StorageItem<unknown, unknown>, value: unknown): Promise<void> {
  return browser.storage[item.area].set({ [item.key]: value });
}

export function setValue<Stored>(
  item: StorageItem<unknown, Stored>,
  value: NoInfer<Stored>,
): Promise<void> {
  return inTurn(item, () => write(item, value));
}

export function removeValue(item: StorageItem<unknown, unknown>): Promise<void> {
  return inTurn(item, () => browser.storage[item.area].remove(item.key));
}

/**
 * Read, change, write, in turn with every other write to the key. `change` returns the value to
 * store, or `undefined` to store nothing; `update` resolves with what it returned. When `change`
 * throws, or the write fails, nothing is stored and `update` rejects with that error.
 */
export function update<T, Stored, Next extends Stored | undefined>(
  item: StorageItem<T, Stored>,
  change: (current: T) => Next | Promise<Next>,
): Promise<Next> {
  return inTurn(item, async () => {
    const next = await change(await getValue(item));
    if (next !== undefined) await write(item, next);
    return next;
  });
}

type StorageChanges = Record<string, Browser.storage.StorageChange>;

/** Calls `onChange` with the new value whenever the key changes, here or elsewhere. */
export function watch<T>(item: StorageItem<T, unknown>, onChange: (value: T) => void): () => void {
  const listener = (changes: StorageChanges, areaName: string): void => {
    const change = changes[item.key];
    if (areaName === item.area && change) onChange(parsed(item, change.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
