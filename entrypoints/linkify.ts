import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { runPageLinkifier } from '../src/linkify/content-controller';
import { takeLinkifierSeed } from '../src/linkify/linkifier-seed';

/**
 * The linkifier, loaded by the background (scripting.executeScript) into one frame whose frame
 * script found text worth linking. Runs in the same isolated world as the frame script.
 */
export default defineUnlistedScript(() => {
  // Taken even by a second load, which has no use for it: nothing of it stays in the frame.
  const seed = takeLinkifierSeed();
  // A frame is asked once per document; a second load (a retried request) must not link twice.
  // The mark also says whether it started from the seed, in the extension's own world only (the
  // end-to-end tests read it there: a seed that stopped arriving would only show as slowness).
  const shared = globalThis as typeof globalThis & { trueconfLinkifierLoaded?: string };
  if (shared.trueconfLinkifierLoaded) return;
  shared.trueconfLinkifierLoaded = seed ? 'from-seed' : 'from-own-reads';
  void runPageLinkifier(window, new ContentScriptContext('linkify'), seed);
});
