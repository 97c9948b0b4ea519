import { translate, translateMessage } from '../i18n/translate';
import type { CallPlan } from './call-plan';
import type { Interpretation, Reading } from './interpret';
import type { PopupView } from './view';

export interface PreviewAdvice {
  /** Text that would work instead of what was typed, offered as a button. */
  suggestion?: string | undefined;
  /** The server of a typed TrueConf ID that looks like an e-mail provider's, not TrueConf's. */
  doubtfulServer: string | null;
  /** Offer the button to the options' phone calls section. */
  phoneSettings?: boolean;
  /** Enter calls this address book contact: the preview names it (the plan is its link). */
  contact?: { name: string; id: string } | null;
}

/**
 * Shows what Enter would do: the plain description, the exact URI (password masked), where a
 * pasted address was found, or why nothing can be launched.
 */
export function renderPreview(
  view: PopupView,
  interpretation: Interpretation,
  reading: Reading | null,
  plan: CallPlan,
  advice: PreviewAdvice = { doubtfulServer: null },
): void {
  const found =
    interpretation.status === 'ready' && interpretation.source === 'invitation' && reading
      ? reading.foundText
      : undefined;
  view.previewFound.hidden = found === undefined;
  // Where the chosen address was found; the list of choices above already shows the others.
  view.previewFound.textContent =
    found === undefined ? '' : translate('popup_found_in_text', [found]);

  const webLink = reading?.webLink;
  const note =
    webLink?.isKnownServer === false
      ? translate('popup_note_unknown_server', [webLink.server])
      : advice.doubtfulServer !== null && plan.status === 'ready'
        ? translate('popup_note_doubtful_server', [advice.doubtfulServer])
        : '';
  view.previewNote.hidden = note === '';
  view.previewNote.textContent = note;
  const { suggestion } = advice;
  view.suggestion.hidden = suggestion === undefined;
  view.suggestion.textContent =
    suggestion === undefined ? '' : translate('popup_use_suggestion', [suggestion]);

  view.phoneSettingsButton.hidden = advice.phoneSettings !== true;

  const error = plan.status === 'invalid' ? plan.error : null;
  view.previewError.hidden = error === null;
  view.previewError.textContent = error ? translateMessage(error) : '';
  view.address.setAttribute('aria-invalid', String(error !== null));

  if (plan.status === 'ready') {
    view.previewDescription.textContent = advice.contact
      ? translate('popup_preview_contact', [advice.contact.name, advice.contact.id])
      : translateMessage(plan.description);
    view.previewUri.textContent = plan.displayUri;
  } else {
    view.previewDescription.textContent =
      plan.status === 'empty' ? translate('popup_preview_empty') : '';
    view.previewUri.textContent = '';
  }
  view.previewUri.hidden = plan.status !== 'ready';
  view.preview.dataset.state = plan.status;
}
