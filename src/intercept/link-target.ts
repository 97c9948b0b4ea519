import { isKnownServerWebLink, readLinkHref } from '../protocol';
import { phoneNumberOfLink } from './phone-link';

/** What a click on a link should become, decided from the link alone. */
export type LinkAction =
  | { kind: 'trueconf'; uri: string }
  | { kind: 'web-conference'; url: string }
  | { kind: 'phone'; href: string }
  | { kind: 'none' };

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

/** A `tel:`/`callto:` link goes to TrueConf only while the user has phone links on. */
export function phoneLinkAction(href: string, phoneTelLinks: boolean): LinkAction {
  return phoneTelLinks && phoneNumberOfLink(href) !== null
    ? { kind: 'phone', href }
    : { kind: 'none' };
}
