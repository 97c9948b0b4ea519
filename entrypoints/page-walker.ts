import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { servePageWalks } from '../src/linkify/find/page-walker';

/**
 * Runs in the page's own world, where walking the page costs a fifth of what it costs the content
 * script; it only points at text nodes and shadow hosts (see src/linkify/find/page-walk-events.ts).
 * Loaded by the background with the linkifier, into the frames that have something to link
 * (src/background/frame-linkifier.ts), never into every frame.
 */
export default defineUnlistedScript({
  // WXT would otherwise leave `window.pageWalker` behind for the page to see.
  globalName: false,
  main() {
    servePageWalks(document);
  },
});
