import { browser, type Browser } from 'wxt/browser';
import { readFavourites } from '../favourites';
import { readHistory } from '../history/history';
import { replayOf } from '../history/replay';
import { commandInWords } from '../i18n/command-words';
import { translate, translateMessage } from '../i18n/translate';
import { classify } from '../protocol';
import { describeError } from '../protocol/errors';
import { addressBookQuery } from '../server';
import { requestLaunch } from './launch-service';
import { searchContacts } from './server-service';

/**
 * `tc <anything>` in the address bar: the top suggestion says what Enter will call (or why it
 * cannot), the others come from favourites and recent calls, each showing its address.
 */

const MAX_SUGGESTIONS = 6;

/** Chromium reads omnibox descriptions as XML; text must not be able to add markup. */
export function escapeOmniboxText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export function defaultSuggestionFor(text: string): string {
  if (text.trim() === '') return escapeOmniboxText(translate('omniboxPrompt'));
  const classified = classify(text);
  if (!classified.ok) {
    return `<dim>${escapeOmniboxText(translateMessage(describeError(classified.error)))}</dim>`;
  }
  return (
    `<match>${escapeOmniboxText(commandInWords(classified.command))}</match> ` +
    `<url>${escapeOmniboxText(classified.uri)}</url>`
  );
}

export interface CallSuggestionSource {
  uri: string;
  label: string;
}

const PRESENCE_KEYS = {
  available: 'contact_available',
  busy: 'contact_busy',
  'in-conference': 'contact_in_conference',
  offline: 'contact_offline',
} as const;

/**
 * The signed-in server's address book for what was typed, as the quick dial shows it; nothing
 * when signed out, the text is an address, or the server fails (the other suggestions stay).
 */
async function contactSources(text: string): Promise<CallSuggestionSource[]> {
  if (addressBookQuery(text) === null) return [];
  const answer = await searchContacts(text).catch(() => null);
  if (!answer?.ok) return [];
  return answer.contacts.map((contact) => ({
    uri: contact.uri,
    label: `${contact.name} (${contact.id}), ${translate(PRESENCE_KEYS[contact.presence])}`,
  }));
}

export async function omniboxSuggestions(text: string): Promise<Browser.omnibox.SuggestResult[]> {
  const [contacts, local] = await Promise.all([contactSources(text), suggestionSources()]);
  // Contacts match on the server's terms (one word); local sources on the whole text.
  return [...suggestionsFor('', contacts), ...suggestionsFor(text, local)].slice(
    0,
    MAX_SUGGESTIONS,
  );
}

export function suggestionsFor(
  text: string,
  sources: readonly CallSuggestionSource[],
): Browser.omnibox.SuggestResult[] {
  const needle = text.trim().toLowerCase();
  const seen = new Set<string>();
  const results: Browser.omnibox.SuggestResult[] = [];
  for (const source of sources) {
    if (seen.has(source.uri)) continue;
    if (needle && !`${source.label} ${source.uri}`.toLowerCase().includes(needle)) continue;
    seen.add(source.uri);
    results.push({
      content: source.uri,
      description: `${escapeOmniboxText(source.label)} <url>${escapeOmniboxText(source.uri)}</url>`,
    });
    if (results.length === MAX_SUGGESTIONS) break;
  }
  return results;
}

/** Favourites first (the user named them), then recent calls. */
async function suggestionSources(): Promise<CallSuggestionSource[]> {
  const [favourites, history] = await Promise.all([
    readFavourites().catch(() => []),
    readHistory().catch(() => []),
  ]);
  return [
    ...favourites.map((favourite) => ({ uri: favourite.uri, label: favourite.name })),
    ...history
      .map(replayOf)
      .filter((entry) => entry !== null)
      .map((entry) => ({ uri: entry.uri, label: translateMessage(entry.description) })),
  ];
}

async function currentTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id;
}

export function registerOmnibox(): void {
  browser.omnibox.onInputStarted.addListener(() => {
    browser.omnibox.setDefaultSuggestion({ description: defaultSuggestionFor('') });
  });
  browser.omnibox.onInputChanged.addListener((text, suggest) => {
    browser.omnibox.setDefaultSuggestion({ description: defaultSuggestionFor(text) });
    void omniboxSuggestions(text).then(suggest);
  });
  browser.omnibox.onInputEntered.addListener((text) => {
    const classified = classify(text);
    if (!classified.ok) return;
    void currentTabId().then((tabId) =>
      requestLaunch(classified.uri, {
        origin: 'omnibox',
        ...(tabId !== undefined ? { tabId } : {}),
      }),
    );
  });
}
