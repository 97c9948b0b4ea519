import { browser } from 'wxt/browser';

/** Extension pages (the popup) read a tab's count from storage.session under this key. */
export function addressCountKey(tabId: number): string {
  return `addressCount:${tabId}`;
}

/** Large counts are shortened so the badge stays readable. */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  if (count > 999) return '999+';
  return String(count);
}

/** Each frame of a tab reports its own count; the badge shows their sum. */
const countsByTab = new Map<number, Map<number, number>>();

export async function showAddressCount(
  tabId: number,
  frameId: number,
  count: number,
): Promise<void> {
  const frames = countsByTab.get(tabId) ?? new Map<number, number>();
  frames.set(frameId, count);
  countsByTab.set(tabId, frames);
  const total = [...frames.values()].reduce((sum, frameCount) => sum + frameCount, 0);
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: badgeText(total) }).catch(() => undefined),
    browser.storage.session.set({ [addressCountKey(tabId)]: total }).catch(() => undefined),
  ]);
}

export async function readAddressCount(tabId: number): Promise<number> {
  const stored = await browser.storage.session.get(addressCountKey(tabId));
  const count = stored[addressCountKey(tabId)];
  return typeof count === 'number' ? count : 0;
}

/** A new page in the tab starts from zero; a closed tab leaves nothing behind. */
export async function forgetTab(tabId: number): Promise<void> {
  countsByTab.delete(tabId);
  await browser.storage.session.remove(addressCountKey(tabId)).catch(() => undefined);
}
