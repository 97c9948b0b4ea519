import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildUri, parseUri, type Command, type Target } from '../protocol';
import {
  addFavourite,
  FAVOURITES_KEY,
  moveFavourite,
  readFavourites,
  removeFavourite,
  renameFavourite,
  watchFavourites,
} from './store';

async function stored(): Promise<unknown> {
  return (await fakeBrowser.storage.sync.get(FAVOURITES_KEY))[FAVOURITES_KEY];
}

describe('the favourites store', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('starts empty and adds, renames, reorders and removes, in storage.sync', async () => {
    expect(await readFavourites()).toEqual([]);
    const smith = await addFavourite({ name: 'Smith', uri: 'trueconf:smith' });
    const room = await addFavourite({ name: 'Room', uri: 'trueconf:\\c\\4154248070' });
    if (!smith.ok || !room.ok) throw new Error('add failed');
    expect((await readFavourites()).map((favourite) => favourite.name)).toEqual(['Smith', 'Room']);

    await renameFavourite(room.favourite.id, 'Daily stand-up');
    await moveFavourite(room.favourite.id, 0);
    expect(await readFavourites()).toEqual([
      { id: room.favourite.id, name: 'Daily stand-up', uri: 'trueconf:\\c\\4154248070' },
      { id: smith.favourite.id, name: 'Smith', uri: 'trueconf:smith' },
    ]);
    expect(await stored()).toEqual(await readFavourites());

    await removeFavourite(room.favourite.id);
    expect((await readFavourites()).map((favourite) => favourite.name)).toEqual(['Smith']);
  });

  it('reads corrupt storage as an empty list, and a change then starts from that', async () => {
    await fakeBrowser.storage.sync.set({ [FAVOURITES_KEY]: '{"broken json' });
    expect(await readFavourites()).toEqual([]);
    await fakeBrowser.storage.sync.set({ [FAVOURITES_KEY]: { a: 1 } });
    expect(await readFavourites()).toEqual([]);
    const result = await addFavourite({ name: 'Smith', uri: 'trueconf:smith' });
    expect(result.ok).toBe(true);
    expect(await stored()).toEqual([expect.objectContaining({ uri: 'trueconf:smith' })]);
  });

  it('reports a failed write and keeps the list as it was', async () => {
    await addFavourite({ name: 'Smith', uri: 'trueconf:smith' });
    const before = await readFavourites();
    const original = fakeBrowser.storage.sync.set;
    fakeBrowser.storage.sync.set = () =>
      Promise.reject(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    try {
      expect(await addFavourite({ name: 'Room', uri: 'trueconf:\\c\\1234567890' })).toEqual({
        ok: false,
        error: 'storage-failed',
      });
    } finally {
      fakeBrowser.storage.sync.set = original;
    }
    expect(await readFavourites()).toEqual(before);
  });

  it('keeps every one of several favourites added at once', async () => {
    await Promise.all(
      ['smith', 'jones', 'brown'].map((login) =>
        addFavourite({ name: login, uri: `trueconf:${login}` }),
      ),
    );
    expect((await readFavourites()).map((favourite) => favourite.name)).toEqual([
      'smith',
      'jones',
      'brown',
    ]);
  });

  it('tells watchers about changes made elsewhere, validated', async () => {
    const seen: unknown[] = [];
    const stop = watchFavourites((list) => seen.push(list));
    await fakeBrowser.storage.sync.set({
      [FAVOURITES_KEY]: [{ id: 'x', name: 'Me', uri: 'trueconf:login=me&password=secret' }],
    });
    stop();
    await fakeBrowser.storage.sync.set({ [FAVOURITES_KEY]: [] });
    expect(seen).toEqual([[{ id: 'x', name: 'Me', uri: 'trueconf:login=me' }]]);
  });
});

const login = fc.stringMatching(/^[a-z][a-z0-9._-]{0,15}$/);
const server = fc.constantFrom(null, 'video.example.com', '10.0.0.5', 'tc.acme.example:4307');
const target: fc.Arbitrary<Target> = fc.oneof(
  fc.record({ type: fc.constant('user' as const), login, server }),
  fc.record({ type: fc.constant('moderatorConference' as const), login, server }),
  fc.record({
    type: fc.constant('conference' as const),
    id: fc.stringMatching(/^[0-9]{10,12}$/),
    server,
  }),
  fc.record({
    type: fc.constant('rtsp' as const),
    address: fc
      .tuple(login, fc.string({ minLength: 1, maxLength: 12 }))
      .map(([user, password]) => `//${user}:${encodeURIComponent(password)}@cam.example:554`),
  }),
);
/** Passwords of every kind, including ones that look like other parameters. */
const password = fc.oneof(
  fc.string({ minLength: 1, maxLength: 24 }),
  fc.constantFrom('pswd', 'a&b=c', '%26', 'x&password=y', 'пароль', '#vcs'),
);

describe('no password is ever stored', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('holds for any call with any sign-in password added as a favourite', async () => {
    await fc.assert(
      fc.asyncProperty(
        target,
        login,
        password,
        fc.boolean(),
        async (callTarget, signInLogin, secret, autoclose) => {
          fakeBrowser.reset();
          const command: Command = {
            target: callTarget,
            signIn: {
              server: null,
              login: signInLogin,
              password: secret,
              encrypt: true,
              force: true,
            },
            autoclose,
            unknownParameters: [],
          };
          let uri: string;
          try {
            uri = buildUri(command);
          } catch {
            return; // a password the protocol cannot encode (a lone surrogate) is no input here
          }
          await addFavourite({ name: 'Anything', uri });
          const raw = JSON.stringify(await stored());
          expect(raw).not.toContain('password=');
          for (const favourite of await readFavourites()) {
            const parsed = parseUri(favourite.uri);
            expect(parsed.ok && parsed.command.signIn?.password).toBeFalsy();
            if (parsed.ok && parsed.command.target?.type === 'rtsp') {
              expect(parsed.command.target.address).not.toMatch(/:[^/@]*@/);
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('holds for anything found in storage', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            id: fc.stringMatching(/^[a-z0-9]{1,8}$/),
            name: fc.string({ maxLength: 20 }),
            uri: fc
              .tuple(login, password)
              .map(
                ([user, secret]) =>
                  `trueconf:login=${user}&password=${encodeURIComponent(secret)}&encrypt=1`,
              ),
          }),
          { maxLength: 5 },
        ),
        async (list) => {
          fakeBrowser.reset();
          await fakeBrowser.storage.sync.set({ [FAVOURITES_KEY]: list });
          for (const favourite of await readFavourites()) {
            expect(favourite.uri).not.toContain('password=');
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
