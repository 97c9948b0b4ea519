import { defineContentScript } from 'wxt/utils/define-content-script';
import { runPageLinkifier } from '../src/linkify/content-controller';
import { openPageWalkChannel } from '../src/linkify/find/page-walk-client';

/** Turns TrueConf addresses written on pages into links; all the logic lives in src/linkify. */
export default defineContentScript({
  matches: ['<all_urls>'],
  // Same-origin frames, including about:blank and srcdoc ones, get their own linkifier.
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  // Early only to read the settings while the page loads; linking waits for the parsed DOM.
  runAt: 'document_start',
  main(ctx) {
    // Now, before any page script can listen: the page-world helper's private channel.
    openPageWalkChannel(document);
    void runPageLinkifier(window, ctx);
  },
});
