import { browser } from 'wxt/browser';
import { defineItem, getValue, removeValue, setValue, update, type StorageItem } from '../storage';

/** Extension pages (the popup) read and watch a tab's count from storage.session. */
export function addressCountItem(tabId: number): StorageItem<number> {
  return defineItem('session', `addressCount:${tabId}`, (stored) =>
    typeof stored === 'number' ? stored : 0,
  );
}

/**
 * Each frame of a tab reports its own count; the badge shows their sum. Kept in storage.session,
 * not in the service worker's memory: the browser stops the worker when idle, and a frame that
 * reports after it restarts must still be added to the others.
 */
function frameCountsItem(tabId: number): StorageItem<Record<string, number>> {
  return defineItem('session', `addressCountByFrame:${tabId}`, (stored) => {
    if (typeof stored !== 'object' || stored === null) return {};
    return Object.fromEntries(
      Object.entries(stored).filter((entry): entry is [string, number] => {
        return typeof entry[1] === 'number';
      }),
    );
  });
}

/** Large counts are shortened so the badge stays readable. */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  if (count > 999) return '999+';
  return String(count);
}

/**
 * The countdown to the next conference (`12m`; docs/server.md, "Toolbar badge"), '' when none is
 * shown. Kept in storage.session so a tab's count written later still yields to it.
 */
export const countdownItem = defineItem<string>('session', 'conferenceCountdown', (stored) =>
  typeof stored === 'string' && stored.length <= 4 ? stored : '',
);

/** What a tab's badge says: the countdown, in the last hour before a conference, else its count. */
export function tabBadgeText(count: number, countdown: string): string {
  return countdown !== '' ? countdown : badgeText(count);
}

/**
 * Shows `countdown` ('' for none) on the toolbar icon: as the default for every tab, and over the
 * count of each tab that has one (a tab's own text would otherwise hide the default).
 */
export async function showCountdown(countdown: string, title: string): Promise<void> {
  await setValue(countdownItem, countdown).catch(() => undefined);
  await Promise.all([
    browser.action.setBadgeText({ text: countdown }).catch(() => undefined),
    browser.action.setTitle({ title }).catch(() => undefined),
  ]);
  const tabs = await browser.tabs.query({}).catch(() => []);
  await Promise.all(
    tabs.map(async ({ id: tabId }) => {
      if (tabId === undefined) return;
      const count = await readAddressCount(tabId).catch(() => 0);
      if (count <= 0) return;
      await browser.action
        .setBadgeText({ tabId, text: tabBadgeText(count, countdown) })
        .catch(() => undefined);
    }),
  );
}

export async function showAddressCount(
  tabId: number,
  frameId: number,
  count: number,
): Promise<void> {
  await update(frameCountsItem(tabId), async (frames) => {
    const next: Record<string, number> = { ...frames, [frameId]: count };
    const total = Object.values(next).reduce((sum, frameCount) => sum + frameCount, 0);
    const countdown = await getValue(countdownItem).catch(() => '');
    // In the frames' turn, so two frames reporting at once never leave the older total shown.
    await Promise.all([
      browser.action
        .setBadgeText({ tabId, text: tabBadgeText(total, countdown) })
        .catch(() => undefined),
      setValue(addressCountItem(tabId), total).catch(() => undefined),
    ]);
    return next;
  }).catch(() => undefined);
}

export function readAddressCount(tabId: number): Promise<number> {
  return getValue(addressCountItem(tabId));
}

/** A new page in the tab starts from zero; a closed tab leaves nothing behind. */
export async function forgetTab(tabId: number): Promise<void> {
  await Promise.all([
    removeValue(frameCountsItem(tabId)).catch(() => undefined),
    removeValue(addressCountItem(tabId)).catch(() => undefined),
  ]);
}
