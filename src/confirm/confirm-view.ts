import { translate, translateMessage } from '../i18n/translate';
import { applyDocumentLanguage, applyTranslations } from '../ui/i18n';
import type { PendingDecision } from '../messaging/messages';
import { sendToBackground } from '../messaging/send';
import { fitWindowToContent } from './fit-window';
import { shownPlainText } from './shown-text';
import { fillTargetBox } from './target-box';

/**
 * The confirmation window: an extension window a page can neither draw over nor imitate.
 * It shows where a held launch came from and what it would do (never a password). Enter takes
 * the focused button, and the window says which: Cancel for a sign-in (Enter or closing the
 * window launches nothing), the call itself for a plain call the person asked to confirm.
 */

/** Messages keep the service worker awake while the user reads; it holds the request in memory. */
const KEEP_ALIVE_MS = 20_000;

export async function startConfirmation(doc: Document, id: string): Promise<void> {
  const byId = <T extends HTMLElement>(elementId: string) => doc.getElementById(elementId) as T;
  const heading = byId('heading');
  const status = byId('status');
  const confirmButton = byId<HTMLButtonElement>('confirm');
  const cancelButton = byId<HTMLButtonElement>('cancel');
  const browserButton = byId<HTMLButtonElement>('browser');
  const trust = byId<HTMLInputElement>('trust');

  applyTranslations(doc);
  applyDocumentLanguage(doc, 'extName');

  const view = await sendToBackground({ type: 'pending-launch-get', id }).catch(() => null);
  if (!view?.ok) {
    heading.textContent = translate('confirmExpiredTitle');
    byId('explanation').textContent = translate('confirmExpired');
    confirmButton.hidden = true;
    cancelButton.textContent = translate('confirmClose');
    cancelButton.addEventListener('click', () => window.close());
    cancelButton.focus();
    void fitWindowToContent(doc);
    return;
  }

  heading.textContent = translate(`confirmTitle_${view.kind.replace('-', '_')}`);
  byId('explanation').textContent = translate(`confirmExplain_${view.kind.replace('-', '_')}`);
  byId('why').hidden = !view.doubtfulClick;
  byId('origin').textContent = view.pageOrigin;
  // Page-chosen parts of the description are shown with their invisible characters marked.
  byId('action').textContent = translateMessage({
    key: view.description.key,
    substitutions: view.description.substitutions.map(shownPlainText),
  });
  fillTargetBox(byId('uri'), view.uri);
  confirmButton.textContent = translate(view.kind === 'sign-in' ? 'confirmSignIn' : 'confirmCall');
  if (view.kind === 'sign-in' && view.pageOrigin !== 'null') {
    byId('trust-row').hidden = false;
    byId('trust-text').textContent = translate('confirmTrustOrigin', [view.pageOrigin]);
  }
  browserButton.hidden = view.kind !== 'web-link';
  if (view.kind === 'refused') {
    confirmButton.hidden = true;
    cancelButton.textContent = translate('confirmClose');
  }

  const keepAlive = setInterval(() => {
    void sendToBackground({ type: 'pending-launch-get', id }).catch(() => undefined);
  }, KEEP_ALIVE_MS);

  let decided = false;
  const decide = async (decision: PendingDecision): Promise<void> => {
    if (decided) return;
    decided = true;
    clearInterval(keepAlive);
    for (const button of [confirmButton, cancelButton, browserButton]) button.disabled = true;
    const result = await sendToBackground({
      type: 'pending-launch-resolve',
      id,
      decision,
      trustOrigin: trust.checked,
    }).catch(() => null);
    const handed = result?.ok === true;
    status.textContent = handed ? translate('launchHandedToTrueConf') : '';
    setTimeout(() => window.close(), handed ? 800 : 0);
  };

  confirmButton.addEventListener('click', () => void decide('launch'));
  cancelButton.addEventListener('click', () => void decide('cancel'));
  browserButton.addEventListener('click', () => void decide('open-in-browser'));
  doc.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') void decide('cancel');
  });
  // Closing the window is a "no": the held launch is dropped, not left for later.
  window.addEventListener('pagehide', () => {
    if (!decided)
      void sendToBackground({
        type: 'pending-launch-resolve',
        id,
        decision: 'cancel',
        trustOrigin: false,
      });
  });
  // Enter takes the call only when it is what the person clicked: a plain call or a web link.
  // A sign-in can do harm, a doubtful click may not be theirs, and a refused link offers nothing.
  const enterCancels =
    view.kind === 'sign-in' ||
    view.kind === 'unclear-click' ||
    view.kind === 'refused' ||
    view.doubtfulClick;
  const safeChoice = enterCancels ? cancelButton : confirmButton;
  safeChoice.focus();
  byId('enter-hint').textContent = translate('confirmEnterDoes', [
    safeChoice.textContent ?? '',
    cancelButton.textContent ?? '',
  ]);
  void fitWindowToContent(doc);
}
