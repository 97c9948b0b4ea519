import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { runPageLinkifier } from '../src/linkify/content-controller';

/**
 * The linkifier, loaded by the background (scripting.executeScript) into one frame whose frame
 * script found text worth linking. Runs in the same isolated world as the frame script.
 */
export default defineUnlistedScript(() => {
  // A frame is asked once per document; a second load (a retried request) must not link twice.
  const shared = globalThis as typeof globalThis & { trueconfLinkifierLoaded?: boolean };
  if (shared.trueconfLinkifierLoaded) return;
  shared.trueconfLinkifierLoaded = true;
  void runPageLinkifier(window, new ContentScriptContext('linkify'));
});
