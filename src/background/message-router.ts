import { browser, type Browser } from 'wxt/browser';
import { launchUri, type LaunchResult } from '../launch/launcher';
import { parseBackgroundRequest, type LaunchOrigin } from '../messaging/messages';
import { showAddressCount } from './badge';

type Sender = Browser.runtime.MessageSender;

/** Extension pages are ours; anything else (a content script beside a page) is a page. */
function isExtensionPage(sender: Sender): boolean {
  return (
    sender.id === browser.runtime.id && (sender.url ?? '').startsWith(browser.runtime.getURL('/'))
  );
}

/** A content script may claim anything; where a request came from is decided here, not by it. */
export function originOf(sender: Sender, claimed: LaunchOrigin): LaunchOrigin {
  return isExtensionPage(sender) ? claimed : 'page';
}

export async function handleBackgroundMessage(
  message: unknown,
  sender: Sender,
): Promise<LaunchResult | { ok: false; error: 'bad-request' } | undefined> {
  if (sender.id !== browser.runtime.id) return { ok: false, error: 'bad-request' };
  const request = parseBackgroundRequest(message);
  if (!request) return { ok: false, error: 'bad-request' };
  switch (request.type) {
    case 'launch':
      return launchUri(request.uri, sender.tab?.id);
    case 'address-count':
      if (sender.tab?.id !== undefined && !isExtensionPage(sender)) {
        await showAddressCount(sender.tab.id, request.count);
      }
      return undefined;
  }
}
