import { webConferenceLinkToCommand } from '../protocol';

/** What a click on a link should become, decided from the link alone. */
export type LinkAction =
  { kind: 'trueconf'; uri: string } | { kind: 'web-conference'; url: string } | { kind: 'none' };

const TRUECONF_SCHEME = /^\s*(trueconf|visicall):/i;

/** The link a click landed in: the click may hit a child of it, or come out of a shadow root. */
export function linkInPath(
  path: readonly EventTarget[],
): HTMLAnchorElement | HTMLAreaElement | null {
  for (const target of path) {
    const element = target as Partial<Element>;
    if (element.nodeType !== 1 || typeof element.localName !== 'string') continue;
    if (
      (element.localName === 'a' || element.localName === 'area') &&
      element.hasAttribute?.('href')
    ) {
      return target as HTMLAnchorElement | HTMLAreaElement;
    }
  }
  return null;
}

/**
 * `https://S/c/CID` on a known TrueConf server (other `/c/` pages are forums and the like). The
 * protocol library decides, so this and the background's conversion can never disagree.
 */
export function isWebConferenceLink(url: string, knownServers: readonly string[]): boolean {
  return webConferenceLinkToCommand(url, knownServers) !== null;
}

export function actionForHref(
  href: string,
  knownServers: readonly string[],
  webLinksToApp: boolean,
): LinkAction {
  if (TRUECONF_SCHEME.test(href)) return { kind: 'trueconf', uri: href.trim() };
  if (webLinksToApp && isWebConferenceLink(href, knownServers)) {
    return { kind: 'web-conference', url: href };
  }
  return { kind: 'none' };
}
