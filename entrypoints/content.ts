import { defineContentScript } from 'wxt/utils/define-content-script';
import { runPageLinkifier } from '../src/linkify/content-controller';

/** Turns TrueConf addresses written on pages into links; all the logic lives in src/linkify. */
export default defineContentScript({
  matches: ['<all_urls>'],
  // Same-origin frames, including about:blank and srcdoc ones, get their own linkifier.
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_idle',
  main(ctx) {
    void runPageLinkifier(window, ctx);
  },
});
