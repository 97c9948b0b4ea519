import type { PresenceAnswer } from '../messaging/responses';
import { loadSettings } from '../settings';
import { browser } from 'wxt/browser';
import { PRESENCE_RESET } from '../messaging/messages';
import { defineItem, getValue, setValue, watch } from '../storage';
import {
  isFresh,
  isLinkedId,
  PRESENCE_MAX_IDS,
  KeyedBudget,
  presenceBook,
  presenceOfIds,
  PRESENCE_QUERIES_PER_TAB_MINUTE,
  PRESENCE_REQUESTS_PER_MINUTE,
  RequestBudget,
  resolveLinkedId,
  serverHostsOf,
  type CachedBook,
  type PresenceEntry,
  type Result,
} from '../server';
import { sessionItem, signedIn } from './server-service';

/**
 * Presence on pages (opt-in, docs/server.md): a page's linkifier sends the TrueConf IDs it
 * linked; the answer is read from the signed-in user's address book, cached for a minute and
 * read at most `PRESENCE_REQUESTS_PER_MINUTE` times a minute. The server is asked for the whole
 * book, never for the IDs a page holds, so it does not learn what pages the user reads.
 */

/**
 * When the server was last asked, in storage.session: a restarted worker keeps counting, so the
 * limit holds across restarts. Times only; no IDs, no answers.
 */
const requestTimesItem = defineItem<number[]>('session', 'presenceRequestTimes', (stored) =>
  Array.isArray(stored) ? stored.filter((time): time is number => Number.isFinite(time)) : [],
);

const tabBudget = new KeyedBudget<number>(PRESENCE_QUERIES_PER_TAB_MINUTE);
let cached: CachedBook | null = null;
let reading: Promise<CachedBook | null> | null = null;

/** Takes one request from the budget of the minute (false: none left). */
async function takeRequest(now: number): Promise<boolean> {
  const budget = new RequestBudget(
    PRESENCE_REQUESTS_PER_MINUTE,
    60_000,
    await getValue(requestTimesItem),
  );
  const allowed = budget.take(now);
  await setValue(requestTimesItem, budget.recent(now));
  return allowed;
}

/** Reads the whole address book, page by page, while the budget allows. */
async function readBook(): Promise<CachedBook | null> {
  const result: Result<CachedBook | null> = await signedIn(async (client, session) => {
    const entries: PresenceEntry[] = [];
    let pageId: number | undefined;
    let pages = 0;
    do {
      // Out of budget: what was read so far counts; nothing read, nothing is cached.
      if (!(await takeRequest(Date.now()))) break;
      const page = await client.presencePage(session.accessToken, session.userId, pageId);
      if (!page.ok) return page;
      pages += 1;
      entries.push(...page.value.entries);
      pageId = page.value.nextPageId ?? undefined;
    } while (pageId !== undefined);
    if (pages === 0) return { ok: true as const, value: null };
    return {
      ok: true as const,
      value: {
        sessionKey: `${session.origin} ${session.userId}`,
        readAt: Date.now(),
        book: presenceBook(entries, serverHostsOf(session.origin)),
      },
    };
  });
  return result.ok ? result.value : null;
}

/** The book of the signed-in session, read again once a minute is up; one read at a time. */
async function currentBook(sessionKey: string): Promise<CachedBook | null> {
  if (isFresh(cached, sessionKey, Date.now())) return cached;
  reading ??= readBook().finally(() => {
    reading = null;
  });
  const book = await reading;
  if (book) cached = book;
  return book && book.sessionKey === sessionKey ? book : null;
}

/**
 * Presence for the IDs a tab's linkifier sent. Nothing when presence is off, signed out, the
 * server cannot be read, or the tab asks too often; the page then simply shows no dots.
 */
export async function presenceForTab(
  ids: readonly string[],
  tabId: number,
): Promise<PresenceAnswer> {
  if (!tabBudget.take(tabId, Date.now())) return { ok: false, error: 'rate-limited' };
  const { settings } = await loadSettings();
  // The router's parser checked the shape; the protocol's own checks decide what an ID is.
  const linked = ids.filter(isLinkedId).slice(0, PRESENCE_MAX_IDS);
  if (!settings.serverPresence || linked.length === 0) return { ok: true, presence: [] };
  const session = await getValue(sessionItem);
  if (!session) return { ok: true, presence: [] };
  const { origin, userId } = session;
  const book = await currentBook(`${origin} ${userId}`);
  if (!book) return { ok: true, presence: [] };
  const host = new URL(origin).host;
  return {
    ok: true,
    presence: presenceOfIds(linked, book.book, (id) =>
      resolveLinkedId(id, settings.defaultServer, host),
    ),
  };
}

/**
 * On every change of the session, open pages that show presence are told to ask again: after a
 * sign-out their dots go at once, not at their next minute's refresh. Only while presence is on.
 */
export function resetPagePresenceOnSessionChange(): void {
  watch(sessionItem, () => {
    void (async () => {
      const { settings } = await loadSettings();
      if (!settings.serverPresence) return;
      for (const tab of await browser.tabs.query({})) {
        if (tab.id === undefined) continue;
        // A notice with no answer, heard by linkify.js alone (not a ContentMessages request, which
        // the frame script answers); a tab without the linkifier has no listener for it.
        // eslint-disable-next-line no-restricted-syntax -- a broadcast notice: nothing to check
        void browser.tabs.sendMessage(tab.id, { type: PRESENCE_RESET }).catch(() => undefined);
      }
    })().catch(() => undefined);
  });
}
