import { translate } from '../i18n/translate';
import type { CallPlan } from './call-plan';
import { renderQrCode } from './qr';
import type { PopupView } from './view';

/**
 * The QR code lets a phone take the call. It never shows a command that signs in, nor one that
 * holds a password (an RTSP address may): a code on screen is easy to photograph.
 */
export function renderQrPanel(view: PopupView, plan: CallPlan): void {
  const shareable = plan.status === 'ready' && !plan.signsIn && !plan.hasPassword;
  const uri = shareable ? plan.uri : null;
  view.qr.hidden = uri === null;
  if (view.qrImage.dataset.uri === (uri ?? '')) return;
  view.qrImage.dataset.uri = uri ?? '';
  if (uri === null) {
    view.qrImage.replaceChildren();
    return;
  }
  const code = renderQrCode(uri, translate('popup_qr_label', [uri]));
  view.qrImage.replaceChildren(code ?? translate('popup_qr_too_long'));
}
