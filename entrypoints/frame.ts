import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { runFrame } from '../src/frame/run-frame';

/**
 * The extension's only script in every frame, kept small (docs/architecture.md, "Frame script"):
 * the click interceptor and a cheap check for text worth linking; the linkifier (linkify.ts)
 * follows only into frames that have some.
 *
 * Declared in the manifest by wxt.config.ts rather than as a WXT content script: WXT wraps those
 * in a context object that the frame script has no use for, costs 700 bytes gzipped in every
 * frame, and posts a message every page can read.
 */
export default defineUnlistedScript(() => {
  runFrame(window);
});
