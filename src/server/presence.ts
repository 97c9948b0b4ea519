/**
 * Presence on pages (docs/server.md, "Presence on pages"), the pure part: which address book
 * entry a linked TrueConf ID is, a short-lived cache of the book's presence, and the budget of
 * requests a minute. The background (src/background/presence-service.ts) wires them to the
 * session and the client; nothing here talks to the network or the browser.
 */
import { MAX_PRESENCE_IDS } from '../messaging/messages';
import { isValidLogin, isValidServer } from '../protocol';
import { nextPageIdOf, presenceOf, type Presence } from './schema';

/** Presence read from the book is good for this long; then the book is read again. */
export const PRESENCE_CACHE_MS = 60_000;

/** The server is asked at most this many times a minute for presence, whatever pages do. */
export const PRESENCE_REQUESTS_PER_MINUTE = 6;

/** A page asks the background at most this many times a minute (per tab). */
export const PRESENCE_QUERIES_PER_TAB_MINUTE = 12;

/** At most this many distinct TrueConf IDs per page (per query, and per page in the linkifier). */
export const PRESENCE_MAX_IDS = MAX_PRESENCE_IDS;

const MINUTE_MS = 60_000;
const MAX_CONTACTS = 1000;

/**
 * At most `limit` takes in any `windowMs`: a sliding window of the times taken. `take` says
 * whether one more is allowed now and counts it if so.
 */
export class RequestBudget {
  private times: number[];

  constructor(
    private readonly limit: number,
    private readonly windowMs = MINUTE_MS,
    times: readonly number[] = [],
  ) {
    this.times = [...times];
  }

  /** The times still inside the window (what a restarted worker needs to keep counting). */
  recent(now: number): number[] {
    this.times = this.times.filter((time) => time > now - this.windowMs && time <= now);
    return [...this.times];
  }

  take(now: number): boolean {
    if (this.recent(now).length >= this.limit) return false;
    this.times.push(now);
    return true;
  }
}

/** One budget per key (a tab), forgotten once unused for a window. */
export class KeyedBudget<K> {
  private readonly budgets = new Map<K, RequestBudget>();

  constructor(
    private readonly limit: number,
    private readonly windowMs = MINUTE_MS,
  ) {}

  take(key: K, now: number): boolean {
    for (const [other, budget] of this.budgets) {
      if (other !== key && budget.recent(now).length === 0) this.budgets.delete(other);
    }
    let budget = this.budgets.get(key);
    if (!budget) this.budgets.set(key, (budget = new RequestBudget(this.limit, this.windowMs)));
    return budget.take(now);
  }
}

/** A TrueConf ID as a page's link names it: `login` or `login@server` (checked like a link's). */
export function isLinkedId(value: string): boolean {
  const at = value.lastIndexOf('@');
  if (at < 0) return isValidLogin(value);
  return isValidLogin(value.slice(0, at)) && isValidServer(value.slice(at + 1));
}

/**
 * The full `login@server` a linked ID calls, lower-cased: a bare ID is resolved against the
 * default server, or (none set) the signed-in one, where the app most likely is signed in too.
 */
export function resolveLinkedId(id: string, defaultServer: string, sessionHost: string): string {
  const full = id.includes('@') ? id : `${id}@${defaultServer || sessionHost}`;
  return full.toLowerCase();
}

/** The hosts a bare address book ID lives on: the server's host with its port, and without. */
export function serverHostsOf(origin: string): string[] {
  const url = new URL(origin);
  return [...new Set([url.host, url.hostname])];
}

/** One contact's presence under every full ID it may be linked as. */
export interface PresenceEntry {
  ids: string[];
  presence: Presence;
}

export interface PresencePage {
  entries: PresenceEntry[];
  /** null on the last page. */
  nextPageId: number | null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function idOf(value: unknown): string | null {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  return typeof value === 'string' && value.length > 0 && value.length <= 256 ? value : null;
}

/**
 * A page of the address book read for presence: each user's `id` and `uid` and `status`; groups
 * and entries without an ID are skipped, anything of the wrong shape is null (a bad answer).
 */
export function parsePresencePage(value: unknown): PresencePage | null {
  if (!isRecord(value) || !Array.isArray(value.contacts)) return null;
  if (value.contacts.length > MAX_CONTACTS) return null;
  const entries: PresenceEntry[] = [];
  for (const item of value.contacts) {
    if (!isRecord(item)) return null;
    if (item.is_user === false) continue;
    const ids = [idOf(item.id), idOf(item.uid)].filter((id): id is string => id !== null);
    if (ids.length === 0) continue;
    entries.push({ ids, presence: presenceOf(item.status) });
  }
  const nextPageId = nextPageIdOf(value.next_page_id);
  if (nextPageId === undefined) return null;
  return { entries, nextPageId };
}

/**
 * The address book's presence by full, lower-cased ID. A bare `id` of the book is the server's
 * user, so it counts as `id@host` for each of the server's hosts; `uid`s name their domain.
 */
export function presenceBook(
  entries: readonly PresenceEntry[],
  serverHosts: readonly string[],
): Map<string, Presence> {
  const book = new Map<string, Presence>();
  for (const { ids, presence } of entries) {
    for (const id of ids) {
      const lower = id.toLowerCase();
      if (lower.includes('@')) book.set(lower, presence);
      else for (const host of serverHosts) book.set(`${lower}@${host}`, presence);
    }
  }
  return book;
}

/** A book read at `readAt`, for the session it was read with. */
export interface CachedBook {
  sessionKey: string;
  readAt: number;
  book: Map<string, Presence>;
}

export function isFresh(cached: CachedBook | null, sessionKey: string, now: number): boolean {
  return (
    cached !== null &&
    cached.sessionKey === sessionKey &&
    now - cached.readAt < PRESENCE_CACHE_MS &&
    now >= cached.readAt
  );
}

/**
 * The answer for a page: each ID it sent that is in the book, with its presence. IDs not in the
 * book (other servers, people the user cannot see) get nothing: no dot rather than a guess.
 */
export function presenceOfIds(
  ids: readonly string[],
  book: ReadonlyMap<string, Presence>,
  resolve: (id: string) => string,
): [string, Presence][] {
  const found: [string, Presence][] = [];
  for (const id of ids) {
    const presence = book.get(resolve(id));
    if (presence) found.push([id, presence]);
  }
  return found;
}
