import { browser } from 'wxt/browser';
import {
  moveFavourite,
  readFavourites,
  removeFavourite,
  renameFavourite,
  watchFavourites,
  type StoreResult,
} from '../favourites';
import { historyItem, readHistory } from '../history/history';
import { followSettings, knownServersOf, type LoadedSettings } from '../settings';
import { browserUiLanguage } from '../phone/ui-language';
import { watch } from '../storage';
import {
  renderFavourites,
  renderRecent,
  wireListNavigation,
  type FavouriteActions,
} from './call-lists';
import { applyDocumentLanguage, applyTranslations } from '../ui/i18n';
import { QuickDial } from './quick-dial';
import { startServerPanel } from './server-panel';
import type { PopupPhone } from './phone-reading';
import { startSitePanel } from './site-panel';
import { findTargetTab } from './target-tab';
import { buildPopupView, type PopupView } from './view';
import { uriInWords } from '../i18n/command-words';
import { markReady, POPUP_FIELD_FOCUSED_MARK } from '../ui/ready-marks';

function favouriteActions(dial: QuickDial): FavouriteActions {
  const report = (result: Promise<StoreResult>) =>
    void result.then((outcome) => dial.sayFavouriteError(outcome));
  return {
    call: (uri) => void dial.launch(uri, uriInWords(uri)),
    rename: (id, name) => report(renameFavourite(id, name)),
    remove: (id) => report(removeFavourite(id)),
    move: (id, toIndex) => report(moveFavourite(id, toIndex)),
  };
}

async function showLists(view: PopupView, dial: QuickDial): Promise<void> {
  const actions = favouriteActions(dial);
  const { call } = actions;
  renderFavourites(view, await readFavourites(), actions);
  watchFavourites((list) => renderFavourites(view, list, actions));
  renderRecent(view, await readHistory(), call);
  // The background records each launch; the list follows without reopening the popup.
  watch(historyItem, (history) => renderRecent(view, history, call));
}

function popupPhoneOf({ settings, locked }: LoadedSettings): PopupPhone {
  return {
    phoneCalls: settings.phoneCalls,
    phoneDialFormat: settings.phoneDialFormat,
    phoneCountry: settings.phoneCountry,
    locked: locked.includes('phoneCalls'),
    uiLanguage: browserUiLanguage(),
  };
}

/** Opens the options page at its phone calls section, and closes the popup. */
function openPhoneSettings(): void {
  void browser.tabs
    .create({ url: browser.runtime.getURL('/options.html#phone-calls') })
    .then(() => window.close());
}

/** Resolves once the settings are first shown; follows them after that. */
async function useSettings(view: PopupView, dial: QuickDial): Promise<void> {
  let prefilled = '';
  await followSettings((loaded) => {
    const { settings } = loaded;
    // Prefilled, not used on its own: the sign-in only counts once a login or password is typed.
    // A server the user typed stays; one put there follows the settings.
    if (view.signInServer.value === prefilled) {
      view.signInServer.value = settings.defaultServer;
      prefilled = settings.defaultServer;
    }
    dial.setKnownServers(knownServersOf(settings));
    dial.setPhone(popupPhoneOf(loaded));
  });
}

/**
 * Builds the quick dial into `mount`. `search` is the page's query string: `?tab=<id>` names the
 * tab the "this page" part is about (see target-tab.ts).
 */
export async function startPopup(mount: HTMLElement, search: string): Promise<void> {
  const doc = mount.ownerDocument;
  const view = buildPopupView(doc);
  applyDocumentLanguage(doc, 'popup_title');
  applyTranslations(view.root);
  mount.replaceChildren(view.root);
  const dial = new QuickDial(view);
  dial.onOpenPhoneSettings = openPhoneSettings;
  dial.start();
  wireListNavigation(view);
  view.address.focus();
  // The user can type from here on: what the benchmark times as the popup's opening.
  markReady(POPUP_FIELD_FOCUSED_MARK);
  // Each part stands alone: a failing one must not take the field and the Call button with it.
  await Promise.allSettled([
    useSettings(view, dial),
    showLists(view, dial),
    findTargetTab(search).then((tab) => startSitePanel(view, tab)),
    startServerPanel(view, dial),
  ]);
  // Everything stored is on screen now; the real-browser tests wait for this mark.
  doc.documentElement.dataset.ready = 'true';
}
