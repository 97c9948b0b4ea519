import { defineContentScript } from 'wxt/utils/define-content-script';
import { answerBackgroundRequests } from '../src/intercept/page-requests';
import { interceptLinkClicks, type InterceptorSettings } from '../src/intercept/click-interceptor';
import { reportContextTargets } from '../src/intercept/context-reporter';
import { followSettings, knownServersOf, type Settings } from '../src/settings';

function interceptorSettings(settings: Settings): InterceptorSettings {
  return { knownServers: knownServersOf(settings), webLinksToApp: settings.webLinks !== 'browser' };
}

// Runs at document_start, apart from the linkifier, so clicks are caught from the first paint.
export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_start',
  allFrames: true,
  matchAboutBlank: true,
  main() {
    let current: InterceptorSettings = { knownServers: [], webLinksToApp: true };
    void followSettings(({ settings }) => (current = interceptorSettings(settings)));
    interceptLinkClicks(window, () => current);
    reportContextTargets(window);
    answerBackgroundRequests(window);
  },
});
