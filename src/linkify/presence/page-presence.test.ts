// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContactPresence, PresenceAnswer } from '../../messaging/responses';
import { LINK_ATTRIBUTE } from '../find/element-rules';
import { linkedIdOf, PAGE_PRESENCE_MAX_IDS, PagePresence } from './page-presence';
import { PRESENCE_ATTRIBUTE } from './presence-look';

function link(href: string, title = `Call ${href}`): HTMLAnchorElement {
  const anchor = document.createElement('a');
  anchor.setAttribute(LINK_ATTRIBUTE, '');
  anchor.setAttribute('href', href);
  anchor.setAttribute('title', title);
  anchor.style.cssText = 'padding: 0 !important; background: none !important';
  anchor.textContent = href;
  document.body.append(anchor);
  return anchor;
}

describe('presence on the page’s links', () => {
  let answers: Record<string, ContactPresence>;
  let ask: ReturnType<typeof vi.fn<(ids: string[]) => Promise<PresenceAnswer | null>>>;
  let presence: PagePresence;

  beforeEach(() => {
    document.body.replaceChildren();
    answers = { 'bob@tc.corp': 'available', bella: 'busy' };
    ask = vi.fn(async (ids: string[]) => ({
      ok: true as const,
      presence: ids.flatMap((id): [string, ContactPresence][] =>
        answers[id] ? [[id, answers[id]]] : [],
      ),
    }));
    presence = new PagePresence({
      roots: () => [document],
      ask,
      word: (state) => state.replace('-', ' '),
    });
  });

  it('reads the TrueConf ID a link calls, and only people', () => {
    expect(linkedIdOf('trueconf:bob@tc.corp')).toBe('bob@tc.corp');
    expect(linkedIdOf('trueconf:bella')).toBe('bella');
    expect(linkedIdOf('trueconf:\\c\\4154248070@tc.corp#vcs')).toBeNull();
    expect(linkedIdOf('https://example.com/')).toBeNull();
  });

  it('sends nothing while off', async () => {
    link('trueconf:bob@tc.corp');
    presence.setOptions(false, 'underline');
    await presence.update();
    expect(ask).not.toHaveBeenCalled();
  });

  it('marks the links the answer names: attribute, dot, presence after the title', async () => {
    const bob = link('trueconf:bob@tc.corp');
    const bella = link('trueconf:bella', '');
    const other = link('trueconf:mallory@elsewhere.example');
    presence.setOptions(true, 'underline');
    await presence.update();
    expect(ask).toHaveBeenCalledWith(['bob@tc.corp', 'bella', 'mallory@elsewhere.example']);
    expect(bob.getAttribute(PRESENCE_ATTRIBUTE)).toBe('available');
    expect(bob.title).toBe('Call trueconf:bob@tc.corp — available');
    expect(bob.style.getPropertyValue('background-image')).toContain('data:image/svg+xml');
    expect(bob.style.getPropertyPriority('padding-left')).toBe('important');
    expect(bella.title).toBe('busy');
    expect(other.hasAttribute(PRESENCE_ATTRIBUTE)).toBe(false);
    expect(other.title).toBe('Call trueconf:mallory@elsewhere.example');

    // Switched off: every link is as the linkifier made it.
    presence.setOptions(false, 'underline');
    expect(bob.hasAttribute(PRESENCE_ATTRIBUTE)).toBe(false);
    expect(bob.title).toBe('Call trueconf:bob@tc.corp');
    expect(bob.style.getPropertyValue('background-image')).toBe('none');
    expect(bob.style.getPropertyValue('padding-left')).toBe('0px');
    presence.stop();
  });

  it('forgets what it showed and asks again when the session changes', async () => {
    const bob = link('trueconf:bob@tc.corp');
    presence.setOptions(true, 'underline');
    await presence.update();
    expect(bob.getAttribute(PRESENCE_ATTRIBUTE)).toBe('available');
    answers = {};
    await presence.restart();
    expect(ask).toHaveBeenCalledTimes(2);
    expect(bob.hasAttribute(PRESENCE_ATTRIBUTE)).toBe(false);
    expect(bob.title).toBe('Call trueconf:bob@tc.corp');
    presence.stop();
  });

  it('asks each ID once, and at most the cap per page', async () => {
    for (let i = 0; i < PAGE_PRESENCE_MAX_IDS + 20; i += 1) link(`trueconf:user${i}@tc.corp`);
    presence.setOptions(true, 'underline');
    await presence.update();
    await presence.update();
    expect(ask).toHaveBeenCalledTimes(1);
    expect(ask.mock.calls[0]?.[0]).toHaveLength(PAGE_PRESENCE_MAX_IDS);
    presence.stop();
  });
});
