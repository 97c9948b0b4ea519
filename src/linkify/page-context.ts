import { hasTrueConfMention } from '../detect';

/**
 * The host a frame's content belongs to. about:blank and srcdoc frames have no host of their own
 * but inherit their creator's origin, which is what "this site" means for them.
 */
export function pageHost(view: Window): string {
  const { hostname } = view.location;
  if (hostname !== '') return hostname;
  try {
    return view.origin === 'null' ? '' : new URL(view.origin).hostname;
  } catch {
    return '';
  }
}

/** `<meta name="trueconf-linkify" content="off">`: the page asks not to be linked. */
export function isOptedOutByMeta(doc: Document): boolean {
  for (const meta of doc.querySelectorAll('meta[name]')) {
    if (
      meta.getAttribute('name')?.trim().toLowerCase() === 'trueconf-linkify' &&
      meta.getAttribute('content')?.trim().toLowerCase() === 'off'
    ) {
      return true;
    }
  }
  return false;
}

function hostOfServer(server: string): string {
  const trimmed = server.trim().toLowerCase();
  if (trimmed.startsWith('[')) return trimmed.slice(0, trimmed.indexOf(']') + 1);
  return trimmed.replace(/:\d+$/, '').replace(/\.$/, '');
}

/**
 * TrueConf context for the whole page (detection.md, F3): the title mentions TrueConf, or the page
 * is served by a known TrueConf server.
 */
export function pageHasTrueConfContext(
  doc: Document,
  host: string,
  knownServers: readonly string[],
): boolean {
  if (hasTrueConfMention(doc.title)) return true;
  const pageHostName = host.toLowerCase().replace(/\.$/, '');
  if (pageHostName === '') return false;
  return knownServers.some((server) => hostOfServer(server) === pageHostName);
}
