import type { Match } from '../detect';
import { describeCommand } from '../protocol';

/** Reads a message of `_locales`; returns '' for a missing key, as `browser.i18n.getMessage` does. */
export type MessageLookup = (key: string, substitutions: string[]) => string;

/** Key of our own message, used when the description's key is missing from the locale files. */
export const LINK_TITLE_FALLBACK_KEY = 'linkifyLinkTitleFallback';

/**
 * The `title` of a link says what a click does ("Join conference 4154248070 in TrueConf").
 * Titles repeat on a page, so each distinct one is looked up once.
 */
export function createLinkTitles(getMessage: MessageLookup): (match: Match) => string {
  const cache = new Map<string, string>();
  return (match) => {
    let cacheKey = match.href;
    let description: { key: string; substitutions: string[] } | null = null;
    try {
      description = describeCommand(match.command);
      cacheKey = `${description.key}\u0000${description.substitutions.join('\u0000')}`;
    } catch {
      description = null;
    }
    const known = cache.get(cacheKey);
    if (known !== undefined) return known;
    const title =
      (description && safeLookup(getMessage, description.key, description.substitutions)) ||
      safeLookup(getMessage, LINK_TITLE_FALLBACK_KEY, [match.href]) ||
      `Open ${match.href} in TrueConf`;
    if (cache.size < 5000) cache.set(cacheKey, title);
    return title;
  };
}

function safeLookup(getMessage: MessageLookup, key: string, substitutions: string[]): string {
  try {
    return getMessage(key, substitutions) ?? '';
  } catch {
    return '';
  }
}
