import { sendToBackground } from '../messaging/send';
import { actionForHref, linkInPath, type LinkAction } from './link-target';

export interface InterceptorSettings {
  knownServers: readonly string[];
  /** False when the user wants web conference links to open in the browser. */
  webLinksToApp: boolean;
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
 */
export function interceptLinkClicks(
  target: Window,
  settings: () => InterceptorSettings,
): () => void {
  const noted = new WeakMap<Event, LinkAction>();
  const onCapture = (event: MouseEvent): void => {
    if (event.defaultPrevented || !event.isTrusted || !isPlainPrimaryClick(event)) return;
    const link = linkInPath(event.composedPath());
    if (!link) return;
    const { knownServers, webLinksToApp } = settings();
    const action = actionForHref(link.href, knownServers, webLinksToApp);
    if (action.kind !== 'none') noted.set(event, action);
  };
  const onBubble = (event: MouseEvent): void => {
    const action = noted.get(event);
    noted.delete(event);
    if (!action || action.kind === 'none' || event.defaultPrevented) return;
    event.preventDefault();
    const sent =
      action.kind === 'trueconf'
        ? sendToBackground({ type: 'launch', uri: action.uri, origin: 'page' })
        : sendToBackground({ type: 'open-web-link', url: action.url });
    void sent.catch(() => undefined);
  };
  target.addEventListener('click', onCapture, true);
  target.addEventListener('click', onBubble, false);
  return () => {
    target.removeEventListener('click', onCapture, true);
    target.removeEventListener('click', onBubble, false);
  };
}
