import { translate, translateMessage } from '../i18n/translate';
import type { CallPlan } from './call-plan';
import type { Interpretation, Reading } from './interpret';
import type { PopupView } from './view';

/**
 * Shows what Enter would do: the plain description, the exact URI (password masked), where a
 * pasted address was found, or why nothing can be launched.
 */
export function renderPreview(
  view: PopupView,
  interpretation: Interpretation,
  reading: Reading | null,
  plan: CallPlan,
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
  const unknownServer = webLink?.isKnownServer === false;
  view.previewNote.hidden = !unknownServer;
  view.previewNote.textContent = unknownServer
    ? translate('popup_note_unknown_server', [webLink.server])
    : '';

  const error = plan.status === 'invalid' ? plan.error : null;
  view.previewError.hidden = error === null;
  view.previewError.textContent = error ? translateMessage(error) : '';
  view.address.setAttribute('aria-invalid', String(error !== null));

  if (plan.status === 'ready') {
    view.previewDescription.textContent = translateMessage(plan.description);
    view.previewUri.textContent = plan.displayUri;
  } else {
    view.previewDescription.textContent =
      plan.status === 'empty' ? translate('popup_preview_empty') : '';
    view.previewUri.textContent = '';
  }
  view.previewUri.hidden = plan.status !== 'ready';
  view.preview.dataset.state = plan.status;
}
