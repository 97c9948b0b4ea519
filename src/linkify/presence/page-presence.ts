import { MAX_PRESENCE_IDS } from '../../messaging/messages';
import type { ContactPresence, PresenceAnswer } from '../../messaging/responses';
import { parseUri } from '../../protocol';
import { LINK_ATTRIBUTE } from '../find/element-rules';
import type { LinkLook } from '../link/link-element';
import { PRESENCE_ATTRIBUTE, PRESENCE_PROPERTIES, presenceDeclarations } from './presence-look';

/**
 * Presence on pages (opt-in; docs/server.md "Presence on pages"), the linkifier's side. After
 * links are made it sends the background the TrueConf IDs they call, and marks each link the
 * answer names: a data attribute, a dot in the link's own inline style, and the presence in words
 * after its title. That is all a page ever gets of it: no token, no answer, no message channel.
 */

/** The same cap as the background's (the message's parser refuses more). */
export const PAGE_PRESENCE_MAX_IDS = MAX_PRESENCE_IDS;

/** Presence is asked again this often while the page is shown (the background caches a minute). */
export const PRESENCE_REFRESH_MS = 60_000;

export interface PresenceHost {
  /** The document and open shadow roots the linkifier works in. */
  roots(): (Document | ShadowRoot)[];
  /** Asks the background; null when it does not answer. */
  ask(ids: string[]): Promise<PresenceAnswer | null>;
  /** `linkify_presence_<presence>` in the browser's language. */
  word(presence: ContactPresence): string;
}

interface Marked {
  title: string | null;
  /** Each property presence sets, as it was: `[value, priority]`. */
  style: [string, string, string][];
}

const LINK_SELECTOR = `a[${LINK_ATTRIBUTE}]`;

/** The TrueConf ID a link of ours calls (`login` or `login@server`), or null: not a person. */
export function linkedIdOf(href: string): string | null {
  const parsed = parseUri(href);
  if (!parsed.ok) return null;
  const target = parsed.command.target;
  if (target?.type !== 'user' || parsed.command.signIn) return null;
  return target.server ? `${target.login}@${target.server}` : target.login;
}

export class PagePresence {
  private on = false;
  private look: LinkLook = 'underline';
  /** Every ID this page asked for, and when; at most `PAGE_PRESENCE_MAX_IDS`. */
  private readonly asked = new Map<string, number>();
  private readonly known = new Map<string, ContactPresence>();
  private readonly marked = new Map<HTMLAnchorElement, Marked>();
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly host: PresenceHost,
    private readonly now: () => number = Date.now,
  ) {}

  /** Follows the settings: off takes every mark away; a new look redraws them. */
  setOptions(on: boolean, look: LinkLook): void {
    const lookChanged = look !== this.look;
    this.on = on;
    this.look = look;
    if (!on) {
      this.unmarkAll();
      this.known.clear();
      this.asked.clear();
      clearInterval(this.timer);
      this.timer = undefined;
      return;
    }
    if (lookChanged) this.unmarkAll();
    this.timer ??= setInterval(() => void this.refreshAll(), PRESENCE_REFRESH_MS);
  }

  stop(): void {
    this.setOptions(false, this.look);
  }

  /** The session changed: what was shown may no longer be the user's to see; ask again. */
  async restart(): Promise<void> {
    if (!this.on) return;
    this.unmarkAll();
    this.known.clear();
    this.asked.clear();
    await this.update();
  }

  /** After the linkifier is idle: asks for IDs not asked yet, then marks what is known. */
  async update(): Promise<void> {
    if (!this.on) return;
    const links = this.links();
    const toAsk: string[] = [];
    for (const id of new Set(links.map(([, id]) => id))) {
      if (this.asked.has(id) || this.asked.size + toAsk.length >= PAGE_PRESENCE_MAX_IDS) continue;
      toAsk.push(id);
    }
    if (toAsk.length > 0) {
      const now = this.now();
      for (const id of toAsk) this.asked.set(id, now);
      await this.ask(toAsk);
    }
    this.markAll(this.links());
  }

  /** Presence changes: every minute the page is shown, its IDs are asked again. */
  private async refreshAll(): Promise<void> {
    const doc = this.host.roots()[0];
    const hidden = doc && 'hidden' in doc ? doc.hidden : false;
    if (!this.on || hidden || this.asked.size === 0) return;
    await this.ask([...this.asked.keys()]);
    this.markAll(this.links());
  }

  private async ask(ids: string[]): Promise<void> {
    const answer = await this.host.ask(ids).catch(() => null);
    if (!answer?.ok) return;
    for (const id of ids) this.known.delete(id);
    for (const [id, presence] of answer.presence) {
      if (ids.includes(id)) this.known.set(id, presence);
    }
  }

  private links(): [HTMLAnchorElement, string][] {
    const found: [HTMLAnchorElement, string][] = [];
    for (const root of this.host.roots()) {
      for (const link of root.querySelectorAll<HTMLAnchorElement>(LINK_SELECTOR)) {
        const id = linkedIdOf(link.getAttribute('href') ?? '');
        if (id !== null) found.push([link, id]);
      }
    }
    return found;
  }

  private markAll(links: [HTMLAnchorElement, string][]): void {
    if (!this.on) return;
    const present = new Set<HTMLAnchorElement>();
    for (const [link, id] of links) {
      present.add(link);
      const presence = this.known.get(id);
      if (presence) this.mark(link, presence);
      else this.unmark(link);
    }
    // Links the linkifier took away (or a page removed) are forgotten.
    for (const link of this.marked.keys()) if (!present.has(link)) this.marked.delete(link);
  }

  private mark(link: HTMLAnchorElement, presence: ContactPresence): void {
    if (link.getAttribute(PRESENCE_ATTRIBUTE) === presence && this.marked.has(link)) return;
    let before = this.marked.get(link);
    if (!before) {
      before = {
        title: link.getAttribute('title'),
        style: PRESENCE_PROPERTIES.map((property) => [
          property,
          link.style.getPropertyValue(property),
          link.style.getPropertyPriority(property),
        ]),
      };
      this.marked.set(link, before);
    }
    link.setAttribute(PRESENCE_ATTRIBUTE, presence);
    const words = this.host.word(presence);
    const title = before.title ?? '';
    if (words !== '') link.setAttribute('title', title === '' ? words : `${title} — ${words}`);
    for (const [property, value] of presenceDeclarations(presence, this.look)) {
      link.style.setProperty(property, value, 'important');
    }
  }

  private unmark(link: HTMLAnchorElement): void {
    const before = this.marked.get(link);
    if (!before) return;
    this.marked.delete(link);
    link.removeAttribute(PRESENCE_ATTRIBUTE);
    if (before.title === null) link.removeAttribute('title');
    else link.setAttribute('title', before.title);
    for (const [property, value, priority] of before.style) {
      link.style.setProperty(property, value, priority);
    }
  }

  private unmarkAll(): void {
    for (const link of [...this.marked.keys()]) this.unmark(link);
  }
}
