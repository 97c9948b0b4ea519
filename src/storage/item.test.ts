import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defineItem, getValue, removeValue, setValue, update, watch } from './item';
import { readManagedArea, watchManagedArea } from './managed';

/** A list of names: anything that is not a list of strings reads as the empty list. */
const names = defineItem<string[]>('local', 'names', (stored) =>
  Array.isArray(stored) ? stored.filter((name): name is string => typeof name === 'string') : [],
);

/** A parser that trusts what it reads, as a careless one might. */
const total = defineItem<number>('session', 'total', (stored) => {
  if (stored === undefined) return 0;
  return (stored as { value: number }).value;
});

beforeEach(() => {
  fakeBrowser.reset();
});

describe('storage items', () => {
  it('read their default while nothing is stored, and what was written after', async () => {
    expect(await getValue(names)).toEqual([]);
    await setValue(names, ['smith']);
    expect(await getValue(names)).toEqual(['smith']);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ names: ['smith'] });
    await removeValue(names);
    expect(await getValue(names)).toEqual([]);
  });

  it('read corrupt stored values as their default, even when the parser throws', async () => {
    await fakeBrowser.storage.local.set({ names: 'not a list' });
    expect(await getValue(names)).toEqual([]);
    await fakeBrowser.storage.local.set({ names: ['smith', 5, null] });
    expect(await getValue(names)).toEqual(['smith']);
    await fakeBrowser.storage.session.set({ total: null });
    expect(await getValue(total)).toBe(0);
  });

  it('keep every one of many concurrent updates', async () => {
    const added = Array.from({ length: 20 }, (_, index) => `user${index}`);
    await Promise.all(added.map((name) => update(names, (list) => [...list, name])));
    expect(await getValue(names)).toEqual(added);
  });

  it('run a write started during an update after it, not under it', async () => {
    const updating = update(names, async (list) => {
      await new Promise((resolve) => setTimeout(resolve, 10));
      return [...list, 'first'];
    });
    const setting = setValue(names, ['second']);
    const appending = update(names, (list) => [...list, 'third']);
    await Promise.all([updating, setting, appending]);
    expect(await getValue(names)).toEqual(['second', 'third']);
  });

  it('store nothing when the change says so or fails, and go on with the next', async () => {
    await setValue(names, ['smith']);
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    expect(await update(names, () => undefined)).toBeUndefined();
    await expect(
      update(names, () => {
        throw new Error('no');
      }),
    ).rejects.toThrow('no');
    expect(set).not.toHaveBeenCalled();
    expect(await update(names, (list) => [...list, 'jones'])).toEqual(['smith', 'jones']);
  });

  it('reject an update whose write fails, and keep the value as it was', async () => {
    await setValue(names, ['smith']);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('quota'));
    await expect(update(names, (list) => [...list, 'jones'])).rejects.toThrow('quota');
    expect(await getValue(names)).toEqual(['smith']);
  });

  it('tell watchers each new value, parsed, until they stop', async () => {
    const seen: string[][] = [];
    const stop = watch(names, (list) => seen.push(list));
    await setValue(names, ['smith']);
    await fakeBrowser.storage.local.set({ names: ['jones', 7] });
    await fakeBrowser.storage.sync.set({ names: ['other area'] });
    await fakeBrowser.storage.local.set({ other: ['other key'] });
    await removeValue(names);
    stop();
    await setValue(names, ['after']);
    expect(seen).toEqual([['smith'], ['jones'], []]);
  });
});

describe('managed storage', () => {
  it('reads as a whole, and as empty when the browser refuses', async () => {
    await fakeBrowser.storage.managed.set({ defaultServer: 'video.corp.example' });
    expect(await readManagedArea()).toEqual({ defaultServer: 'video.corp.example' });
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('no manifest'));
    expect(await readManagedArea()).toEqual({});
  });

  it('tells watchers about policy changes only', async () => {
    const onChange = vi.fn();
    const stop = watchManagedArea(onChange);
    await fakeBrowser.storage.sync.set({ settings: {} });
    await fakeBrowser.storage.managed.set({ defaultServer: 'video.corp.example' });
    stop();
    await fakeBrowser.storage.managed.set({ defaultServer: 'other.corp.example' });
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
