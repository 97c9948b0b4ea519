import { browser } from 'wxt/browser';
import { isPresenceReset } from '../messaging/messages';
import { sendFromFrame } from '../messaging/send';
import { effectivePhoneRegion } from '../phone/regions';
import { browserUiLanguage } from '../phone/ui-language';
import {
  followSettings,
  isHostListed,
  loadRuleVerdicts,
  phoneLinksOn,
  watchRuleVerdicts,
  type RuleVerdicts,
  type Settings,
} from '../settings';
import { countAddressLinks, DebouncedCountReporter } from './address-count';
import { detectionSignature, detectOptionsFor } from './detect-options';
import { createLinkTitles } from './link/link-titles';
import { Linkifier } from './linkifier';
import type { LinkifierSeed } from './linkifier-seed';
import { isOptedOutByMeta, pageHost } from './page-context';
import { firstFrameAfterParse } from './page-ready';
import { loadedPhoneFinder, whenPhoneFinderArrives } from './phones/finder-slot';
import { phoneMatcherFor, type PhoneMatcher } from './phones/phone-matches';
import { createPagePresence } from './presence/page-presence-host';

export interface ContentScriptLifetime {
  onInvalidated(callback: () => void): unknown;
}

function reportAddressCount(count: number): void {
  // The background may be restarting; the next change reports again.
  sendFromFrame({ type: 'address-count', count }).catch(() => undefined);
}

let phoneFinderAsked = false;

/**
 * The phone numbers to link under `settings`, while they are linked and the phone finder's
 * script is here. The background loads it with the linkifier while phone numbers are linked;
 * switched on later, it is asked for once (the same request that loaded the linkifier).
 */
function phoneMatcherOf(settings: Settings): PhoneMatcher | undefined {
  if (!phoneLinksOn(settings)) return undefined;
  const finder = loadedPhoneFinder();
  if (finder === null) {
    if (!phoneFinderAsked) {
      phoneFinderAsked = true;
      sendFromFrame({ type: 'linkify-frame' }).catch(() => {
        phoneFinderAsked = false;
      });
    }
    return undefined;
  }
  const region = effectivePhoneRegion(settings.phoneCountry, browserUiLanguage());
  return phoneMatcherFor(finder, region, settings.phoneDialFormat) ?? undefined;
}

/**
 * Tells whoever listens on the document (the benchmark, a page that wants to know) that every
 * address found so far is linked. An event, not an attribute: it changes nothing on the page.
 */
export const IDLE_EVENT = 'trueconf-linkify:idle';

function announceWhenIdle(doc: Document, linkifier: Linkifier, onIdle?: () => void): void {
  void linkifier.whenIdle().then(() => {
    doc.dispatchEvent(new Event(IDLE_EVENT));
    onIdle?.();
  });
}

/**
 * Links this frame's document while the site is on, follows settings changes live (switching a
 * site off restores the page; changed servers or forms relink), and keeps the badge count current.
 *
 * The script arrives when the frame script has found a candidate (usually once the document is
 * parsed), with its settings in the background's seed. Linking starts once the document is parsed
 * (a half-parsed page would mean re-reading blocks the parser is still filling) and the browser
 * has drawn the page once: its first layout and paint come first, and the links follow at once.
 */
export async function runPageLinkifier(
  view: Window,
  lifetime: ContentScriptLifetime,
  seed: LinkifierSeed | null = null,
): Promise<void> {
  const doc = view.document;
  // Read from now on; applied once the page is ready for them (`applyNow`, below) and both the
  // settings and the verdicts on their custom rules are in. The background's seed stands in until
  // the reads answer.
  let latest: Settings | null = seed?.settings ?? null;
  let verdicts: RuleVerdicts | null = seed?.verdicts ?? null;
  let verdictsWatched = false;
  let applyNow: ((settings: Settings, verdicts: RuleVerdicts) => void) | null = null;
  const applyLatest = (): void => {
    if (latest && verdicts) applyNow?.(latest, verdicts);
  };
  const following = followSettings(({ settings }) => {
    latest = settings;
    applyLatest();
  });
  // A rule judged after the page started is used from then on.
  const stopWatchingVerdicts = watchRuleVerdicts((changed) => {
    verdictsWatched = true;
    verdicts = changed;
    applyLatest();
  });
  void loadRuleVerdicts()
    .catch(() => ({}))
    .then((loaded) => {
      // A change seen meanwhile is newer than this read; the seed is older.
      if (verdictsWatched) return;
      verdicts = loaded;
      applyLatest();
    });
  const stopFollowing = (): void => {
    stopWatchingVerdicts();
    void following.then((stop) => stop());
  };
  await firstFrameAfterParse(view);
  const host = pageHost(view);
  const titles = createLinkTitles(
    (key, substitutions) =>
      browser.i18n.getMessage(key as Parameters<typeof browser.i18n.getMessage>[0], substitutions),
    seed?.titleTemplates,
  );
  let linkifier: Linkifier | null = null;
  const presence = createPagePresence(() => [doc, ...(linkifier?.shadowRoots() ?? [])]);
  const counter = new DebouncedCountReporter(
    () => countAddressLinks([doc, ...(linkifier?.shadowRoots() ?? [])]),
    (count) => {
      reportAddressCount(count);
      // Links came or went: presence for the new ones (opt-in; nothing is sent while off).
      void presence.update();
    },
  );
  if (isOptedOutByMeta(doc)) {
    stopFollowing();
    counter.flush();
    return;
  }
  // Signed in or out: the background says so, and the dots are asked for again at once.
  const onSessionChange = (message: unknown, sender: { id?: string }): undefined => {
    if (sender.id === browser.runtime.id && isPresenceReset(message)) void presence.restart();
    return undefined;
  };
  browser.runtime.onMessage.addListener(onSessionChange);

  let signature = '';
  let look: Settings['linkStyle'] | undefined;
  const apply = (settings: Settings, ruleVerdicts: RuleVerdicts): void => {
    const findPhones = phoneMatcherOf(settings);
    const options = {
      detectOptions: detectOptionsFor(settings, ruleVerdicts, doc, host),
      linkLook: settings.linkStyle,
      describeMatch: titles,
      onChange: () => counter.changed(),
      pageWorldWalk: true,
      ...(findPhones ? { findPhones } : {}),
    };
    linkifier ??= new Linkifier(doc, options);
    if (isHostListed(host, settings.disabledSites)) {
      linkifier.stop();
      presence.stop();
    } else {
      presence.setOptions(settings.serverPresence, settings.linkStyle);
      // Links keep the look they were made with: a new look means making them again.
      if (look !== settings.linkStyle) linkifier.stop();
      look = settings.linkStyle;
      const nextSignature = JSON.stringify([
        detectionSignature(settings, ruleVerdicts),
        findPhones !== undefined,
      ]);
      if (nextSignature !== signature || !linkifier.isActive) linkifier.update(options);
      signature = nextSignature;
      linkifier.start();
      announceWhenIdle(doc, linkifier, () => void presence.update());
    }
    counter.changed();
  };

  applyNow = apply;
  whenPhoneFinderArrives(applyLatest);
  applyLatest();
  lifetime.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onSessionChange);
    applyNow = null;
    stopFollowing();
    linkifier?.stop();
    presence.stop();
    counter.cancel();
  });
}
