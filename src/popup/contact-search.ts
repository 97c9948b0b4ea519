import { translate } from '../i18n/translate';
import type { ContactView } from '../messaging/responses';
import { sendToBackground } from '../messaging/send';
import { addressBookQuery, initialsOf, isServerErrorKind, serverErrorMessageKey } from '../server';
import { element } from '../ui/dom';

/** Long enough to skip the keystrokes of a word being typed, short enough to feel live. */
export const SEARCH_DELAY_MS = 250;

const PRESENCE_KEYS: Record<ContactView['presence'], string> = {
  available: 'contact_available',
  busy: 'contact_busy',
  'in-conference': 'contact_in_conference',
  offline: 'contact_offline',
};

export interface ContactListView {
  section: HTMLElement;
  list: HTMLUListElement;
  note: HTMLElement;
}

export function buildContactList(doc: Document): ContactListView {
  const list = element('ul', { id: 'contacts', class: 'call-list contacts' }, [], doc);
  const note = element('p', { class: 'hint contacts-note', hidden: true }, [], doc);
  const section = element(
    'section',
    { id: 'contacts-section', class: 'lists', hidden: true, 'aria-labelledby': 'contacts-heading' },
    [element('h2', { id: 'contacts-heading' }, [translate('contacts_heading')], doc), list, note],
    doc,
  );
  return { section, list, note };
}

/**
 * Searches the signed-in server's address book as the person types: debounced, and an answer
 * that arrives after a newer search started is dropped, so the list always matches the field.
 */
export class ContactSearch {
  private serial = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private shown: { query: string; contacts: ContactView[] } = { query: '', contacts: [] };
  private enabled = false;
  private problemShown = false;

  constructor(
    private readonly view: ContactListView,
    private readonly call: (contact: ContactView) => void,
    /** After the list shown changed (so the quick dial's preview follows `firstFor`). */
    private readonly onShown: () => void = () => undefined,
  ) {}

  setSignedIn(signedIn: boolean): void {
    this.enabled = signedIn;
    if (signedIn) return;
    // Signed out by the server during a search: the reason stays in sight until the next keystroke.
    if (this.problemShown) {
      this.shown = { query: '', contacts: [] };
      this.view.list.replaceChildren();
      return;
    }
    this.clear();
  }

  /** The contact Enter calls: the first one listed for exactly this text. */
  firstFor(text: string): ContactView | null {
    const query = addressBookQuery(text);
    return query !== null && query === this.shown.query ? (this.shown.contacts[0] ?? null) : null;
  }

  onInput(text: string): void {
    clearTimeout(this.timer);
    this.serial += 1;
    const query = this.enabled ? addressBookQuery(text) : null;
    if (query === null) {
      this.clear();
      return;
    }
    const serial = this.serial;
    this.timer = setTimeout(() => void this.search(query, serial), SEARCH_DELAY_MS);
  }

  private async search(query: string, serial: number): Promise<void> {
    if (query !== this.shown.query && !this.view.section.hidden) {
      // What is listed answers the text before; until the server answers this one, say so.
      this.view.note.textContent = translate('contacts_searching');
      this.view.note.hidden = false;
    }
    const answer = await sendToBackground({ type: 'server-search', query }).catch(() => null);
    if (serial !== this.serial) return;
    if (answer?.ok) {
      this.show(query, answer.contacts);
    } else {
      const kind = answer && !answer.ok && isServerErrorKind(answer.error) ? answer.error : null;
      this.show(query, [], translate(serverErrorMessageKey(kind ?? 'bad-answer')));
    }
  }

  private clear(): void {
    const hadContacts = this.shown.contacts.length > 0;
    this.shown = { query: '', contacts: [] };
    this.view.list.replaceChildren();
    this.view.note.hidden = true;
    this.view.section.hidden = true;
    this.problemShown = false;
    if (hadContacts) this.onShown();
  }

  private show(query: string, contacts: ContactView[], problem?: string): void {
    this.shown = { query, contacts };
    this.problemShown = problem !== undefined;
    const doc = this.view.list.ownerDocument;
    this.view.list.replaceChildren(...contacts.map((contact) => this.item(contact, doc)));
    const noteText = problem ?? (contacts.length === 0 ? translate('contacts_none') : '');
    this.view.note.textContent = noteText;
    this.view.note.hidden = noteText === '';
    this.view.section.hidden = false;
    this.onShown();
  }

  private item(contact: ContactView, doc: Document): HTMLLIElement {
    const presence = translate(PRESENCE_KEYS[contact.presence]);
    const button = element(
      'button',
      {
        type: 'button',
        class: 'contact',
        'aria-label': translate('contact_call', [contact.name, contact.id, presence]),
      },
      [
        element(
          'span',
          { class: 'avatar', 'aria-hidden': 'true' },
          [initialsOf(contact.name)],
          doc,
        ),
        element(
          'span',
          { class: 'contact-text' },
          [
            element('span', { class: 'contact-name' }, [contact.name], doc),
            element('code', { class: 'contact-id' }, [contact.id], doc),
          ],
          doc,
        ),
        element('span', { class: `presence presence-${contact.presence}` }, [presence], doc),
      ],
      doc,
    );
    button.addEventListener('click', () => this.call(contact));
    return element('li', {}, [button], doc);
  }
}
