import { defineContentScript } from 'wxt/utils/define-content-script';
import { servePageWalks } from '../src/linkify/find/page-walker';

/**
 * Runs in the page's own world, where walking the page costs a fifth of what it costs the content
 * script; it only points at text nodes and shadow hosts (see src/linkify/find/page-walk-events.ts).
 */
export default defineContentScript({
  // Exactly the frames content.ts runs in. Written out in both: WXT's build reads these options
  // as literals and fails on a shared object spread into them.
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_start',
  world: 'MAIN',
  // WXT would otherwise leave `window.pageWalker` behind for every page to see.
  globalName: false,
  main() {
    servePageWalks(document);
  },
});
