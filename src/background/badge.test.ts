import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { badgeText, forgetTab, readAddressCount, showAddressCount } from './badge';

describe('badgeText', () => {
  it('shows nothing for no addresses, the count otherwise, shortened past 999', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(1)).toBe('1');
    expect(badgeText(999)).toBe('999');
    expect(badgeText(1000)).toBe('999+');
  });
});

describe('address counts per tab', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('add up the frames of a tab, each frame counted once, on the badge and for the popup', async () => {
    await Promise.all([showAddressCount(7, 0, 3), showAddressCount(7, 4, 2)]);
    await showAddressCount(7, 4, 1);
    await showAddressCount(8, 0, 5);
    expect(await readAddressCount(7)).toBe(4);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('4');
    expect(await readAddressCount(8)).toBe(5);
  });

  it('survive the service worker stopping: a frame reporting after it restarts adds to the rest', async () => {
    await showAddressCount(7, 0, 3);
    vi.resetModules();
    const restarted = await import('./badge');
    await restarted.showAddressCount(7, 4, 2);
    expect(await restarted.readAddressCount(7)).toBe(5);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('5');
  });

  it('start from zero once the tab is forgotten, and leave nothing stored', async () => {
    await showAddressCount(7, 0, 3);
    await forgetTab(7);
    expect(await readAddressCount(7)).toBe(0);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    await showAddressCount(7, 4, 2);
    expect(await readAddressCount(7)).toBe(2);
  });
});
