import { describe, expect, it } from 'vitest';
import {
  isFresh,
  isLinkedId,
  KeyedBudget,
  parsePresencePage,
  PRESENCE_CACHE_MS,
  presenceBook,
  presenceOfIds,
  RequestBudget,
  resolveLinkedId,
  serverHostsOf,
} from './presence';

describe('the budget of requests a minute', () => {
  it('allows at most the limit in any minute, and more once the oldest leave the window', () => {
    const budget = new RequestBudget(3);
    expect([0, 1000, 2000, 3000].map((time) => budget.take(time))).toEqual([
      true,
      true,
      true,
      false,
    ]);
    expect(budget.take(59_999)).toBe(false);
    expect(budget.take(60_001)).toBe(true);
    expect(budget.take(60_002)).toBe(false);
    expect(budget.recent(200_000)).toEqual([]);
  });

  it('keeps counting from the times a restarted worker remembered', () => {
    const budget = new RequestBudget(2, 60_000, [10_000, 20_000, -5]);
    expect(budget.take(30_000)).toBe(false);
    expect(budget.take(70_001)).toBe(true);
  });

  it('gives each tab a budget of its own', () => {
    const tabs = new KeyedBudget<number>(2);
    expect([tabs.take(1, 0), tabs.take(1, 1), tabs.take(1, 2)]).toEqual([true, true, false]);
    expect(tabs.take(2, 3)).toBe(true);
  });
});

describe('which address book entry a linked ID is', () => {
  it('checks a linked ID as a link would', () => {
    expect(isLinkedId('bob')).toBe(true);
    expect(isLinkedId('bob@video.example')).toBe(true);
    expect(isLinkedId('bob@video.example:4307')).toBe(true);
    expect(isLinkedId('bob@')).toBe(false);
    expect(isLinkedId('bob@exa mple')).toBe(false);
  });

  it('resolves a bare ID against the default server, else the signed-in one', () => {
    expect(resolveLinkedId('Bob', 'video.corp', 'tc.corp:8443')).toBe('bob@video.corp');
    expect(resolveLinkedId('bob', '', 'tc.corp:8443')).toBe('bob@tc.corp:8443');
    expect(resolveLinkedId('Bob@Other.Example', 'video.corp', 'x')).toBe('bob@other.example');
  });

  it('files bare book IDs under the server’s hosts and full ones under their own domain', () => {
    const book = presenceBook(
      [
        { ids: ['elisa', 'elisa@video.example.net'], presence: 'busy' },
        { ids: ['Bob@Video.Example'], presence: 'available' },
      ],
      serverHostsOf('https://tc.corp:8443'),
    );
    expect(Object.fromEntries(book)).toEqual({
      'elisa@tc.corp:8443': 'busy',
      'elisa@tc.corp': 'busy',
      'elisa@video.example.net': 'busy',
      'bob@video.example': 'available',
    });
    const resolve = (id: string) => resolveLinkedId(id, '', 'tc.corp:8443');
    expect(
      presenceOfIds(['elisa', 'bob@video.example', 'mallory@elsewhere.example'], book, resolve),
    ).toEqual([
      ['elisa', 'busy'],
      ['bob@video.example', 'available'],
    ]);
  });
});

describe('reading the address book for presence', () => {
  it('takes id, uid and status of users, skips groups, and pages on', () => {
    expect(
      parsePresencePage({
        contacts: [
          { id: 'elisa', uid: 'elisa@video.example.net', status: 1, is_user: true },
          { id: 'team', status: 1, is_user: false },
          { id: 7, status: 99 },
        ],
        next_page_id: 2,
      }),
    ).toEqual({
      entries: [
        { ids: ['elisa', 'elisa@video.example.net'], presence: 'available' },
        { ids: ['7'], presence: 'offline' },
      ],
      nextPageId: 2,
    });
    expect(parsePresencePage({ contacts: [], next_page_id: -1 })?.nextPageId).toBeNull();
  });

  it('calls an answer of the wrong shape a bad answer', () => {
    for (const bad of [
      null,
      { contacts: 'x' },
      { contacts: [7] },
      { contacts: [], next_page_id: 'x' },
    ]) {
      expect(parsePresencePage(bad)).toBeNull();
    }
  });

  it('keeps a book for a minute, for its own session only', () => {
    const cached = { sessionKey: 'a', readAt: 1000, book: new Map() };
    expect(isFresh(cached, 'a', 1000 + PRESENCE_CACHE_MS - 1)).toBe(true);
    expect(isFresh(cached, 'a', 1000 + PRESENCE_CACHE_MS)).toBe(false);
    expect(isFresh(cached, 'b', 1001)).toBe(false);
    expect(isFresh(null, 'a', 1001)).toBe(false);
  });
});
