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
import { defineItem, getValue, setValue, update, watch } from '../storage';

/** Favourites follow the user to every browser they sign in to, under one key. */
export const FAVOURITES_KEY = 'favourites';

const favouritesItem = defineItem<Favourite[]>('sync', FAVOURITES_KEY, normalizeFavourites);

export type StoreResult =
  | { ok: true; list: Favourite[]; favourite: Favourite }
  | { ok: false; error: FavouriteError | 'storage-failed' };

export function readFavourites(): Promise<Favourite[]> {
  return getValue(favouritesItem);
}

/**
 * Read, change, write, in turn with this page's other changes. Writing fails when storage.sync is
 * over its quota; the list then stays as it was and the caller says so.
 */
async function change(apply: (list: Favourite[]) => ListChange): Promise<StoreResult> {
  let result: ListChange | undefined;
  try {
    await update(favouritesItem, (list) => {
      result = apply(list);
      return result.ok ? result.list : undefined;
    });
  } catch (error) {
    // A change made means the write failed; a list that could not be read is no quota problem.
    if (result?.ok) return { ok: false, error: 'storage-failed' };
    throw error;
  }
  return result ?? { ok: false, error: 'storage-failed' };
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

/** A restored backup's list, already checked entry by entry, replaces the stored one. */
export function replaceFavourites(list: readonly Favourite[]): Promise<void> {
  return setValue(favouritesItem, normalizeFavourites(list));
}

/** Calls `listener` with the valid list whenever another page or device changes it. */
export function watchFavourites(listener: (list: Favourite[]) => void): () => void {
  return watch(favouritesItem, listener);
}
