import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { buildUri } from '../protocol';
import { clearHistory, readHistory, recordLaunch } from './history';

describe('launch history', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('records each launch newest first with what, when, where from, and the honest result', async () => {
    await recordLaunch({ uri: 'trueconf:smith', origin: 'popup', time: 1 });
    await recordLaunch({
      uri: 'trueconf:\\c\\4154248070@video.example.com%23vcs',
      origin: 'page',
      pageOrigin: 'https://intranet.example',
      time: 2,
    });
    const history = await readHistory();
    expect(history).toHaveLength(2);
    expect(history[0]).toEqual({
      time: 2,
      kind: 'conference',
      uri: 'trueconf:\\c\\4154248070@video.example.com%23vcs',
      description: expect.objectContaining({ key: expect.any(String) }),
      origin: 'page',
      pageOrigin: 'https://intranet.example',
      result: 'handed-to-trueconf',
    });
    expect(history[1]?.uri).toBe('trueconf:smith');
  });

  it('names the kind of each call, a sign-in included', async () => {
    await recordLaunch({
      uri: 'trueconf:login=user&password=x&encrypt=1&force=1',
      origin: 'popup',
    });
    await recordLaunch({ uri: 'trueconf:smith&conftype=hotquery', origin: 'popup' });
    await recordLaunch({ uri: 'trueconf:', origin: 'popup' });
    expect((await readHistory()).map((entry) => entry.kind)).toEqual([
      'launch',
      'moderatorConference',
      'signIn',
    ]);
  });

  it('keeps only the newest entries up to the limit', async () => {
    for (let index = 0; index < 5; index++) {
      await recordLaunch({ uri: `trueconf:user${index}`, origin: 'popup' }, 3);
    }
    expect((await readHistory()).map((entry) => entry.uri)).toEqual([
      'trueconf:user4',
      'trueconf:user3',
      'trueconf:user2',
    ]);
  });

  it('can be cleared', async () => {
    await recordLaunch({ uri: 'trueconf:smith', origin: 'popup' });
    await clearHistory();
    expect(await readHistory()).toEqual([]);
  });

  it('drops corrupt stored entries instead of failing', async () => {
    await fakeBrowser.storage.local.set({ history: [{ uri: 5 }, 'junk', null] });
    expect(await readHistory()).toEqual([]);
    await fakeBrowser.storage.local.set({ history: 'not a list' });
    expect(await readHistory()).toEqual([]);
  });

  it('fills in the kind of an entry stored without one', async () => {
    await fakeBrowser.storage.local.set({
      history: [
        {
          time: 1,
          uri: 'trueconf:smith',
          description: { key: 'describe_callUser', substitutions: ['smith'] },
          origin: 'popup',
          result: 'handed-to-trueconf',
        },
      ],
    });
    expect((await readHistory())[0]?.kind).toBe('user');
  });

  it('keeps every one of several launches recorded at the same moment', async () => {
    await Promise.all(
      ['trueconf:smith', 'trueconf:jones', 'trueconf:\\c\\4154248070'].map((uri) =>
        recordLaunch({ uri, origin: 'popup' }),
      ),
    );
    expect((await readHistory()).map((entry) => entry.uri)).toEqual([
      'trueconf:\\c\\4154248070',
      'trueconf:jones',
      'trueconf:smith',
    ]);
  });

  it('records nothing for something that is not a valid trueconf: URI', async () => {
    expect(await recordLaunch({ uri: 'trueconf:[user]', origin: 'popup' })).toBeNull();
    expect(await readHistory()).toEqual([]);
  });

  it('never lets a password reach storage', async () => {
    // A marker no other stored text contains makes any leak of the password visible.
    const password = fc
      .string({ maxLength: 24, unit: 'grapheme' })
      .map((rest) => `pW9marker${rest}`);
    await fc.assert(
      fc.asyncProperty(password, fc.boolean(), async (secret, withTarget) => {
        fakeBrowser.reset();
        const uri = buildUri({
          target: withTarget
            ? { type: 'conference', id: '737734033583', server: 'video.example.com' }
            : null,
          signIn: {
            server: 'truevideo.example.com',
            login: 'user',
            password: secret,
            encrypt: true,
            force: true,
          },
          autoclose: false,
          unknownParameters: [],
        });
        await recordLaunch({ uri, origin: 'page', pageOrigin: 'https://intranet.example' });
        const stored = JSON.stringify(await fakeBrowser.storage.local.get(null));
        expect(stored).not.toContain('pW9marker');
        expect(stored).not.toContain('password');
      }),
      { numRuns: 60 },
    );
  });
});
