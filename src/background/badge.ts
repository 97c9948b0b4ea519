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

export async function showAddressCount(
  tabId: number,
  frameId: number,
  count: number,
): Promise<void> {
  await update(frameCountsItem(tabId), async (frames) => {
    const next: Record<string, number> = { ...frames, [frameId]: count };
    const total = Object.values(next).reduce((sum, frameCount) => sum + frameCount, 0);
    // In the frames' turn, so two frames reporting at once never leave the older total shown.
    await Promise.all([
      browser.action.setBadgeText({ tabId, text: badgeText(total) }).catch(() => undefined),
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
