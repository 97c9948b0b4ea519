import { browser, type Browser } from 'wxt/browser';
import { translate } from '../i18n/translate';
import {
  EXTENSION_PAGE_ONLY,
  parseBackgroundRequest,
  type BackgroundMessageType,
  type BackgroundRequestOf,
  type BackgroundResponseOf,
} from '../messaging/messages';
import type { Failure } from '../messaging/responses';
import { showAddressCount } from './badge';
import { requestPhoneLink } from './phone-call';
import { noteContextTarget, noteSelection } from './context-menu';
import { linkifySenderFrame } from './frame-linkifier';
import { presenceForTab } from './presence-service';
import {
  contextFromSender,
  describePending,
  isExtensionPage,
  requestLaunch,
  requestWebLink,
  resolvePending,
} from './launch-service';
import { forgetConferences, refreshConferences, yourConferences } from './conference-service';
import {
  meetNow,
  searchContacts,
  serverSignIn,
  serverSignOut,
  serverStatus,
} from './server-service';

type Sender = Browser.runtime.MessageSender;

const BAD_REQUEST = { ok: false, error: 'bad-request' } as const satisfies Failure;

type Handlers = {
  [T in BackgroundMessageType]: (
    request: BackgroundRequestOf<T>,
    sender: Sender,
  ) => BackgroundResponseOf<T> | Promise<BackgroundResponseOf<T>>;
};

const handlers: Handlers = {
  launch: (request, sender) =>
    requestLaunch(request.uri, contextFromSender(sender, request.origin, request.click)),
  'open-web-link': (request, sender) =>
    requestWebLink(request.url, contextFromSender(sender, 'page', request.click)),
  'call-phone-link': (request, sender) =>
    requestPhoneLink(request.href, contextFromSender(sender, 'page', request.click)),
  'address-count': async (request, sender) => {
    const tabId = sender.tab?.id;
    if (tabId !== undefined && !isExtensionPage(sender)) {
      await showAddressCount(tabId, sender.frameId ?? 0, request.count);
    }
    return undefined;
  },
  selection: async (request, sender) => {
    const tabId = sender.tab?.id;
    if (tabId !== undefined) await noteSelection(tabId, request.text);
    return undefined;
  },
  'context-target': async (request, sender) => {
    const tabId = sender.tab?.id;
    if (tabId !== undefined) await noteContextTarget(tabId, request.href);
    return undefined;
  },
  'linkify-frame': (_request, sender) => linkifySenderFrame(sender),
  'pending-launch-get': (request, sender) =>
    isExtensionPage(sender) ? describePending(request.id) : BAD_REQUEST,
  'pending-launch-resolve': (request, sender) =>
    isExtensionPage(sender)
      ? resolvePending(request.id, request.decision, request.trustOrigin)
      : BAD_REQUEST,
  'server-status': () => serverStatus(),
  'server-sign-in': async (request) => {
    const answer = await serverSignIn(request.server, request.login, request.password);
    if (answer.ok) void refreshConferences().catch(() => undefined);
    return answer;
  },
  'server-sign-out': async () => {
    const answer = await serverSignOut();
    await forgetConferences().catch(() => undefined);
    return answer;
  },
  'server-search': (request) => searchContacts(request.query),
  'server-conferences': (request) => yourConferences(request),
  'server-meet-now': (request) => meetNow(request.topic, translate('serverMeetNowTopic')),
  // Only a content script in a tab's frame: no extension page, no other extension, no tab-less
  // sender; each tab has its own budget of queries a minute.
  'presence-query': (request, sender) => {
    const tabId = sender.tab?.id;
    return tabId !== undefined && !isExtensionPage(sender)
      ? presenceForTab(request.ids, tabId)
      : BAD_REQUEST;
  },
};

/** Generic in the type, so each request reaches the handler of its own type. */
async function dispatch<T extends BackgroundMessageType>(
  request: BackgroundRequestOf<T>,
  handler: Handlers[T],
  sender: Sender,
): Promise<BackgroundResponseOf<T>> {
  return handler(request, sender);
}

/**
 * The background's one door for messages. Requests are parsed before anything else happens;
 * requests only extension pages may make (deciding a held launch, anything about the user's
 * TrueConf Server) are refused from pages.
 */
export async function handleBackgroundMessage(
  message: unknown,
  sender: Sender,
): Promise<BackgroundResponseOf<BackgroundMessageType> | Failure> {
  if (sender.id !== browser.runtime.id) return BAD_REQUEST;
  const request = parseBackgroundRequest(message);
  if (!request) return BAD_REQUEST;
  // The server's requests act in the user's name: a content script (beside a hostile page)
  // never gets to make them.
  if (EXTENSION_PAGE_ONLY.includes(request.type) && !isExtensionPage(sender)) return BAD_REQUEST;
  return dispatch(request, handlers[request.type], sender);
}
