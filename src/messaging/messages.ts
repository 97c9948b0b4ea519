import { isBoundedString, isRecord } from './guards';
import type {
  LaunchResponse,
  PendingLaunchAnswer,
  ServerConferencesAnswer,
  ServerContactsAnswer,
  ServerDoneAnswer,
  ServerMeetNowAnswer,
  ServerStatusAnswer,
  PresenceAnswer,
} from './responses';

/**
 * Messages between the extension's contexts. Every sender is untrusted: a content script runs
 * beside hostile pages, so each receiver accepts only what its parser here recognises.
 */

export type LaunchOrigin =
  'page' | 'popup' | 'menu' | 'omnibox' | 'shortcut' | 'options' | 'reminder';

/**
 * What the click interceptor saw of the click on a page's link, for the background's rule on
 * clickjacking (src/background/click-rule.ts). Facts, not a verdict: the page can lie to the
 * content script only through its DOM, so the background decides.
 */
export interface ClickFacts {
  /** `pointer`: a mouse, pen or touch press; `keyboard`: Enter on a focused link. */
  input: 'pointer' | 'keyboard';
  /** The press (pointer down, or key down) and the click landed on this same link. */
  sameLink: boolean;
  /** The link's address was the same at the press and at the click. */
  hrefUnchanged: boolean;
  /**
   * How long, before the press, the link had been in the document with this address (for the
   * keyboard: and had the focus). Counted from when the link or one of its ancestors was inserted.
   */
  stableMs: number;
  /** At the press, the link (or a child of it) was the topmost element where it was pressed. */
  uncovered: boolean;
  /** The product of the link's and its ancestors' opacity, 0 to 1. */
  opacity: number;
  /** The link's box, and the viewport of its frame, in CSS pixels. */
  width: number;
  height: number;
  viewportWidth: number;
  viewportHeight: number;
  /** IntersectionObserver v2's `isVisible` for the link, or null where the browser has none yet. */
  observedVisible: boolean | null;
}

/** Ask the background to launch a `trueconf:`/`visicall:` URI (a page's link, the popup…). */
export interface LaunchRequest {
  type: 'launch';
  uri: string;
  origin: LaunchOrigin;
  /** From the click interceptor; a page's request without it (or with a bad one) is confirmed. */
  click?: ClickFacts;
}

/** A click on an `https://S/c/CID` link of a known TrueConf server. */
export interface WebLinkRequest {
  type: 'open-web-link';
  url: string;
  click?: ClickFacts;
}

/** A click on a page's `tel:`/`callto:` link, while the user sends those to TrueConf. */
export interface PhoneLinkRequest {
  type: 'call-phone-link';
  href: string;
  click?: ClickFacts;
}

export interface AddressCountReport {
  type: 'address-count';
  count: number;
}

/** The page's current selection, so the context menu can offer "Call … with TrueConf". */
export interface SelectionReport {
  type: 'selection';
  text: string;
}

/** The link under the pointer before a context menu opens (null: not a link). */
export interface ContextTargetReport {
  type: 'context-target';
  href: string | null;
}

/**
 * From a frame's always-on script: this frame has text that could become a link, so load the
 * linkifier into it. Carries nothing: the background takes the tab and frame from the sender.
 */
export interface LinkifyFrameRequest {
  type: 'linkify-frame';
}

/** From the confirmation window: what the user decided about a held launch. */
export interface PendingLaunchQuery {
  type: 'pending-launch-get';
  id: string;
}

export type PendingDecision = 'launch' | 'cancel' | 'open-in-browser';

export interface PendingLaunchDecision {
  type: 'pending-launch-resolve';
  id: string;
  decision: PendingDecision;
  trustOrigin: boolean;
}

/** Messages the background or the popup sends to a tab's content script. */
export interface CopyTextRequest {
  type: 'copy-text';
  text: string;
}

export interface SelectionQuery {
  type: 'get-selection';
}

/** The popup's site switch needs the host; with only `activeTab`, `tab.url` may be missing. */
export interface PageHostQuery {
  type: 'get-page-host';
}

