import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { launchUri } from './launcher';

describe('launchUri', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('navigates the tab that asked to the URI and says it was handed to TrueConf', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://intranet.example/' });
    const update = vi.spyOn(fakeBrowser.tabs, 'update');
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const result = await launchUri('trueconf:smith@conf.company.com', tab.id);
    expect(result).toEqual({
      ok: true,
      uri: 'trueconf:smith@conf.company.com',
      outcome: 'handed-to-trueconf',
    });
    expect(update).toHaveBeenCalledExactlyOnceWith(tab.id, {
      url: 'trueconf:smith@conf.company.com',
    });
    expect(create).not.toHaveBeenCalled();
  });

  it('uses the active tab when the asking tab is gone', async () => {
    const active = await fakeBrowser.tabs.create({ url: 'https://active.example/' });
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([
      { ...active, active: true, highlighted: true, incognito: false, pinned: false, index: 0 },
    ]);
    const update = vi.spyOn(fakeBrowser.tabs, 'update');
    await launchUri('trueconf:\\c\\4154248070', 9999);
    expect(update).toHaveBeenCalledExactlyOnceWith(active.id, { url: 'trueconf:\\c\\4154248070' });
  });

  it('falls back to a background tab, closed afterwards, only when no tab can be used', async () => {
    vi.useFakeTimers();
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([]);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const remove = vi.spyOn(fakeBrowser.tabs, 'remove');
    const result = await launchUri('trueconf:smith');
    expect(result.ok).toBe(true);
    expect(create).toHaveBeenCalledExactlyOnceWith({ url: 'trueconf:smith', active: false });
    expect(remove).not.toHaveBeenCalled();
    await vi.runAllTimersAsync();
    const helperId = (await create.mock.results[0]?.value)?.id;
    expect(remove).toHaveBeenCalledExactlyOnceWith(helperId);
  });

  it('refuses what is not a valid trueconf: URI and touches no tab', async () => {
    const update = vi.spyOn(fakeBrowser.tabs, 'update');
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    expect(await launchUri('javascript:alert(1)')).toEqual({
      ok: false,
      error: 'not-a-trueconf-uri',
    });
    expect(await launchUri('https://example.com/')).toEqual({
      ok: false,
      error: 'not-a-trueconf-uri',
    });
    expect(await launchUri('trueconf:[user]@[server]')).toEqual({
      ok: false,
      error: 'invalid-uri',
    });
    expect(update).not.toHaveBeenCalled();
    expect(create).not.toHaveBeenCalled();
  });
});
