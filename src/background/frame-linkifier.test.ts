import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browserJustStarted, pastPolicyWait } from '../../test/support/policy';
import { plantLinkifierSeed } from '../linkify/linkifier-seed';
import { DEFAULT_SETTINGS, RULE_VERDICTS_KEY, SETTINGS_KEY } from '../settings';
import {
  LINKIFIER_SCRIPT,
  linkifierLoad,
  linkifySenderFrame,
  PAGE_WALKER_SCRIPT,
  PHONE_FINDER_SCRIPT,
} from './frame-linkifier';

describe('what a frame with a candidate gets', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  const filesNow = async () => (await pastPolicyWait(linkifierLoad())).files;

  it('is the linkifier alone, and the phone finder first while phone numbers are linked', async () => {
    expect(await filesNow()).toEqual([LINKIFIER_SCRIPT]);
    await fakeBrowser.storage.sync.set({
      [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, phoneCalls: true, phoneLinks: true },
    });
    expect(await filesNow()).toEqual([PHONE_FINDER_SCRIPT, LINKIFIER_SCRIPT]);
  });

  it('is decided right after the browser starts without waiting for the policy, on the one last read', async () => {
    await fakeBrowser.storage.sync.set({
      [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, phoneCalls: true, phoneLinks: true },
    });
    // The real policy would switch phone calls off, but has not answered (and never does here).
    await browserJustStarted({ phoneCalls: false }, {});
    expect(await filesNow()).toEqual([PHONE_FINDER_SCRIPT, LINKIFIER_SCRIPT]);
  });

  it('comes with a seed of the same settings, the rule verdicts and the title messages', async () => {
    await fakeBrowser.storage.sync.set({
      [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, knownServers: ['video.corp.example'] },
    });
    await browserJustStarted(
      { knownServers: ['policy.example'] },
      { knownServers: ['last.example'] },
    );
    const verdicts = { someRule: { safe: true } };
    await fakeBrowser.storage.local.set({ [RULE_VERDICTS_KEY]: verdicts });
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key) => `message ${key}`);
    const { seed } = await pastPolicyWait(linkifierLoad());
    expect(seed.settings.knownServers).toEqual(
      expect.arrayContaining(['video.corp.example', 'last.example']),
    );
    expect(seed.settings.knownServers).not.toContain('policy.example');
    expect(seed.verdicts).toEqual(verdicts);
    expect(seed.titleTemplates.describe_joinConference).toBe('message describe_joinConference');
  });
});

describe('loading the linkifier into the frame that asked', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('plants the seed, then the page-world helper, then the linkifier, waiting for none of them', async () => {
    const calls: unknown[] = [];
    const finish: (() => void)[] = [];
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((injection) => {
      calls.push(injection);
      // No injection has finished when the next is asked for.
      return new Promise((resolve) => finish.push(() => resolve([])));
    });
    const sender = {
      id: fakeBrowser.runtime.id,
      tab: { id: 7 } as never,
      frameId: 3,
      url: 'https://example.com/',
    };
    const loading = linkifySenderFrame(sender);
    await vi.waitFor(() => expect(calls).toHaveLength(3));
    for (const done of finish) done();
    await loading;
    const target = { tabId: 7, frameIds: [3] };
    expect(calls[0]).toMatchObject({
      target,
      func: plantLinkifierSeed,
      args: [expect.objectContaining({ settings: expect.any(Object) })],
    });
    expect(calls[1]).toMatchObject({ target, files: [PAGE_WALKER_SCRIPT], world: 'MAIN' });
    expect(calls[2]).toMatchObject({ target, files: [LINKIFIER_SCRIPT] });
    expect(calls[2]).not.toHaveProperty('world');
  });

  it('loads the linkifier even when the helper cannot be loaded (it then walks on its own)', async () => {
    const files: unknown[] = [];
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((injection) => {
      if ('files' in injection) files.push(injection.files);
      return injection.world === 'MAIN'
        ? Promise.reject(new Error('Cannot access contents of the page'))
        : Promise.resolve([]);
    });
    await linkifySenderFrame({
      id: fakeBrowser.runtime.id,
      tab: { id: 7 } as never,
      frameId: 0,
      url: 'https://example.com/',
    });
    expect(files).toEqual([[PAGE_WALKER_SCRIPT], [LINKIFIER_SCRIPT]]);
  });

  it('loads nothing for another extension or an extension page', async () => {
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
    await linkifySenderFrame({ id: 'someone-else', tab: { id: 7 } as never, frameId: 0 });
    await linkifySenderFrame({
      id: fakeBrowser.runtime.id,
      tab: { id: 7 } as never,
      frameId: 0,
      url: fakeBrowser.runtime.getURL('/popup.html'),
    });
    expect(inject).not.toHaveBeenCalled();
  });
});
