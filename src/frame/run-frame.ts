import { isLikelyTrueConfText } from '../detect/prefilter';
import { interceptLinkClicks } from '../intercept/click-interceptor';
import { reportContextTargets } from '../intercept/context-reporter';
import { answerBackgroundRequests } from '../intercept/page-requests';
import { ADDRESS_LINK_SELECTOR } from '../linkify/address-count';
import { pageHost } from '../linkify/page-context';
import { noteFirstFrameAfterParse, whenParsed } from '../linkify/page-ready';
import { sendFromFrame } from '../messaging/send';
import { mayHoldPhoneNumber } from '../phone/prefilter';
import {
  DEFAULT_FRAME_SETTINGS,
  followFrameSettings,
  type FrameSettings,
} from '../settings/frame-settings';
import { isHostListed } from '../settings/sites';
import { watchForCandidate, type CandidateTest } from './candidate-scan';

/**
 * The detection pre-filter itself, without page options (it lets through whatever some options
 * could link), so whatever it learns to let through loads the linkifier. A custom rule can match
 * anything: with one, every frame is a candidate.
 */
function candidateTestFor(settings: FrameSettings): CandidateTest {
  if (settings.anyTextCandidate) return () => true;
  const { phoneText } = settings;
  return (text) => isLikelyTrueConfText(text) || (phoneText && mayHoldPhoneNumber(text));
}

/**
 * The one script of the extension that every frame gets (`entrypoints/frame.ts`), at
 * document_start. It intercepts clicks on TrueConf links from the first paint (the page's links
 * and ours, in every kind of frame: one without it would hand its links to the browser, which
 * launches them without the extension's confirmation), reports context-menu targets and answers the
 * background. (The page-world walker's channel is offered by the linkifier, when it first walks.)
 *
 * The linkifier is not here: once the document is parsed, the frame's text is checked with the
 * detection pre-filter, and only a frame with a candidate (now or in text added later) asks the
 * background to load the linkifier into it. A site switched off asks nothing until it is on again.
 */
export function runFrame(view: Window): void {
  const doc = view.document;
  let latest: FrameSettings | null = null;
  // The record carries the interceptor's settings as they are (known servers, web and tel: links).
  interceptLinkClicks(view, () => latest ?? DEFAULT_FRAME_SETTINGS);
  reportContextTargets(view);
  answerBackgroundRequests(view);

  let asked = false;
  let stopWatching = (): void => undefined;
  const askForLinkifier = (): void => {
    if (asked) return;
    asked = true;
    void sendFromFrame({ type: 'linkify-frame' }).catch(() => {
      // The background was away (restarting): the next candidate asks again.
      asked = false;
    });
  };
  let parsed = false;
  const watchWithLatest = (): void => {
    stopWatching();
    if (!parsed || !latest || asked) return;
    const { disabledSites } = latest;
    if (disabledSites.length > 0 && isHostListed(pageHost(view), disabledSites)) return;
    stopWatching = watchForCandidate(
      doc,
      candidateTestFor(latest),
      ADDRESS_LINK_SELECTOR,
      askForLinkifier,
    );
  };
  followFrameSettings((settings) => {
    latest = settings;
    watchWithLatest();
  });
  void whenParsed(doc).then(() => {
    parsed = true;
    watchWithLatest();
  });
  // For the linkifier, should it come: it starts after the page's first frame, not another one.
  noteFirstFrameAfterParse(view);
}
