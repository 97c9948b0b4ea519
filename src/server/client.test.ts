import { describe, expect, it, vi } from 'vitest';
import { createServerClient, searchWord, type FetchLike } from './client';

const ORIGIN = 'https://video.example';

function json(status: number, body: unknown): Response {
  return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

function clientAnswering(answer: (url: string, init: RequestInit) => Response | Promise<Response>) {
  const fetch = vi.fn<FetchLike>(async (url, init) => answer(url, init));
  return { fetch, client: createServerClient({ origin: ORIGIN, fetch }) };
}

function firstCall(fetch: { mock: { calls: [string, RequestInit][] } }): [string, RequestInit] {
  const call = fetch.mock.calls[0];
  if (!call) throw new Error('no request was made');
  return call;
}

const TOKENS = {
  access_token: 'a1',
  token_type: 'Bearer',
  expires_in: 604800,
  refresh_token: 'r1',
};

describe('the server client', () => {
  it('signs in with the password grant of the user client, once, without cookies', async () => {
    const { fetch, client } = clientAnswering(() => json(200, TOKENS));
    await expect(client.passwordGrant('alice', 'secret')).resolves.toEqual({
      ok: true,
      value: { accessToken: 'a1', refreshToken: 'r1', expiresIn: 604800 },
    });
    expect(fetch).toHaveBeenCalledOnce();
    const [url, init] = firstCall(fetch);
    expect(url).toBe(`${ORIGIN}/oauth2/v1/token`);
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('omit');
    expect(JSON.parse(init.body as string)).toEqual({
      grant_type: 'password',
      username: 'alice',
      password: 'secret',
      client_id: 'trueconf_server_users',
    });
  });

  it('tells a wrong password, disabled password sign-in and a server without the API apart', async () => {
    const cases: [Response, string][] = [
      [json(400, { error: 'invalid_grant' }), 'wrong-password'],
      [json(401, { error: 'invalid_client' }), 'wrong-password'],
      [json(403, { error: 'auth_method_disabled' }), 'password-sign-in-disabled'],
      [json(403, { error: 'something_else' }), 'forbidden'],
      [json(404, ''), 'too-old'],
      [json(502, 'Bad gateway'), 'server-error'],
      [json(200, { access_token: 42 }), 'bad-answer'],
      [json(200, '<html>'), 'bad-answer'],
      [json(200, { ...TOKENS, token_type: 'MAC' }), 'bad-answer'],
    ];
    for (const [response, kind] of cases) {
      const { client } = clientAnswering(() => response);
      await expect(client.passwordGrant('alice', 'x')).resolves.toEqual({
        ok: false,
        error: { kind },
      });
    }
  });

  it('calls a server without API v4 too old', async () => {
    const { client } = clientAnswering(() => json(404, { error: 'not found' }));
    await expect(client.me('a1')).resolves.toEqual({ ok: false, error: { kind: 'too-old' } });
  });

  it('reports a network failure as unreachable, or as the browser diagnosed it', async () => {
    const refused = () => Promise.reject(new TypeError('Failed to fetch'));
    const plain = createServerClient({ origin: ORIGIN, fetch: refused });
    await expect(plain.me('a1')).resolves.toEqual({ ok: false, error: { kind: 'unreachable' } });
    const diagnose = vi.fn(async () => 'certificate' as const);
    const diagnosed = createServerClient({ origin: ORIGIN, fetch: refused, diagnose });
    await expect(diagnosed.me('a1')).resolves.toEqual({
      ok: false,
      error: { kind: 'certificate' },
    });
    expect(diagnose).toHaveBeenCalledWith(`${ORIGIN}/api/v4/me`);
  });

  it('gives up after its time-out', async () => {
    vi.useFakeTimers();
    try {
      const hang: FetchLike = (_url, init) =>
        new Promise((_resolve, reject) =>
          init.signal?.addEventListener('abort', () => reject(new DOMException('', 'AbortError'))),
        );
      const client = createServerClient({ origin: ORIGIN, fetch: hang, timeoutMs: 5000 });
      const pending = client.me('a1');
      await vi.advanceTimersByTimeAsync(5000);
      await expect(pending).resolves.toEqual({ ok: false, error: { kind: 'timeout' } });
    } finally {
      vi.useRealTimers();
    }
  });

  it('searches the address book for one word, with the token, and reads presence', async () => {
    const { fetch, client } = clientAnswering(() =>
      json(200, {
        contacts: [
          { id: 'bob@video.example', display_name: 'Bob Brown', status: 1, is_user: true },
          { id: 'team', display_name: 'A group', status: 0, is_user: false },
          { id: 'eve', status: 99 },
        ],
        next_page_id: -1,
      }),
    );
    const result = await client.searchAddressBook('a1', 'alice', '  bob smith ');
    expect(result).toEqual({
      ok: true,
      value: {
        contacts: [
          { id: 'bob@video.example', name: 'Bob Brown', presence: 'available' },
          { id: 'eve', name: 'eve', presence: 'offline' },
        ],
        nextPageId: null,
      },
    });
    const [url, init] = firstCall(fetch);
    const asked = new URL(url);
    expect(asked.pathname).toBe('/api/v4.1/users/alice/addressbook');
    expect(asked.searchParams.get('filter_search')).toBe('bob');
    expect((init.headers as Record<string, string>).Authorization).toBe('Bearer a1');
  });

  it('pages through the address book', async () => {
    const { fetch, client } = clientAnswering(() => json(200, { contacts: [], next_page_id: 3 }));
    const result = await client.searchAddressBook('a1', 'alice', 'b', 2);
    expect(result.ok && result.value.nextPageId).toBe(3);
    expect(new URL(firstCall(fetch)[0]).searchParams.get('page_id')).toBe('2');
  });

  it('maps API statuses to errors and refuses answers of the wrong shape', async () => {
    const cases: [Response, string][] = [
      [json(401, { error: 'invalid_token' }), 'unauthorized'],
      [json(403, {}), 'forbidden'],
      [json(500, {}), 'server-error'],
      [json(200, { contacts: 'nope' }), 'bad-answer'],
      [json(200, { contacts: [{ display_name: 'no id' }] }), 'bad-answer'],
      [json(200, 'not json'), 'bad-answer'],
    ];
    for (const [response, kind] of cases) {
      const { client } = clientAnswering(() => response);
      await expect(client.searchAddressBook('a1', 'alice', 'b')).resolves.toEqual({
        ok: false,
        error: { kind },
      });
    }
  });

  it('creates an instant conference with no schedule, owned by the user', async () => {
    const { fetch, client } = clientAnswering(() =>
      json(200, {
        conference: {
          id: '5000000001',
          topic: 'Meet now',
          schedule: { type: 'none' },
          url: `${ORIGIN}/c/5000000001`,
        },
      }),
    );
    await expect(client.createInstantConference('a1', 'alice', 'Meet now')).resolves.toEqual({
      ok: true,
      value: {
        id: '5000000001',
        topic: 'Meet now',
        startsAt: null,
        webUrl: `${ORIGIN}/c/5000000001`,
      },
    });
    const [url, init] = firstCall(fetch);
    expect(url).toBe(`${ORIGIN}/api/v4/conferences`);
    expect(JSON.parse(init.body as string)).toEqual({
      topic: 'Meet now',
      owner: 'alice',
      mode: 'PxP',
      schedule: { type: 'none' },
    });
  });

  it('lists conferences with their start in milliseconds and refuses a bad id', async () => {
    const { client } = clientAnswering(() =>
      json(200, {
        conferences: [
          { id: '42', topic: 'Plan', schedule: { type: 'once', start_time: 1_800_000_000 } },
        ],
      }),
    );
    const result = await client.listConferences('a1', { after: 1_700_000_000_000 });
    expect(result).toEqual({
      ok: true,
      value: [{ id: '42', topic: 'Plan', startsAt: 1_800_000_000_000, webUrl: null }],
    });
    const bad = clientAnswering(() => json(200, { conferences: [{ id: '../admin' }] })).client;
    await expect(bad.listConferences('a1')).resolves.toEqual({
      ok: false,
      error: { kind: 'bad-answer' },
    });
  });

  it('takes the first word of a search', () => {
    expect(searchWord('  anna maria ')).toBe('anna');
    expect(searchWord('')).toBe('');
  });
});
