import { buildUri, parseUri, withoutPassword } from '../protocol';

/**
 * Favourites are plain data in storage.sync, so everything read back is untrusted: another device,
 * an older version or a hand edit may have written it. These pure functions keep a list valid;
 * `store.ts` does the storage.
 */

export interface Favourite {
  /** Stable across renames and moves, so the UI can address one favourite. */
  id: string;
  /** What the user calls it. */
  name: string;
  /** A canonical `trueconf:` URI that never holds a password. */
  uri: string;
}

/** storage.sync allows 8 KB per key; these keep a full list of typical entries under that. */
export const MAX_FAVOURITES = 40;
export const MAX_NAME_LENGTH = 80;
export const MAX_URI_LENGTH = 512;
const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The URI a favourite may hold: parsed, rebuilt in canonical form and without its password, or
 * null when it is not a valid `trueconf:` URI. The only way a URI gets into a favourite.
 */
export function favouriteUri(uri: string): string | null {
  if (uri.length > MAX_URI_LENGTH * 4) return null;
  try {
    const parsed = parseUri(uri);
    if (!parsed.ok) return null;
    const safe = buildUri(withoutPassword(parsed.command));
    return safe.length <= MAX_URI_LENGTH ? safe : null;
  } catch {
    return null;
  }
}

/** Trimmed, one line, at most MAX_NAME_LENGTH characters; null when nothing is left. */
export function favouriteName(name: string): string | null {
  const cleaned = [...name.replace(/\s+/g, ' ').trim()].slice(0, MAX_NAME_LENGTH).join('');
  return cleaned === '' ? null : cleaned;
}

function asFavourite(value: unknown): Favourite | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  if (typeof record.id !== 'string' || !ID_PATTERN.test(record.id)) return null;
  if (typeof record.name !== 'string' || typeof record.uri !== 'string') return null;
  const name = favouriteName(record.name);
  const uri = favouriteUri(record.uri);
  return name && uri ? { id: record.id, name, uri } : null;
}

/**
 * What was stored, made valid: anything that is not a list reads as no favourites; entries that
 * are broken, duplicated or beyond the limit are left out; a password in a stored URI is removed.
 */
export function normalizeFavourites(raw: unknown): Favourite[] {
  if (!Array.isArray(raw)) return [];
  const seenIds = new Set<string>();
  const seenUris = new Set<string>();
  const list: Favourite[] = [];
  for (const value of raw) {
    const favourite = asFavourite(value);
    if (!favourite || seenIds.has(favourite.id) || seenUris.has(favourite.uri)) continue;
    seenIds.add(favourite.id);
    seenUris.add(favourite.uri);
    list.push(favourite);
    if (list.length === MAX_FAVOURITES) break;
  }
  return list;
}

export type FavouriteError = 'invalid-uri' | 'invalid-name' | 'full' | 'not-found';

export type ListChange =
  { ok: true; list: Favourite[]; favourite: Favourite } | { ok: false; error: FavouriteError };

/** Adding a URI that is already a favourite keeps the list as it is and returns that favourite. */
export function withAdded(
  list: readonly Favourite[],
  input: { name: string; uri: string },
  id: string,
): ListChange {
  const uri = favouriteUri(input.uri);
  if (!uri) return { ok: false, error: 'invalid-uri' };
  const name = favouriteName(input.name);
  if (!name) return { ok: false, error: 'invalid-name' };
  const existing = list.find((favourite) => favourite.uri === uri);
  if (existing) return { ok: true, list: [...list], favourite: existing };
  if (list.length >= MAX_FAVOURITES) return { ok: false, error: 'full' };
  if (!ID_PATTERN.test(id) || list.some((favourite) => favourite.id === id)) {
    throw new Error('A new favourite needs a fresh id.');
  }
  const favourite = { id, name, uri };
  return { ok: true, list: [...list, favourite], favourite };
}

export function withRenamed(list: readonly Favourite[], id: string, newName: string): ListChange {
  const index = list.findIndex((favourite) => favourite.id === id);
  const current = list[index];
  if (!current) return { ok: false, error: 'not-found' };
  const name = favouriteName(newName);
  if (!name) return { ok: false, error: 'invalid-name' };
  const favourite = { ...current, name };
  return { ok: true, list: list.map((item, i) => (i === index ? favourite : item)), favourite };
}

export function withRemoved(list: readonly Favourite[], id: string): ListChange {
  const favourite = list.find((item) => item.id === id);
  if (!favourite) return { ok: false, error: 'not-found' };
  return { ok: true, list: list.filter((item) => item.id !== id), favourite };
}

/** Moves one favourite to `toIndex`, clamped to the list, the others keeping their order. */
export function withMoved(list: readonly Favourite[], id: string, toIndex: number): ListChange {
  const index = list.findIndex((favourite) => favourite.id === id);
  const favourite = list[index];
  if (!favourite) return { ok: false, error: 'not-found' };
  const rest = list.filter((item) => item.id !== id);
  const target = Math.max(0, Math.min(rest.length, Math.trunc(toIndex)));
  return {
    ok: true,
    list: [...rest.slice(0, target), favourite, ...rest.slice(target)],
    favourite,
  };
}
