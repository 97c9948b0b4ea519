import { translate } from '../i18n/translate';
import type { ConferenceView } from '../messaging/responses';
import { sendToBackground } from '../messaging/send';
import {
  isServerErrorKind,
  listWindow,
  serverErrorMessageKey,
  startReading,
  upcomingConferences,
} from '../server';
import { element } from '../ui/dom';

/**
 * "Your conferences" in the popup, signed in only: today's and the next 7 days' conferences the
 * person owns or is invited to, soonest first, each with a Join button that goes through the same
 * launcher as every call. A server that is down or answers garbage gets one quiet line; the rest
 * of the popup never waits for it.
 */

export interface ConferenceListView {
  section: HTMLElement;
  list: HTMLUListElement;
  note: HTMLElement;
}

export function buildConferenceList(doc: Document): ConferenceListView {
  const list = element('ul', { id: 'conferences', class: 'call-list conferences' }, [], doc);
  const note = element('p', { class: 'hint conferences-note', hidden: true }, [], doc);
  const section = element(
    'section',
    {
      id: 'conferences-section',
      class: 'lists',
      hidden: true,
      'aria-labelledby': 'conferences-heading',
    },
    [
      element('h2', { id: 'conferences-heading' }, [translate('conferences_heading')], doc),
      list,
      note,
    ],
    doc,
  );
  return { section, list, note };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The start in the browser's own locale: the time today, with the day on another day. */
export function startText(startsAt: number, now: number, locale?: string): string {
  const sameDay = new Date(startsAt).toDateString() === new Date(now).toDateString();
  const options: Intl.DateTimeFormatOptions = sameDay
    ? { hour: 'numeric', minute: '2-digit' }
    : startsAt - now < 7 * DAY_MS
      ? { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' }
      : { day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' };
  return new Intl.DateTimeFormat(locale, options).format(startsAt);
}

/** "14:30 · in 12 min", "14:00 · now", or the time alone further ahead. */
export function whenText(startsAt: number, now: number, locale?: string): string {
  const time = startText(startsAt, now, locale);
  const reading = startReading(startsAt, now);
  if (reading.kind === 'now') return `${time} · ${translate('conference_now')}`;
  if (reading.kind === 'minutes') {
    return `${time} · ${translate('conference_in_minutes', [String(reading.minutes)])}`;
  }
  return time;
}

export class ConferenceList {
  private serial = 0;

  constructor(
    private readonly view: ConferenceListView,
    private readonly join: (conference: ConferenceView) => void,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** Signed in: loads the list; signed out: hides it. */
  setSignedIn(signedIn: boolean): void {
    this.serial += 1;
    if (!signedIn) {
      this.view.list.replaceChildren();
      this.view.note.hidden = true;
      this.view.section.hidden = true;
      return;
    }
    void this.load(this.serial);
  }

  private async load(serial: number): Promise<void> {
    const answer = await sendToBackground({
      type: 'server-conferences',
      ...listWindow(this.now()),
    }).catch(() => null);
    if (serial !== this.serial) return;
    if (answer?.ok) {
      this.show(upcomingConferences(answer.conferences, this.now()));
      return;
    }
    const kind = answer && !answer.ok && isServerErrorKind(answer.error) ? answer.error : null;
    this.show(
      [],
      translate('conferences_error', [translate(serverErrorMessageKey(kind ?? 'bad-answer'))]),
    );
  }

  private show(conferences: ConferenceView[], problem?: string): void {
    const doc = this.view.list.ownerDocument;
    const now = this.now();
    this.view.list.replaceChildren(
      ...conferences.map((conference) => this.item(conference, now, doc)),
    );
    const noteText = problem ?? (conferences.length === 0 ? translate('conferences_none') : '');
    this.view.note.textContent = noteText;
    this.view.note.hidden = noteText === '';
    this.view.note.dataset.kind = problem ? 'error' : 'empty';
    this.view.section.hidden = false;
  }

  private item(conference: ConferenceView, now: number, doc: Document): HTMLLIElement {
    const when = conference.startsAt === null ? '' : whenText(conference.startsAt, now);
    const running = conference.startsAt !== null && conference.startsAt <= now;
    const button = element(
      'button',
      {
        type: 'button',
        class: 'conference-join',
        'aria-label': translate('conference_join_named', [conference.topic, when]),
      },
      [translate('conference_join')],
      doc,
    );
    button.addEventListener('click', () => this.join(conference));
    return element(
      'li',
      { class: running ? 'conference running' : 'conference', 'data-id': conference.id },
      [
        element(
          'span',
          { class: 'conference-text' },
          [
            element('span', { class: 'conference-topic' }, [conference.topic], doc),
            element('span', { class: 'conference-when' }, [when], doc),
          ],
          doc,
        ),
        button,
      ],
      doc,
    );
  }
}
