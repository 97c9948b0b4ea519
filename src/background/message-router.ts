import { browser, type Browser } from 'wxt/browser';
import { parseBackgroundRequest } from '../messaging/messages';
import { showAddressCount } from './badge';
import { noteContextTarget, noteSelection } from './context-menu';
import {
  contextFromSender,
  describePending,
  isExtensionPage,
  requestLaunch,
  requestWebLink,
  resolvePending,
} from './launch-service';

type Sender = Browser.runtime.MessageSender;

/**
 * The background's one door for messages. Requests are parsed before anything else happens;
 * requests only extension pages may make (deciding a held launch) are refused from pages.
 */
export async function handleBackgroundMessage(message: unknown, sender: Sender): Promise<unknown> {
  if (sender.id !== browser.runtime.id) return { ok: false, error: 'bad-request' };
  const request = parseBackgroundRequest(message);
  if (!request) return { ok: false, error: 'bad-request' };
  const tabId = sender.tab?.id;
  switch (request.type) {
    case 'launch':
      return requestLaunch(request.uri, contextFromSender(sender, request.origin));
    case 'open-web-link':
      return requestWebLink(request.url, contextFromSender(sender, 'page'));
    case 'address-count':
      if (tabId !== undefined && !isExtensionPage(sender)) {
        await showAddressCount(tabId, sender.frameId ?? 0, request.count);
      }
      return undefined;
    case 'selection':
      if (tabId !== undefined) await noteSelection(tabId, request.text);
      return undefined;
    case 'context-target':
      if (tabId !== undefined) await noteContextTarget(tabId, request.href);
      return undefined;
    case 'pending-launch-get':
      if (!isExtensionPage(sender)) return { ok: false, error: 'bad-request' };
      return describePending(request.id);
    case 'pending-launch-resolve':
      if (!isExtensionPage(sender)) return { ok: false, error: 'bad-request' };
      return resolvePending(request.id, request.decision, request.trustOrigin);
  }
}
