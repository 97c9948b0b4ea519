import { browser, type Browser } from 'wxt/browser';
import { sendToTab } from '../messaging/send';
import { siteHostOf } from './site-linking';

/**
 * The popup is about one tab: normally the active tab of the last focused window. When the popup
 * is opened as a page of its own (the real-browser tests do, and so can a window opened from the
 * keyboard), that active tab would be the popup itself, so `?tab=<id>` names the tab instead.
 */
export function requestedTabId(search: string): number | undefined {
  const value = new URLSearchParams(search).get('tab');
  if (value === null || !/^\d{1,10}$/.test(value)) return undefined;
  return Number(value);
}

export async function findTargetTab(search: string): Promise<Browser.tabs.Tab | undefined> {
  const requested = requestedTabId(search);
  if (requested !== undefined) return browser.tabs.get(requested).catch(() => undefined);
  const [active] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return active;
}

/** How long the tab's content script gets to answer before the switch stays hidden. */
const PAGE_HOST_TIMEOUT_MS = 1500;

/**
 * The host name of the tab's page, or null. `activeTab` shows the tab's URL only after the user
 * clicked the toolbar button; otherwise (a popup opened as a page with `?tab=`) the page's own
 * content script is asked, in the top frame. Pages without it (browser pages, the web store)
 * give no answer, and then there is no site to switch.
 */
export async function findPageHost(tab: Browser.tabs.Tab): Promise<string | null> {
  const fromUrl = siteHostOf(tab.url);
  if (fromUrl !== null || tab.id === undefined || tab.url !== undefined) return fromUrl;
  const answer = sendToTab(tab.id, { type: 'get-page-host' }, { frameId: 0 }).catch(() => null);
  const timeout = new Promise<null>((resolve) =>
    setTimeout(() => resolve(null), PAGE_HOST_TIMEOUT_MS),
  );
  const host = await Promise.race([answer, timeout]);
  return host !== null ? siteHostOf(`https://${host}/`) : null;
}
