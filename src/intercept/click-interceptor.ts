import type { ClickFacts } from '../messaging/messages';
import { sendFromFrame } from '../messaging/send';
import { witnessClicks } from './click-witness';
import { actionForHref, linkInPath, phoneLinkAction, type LinkAction } from './link-target';

export interface InterceptorSettings {
  knownServers: readonly string[];
  /** False when the user wants web conference links to open in the browser. */
  webLinksToApp: boolean;
  /** True while the page's `tel:`/`callto:` links go to TrueConf (phone calls on). */
  phoneTelLinks?: boolean;
}

/** Only a plain primary click (or Enter on a focused link, which clicks) is the user's "call". */
function isPlainPrimaryClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey;
}

/**
 * Clicks on `trueconf:`/`visicall:` links — the page's or ours, in shadow roots, on a child of
 * the link — go to the background launcher instead of the browser, so history, sign-in
 * confirmation and the `visicall:` upgrade apply to every one.
 *
 * The capture phase on the window sees the click first and notes which link it is for; the
 * decision waits for the bubble phase on the window, after every page handler, so a click the page
 * prevented (its own handling of the link) is left alone. A page that stops the click's
 * propagation gets the browser's own handling of the link, as without the extension.
 *
 * Each request carries what was seen of the press that led to the click (src/intercept/
 * click-witness.ts), taken when the click's address is read, so the background can tell a
 * deliberate click from a link swapped, inserted or hidden under the pointer.
 */
export function interceptLinkClicks(
  target: Window,
  settings: () => InterceptorSettings,
): () => void {
  const witness = witnessClicks(target);
  const noted = new WeakMap<Event, { action: LinkAction; click: ClickFacts | undefined }>();
  const onCapture = (event: MouseEvent): void => {
    if (event.defaultPrevented || !event.isTrusted || !isPlainPrimaryClick(event)) return;
    const link = linkInPath(event.composedPath());
    if (!link) return;
    const { knownServers, webLinksToApp, phoneTelLinks = false } = settings();
    const linkAction = actionForHref(link.href, knownServers, webLinksToApp);
    const action =
      linkAction.kind === 'none' ? phoneLinkAction(link.href, phoneTelLinks) : linkAction;
    if (action.kind !== 'none') noted.set(event, { action, click: witness.factsFor(link) });
  };
  const onBubble = (event: MouseEvent): void => {
    const seen = noted.get(event);
    noted.delete(event);
    if (!seen || seen.action.kind === 'none' || event.defaultPrevented) return;
    event.preventDefault();
    const { action, click } = seen;
    const facts = click ? { click } : {};
    const sent =
      action.kind === 'trueconf'
        ? sendFromFrame({ type: 'launch', uri: action.uri, origin: 'page', ...facts })
        : action.kind === 'phone'
          ? sendFromFrame({ type: 'call-phone-link', href: action.href, ...facts })
          : sendFromFrame({ type: 'open-web-link', url: action.url, ...facts });
    void sent.catch(() => undefined);
  };
  target.addEventListener('click', onCapture, true);
  target.addEventListener('click', onBubble, false);
  return () => {
    witness.stop();
    target.removeEventListener('click', onCapture, true);
    target.removeEventListener('click', onBubble, false);
  };
}
