/**
 * The origin of the page an address came from, or `'null'` when it has none (opaque, missing or
 * unparsable). `'null'` is never among the origins trusted for sign-in links.
 */
export function pageOriginOf(url: string | undefined): string {
  if (!url) return 'null';
  try {
    return new URL(url).origin;
  } catch {
    return 'null';
  }
}
