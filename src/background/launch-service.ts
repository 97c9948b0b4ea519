import { browser, type Browser } from 'wxt/browser';
import { launchUri } from '../launch/launcher';
import { recordLaunch } from '../history/history';
import type { ClickFacts, LaunchOrigin, PendingDecision } from '../messaging/messages';
import type { LaunchResponse, PendingKind, PendingLaunchView } from '../messaging/responses';
import {
  buildUri,
  canonicalizeFoundCommand,
  describeCommand,
  isKnownServerWebLink,
  parseUri,
  readLinkHref,
  targetHidesParameters,
} from '../protocol';
import {
  knownServersOf,
  loadSettings,
  loadSettingsForPage,
  updateSettings,
  type Settings,
} from '../settings';
import { isDeliberateClick } from './click-rule';
import { pageOriginOf } from './page-origin';
import { mayActBeforePolicyAnswers, pageVerdict, type PageVerdict } from './page-verdict';
import { PendingLaunches } from './pending-launches';

type Sender = Browser.runtime.MessageSender;

/**
 * Decides, for every launch request, whether it goes straight to TrueConf or waits for the
 * user's confirmation, then launches through the one launcher and records it in history.
 */

const pending = new PendingLaunches();

export function isExtensionPage(sender: Sender): boolean {
  return (
    sender.id === browser.runtime.id && (sender.url ?? '').startsWith(browser.runtime.getURL('/'))
  );
}

async function record(uri: string, context: LaunchContext, historySize: number): Promise<void> {
  const { origin, pageOrigin } = context;
  await recordLaunch({ uri, origin, ...(pageOrigin ? { pageOrigin } : {}) }, historySize).catch(
    () => undefined,
  );
}

async function launchAndRecord(
  uri: string,
  context: LaunchContext,
  settings: Settings,
): Promise<LaunchResponse> {
  const result = await launchUri(uri, context.tabId);
  if (!result.ok) return { ok: false, error: result.error };
  await record(uri, context, settings.historySize);
  return result;
}

/**
 * What the user typed or chose in the extension itself needs no decision, and a page's plain call
 * may be decided on the remembered policy (`mayActBeforePolicyAnswers`), so these go to TrueConf
 * without waiting for the settings: right after the browser starts, reading them waits for the
 * first answer of managed storage (the administrator's policy), which takes seconds on Chromium.
 * Only the history entry waits for them: the policy may set how many calls history keeps.
 */
async function launchAtOnce(uri: string, context: LaunchContext): Promise<LaunchResponse> {
  const result = await launchUri(uri, context.tabId);
  if (!result.ok) return { ok: false, error: result.error };
  void loadSettings()
    .then(({ settings }) => record(uri, context, settings.historySize))
    .catch(() => undefined);
  return result;
}

/** Who asked for a launch, as the background established it (never as a sender claimed it). */
export interface LaunchContext {
  origin: LaunchOrigin;
  /** Set when the address came from a web page: its link, its text or its selection. */
  pageOrigin?: string;
  tabId?: number;
  /** The frame of the tab the request came from (0: the top); frames never navigate the top. */
  frameId?: number;
  /** A page's click that broke the rule against clickjacking (src/background/click-rule.ts). */
  doubtfulClick?: boolean;
}

/**
 * A request from a web page (a click the interceptor passed on) carries what it saw of the click;
 * the rule against clickjacking judges it here, and missing facts count against the click.
 */
export function contextFromSender(
  sender: Sender,
  claimedOrigin: LaunchOrigin,
  click?: ClickFacts,
): LaunchContext {
  const tabId = sender.tab?.id;
  if (isExtensionPage(sender)) {
    return { origin: claimedOrigin, ...(tabId !== undefined ? { tabId } : {}) };
  }
  return {
    origin: 'page',
    pageOrigin: pageOriginOf(sender.origin ?? sender.url),
    ...(tabId !== undefined ? { tabId } : {}),
    ...(sender.frameId !== undefined ? { frameId: sender.frameId } : {}),
    ...(isDeliberateClick(click) ? {} : { doubtfulClick: true }),
  };
}

/**
 * Opens a page address "in the browser" as the page's click would have, without more power than
 * the page had: the top frame navigates its tab, a frame gets a new tab (a sandboxed frame may not
 * navigate the top, and no frame's link would have replaced the whole page by default).
 */
async function openInBrowser(url: string, tabId: number, frameId: number | undefined) {
  if (frameId === undefined || frameId === 0) {
    await browser.tabs.update(tabId, { url });
    return;
  }
  // Beside the page, in its window: the confirmation window may have the focus.
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  await browser.tabs.create(
    tab ? { url, openerTabId: tabId, windowId: tab.windowId, index: tab.index + 1 } : { url },
  );
}

