/**
 * Mail systems rewrite every link in a message so that a click passes their scanner first:
 * Outlook's Safe Links (`https://<region>.safelinks.protection.outlook.com/?url=<link>&data=…`)
 * and Google's redirect (`https://www.google.com/url?q=<link>&sa=…`). The link they carry is what
 * the author wrote; this reads it back. Only these exact hosts and paths are read: anything else
 * that merely carries a URL in its query is an ordinary page.
 */

interface Wrapper {
  host: RegExp;
  path: string;
  parameter: string;
}

const WRAPPERS: readonly Wrapper[] = [
  { host: /^[a-z0-9-]+\.safelinks\.protection\.outlook\.com$/, path: '/', parameter: 'url' },
  { host: /^(?:www\.)?google\.com$/, path: '/url', parameter: 'q' },
];

/** The link a mail system's wrapper carries, or null when `href` is no such wrapper. */
export function unwrapMailLink(href: string): string | null {
  if (!/^https:\/\//i.test(href)) return null;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  // A wrapper never carries user info or a port: either is a way to make another host look like it.
  if (url.username !== '' || url.password !== '' || url.port !== '') return null;
  const wrapper = WRAPPERS.find(
    (candidate) => candidate.host.test(url.hostname) && url.pathname === candidate.path,
  );
  if (wrapper === undefined) return null;
  const carried = url.searchParams.getAll(wrapper.parameter);
  // Two values would leave the choice to whoever reads it: not ours to guess.
  if (carried.length !== 1) return null;
  const inner = carried[0] ?? '';
  return inner === '' ? null : inner;
}
