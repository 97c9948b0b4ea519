import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  badgeText,
  forgetTab,
  readAddressCount,
  showAddressCount,
  showCountdown,
  tabBadgeText,
} from './badge';

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

describe('the countdown to the next conference', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('takes a tab’s badge over its address count while it runs, and gives it back after', async () => {
    expect(tabBadgeText(3, '')).toBe('3');
    expect(tabBadgeText(3, '12m')).toBe('12m');
    expect(tabBadgeText(0, '')).toBe('');
    const first = await fakeBrowser.tabs.create({ url: 'https://a.example/' });
    const second = await fakeBrowser.tabs.create({ url: 'https://b.example/' });
    const [seven, eight] = [first.id as number, second.id as number];
    await showAddressCount(seven, 0, 3);
    await showCountdown('12m', 'Weekly planning in 12 min');
    expect(await fakeBrowser.action.getBadgeText({})).toBe('12m');
    expect(await fakeBrowser.action.getBadgeText({ tabId: seven })).toBe('12m');
    // A count reported while the countdown runs yields to it too.
    await showAddressCount(eight, 0, 2);
    expect(await fakeBrowser.action.getBadgeText({ tabId: eight })).toBe('12m');
    await showCountdown('', 'Click-to-Call for TrueConf');
    expect(await fakeBrowser.action.getBadgeText({ tabId: seven })).toBe('3');
    expect(await fakeBrowser.action.getBadgeText({ tabId: eight })).toBe('2');
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });
});