/**
 * The user's own TrueConf Server (src/server, src/background/server-service.ts). Only extension
 * pages (popup, options) may send these: the router refuses them from content scripts, so no
 * page can search the address book or create conferences in the user's name.
 */
export interface ServerStatusQuery {
  type: 'server-status';
}

/** The password crosses once, page → background → server, and is kept nowhere. */
export interface ServerSignInRequest {
  type: 'server-sign-in';
  /** As typed: `video.example.com`, `https://…`, `http://10.0.0.5:8888`. */
  server: string;
  login: string;
  password: string;
}

export interface ServerSignOutRequest {
  type: 'server-sign-out';
}

/** The address book search; the background takes the first word (the API searches one). */
export interface ServerSearchRequest {
  type: 'server-search';
  query: string;
}

/** Conferences starting from `after` (Unix ms) until `before`, both optional. */
export interface ServerConferencesRequest {
  type: 'server-conferences';
  after?: number;
  before?: number;
}

/** Create an instant conference with this topic (empty: a default one). */
export interface ServerMeetNowRequest {
  type: 'server-meet-now';
  topic: string;
}

/**
 * From the linkifier in a tab's frame (presence on pages, opt-in): the TrueConf IDs it linked
 * (`login` or `login@server`, at most `MAX_PRESENCE_IDS`). Accepted only from content scripts
 * of tabs, a limited number of times a minute per tab; the answer is presence words for the IDs
 * of the signed-in server's address book, nothing else.
 */
export interface PresenceQuery {
  type: 'presence-query';
  ids: string[];
}

interface Exchange<Request, Response> {
  request: Request;
  response: Response;
}

/**
 * Every message to the background (`runtime.sendMessage`), by type: what is sent and what comes
 * back. Reports are answered with nothing anyone reads.
 */
export interface BackgroundMessages {
  launch: Exchange<LaunchRequest, LaunchResponse>;
  'open-web-link': Exchange<WebLinkRequest, LaunchResponse>;
  'call-phone-link': Exchange<PhoneLinkRequest, LaunchResponse>;
  'address-count': Exchange<AddressCountReport, undefined>;
  selection: Exchange<SelectionReport, undefined>;
  'context-target': Exchange<ContextTargetReport, undefined>;
  'linkify-frame': Exchange<LinkifyFrameRequest, undefined>;
  'pending-launch-get': Exchange<PendingLaunchQuery, PendingLaunchAnswer>;
  'pending-launch-resolve': Exchange<PendingLaunchDecision, LaunchResponse>;
  'server-status': Exchange<ServerStatusQuery, ServerStatusAnswer>;
  'server-sign-in': Exchange<ServerSignInRequest, ServerStatusAnswer>;
  'server-sign-out': Exchange<ServerSignOutRequest, ServerDoneAnswer>;
  'server-search': Exchange<ServerSearchRequest, ServerContactsAnswer>;
  'server-conferences': Exchange<ServerConferencesRequest, ServerConferencesAnswer>;
  'server-meet-now': Exchange<ServerMeetNowRequest, ServerMeetNowAnswer>;
  'presence-query': Exchange<PresenceQuery, PresenceAnswer>;
}

/** Message types only extension pages may send (see `ServerStatusQuery`). */
export const EXTENSION_PAGE_ONLY: readonly BackgroundMessageType[] = [
  'server-status',
  'server-sign-in',
  'server-sign-out',
  'server-search',
  'server-conferences',
  'server-meet-now',
];

/**
 * Told to every tab when the TrueConf Server session changes (sign-in, sign-out, a refused
 * refresh): the linkifier's presence dots forget what they showed and ask again. Carries nothing;
 * only linkify.js listens, and only to messages of this extension.
 */
export const PRESENCE_RESET = 'presence-reset';

export function isPresenceReset(message: unknown): boolean {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { type?: unknown }).type === PRESENCE_RESET
  );
}

/** Every message to a tab's content script (`tabs.sendMessage`), by type. */
export interface ContentMessages {
  /** Whether the text reached the clipboard. */
  'copy-text': Exchange<CopyTextRequest, boolean>;
  'get-selection': Exchange<SelectionQuery, string>;
  'get-page-host': Exchange<PageHostQuery, string>;
}

