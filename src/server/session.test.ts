import { describe, expect, it, vi } from 'vitest';
import type { ServerClient } from './client';
import { failure, ok } from './errors';
import {
  parseSession,
  signIn,
  signOut,
  withSession,
  type Session,
  type SessionDeps,
} from './session';

const ORIGIN = 'https://video.example';

function memoryStore(initial: Session | null = null) {
  let value: Session | null = initial;
  return {
    read: vi.fn(async () => value),
    write: vi.fn(async (session: Session) => {
      value = session;
    }),
    clear: vi.fn(async () => {
      value = null;
    }),
    get current() {
      return value;
    },
  };
}

function fakeClient(overrides: Partial<ServerClient> = {}): ServerClient {
  return {
    origin: ORIGIN,
    passwordGrant: vi.fn(async () =>
      ok({ accessToken: 'a1', refreshToken: 'r1', expiresIn: 3600 }),
    ),
    refreshGrant: vi.fn(async () => ok({ accessToken: 'a2', refreshToken: 'r2', expiresIn: 3600 })),
    me: vi.fn(async () => ok({ id: 'alice', displayName: 'Alice Adams' })),
    searchAddressBook: vi.fn(async () => ok({ contacts: [], nextPageId: null })),
    listConferences: vi.fn(async () => ok([])),
    createInstantConference: vi.fn(async () => failure('forbidden')),
    deeplinks: vi.fn(async () => ok({ default: null })),
    presencePage: vi.fn(async () => ok({ entries: [], nextPageId: null })),
    ...overrides,
  };
}

const SESSION: Session = {
  origin: ORIGIN,
  userId: 'alice',
  displayName: 'Alice Adams',
  accessToken: 'a1',
  refreshToken: 'r1',
  expiresAt: 10_000_000,
};

function depsWith(client: ServerClient, store = memoryStore(), now = 1_000_000) {
  const deps: SessionDeps = { store, clientFor: () => client, now: () => now };
  return { deps, store };
}

describe('the session', () => {
  it('signs in, stores the tokens and who signed in, and never the password', async () => {
    const { deps, store } = depsWith(fakeClient());
    const result = await signIn(deps, ORIGIN, 'alice', 'secret password');
    expect(result.ok).toBe(true);
    expect(store.current).toEqual({ ...SESSION, expiresAt: 1_000_000 + 3600_000 });
    expect(JSON.stringify(store.current)).not.toContain('secret password');
  });

  it('stores nothing when the token or the profile fails', async () => {
    const refused = depsWith(fakeClient({ passwordGrant: async () => failure('wrong-password') }));
    await expect(signIn(refused.deps, ORIGIN, 'alice', 'x')).resolves.toEqual(
      failure('wrong-password'),
    );
    expect(refused.store.write).not.toHaveBeenCalled();
    const old = depsWith(fakeClient({ me: async () => failure('too-old') }));
    await expect(signIn(old.deps, ORIGIN, 'alice', 'x')).resolves.toEqual(failure('too-old'));
    expect(old.store.current).toBeNull();
  });

  it('says signed-out without a session', async () => {
    const { deps } = depsWith(fakeClient());
    await expect(withSession(deps, async () => ok(1))).resolves.toEqual(failure('signed-out'));
  });

  it('refreshes a token about to run out before using it', async () => {
    const client = fakeClient();
    const { deps, store } = depsWith(client, memoryStore(SESSION), SESSION.expiresAt - 1000);
    const call = vi.fn(async (_c: ServerClient, session: Session) => ok(session.accessToken));
    await expect(withSession(deps, call)).resolves.toEqual(ok('a2'));
    expect(client.refreshGrant).toHaveBeenCalledWith('r1');
    expect(store.current?.refreshToken).toBe('r2');
  });

  it('retries once after a 401 with a refreshed token', async () => {
    const client = fakeClient();
    const { deps } = depsWith(client, memoryStore(SESSION));
    const call = vi.fn(async (_c: ServerClient, session: Session) =>
      session.accessToken === 'a1' ? failure<string>('unauthorized') : ok('found'),
    );
    await expect(withSession(deps, call)).resolves.toEqual(ok('found'));
    expect(call).toHaveBeenCalledTimes(2);
  });

  it('drops the session when the refresh after a 401 is refused', async () => {
    const client = fakeClient({ refreshGrant: async () => failure('wrong-password') });
    const { deps, store } = depsWith(client, memoryStore(SESSION));
    await expect(withSession(deps, async () => failure('unauthorized'))).resolves.toEqual(
      failure('signed-out'),
    );
    expect(store.current).toBeNull();
  });

  it('keeps the session when the refresh only could not reach the server', async () => {
    const client = fakeClient({ refreshGrant: async () => failure('unreachable') });
    const { deps, store } = depsWith(client, memoryStore(SESSION));
    await expect(withSession(deps, async () => failure('unauthorized'))).resolves.toEqual(
      failure('unreachable'),
    );
    expect(store.current).toEqual(SESSION);
  });

  it('shares one refresh between parallel requests', async () => {
    const client = fakeClient();
    const { deps } = depsWith(client, memoryStore(SESSION), SESSION.expiresAt);
    await Promise.all([1, 2, 3].map(() => withSession(deps, async () => ok(1))));
    expect(client.refreshGrant).toHaveBeenCalledOnce();
  });

  it('signs out by dropping the session', async () => {
    const { deps, store } = depsWith(fakeClient(), memoryStore(SESSION));
    await signOut(deps);
    expect(store.current).toBeNull();
  });

  it('reads back only a well-formed stored session', () => {
    expect(parseSession(SESSION)).toEqual(SESSION);
    expect(parseSession({ ...SESSION, refreshToken: null })).toEqual({
      ...SESSION,
      refreshToken: null,
    });
    for (const bad of [
      null,
      'x',
      { ...SESSION, origin: 'https://video.example/path' },
      {
        ...SESSION,
        accessToken: '',
      },
      { ...SESSION, expiresAt: 'soon' },
    ]) {
      expect(parseSession(bad)).toBeNull();
    }
  });
});
