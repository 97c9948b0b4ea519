import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { buildUri } from '../protocol';
import { clearHistory, readHistory, recordLaunch, trimHistory } from './history';

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

  it('keeps no token, key, secret or address password: in storage, in what it shows, on reading', async () => {
    const leaky = [
      'trueconf:smith&token=tK9marker&Key=tK9marker&api_secret=tK9marker&room=5',
      'trueconf:smith&PWD=tK9marker&pass=tK9marker&Passwd=tK9marker',
      'trueconf:#sip:alice:tK9marker@10.0.0.5',
      'trueconf:#rtsp:%2f%2fadmin:tK9marker@cam.example.com:554%2flive%3Fchannel%3D1%26token%3DtK9marker',
    ];
    for (const uri of leaky)
      await recordLaunch({ uri, origin: 'page', pageOrigin: 'https://x.example' });
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('tK9marker');
    expect((await readHistory()).map((entry) => entry.uri)).toEqual([
      'trueconf:#rtsp:%2f%2fadmin@cam.example.com:554%2flive%3Fchannel%3D1',
      'trueconf:#sip:alice@10.0.0.5',
      'trueconf:smith',
      'trueconf:smith&room=5',
    ]);

    // What an older release stored is shown (and so exported) without its credentials.
    await fakeBrowser.storage.local.set({
      history: [
        {
          time: 1,
          kind: 'callString',
          uri: 'trueconf:#sip:bob:tK9marker@sip.example.com&token=tK9marker',
          description: {
            key: 'describe_callString',
            substitutions: ['#sip:bob:tK9marker@sip.example.com'],
          },
          origin: 'page',
          result: 'handed-to-trueconf',
        },
      ],
    });
    const [old] = await readHistory();
    expect(JSON.stringify(old)).not.toContain('tK9marker');
    expect(old?.uri).toBe('trueconf:#sip:bob@sip.example.com');
  });
});

describe('trimHistory', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('forgets at once the calls beyond a smaller limit, newest kept', async () => {
    for (const login of ['a', 'b', 'c'])
      await recordLaunch({ uri: `trueconf:${login}`, origin: 'popup' });
    await trimHistory(1);
    expect((await readHistory()).map((entry) => entry.uri)).toEqual(['trueconf:c']);
    await trimHistory(0);
    expect(await readHistory()).toEqual([]);
  });
});
