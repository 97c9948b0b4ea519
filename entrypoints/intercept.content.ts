import { defineContentScript } from 'wxt/utils/define-content-script';
import { answerBackgroundRequests } from '../src/intercept/page-requests';
import { interceptLinkClicks, type InterceptorSettings } from '../src/intercept/click-interceptor';
import { reportContextTargets } from '../src/intercept/context-reporter';
import { followSettings, knownServersOf, phoneTelLinksOn, type Settings } from '../src/settings';

function interceptorSettings(settings: Settings): InterceptorSettings {
  return {
    knownServers: knownServersOf(settings),
    webLinksToApp: settings.webLinks !== 'browser',
    phoneTelLinks: phoneTelLinksOn(settings),
  };
}

// Runs at document_start, apart from the linkifier, so clicks are caught from the first paint and
// the click witness sees every link arrive. In exactly the frames the linkifier runs in, blob:,
// data: and sandboxed ones included: a frame without the interceptor would hand its links to the
// browser, which launches them without the extension's confirmation.
export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_start',
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  main() {
    let current: InterceptorSettings = { knownServers: [], webLinksToApp: true };
    void followSettings(({ settings }) => (current = interceptorSettings(settings)));
    interceptLinkClicks(window, () => current);
    reportContextTargets(window);
    answerBackgroundRequests(window);
  },
});
