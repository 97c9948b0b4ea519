import type { Browser } from 'wxt/browser';
import { addressCountItem, readAddressCount } from '../background/badge';
import {
  followSettings,
  isHostListed,
  loadSettings,
  updateSettings,
  type LoadedSettings,
} from '../settings';
import { watch } from '../storage';
import { messagesLanguage, translate } from '../i18n/translate';
import { pluralKey } from '../i18n/plural';
import { isLinkingOn, siteHostOf, withSiteLinking } from './site-linking';
import { findPageHost } from './target-tab';
import type { PopupView } from './view';

/**
 * "This page": how many TrueConf addresses the content script found in the tab, and a switch
 * that turns linking off and on for the tab's site. The content script watches the settings and
 * reacts at once; the count arrives back through storage.session.
 */

/** A site switched off by the administrator cannot be switched on here. */
function isManagedOff(loaded: LoadedSettings, host: string): boolean {
  if (loaded.locked.includes('disabledSites')) return true;
  const managed = loaded.policy.managedEntries.disabledSites ?? [];
  return isHostListed(host, managed);
}

function showCount(view: PopupView, count: number): void {
  view.siteCount.textContent = translate(pluralKey('popup_site_count', count, messagesLanguage()), [
    String(count),
  ]);
}

function showSwitch(view: PopupView, loaded: LoadedSettings, host: string): void {
  const on = isLinkingOn(loaded.settings, host);
  const managed = isManagedOff(loaded, host);
  view.siteSwitch.checked = on;
  view.siteSwitch.disabled = managed;
  view.siteNote.hidden = !managed;
  view.siteNote.textContent = managed ? translate('popup_site_managed') : '';
}

export async function startSitePanel(
  view: PopupView,
  tab: Browser.tabs.Tab | undefined,
): Promise<void> {
  const tabId = tab?.id;
  if (!tab || tabId === undefined) return;
  // Extension and browser pages get no content script: nothing is found there, nothing to switch.
  if (tab.url !== undefined && siteHostOf(tab.url) === null) return;
  view.site.hidden = false;
  view.siteSwitchLabel.hidden = true;
  showCount(view, await readAddressCount(tabId));
  watch(addressCountItem(tabId), (count) => showCount(view, count));

  // Without a host (the browser did not share the URL, nobody answered) there is no site to switch.
  const host = await findPageHost(tab);
  if (host === null) return;
  view.siteSwitchText.textContent = translate('popup_site_switch', [host]);
  await followSettings((loaded) => showSwitch(view, loaded, host));
  view.siteSwitchLabel.hidden = false;
  view.siteSwitch.addEventListener('change', () => {
    const on = view.siteSwitch.checked;
    updateSettings((settings) => withSiteLinking(settings, host, on)).catch(async () => {
      showSwitch(view, await loadSettings(), host);
      view.siteNote.hidden = false;
      view.siteNote.textContent = translate('popup_site_save_failed');
    });
  });
}
