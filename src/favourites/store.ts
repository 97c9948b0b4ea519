import { browser } from 'wxt/browser';
import {
  normalizeFavourites,
  withAdded,
  withMoved,
  withRemoved,
  withRenamed,
  type Favourite,
  type FavouriteError,
  type ListChange,
} from './list';

/** Favourites follow the user to every browser they sign in to, under one key. */
export const FAVOURITES_KEY = 'favourites';

export type StoreResult =
  | { ok: true; list: Favourite[]; favourite: Favourite }
  | { ok: false; error: FavouriteError | 'storage-failed' };

export async function readFavourites(): Promise<Favourite[]> {
  const stored = await browser.storage.sync.get(FAVOURITES_KEY);
  return normalizeFavourites(stored[FAVOURITES_KEY]);
}

/**
 * Read, change, write. Writing fails when storage.sync is over its quota; the list then stays
 * as it was and the caller says so.
 */
async function change(apply: (list: Favourite[]) => ListChange): Promise<StoreResult> {
  const result = apply(await readFavourites());
  if (!result.ok) return result;
  try {
    await browser.storage.sync.set({ [FAVOURITES_KEY]: result.list });
  } catch {
    return { ok: false, error: 'storage-failed' };
  }
  return result;
}

export function addFavourite(input: { name: string; uri: string }): Promise<StoreResult> {
  return change((list) => withAdded(list, input, crypto.randomUUID()));
}

export function renameFavourite(id: string, name: string): Promise<StoreResult> {
  return change((list) => withRenamed(list, id, name));
}

export function removeFavourite(id: string): Promise<StoreResult> {
  return change((list) => withRemoved(list, id));
}

export function moveFavourite(id: string, toIndex: number): Promise<StoreResult> {
  return change((list) => withMoved(list, id, toIndex));
}

/** Calls `listener` with the valid list whenever another page or device changes it. */
export function watchFavourites(listener: (list: Favourite[]) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, areaName: string): void => {
    if (areaName === 'sync' && FAVOURITES_KEY in changes) {
      listener(normalizeFavourites(changes[FAVOURITES_KEY]?.newValue));
    }
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
