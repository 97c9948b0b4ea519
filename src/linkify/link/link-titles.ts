import type { Match } from '../../detect';
import { describeCommand } from '../../protocol';

/** Reads a message of `_locales`; returns '' for a missing key, as `browser.i18n.getMessage` does. */
export type MessageLookup = (key: string, substitutions: string[]) => string;

/** Key of our own message, used when the description's key is missing from the locale files. */
export const LINK_TITLE_FALLBACK_KEY = 'linkifyLinkTitleFallback';

/** Stands in for substitution `index` when a message is looked up once as a template. */
const marker = (index: number): string => `\uE000${index}\uE001`;
const MARKERS = /\uE000(\d)\uE001/g;

/**
 * The `title` of a link says what a click does ("Join conference 4154248070 in TrueConf").
 * Every ID makes a title of its own, and a message lookup costs far more than filling in a
 * string: each message is looked up once, with markers for its substitutions, and filled here.
 */
export function createLinkTitles(getMessage: MessageLookup): (match: Match) => string {
  const templates = new Map<string, string>();
  const lookup = (key: string, substitutions: string[]): string => {
    const templateKey = `${key}\u0000${substitutions.length}`;
    let template = templates.get(templateKey);
    if (template === undefined) {
      template = safeLookup(
        getMessage,
        key,
        substitutions.map((_, index) => marker(index)),
      );
      templates.set(templateKey, template);
    }
    // A function, so that "$&" and the like in an address stay as they are.
    return template.replace(MARKERS, (_, index: string) => substitutions[Number(index)] ?? '');
  };
  return (match) => {
    let description: { key: string; substitutions: string[] } | null = null;
    try {
      description = describeCommand(match.command);
    } catch {
      description = null;
    }
    return (
      (description && lookup(description.key, description.substitutions)) ||
      lookup(LINK_TITLE_FALLBACK_KEY, [match.href]) ||
      `Open ${match.href} in TrueConf`
    );
  };
}

function safeLookup(getMessage: MessageLookup, key: string, substitutions: string[]): string {
  try {
    return getMessage(key, substitutions) ?? '';
  } catch {
    return '';
  }
}
