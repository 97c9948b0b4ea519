import type { PendingKind } from '../messaging/responses';
import { hasSignIn, type Command } from '../protocol';
import type { Settings } from '../settings';

/** What a page's `trueconf:` address gets: straight to TrueConf, or held for the user's say-so. */
export type PageVerdict = Exclude<PendingKind, 'refused' | 'web-link'> | 'launch';

/** The decision for a page's address under `settings` (hidden parameters are refused earlier). */
export function pageVerdict(
  command: Command,
  pageOrigin: string,
  doubtfulClick: boolean,
  settings: Settings,
): PageVerdict {
  if (hasSignIn(command) && !settings.trustedSignInOrigins.includes(pageOrigin)) return 'sign-in';
  if (settings.confirmEveryCall) return 'confirm-call';
  if (doubtfulClick) return 'unclear-click';
  return 'launch';
}

/**
 * Whether `verdict`, reached before managed storage answered (right after the browser starts its
 * first read takes seconds), may be acted on, or must wait for the administrator's real policy.
 * `policyKnown`: a remembered policy stood in (the copy of the last read, refreshed at every
 * browser start, install, update and policy change), not the user's settings alone.
 *
 * What the policy can change in a page's decision: `confirmEveryCall` (ask before every call) and
 * `trustedSignInOrigins` (adds origins, or, locked, drops the user's own). Nothing else: hidden
 * parameters and doubtful clicks are judged without it; known servers, the default server and
 * `webLinks` decide web links, which wait for the real policy (`requestWebLink`, the context
 * menu's `trueconfUriForLink`); excluded sites, forms, rules and the link look change what pages
 * link, never what a click on a `trueconf:` link gets; the history size only touches the history
 * entry, which is written with the real policy.
 *
 * - Holding is always safe to do early: it launches nothing without the user's yes, and no policy
 *   refuses an address the user confirmed. So with nothing remembered, a sign-in link asks at once.
 * - A sign-in launched without asking waits: a policy can withdraw the trust in the page's origin,
 *   and a sign-in (credentials, another server, `force`) is what the confirmation exists for.
 * - With nothing remembered, a direct launch waits: the user's settings alone say nothing about
 *   what the policy forbids.
 * - A plain call, remembered policy permitting, goes at once. Accepted risk: a policy changed while
 *   the browser was closed that now turns on "confirm every call" is not seen until Chromium's
 *   first read answers (about 3 s after start), so a deliberate click's plain call in those
 *   seconds goes without asking. Accepted because asking before every call is about not calling
 *   unawares, not about what a call can do: a plain call carries no credentials, server or
 *   `force`, and the protections that matter for that (sign-in, hidden parameters, doubtful
 *   clicks) hold regardless. The alternative, making every first click after start wait seconds or
 *   ask, is what the extension set out not to do. Every later decision follows the real policy.
 */
export function mayActBeforePolicyAnswers(
  verdict: PageVerdict,
  command: Command,
  policyKnown: boolean,
): boolean {
  if (verdict !== 'launch') return true;
  return policyKnown && !hasSignIn(command);
}
