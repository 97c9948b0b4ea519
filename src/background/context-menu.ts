import { browser, type Browser } from 'wxt/browser';
import { buildUri, canonicalizeFoundUri, isKnownServerWebLink, readLinkHref } from '../protocol';
import { translate } from '../i18n/translate';
import { sendToTab } from '../messaging/send';
import { knownServersOf, loadSettings } from '../settings';
import { requestLaunch } from './launch-service';
import { pageOriginOf } from './page-origin';
import { selectionCallUri } from './phone-call';

/**
 * Chromium cannot ask an extension before it shows a context menu, so the content script
 * reports the selection and the link under the pointer as they change, and the items are shown
 * only while what they would call is a TrueConf address (or, while phone calls are on, a phone
 * number).
 */

export const MENU_CALL_SELECTION = 'call-selection';
export const MENU_CALL_LINK = 'call-link';
export const MENU_COPY_LINK = 'copy-link';

export function createContextMenus(): void {
  browser.contextMenus.removeAll().then(
    () => {
      browser.contextMenus.create({
        id: MENU_CALL_SELECTION,
        contexts: ['selection'],
        title: translate('menuCallSelection', ['%s']),
        visible: false,
      });
      browser.contextMenus.create({
        id: MENU_CALL_LINK,
        contexts: ['link'],
        title: translate('menuCallLink'),
        visible: false,
      });
      browser.contextMenus.create({
        id: MENU_COPY_LINK,
        contexts: ['link'],
        title: translate('menuCopyLink'),
        visible: false,
      });
    },
    () => undefined,
  );
}

/** The `trueconf:` URI a link stands for: its own canonical form, or a known server's web link. */
export async function trueconfUriForLink(href: string): Promise<string | null> {
  const target = readLinkHref(href);
  if (target.kind === 'trueconf-uri') {
    const canonical = canonicalizeFoundUri(target.uri);
    return canonical.ok ? canonical.uri : null;
  }
  if (target.kind === 'none') return null;
  // Only web links wait for the settings: right after the browser starts, that is seconds.
  const { settings } = await loadSettings();
  return isKnownServerWebLink(target, knownServersOf(settings)) ? buildUri(target.command) : null;
}

async function setVisible(id: string, visible: boolean): Promise<void> {
  await browser.contextMenus.update(id, { visible }).catch(() => undefined);
}

let selectionsNoted = 0;

export async function noteSelection(_tabId: number, text: string): Promise<void> {
  // A phone number waits for the settings: only the latest selection decides.
  const noted = (selectionsNoted += 1);
  const uri = await selectionCallUri(text);
  if (noted === selectionsNoted) await setVisible(MENU_CALL_SELECTION, uri !== null);
}

export async function noteContextTarget(_tabId: number, href: string | null): Promise<void> {
  const uri = href ? await trueconfUriForLink(href) : null;
  await Promise.all([
    setVisible(MENU_CALL_LINK, uri !== null),
    setVisible(MENU_COPY_LINK, uri !== null),
  ]);
}

export async function onContextMenuClicked(
  info: Browser.contextMenus.OnClickData,
  tab: Browser.tabs.Tab | undefined,
): Promise<void> {
  const context = {
    origin: 'menu' as const,
    pageOrigin: pageOriginOf(info.frameUrl ?? info.pageUrl),
    ...(tab?.id !== undefined ? { tabId: tab.id } : {}),
  };
  if (info.menuItemId === MENU_CALL_SELECTION && info.selectionText) {
    const uri = await selectionCallUri(info.selectionText);
    if (uri !== null) await requestLaunch(uri, context);
    return;
  }
  const uri = info.linkUrl ? await trueconfUriForLink(info.linkUrl) : null;
  if (!uri) return;
  if (info.menuItemId === MENU_CALL_LINK) await requestLaunch(uri, context);
  if (info.menuItemId === MENU_COPY_LINK && tab?.id !== undefined) {
    await sendToTab(tab.id, { type: 'copy-text', text: uri }, { frameId: info.frameId ?? 0 }).catch(
      () => undefined,
    );
  }
}