async function holdForConfirmation(
  kind: PendingKind,
  uri: string,
  context: LaunchContext,
  webUrl?: string,
): Promise<LaunchResponse> {
  const held = pending.add({
    kind,
    uri,
    origin: context.origin,
    pageOrigin: context.pageOrigin ?? 'null',
    ...(context.tabId !== undefined ? { tabId: context.tabId } : {}),
    ...(context.frameId !== undefined ? { frameId: context.frameId } : {}),
    ...(context.doubtfulClick ? { doubtfulClick: true } : {}),
    ...(webUrl ? { webUrl } : {}),
  });
  await browser.windows.create({
    url: `${browser.runtime.getURL('/confirm.html')}?id=${encodeURIComponent(held.id)}`,
    type: 'popup',
    width: 460,
    height: 440,
    focused: true,
  });
  return { ok: true, outcome: 'awaiting-confirmation' };
}

/**
 * Anything that came from a web page must never sign anyone in without the user's say-so;
 * what the user typed into the extension's own UI launches directly.
 */
export async function requestLaunch(
  rawUri: string,
  context: LaunchContext,
): Promise<LaunchResponse> {
  const canonical = canonicalizeFoundCommand(rawUri.trim());
  if (!canonical.ok) return { ok: false, error: canonical.error.code };
  if (context.pageOrigin === undefined) return launchAtOnce(canonical.uri, context);
  if (targetHidesParameters(canonical.command)) {
    // Refused, never launched; the window only says why, so the click is not silently lost.
    await holdForConfirmation('refused', canonical.uri, context);
    return { ok: false, error: 'hidden-parameter' };
  }
  const { command } = canonical;
  const { pageOrigin } = context;
  const verdictUnder = (settings: Settings): PageVerdict =>
    pageVerdict(command, pageOrigin, context.doubtfulClick === true, settings);
  // The policy as last remembered stands in while managed storage takes its first seconds; only
  // what is safe to decide on it is (see mayActBeforePolicyAnswers), the rest waits for the real.
  const early = await loadSettingsForPage();
  const earlyVerdict = verdictUnder(early.loaded.settings);
  if (early.policyAnswered && mayActBeforePolicyAnswers(earlyVerdict, command, early.policyKnown)) {
    if (earlyVerdict !== 'launch') return holdForConfirmation(earlyVerdict, canonical.uri, context);
    return launchAtOnce(canonical.uri, context);
  }
  const { settings } = early.policyAnswered ? await loadSettings() : early.loaded;
  const verdict = verdictUnder(settings);
  if (verdict !== 'launch') return holdForConfirmation(verdict, canonical.uri, context);
  return launchAndRecord(canonical.uri, context, settings);
}

/** `https://S/c/CID` on a known server: to the app, to the browser, or ask (a setting). */
export async function requestWebLink(url: string, context: LaunchContext): Promise<LaunchResponse> {
  const { settings } = await loadSettings();
  const target = readLinkHref(url);
  const { tabId } = context;
  if (!isKnownServerWebLink(target, knownServersOf(settings)) || settings.webLinks === 'browser') {
    // The content script held the click back; let the page address open as it would have.
    if (tabId !== undefined && /^https?:/i.test(url)) {
      await openInBrowser(url, tabId, context.frameId);
    }
    return { ok: false, error: 'not-a-conference-link' };
  }
  const uri = buildUri(target.command);
  if (settings.webLinks === 'ask' || settings.confirmEveryCall || context.doubtfulClick) {
    return holdForConfirmation('web-link', uri, context, url);
  }
  return launchAndRecord(uri, context, settings);
}

/** `password=<anything>` → `password=•••` in a canonical URI (its values hold no literal `&`). */
export function maskPassword(uri: string): string {
  return uri.replace(/([:&]password=)[^&]*/gi, '$1•••');
}

export function describePending(id: string): PendingLaunchView | { ok: false; error: 'expired' } {
  const held = pending.get(id);
  const parsed = held && parseUri(held.uri);
  if (!held || !parsed?.ok) return { ok: false, error: 'expired' };
  return {
    ok: true,
    kind: held.kind,
    pageOrigin: held.pageOrigin,
    // Descriptions never include a password; the URI shows that one is there, not what it is.
    description: describeCommand(parsed.command),
    uri: maskPassword(held.uri),
    doubtfulClick: held.doubtfulClick === true,
  };
}

export async function resolvePending(
  id: string,
  decision: PendingDecision,
  trustOrigin: boolean,
): Promise<LaunchResponse> {
  const held = pending.take(id);
  if (!held) return { ok: false, error: 'expired' };
  if (decision === 'cancel' || held.kind === 'refused') return { ok: false, error: 'cancelled' };
  if (decision === 'open-in-browser') {
    if (!held.webUrl || held.tabId === undefined) return { ok: false, error: 'no-web-link' };
    await openInBrowser(held.webUrl, held.tabId, held.frameId);
    return { ok: false, error: 'opened-in-browser' };
  }
  const { settings } = await loadSettings();
  if (trustOrigin && held.kind === 'sign-in' && held.pageOrigin !== 'null') {
    await updateSettings((current) => ({
      ...current,
      trustedSignInOrigins: [...new Set([...current.trustedSignInOrigins, held.pageOrigin])],
    }));
  }
  return launchAndRecord(
    held.uri,
    {
      origin: held.origin,
      pageOrigin: held.pageOrigin,
      ...(held.tabId !== undefined ? { tabId: held.tabId } : {}),
    },
    settings,
  );
}
