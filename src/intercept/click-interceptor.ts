import { browser } from 'wxt/browser';
import { actionForHref, linkInPath } from './link-target';

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
 * confirmation and the `visicall:` upgrade apply to every one. Listens in the capture phase on
 * the window, before the page's own handlers, and leaves alone what the page already prevented.
 */
export function interceptLinkClicks(
  target: Window,
  settings: () => InterceptorSettings,
): () => void {
  const onClick = (event: MouseEvent): void => {
    if (event.defaultPrevented || !event.isTrusted || !isPlainPrimaryClick(event)) return;
    const link = linkInPath(event.composedPath());
    if (!link) return;
    const { knownServers, webLinksToApp } = settings();
    const action = actionForHref(link.href, knownServers, webLinksToApp);
    if (action.kind === 'none') return;
    event.preventDefault();
    const message =
      action.kind === 'trueconf'
        ? { type: 'launch', uri: action.uri, origin: 'page' }
        : { type: 'open-web-link', url: action.url };
    void browser.runtime.sendMessage(message).catch(() => undefined);
  };
  target.addEventListener('click', onClick, true);
  return () => target.removeEventListener('click', onClick, true);
}
