import type { Match } from '../../detect';
import { describeCommand, describedKeys } from '../../protocol';

/** Reads a message of `_locales`; returns '' for a missing key, as `browser.i18n.getMessage` does. */
export type MessageLookup = (key: string, substitutions: string[]) => string;

/** Message templates by key, with markers for their substitutions (`linkTitleTemplates`). */
export type LinkTitleTemplates = Readonly<Record<string, string>>;

/** Key of our own message, used when the description's key is missing from the locale files. */
export const LINK_TITLE_FALLBACK_KEY = 'linkifyLinkTitleFallback';

/** The most substitutions a message takes (`browser.i18n.getMessage` takes nine). */
const MAX_SUBSTITUTIONS = 9;

/** Stands in for substitution `index` when a message is looked up once as a template. */
const marker = (index: number): string => `\uE000${index}\uE001`;
const MARKERS = /\uE000(\d)\uE001/g;
const ALL_MARKERS = Array.from({ length: MAX_SUBSTITUTIONS }, (_, index) => marker(index));

function templateOf(getMessage: MessageLookup, key: string): string {
  try {
    return getMessage(key, ALL_MARKERS) ?? '';
  } catch {
    return '';
  }
}

/**
 * Every template a link's title can need, looked up where the messages are already loaded (the
 * background), for a linkifier that would otherwise load the whole catalogue for its first title.
 */
export function linkTitleTemplates(getMessage: MessageLookup): Record<string, string> {
  const templates: Record<string, string> = {};
  for (const key of [...describedKeys(), LINK_TITLE_FALLBACK_KEY]) {
    templates[key] = templateOf(getMessage, key);
  }
  return templates;
}

/**
 * The `title` of a link says what a click does ("Join conference 4154248070 in TrueConf").
 * Every ID makes a title of its own, and a message lookup costs far more than filling in a
 * string: each message is looked up once, with markers for its substitutions, and filled here.
 * `known` templates are used first; a key missing there is looked up with `getMessage`.
 */
export function createLinkTitles(
  getMessage: MessageLookup,
  known: LinkTitleTemplates = {},
): (match: Match) => string {
  const templates = new Map<string, string>();
  const lookup = (key: string, substitutions: string[]): string => {
    let template = templates.get(key);
    if (template === undefined) {
      template = Object.hasOwn(known, key) ? (known[key] as string) : templateOf(getMessage, key);
      templates.set(key, template);
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
