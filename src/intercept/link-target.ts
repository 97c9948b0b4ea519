import { isKnownServerWebLink, readLinkHref } from '../protocol';

/** What a click on a link should become, decided from the link alone. */
export type LinkAction =
  { kind: 'trueconf'; uri: string } | { kind: 'web-conference'; url: string } | { kind: 'none' };

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

export function actionForHref(
  href: string,
  knownServers: readonly string[],
  webLinksToApp: boolean,
): LinkAction {
  const target = readLinkHref(href);
  if (target.kind === 'trueconf-uri') return { kind: 'trueconf', uri: target.uri };
  if (webLinksToApp && isKnownServerWebLink(target, knownServers)) {
    return { kind: 'web-conference', url: target.url };
  }
  return { kind: 'none' };
}
