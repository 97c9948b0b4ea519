import { translate } from '../i18n/translate';
import { sendToBackground } from '../messaging/send';
import { isServerErrorKind, serverErrorMessageKey } from '../server';
import { element } from '../ui/dom';
import { followSettings } from '../settings';
import { applyServerPolicy, buildAccountPanel, startAccountPanel } from '../ui/server-account';
import { showStatus } from '../ui/status-line';
import { buildConferenceList, ConferenceList } from './conference-list';
import { buildContactList, ContactSearch } from './contact-search';
import type { QuickDial } from './quick-dial';
import type { PopupView } from './view';

/**
 * What the user's own TrueConf Server adds to the popup: the address book above favourites and
 * recent calls, "Your conferences" below it, "Meet now" in the header, and the account panel at
 * the bottom. Signed out,
 * server down or answering garbage, the rest of the popup works exactly as without it.
 */
export async function startServerPanel(view: PopupView, dial: QuickDial): Promise<void> {
  const doc = view.root.ownerDocument;
  const contacts = buildContactList(doc);
  const search = new ContactSearch(
    contacts,
    (contact) => void dial.launch(contact.uri, contact.name),
    () => dial.update(),
  );
  view.form.after(contacts.section);
  const conferenceView = buildConferenceList(doc);
  contacts.section.after(conferenceView.section);
  const conferences = new ConferenceList(
    conferenceView,
    (conference) => void dial.launch(conference.uri, conference.topic),
  );
  view.address.addEventListener('input', () => search.onInput(view.address.value));
  dial.contactFor = (text) => search.firstFor(text);

  const meetNow = element(
    'button',
    { type: 'button', id: 'meet-now', hidden: true },
    [translate('meet_now')],
    doc,
  );
  view.openAppButton.before(meetNow);
  meetNow.addEventListener('click', () => {
    meetNow.disabled = true;
    showStatus(view.result, translate('meet_now_busy'));
    void sendToBackground({ type: 'server-meet-now', topic: '' })
      .catch(() => null)
      .then(async (answer) => {
        if (!answer?.ok) {
          const kind =
            answer && !answer.ok && isServerErrorKind(answer.error) ? answer.error : 'bad-answer';
          showStatus(view.result, translate(serverErrorMessageKey(kind)), 'error');
          return;
        }
        const copied = await navigator.clipboard.writeText(answer.invitation).then(
          () => true,
          () => false,
        );
        const handed = await dial.launch(answer.conference.uri, answer.conference.topic);
        if (handed) {
          const key = copied ? 'meet_now_done' : 'meet_now_not_copied';
          showStatus(
            view.result,
            translate(key, [answer.conference.topic]),
            copied ? 'ok' : 'error',
          );
        }
      })
      .finally(() => {
        meetNow.disabled = false;
      });
  });

  const panel = buildAccountPanel(doc);
  const account = element(
    'details',
    { id: 'account', class: 'account-panel' },
    [element('summary', {}, [translate('account_title')], doc), panel.root],
    doc,
  );
  view.root.append(account);
  // The administrator's server: preset, and read-only while locked (the background refuses
  // any other one too).
  const following = followSettings(({ settings, locked }) =>
    applyServerPolicy(panel, {
      address: settings.serverAddress,
      locked: locked.includes('serverAddress'),
    }),
  );
  await startAccountPanel(panel, {
    onAccount: (signedIn) => {
      meetNow.hidden = signedIn === null;
      search.setSignedIn(signedIn !== null);
      conferences.setSignedIn(signedIn !== null);
      // Signed in: search what is typed already. Signed out: the search keeps its last reason.
      if (signedIn !== null) search.onInput(view.address.value);
    },
  });
  await following;
}
