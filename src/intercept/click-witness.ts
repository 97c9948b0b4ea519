import type { ClickFacts } from '../messaging/messages';
import { startLinkClock } from './link-clock';
import { linkInPath } from './link-target';
import { linkCentre, measureLinkAt, type LinkVisibility } from './link-visibility';
import { observeVisibility } from './visibility-observer';

/**
 * Records, in the content script's own world, what happened before a click on a link: which link
 * the press (pointer down, or Enter) was on, its address then, how long it had been in the page,
 * and whether it was visible and uncovered. The background judges these facts
 * (src/background/click-rule.ts); a page can only lie to them through its DOM, and that is what
 * they measure.
 */
export interface ClickWitness {
  /** What was seen of the press that led to this click on `link`; undefined: no such press. */
  factsFor(link: HTMLAnchorElement | HTMLAreaElement): ClickFacts | undefined;
  stop(): void;
}

interface Press extends LinkVisibility {
  input: ClickFacts['input'];
  link: HTMLAnchorElement | HTMLAreaElement;
  href: string;
  stableMs: number;
  observedVisible: boolean | null;
}

export function witnessClicks(view: Window): ClickWitness {
  const now = (): number => view.performance.now();
  const clock = startLinkClock(view.document, now);
  const visibility = observeVisibility(view);
  const focusedAt = new WeakMap<Element, number>();
  // The one press a click can come from: the latest, used once, so no click borrows an old one.
  let lastPress: Press | undefined;
  let releasedOn: Element | null = null;

  const press = (
    input: ClickFacts['input'],
    link: HTMLAnchorElement | HTMLAreaElement,
    at: { x: number; y: number },
    since: number,
  ): Press => {
    return {
      input,
      link,
      href: link.href,
      stableMs: Math.max(0, now() - since),
      ...measureLinkAt(link, at.x, at.y),
      observedVisible: visibility.verdict(link),
    };
  };

  const onApproach = (event: Event): void => {
    if (!event.isTrusted) return;
    const path = event.composedPath();
    clock.watchShadowRootsIn(path);
    const link = linkInPath(path);
    if (!link) return;
    visibility.watch(link);
    if (event.type === 'focusin') focusedAt.set(link, now());
  };
  const onPointerDown = (event: PointerEvent): void => {
    releasedOn = null;
    lastPress = undefined;
    if (!event.isTrusted || event.button !== 0) return;
    const path = event.composedPath();
    clock.watchShadowRootsIn(path);
    const link = linkInPath(path);
    if (!link) return;
    lastPress = press(
      'pointer',
      link,
      { x: event.clientX, y: event.clientY },
      clock.changedAt(link),
    );
  };
  const onPointerUp = (event: PointerEvent): void => {
    if (event.isTrusted && event.button === 0) releasedOn = linkInPath(event.composedPath());
  };
  const onKeyDown = (event: KeyboardEvent): void => {
    if (!event.isTrusted || event.key !== 'Enter') return;
    lastPress = undefined;
    const link = linkInPath(event.composedPath());
    if (!link) return;
    // Focus that arrived just now counts like a link that arrived just now.
    const since = Math.max(clock.changedAt(link), focusedAt.get(link) ?? now());
    lastPress = press('keyboard', link, linkCentre(link), since);
  };

  view.addEventListener('pointerover', onApproach, true);
  view.addEventListener('focusin', onApproach, true);
  view.addEventListener('pointerdown', onPointerDown, true);
  view.addEventListener('pointerup', onPointerUp, true);
  view.addEventListener('keydown', onKeyDown, true);

  return {
    factsFor(link) {
      const latest = lastPress;
      lastPress = undefined;
      if (!latest) return undefined;
      const sameLink = latest.link === link && (latest.input === 'keyboard' || releasedOn === link);
      return {
        input: latest.input,
        sameLink,
        hrefUnchanged: latest.href === link.href,
        stableMs: latest.stableMs,
        uncovered: latest.uncovered,
        opacity: latest.opacity,
        width: latest.width,
        height: latest.height,
        viewportWidth: latest.viewportWidth,
        viewportHeight: latest.viewportHeight,
        observedVisible: latest.observedVisible,
      };
    },
    stop() {
      clock.stop();
      visibility.stop();
      view.removeEventListener('pointerover', onApproach, true);
      view.removeEventListener('focusin', onApproach, true);
      view.removeEventListener('pointerdown', onPointerDown, true);
      view.removeEventListener('pointerup', onPointerUp, true);
      view.removeEventListener('keydown', onKeyDown, true);
    },
  };
}
