import { isHostListed, normalizeHost, type Settings } from '../settings';

/**
 * Linking can only be switched for pages that have a host name: http(s) pages. Null for
 * anything else (extension pages, `file:`, the new tab page) or when the browser hid the URL.
 */
export function siteHostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return parsed.hostname === '' ? null : normalizeHost(parsed.hostname);
  } catch {
    return null;
  }
}

export function isLinkingOn(settings: Settings, host: string): boolean {
  return !isHostListed(host, settings.disabledSites);
}

/**
 * Switching a site off lists exactly its host. Switching it on removes every entry that covers
 * it, including a parent domain (switching off example.com also covers www.example.com), because
 * otherwise the switch would not turn linking back on for this page.
 */
export function withSiteLinking(settings: Settings, host: string, on: boolean): Settings {
  const listed = settings.disabledSites;
  if (on)
    return { ...settings, disabledSites: listed.filter((entry) => !isHostListed(host, [entry])) };
  if (isHostListed(host, listed)) return settings;
  return { ...settings, disabledSites: [...listed, normalizeHost(host)] };
}