export type BackgroundMessageType = keyof BackgroundMessages;
export type BackgroundRequestOf<T extends BackgroundMessageType> = BackgroundMessages[T]['request'];
export type BackgroundResponseOf<T extends BackgroundMessageType> =
  BackgroundMessages[T]['response'];
export type BackgroundRequest = BackgroundRequestOf<BackgroundMessageType>;

export type ContentMessageType = keyof ContentMessages;
export type ContentRequestOf<T extends ContentMessageType> = ContentMessages[T]['request'];
export type ContentResponseOf<T extends ContentMessageType> = ContentMessages[T]['response'];
export type ContentRequest = ContentRequestOf<ContentMessageType>;

const LAUNCH_ORIGINS: readonly LaunchOrigin[] = [
  'page',
  'popup',
  'menu',
  'omnibox',
  'shortcut',
  'options',
];
const PENDING_DECISIONS: readonly PendingDecision[] = ['launch', 'cancel', 'open-in-browser'];
const MAX_URI_LENGTH = 8192;
const MAX_SELECTION_LENGTH = 4096;
const MAX_ADDRESS_COUNT = 1_000_000;
const MAX_SERVER_LENGTH = 300;
const MAX_LOGIN_LENGTH = 256;
const MAX_PASSWORD_LENGTH = 1024;
const MAX_QUERY_LENGTH = 256;
const MAX_TOPIC_LENGTH = 200;
/** Presence on pages: a page's IDs beyond this many are not asked (src/server/presence.ts). */
export const MAX_PRESENCE_IDS = 200;
/** A TrueConf ID as a link names it: a login, maybe `@server`; nothing else gets through. */
const LINKED_ID = /^[^\s@/\\:#&?]{1,128}(@[a-z0-9.-]{1,253}(:\d{1,5})?)?$/i;
/** Year 3000 in Unix ms. */
const MAX_TIME = 32_503_680_000_000;
const CLICK_INPUTS: readonly ClickFacts['input'][] = ['pointer', 'keyboard'];

function isFiniteInRange(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
}

/**
 * Click facts as sent, or undefined when they are missing or malformed: the request itself still
 * counts (it is confirmed, never dropped), so a bad report cannot silence a click.
 */
export function parseClickFacts(value: unknown): ClickFacts | undefined {
  if (!isRecord(value)) return undefined;
  const { input, sameLink, hrefUnchanged, uncovered, observedVisible } = value;
  const sizes = [value.width, value.height, value.viewportWidth, value.viewportHeight];
  if (
    !CLICK_INPUTS.includes(input as ClickFacts['input']) ||
    typeof sameLink !== 'boolean' ||
    typeof hrefUnchanged !== 'boolean' ||
    typeof uncovered !== 'boolean' ||
    !(observedVisible === null || typeof observedVisible === 'boolean') ||
    !isFiniteInRange(value.stableMs, 0, Number.MAX_SAFE_INTEGER) ||
    !isFiniteInRange(value.opacity, 0, 1) ||
    !sizes.every((size) => isFiniteInRange(size, 0, 1e7))
  )
    return undefined;
  const [width, height, viewportWidth, viewportHeight] = sizes as number[];
  return {
    input: input as ClickFacts['input'],
    sameLink,
    hrefUnchanged,
    stableMs: value.stableMs as number,
    uncovered,
    opacity: value.opacity as number,
    width: width ?? 0,
    height: height ?? 0,
    viewportWidth: viewportWidth ?? 0,
    viewportHeight: viewportHeight ?? 0,
    observedVisible,
  };
}

const withClick = (click: ClickFacts | undefined): { click?: ClickFacts } =>
  click ? { click } : {};

export function parseBackgroundRequest(message: unknown): BackgroundRequest | null {
  if (!isRecord(message)) return null;
  switch (message.type) {
    case 'launch':
      if (!isBoundedString(message.uri, MAX_URI_LENGTH)) return null;
      if (!LAUNCH_ORIGINS.includes(message.origin as LaunchOrigin)) return null;
      return {
        type: 'launch',
        uri: message.uri,
        origin: message.origin as LaunchOrigin,
        ...withClick(parseClickFacts(message.click)),
      };
    case 'open-web-link':
      if (!isBoundedString(message.url, MAX_URI_LENGTH)) return null;
      return {
        type: 'open-web-link',
        url: message.url,
        ...withClick(parseClickFacts(message.click)),
      };
    case 'call-phone-link':
      if (!isBoundedString(message.href, MAX_URI_LENGTH)) return null;
      return {
        type: 'call-phone-link',
        href: message.href,
        ...withClick(parseClickFacts(message.click)),
      };
    case 'address-count':
      if (
        typeof message.count !== 'number' ||
        !Number.isInteger(message.count) ||
        message.count < 0 ||
        message.count > MAX_ADDRESS_COUNT
      )
        return null;
      return { type: 'address-count', count: message.count };
    case 'selection':
      if (typeof message.text !== 'string') return null;
      // A huge selection is no address; keep it out of the classifier.
      return { type: 'selection', text: message.text.slice(0, MAX_SELECTION_LENGTH) };
    case 'context-target':
      if (message.href !== null && !isBoundedString(message.href, MAX_URI_LENGTH)) return null;
      return { type: 'context-target', href: message.href as string | null };
    case 'linkify-frame':
      return { type: 'linkify-frame' };
    case 'pending-launch-get':
      if (!isBoundedString(message.id, 64)) return null;
      return { type: 'pending-launch-get', id: message.id };
    case 'pending-launch-resolve':
      if (!isBoundedString(message.id, 64)) return null;
      if (!PENDING_DECISIONS.includes(message.decision as PendingDecision)) return null;
      if (typeof message.trustOrigin !== 'boolean') return null;
      return {
        type: 'pending-launch-resolve',
        id: message.id,
        decision: message.decision as PendingDecision,
        trustOrigin: message.trustOrigin,
      };
    case 'server-status':
      return { type: 'server-status' };
    case 'server-sign-in':
      if (!isBoundedString(message.server, MAX_SERVER_LENGTH)) return null;
      if (!isBoundedString(message.login, MAX_LOGIN_LENGTH) || message.login === '') return null;
      if (!isBoundedString(message.password, MAX_PASSWORD_LENGTH)) return null;
      return {
        type: 'server-sign-in',
        server: message.server,
        login: message.login,
        password: message.password,
      };
    case 'server-sign-out':
      return { type: 'server-sign-out' };
    case 'server-search':
      if (!isBoundedString(message.query, MAX_QUERY_LENGTH)) return null;
      return { type: 'server-search', query: message.query };
    case 'server-conferences': {
      const { after, before } = message;
      if (after !== undefined && !isFiniteInRange(after, 0, MAX_TIME)) return null;
      if (before !== undefined && !isFiniteInRange(before, 0, MAX_TIME)) return null;
      return {
        type: 'server-conferences',
        ...(after !== undefined ? { after: after as number } : {}),
        ...(before !== undefined ? { before: before as number } : {}),
      };
    }
    case 'server-meet-now':
      if (!isBoundedString(message.topic, MAX_TOPIC_LENGTH)) return null;
      return { type: 'server-meet-now', topic: message.topic };
    case 'presence-query': {
      const { ids } = message;
      if (!Array.isArray(ids) || ids.length > MAX_PRESENCE_IDS) return null;
      if (!ids.every((id) => typeof id === 'string' && LINKED_ID.test(id))) return null;
      return { type: 'presence-query', ids: [...new Set(ids as string[])] };
    }
    default:
      return null;
  }
}

export function parseContentRequest(message: unknown): ContentRequest | null {
  if (!isRecord(message)) return null;
  if (message.type === 'copy-text' && isBoundedString(message.text, MAX_URI_LENGTH)) {
    return { type: 'copy-text', text: message.text };
  }
  if (message.type === 'get-selection') return { type: 'get-selection' };
  if (message.type === 'get-page-host') return { type: 'get-page-host' };
  return null;
}
