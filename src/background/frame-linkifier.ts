import { browser, type Browser } from 'wxt/browser';
import { linkTitleTemplates } from '../linkify/link/link-titles';
import { plantLinkifierSeed, type LinkifierSeed } from '../linkify/linkifier-seed';
import { loadRuleVerdicts, loadSettingsForPage, phoneLinksOn } from '../settings';

/** The linkifier's unlisted script (entrypoints/linkify.ts), as the build names it. */
export const LINKIFIER_SCRIPT = '/linkify.js';
/** The phone finder's (entrypoints/phone-finder.ts): loaded first, only while phones are linked. */
export const PHONE_FINDER_SCRIPT = '/phone-finder.js';
/** The linkifier's helper in the page's own world (entrypoints/page-walker.ts). */
export const PAGE_WALKER_SCRIPT = '/page-walker.js';

type LinkifierScript = typeof PHONE_FINDER_SCRIPT | typeof LINKIFIER_SCRIPT;

/**
 * What a frame gets: the scripts (the phone finder only while phone numbers on pages become
 * links) and the linkifier's seed (`linkifier-seed.ts`). Decided without waiting for Chromium's
 * first read of the policy after the browser starts (seconds): on the policy as last read. A
 * linkifier that then learns phone numbers are on asks again, and gets the phone finder
 * (`phoneMatcherOf` in content-controller.ts).
 */
export async function linkifierLoad(): Promise<{ files: LinkifierScript[]; seed: LinkifierSeed }> {
  const [{ loaded }, verdicts] = await Promise.all([
    loadSettingsForPage(),
    loadRuleVerdicts().catch(() => ({})),
  ]);
  // Looked up here, where the catalogue is loaded already.
  const titleTemplates = linkTitleTemplates((key, substitutions) =>
    browser.i18n.getMessage(key as Parameters<typeof browser.i18n.getMessage>[0], substitutions),
  );
  return {
    files: phoneLinksOn(loaded.settings)
      ? [PHONE_FINDER_SCRIPT, LINKIFIER_SCRIPT]
      : [LINKIFIER_SCRIPT],
    seed: { settings: loaded.settings, verdicts, titleTemplates },
  };
}

type Sender = Browser.runtime.MessageSender;
type InjectionTarget = Browser.scripting.InjectionTarget;

/**
 * Where to load the linkifier, from the sender alone: a frame of a tab's page. Never from the
 * message (it carries nothing), and never an extension page.
 */
export function linkifierTarget(sender: Sender, extensionOrigin: string): InjectionTarget | null {
  const tabId = sender.tab?.id;
  const { frameId } = sender;
  if (tabId === undefined || tabId < 0 || frameId === undefined) return null;
  if ((sender.url ?? '').startsWith(extensionOrigin)) return null;
  return { tabId, frameIds: [frameId] };
}

/**
 * Loads the linkifier into the frame that asked (src/frame/run-frame.ts): only frames with text
 * worth linking carry it. A frame gone before the script arrives is no error worth reporting.
 * A linkifier already there asks again when phone numbers are switched on, for the phone finder;
 * the linkifier's script then returns at once.
 */
export async function linkifySenderFrame(sender: Sender): Promise<undefined> {
  if (sender.id !== browser.runtime.id) return undefined;
  const target = linkifierTarget(sender, browser.runtime.getURL('/'));
  if (!target) return undefined;
  const { files, seed } = await linkifierLoad();
  // The seed is asked for first and not awaited: a script given as a function goes out at once, one
  // given as a file after the browser has read it, so the seed is in place when the linkifier
  // starts (and when it is not, the linkifier reads its settings itself, as it does anyway).
  // The page-world helper comes here too, not into every frame, so a frame with nothing to link
  // carries nothing a page could probe for. It is asked for before the linkifier and not awaited:
  // waiting for it cost the big page's links ~20 ms, and it was in place before the linkifier
  // offered it a channel in every load measured (docs/benchmark.md); a linkifier that finds no
  // helper walks on its own.
  const seeded = browser.scripting
    .executeScript({ target, func: plantLinkifierSeed, args: [seed], injectImmediately: true })
    .catch(() => undefined);
  const helper = browser.scripting
    .executeScript({ target, files: [PAGE_WALKER_SCRIPT], world: 'MAIN', injectImmediately: true })
    .catch(() => undefined);
  await Promise.all([
    seeded,
    helper,
    browser.scripting
      .executeScript({ target, files, injectImmediately: true })
      .catch(() => undefined),
  ]);
  return undefined;
}
