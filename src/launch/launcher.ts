import { browser } from 'wxt/browser';
import { parseUri } from '../protocol';

/**
 * The one way every feature launches TrueConf. The browser hands a `trueconf:` navigation to the
 * OS; no browser says whether an app took it, so success means "handed to TrueConf", nothing more.
 */

export type LaunchResult =
  { ok: true; uri: string; outcome: 'handed-to-trueconf' } | { ok: false; error: LaunchError };

export type LaunchError = 'not-a-trueconf-uri' | 'invalid-uri' | 'no-tab' | 'browser-refused';

/** Long enough for the browser to pass the URI to the OS before the helper tab goes away. */
const HELPER_TAB_LIFETIME_MS = 3000;

async function findUsableTab(preferredTabId: number | undefined): Promise<number | undefined> {
  if (preferredTabId !== undefined) {
    const tab = await browser.tabs.get(preferredTabId).catch(() => undefined);
    if (tab?.id !== undefined && !tab.discarded) return tab.id;
  }
  const [active] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (active?.id !== undefined && !active.discarded) return active.id;
  return undefined;
}

/**
 * Navigating an existing tab to the URI keeps its page (external protocols never commit) and lets
 * Chromium remember "always allow" for the extension's origin; a new tab has no origin, so it is
 * only the fallback when no tab can be used, and it is closed again.
 */
export async function launchUri(uri: string, preferredTabId?: number): Promise<LaunchResult> {
  if (!uri.startsWith('trueconf:')) return { ok: false, error: 'not-a-trueconf-uri' };
  if (!parseUri(uri).ok) return { ok: false, error: 'invalid-uri' };
  try {
    const tabId = await findUsableTab(preferredTabId);
    if (tabId !== undefined) {
      await browser.tabs.update(tabId, { url: uri });
    } else {
      const helper = await browser.tabs.create({ url: uri, active: false });
      if (helper.id === undefined) return { ok: false, error: 'no-tab' };
      const helperId = helper.id;
      setTimeout(
        () => void browser.tabs.remove(helperId).catch(() => undefined),
        HELPER_TAB_LIFETIME_MS,
      );
    }
  } catch {
    return { ok: false, error: 'browser-refused' };
  }
  return { ok: true, uri, outcome: 'handed-to-trueconf' };
}
