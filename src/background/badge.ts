import { browser } from 'wxt/browser';

/** Large counts are shortened so the badge stays readable. */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  if (count > 999) return '999+';
  return String(count);
}

export async function showAddressCount(tabId: number, count: number): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: badgeText(count) }).catch(() => undefined);
}
