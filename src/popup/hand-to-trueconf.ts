import type { LaunchRequest } from '../messaging/messages';
import { sendToBackground } from '../messaging/send';

export type HandOverResult =
  | { ok: true; outcome: 'handed-to-trueconf' | 'awaiting-confirmation' }
  | { ok: false; error: string };

/**
 * Asks the background to hand `uri` to the TrueConf app; it launches and records history.
 * Success only ever means the browser was given the URI: no browser says whether the app took it.
 */
export async function handToTrueConf(uri: string): Promise<HandOverResult> {
  const request: LaunchRequest = { type: 'launch', uri, origin: 'popup' };
  try {
    const response = await sendToBackground(request);
    if (!response) return { ok: false, error: 'no-answer' };
    return response.ok ? { ok: true, outcome: response.outcome } : response;
  } catch {
    return { ok: false, error: 'no-answer' };
  }
}
