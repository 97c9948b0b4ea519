import { browser } from 'wxt/browser';
import type { ContactPresence } from '../../messaging/responses';
import { sendToBackground } from '../../messaging/send';
import { PagePresence } from './page-presence';

const WORD_KEYS: Record<ContactPresence, string> = {
  available: 'linkify_presence_available',
  busy: 'linkify_presence_busy',
  'in-conference': 'linkify_presence_in_conference',
  offline: 'linkify_presence_offline',
};

/** Presence on pages wired to the background and the browser's messages (linkify.js only). */
export function createPagePresence(roots: () => (Document | ShadowRoot)[]): PagePresence {
  return new PagePresence({
    roots,
    ask: (ids) => sendToBackground({ type: 'presence-query', ids }),
    word: (presence) => {
      try {
        return browser.i18n.getMessage(
          WORD_KEYS[presence] as Parameters<typeof browser.i18n.getMessage>[0],
        );
      } catch {
        return '';
      }
    },
  });
}
