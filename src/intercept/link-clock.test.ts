// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { startLinkClock, type LinkClock } from './link-clock';

let clock: LinkClock | null = null;
let time = 1000;
const now = () => time;
/** Lets the mutation observer deliver what happened so far. */
const delivered = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  clock?.stop();
  clock = null;
  time = 1000;
  document.body.replaceChildren();
});

function linkIn(parent: Element, href = 'trueconf:smith'): HTMLAnchorElement {
  const link = document.createElement('a');
  link.href = href;
  parent.append(link);
  return link;
}

describe('the link clock', () => {
  it('dates a link by the insertion of the link or of any ancestor', async () => {
    clock = startLinkClock(document, now);
    const box = document.createElement('div');
    const link = linkIn(box);
    time = 2000;
    document.body.append(box);
    await delivered();
    expect(clock.changedAt(link)).toBe(2000);
  });

  it('dates a link by a change of its href, even in the same task as the question', async () => {
    clock = startLinkClock(document, now);
    const link = linkIn(document.body);
    await delivered();
    time = 1400;
    link.href = 'trueconf:attacker@evil.example';
    expect(clock.changedAt(link)).toBe(1400);
  });

  it('does not date a link by changes elsewhere on the page', async () => {
    const link = linkIn(document.body);
    clock = startLinkClock(document, now);
    time = 1500;
    document.body.append(document.createElement('p'));
    linkIn(document.body, 'trueconf:other');
    await delivered();
    expect(clock.changedAt(link)).toBe(0);
  });

  it('lets go of changes older than it needs to remember', async () => {
    clock = startLinkClock(document, now);
    const link = linkIn(document.body);
    await delivered();
    expect(clock.changedAt(link)).toBe(1000);
    time = 1000 + 2001;
    expect(clock.changedAt(link)).toBe(0);
  });

  it('counts every link as changed just now while the document is being parsed', async () => {
    const parsing = document.implementation.createHTMLDocument('loading');
    Object.defineProperty(parsing, 'readyState', { value: 'loading', configurable: true });
    const link = parsing.createElement('a');
    link.href = 'trueconf:smith';
    parsing.body.append(link);
    clock = startLinkClock(parsing, now);
    time = 5000;
    expect(clock.changedAt(link)).toBe(5000);
    // Parsed at 5200: what was there by then dates from then, later changes from their time.
    time = 5200;
    Object.defineProperty(parsing, 'readyState', { value: 'interactive', configurable: true });
    parsing.dispatchEvent(new Event('DOMContentLoaded'));
    time = 5600;
    expect(clock.changedAt(link)).toBe(5200);
    const later = parsing.createElement('a');
    later.href = 'trueconf:other';
    time = 5700;
    parsing.body.append(later);
    await delivered();
    time = 6000;
    expect(clock.changedAt(later)).toBe(5700);
    expect(clock.changedAt(link)).toBe(5200);
    time = 5200 + 2001;
    expect(clock.changedAt(link)).toBe(0);
  });
});
