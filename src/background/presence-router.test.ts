import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PRESENCE_QUERIES_PER_TAB_MINUTE, PRESENCE_REQUESTS_PER_MINUTE } from '../server';
import { handleBackgroundMessage } from './message-router';

const REFUSED = { ok: false, error: 'bad-request' };
let nextTab = 100;
const fromTab = () => ({
  id: fakeBrowser.runtime.id,
  url: 'https://intranet.example/',
  tab: { id: (nextTab += 1) },
  frameId: 0,
});
const query = (ids: unknown) => ({ type: 'presence-query', ids });

let users = 0;
async function signIn(): Promise<string> {
  users += 1;
  const userId = `alice${users}`;
  await fakeBrowser.storage.local.set({
    serverSession: {
      origin: 'https://tc.corp',
      userId,
      displayName: 'Alice',
      accessToken: 'secret-token',
      refreshToken: 'secret-refresh',
      expiresAt: Date.now() + 3_600_000,
    },
  });
  return userId;
}

function bookAnswer(): Response {
  return new Response(
    JSON.stringify({
      contacts: [
        { id: 'bob', uid: 'bob@tc.corp', status: 1, is_user: true },
        { id: 'bella', uid: 'bella@tc.corp', status: 2, is_user: true },
      ],
      next_page_id: -1,
    }),
    { status: 200 },
  );
}

describe('presence on pages behind the door', () => {
  let fetch: ReturnType<typeof vi.fn>;

  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    fetch = vi.fn(async () => bookAnswer());
    vi.stubGlobal('fetch', fetch);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('is refused from extension pages, senders without a tab, and malformed', async () => {
    const popup = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
    const noTab = { id: fakeBrowser.runtime.id, url: 'https://intranet.example/' };
    await expect(handleBackgroundMessage(query(['bob']), popup)).resolves.toEqual(REFUSED);
    await expect(handleBackgroundMessage(query(['bob']), noTab)).resolves.toEqual(REFUSED);
    for (const ids of [
      'bob',
      [7],
      ['bob smith'],
      ['<img src=x>'],
      ['a/b'],
      Array.from({ length: 201 }, (_, i) => `u${i}`),
    ]) {
      await expect(handleBackgroundMessage(query(ids), fromTab() as never)).resolves.toEqual(
        REFUSED,
      );
    }
  });

  it('asks the server nothing while presence is off', async () => {
    await signIn();
    await expect(
      handleBackgroundMessage(query(['bob@tc.corp']), fromTab() as never),
    ).resolves.toEqual({ ok: true, presence: [] });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('answers presence from one read of the book, cached, and never with the token', async () => {
    await fakeBrowser.storage.sync.set({ settings: { version: 1, serverPresence: true } });
    await signIn();
    const tab = fromTab();
    const answer = await handleBackgroundMessage(
      query(['bob', 'bella@tc.corp', 'mallory@elsewhere.example']),
      tab as never,
    );
    expect(answer).toEqual({
      ok: true,
      presence: [
        ['bob', 'available'],
        ['bella@tc.corp', 'busy'],
      ],
    });
    expect(JSON.stringify(answer)).not.toContain('secret');
    await handleBackgroundMessage(query(['bob']), tab as never);
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0] as [string, RequestInit];
    // The whole book: the server is not told which IDs the page holds.
    expect(url).not.toContain('filter_search');
    expect(url).not.toContain('mallory');
    expect(init.credentials).toBe('omit');
  });

  it('limits each tab’s queries and the server’s requests a minute', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-06T12:00:00Z'));
    await fakeBrowser.storage.sync.set({ settings: { version: 1, serverPresence: true } });
    await signIn();
    const tab = fromTab();
    const answers = [];
    for (let i = 0; i <= PRESENCE_QUERIES_PER_TAB_MINUTE; i += 1) {
      answers.push(await handleBackgroundMessage(query(['bob']), tab as never));
    }
    expect(answers.at(-1)).toEqual({ ok: false, error: 'rate-limited' });
    // Every minute a new book is due; many tabs, sessions and minutes never make more requests
    // than the budget in any minute.
    fetch.mockClear();
    for (let i = 0; i < 20; i += 1) {
      await signIn();
      await handleBackgroundMessage(query(['bob']), fromTab() as never);
    }
    expect(fetch).toHaveBeenCalledTimes(PRESENCE_REQUESTS_PER_MINUTE - 1);
    vi.setSystemTime(new Date('2026-12-06T12:01:01Z'));
    await handleBackgroundMessage(query(['bob']), fromTab() as never);
    expect(fetch).toHaveBeenCalledTimes(PRESENCE_REQUESTS_PER_MINUTE);
  });
});
