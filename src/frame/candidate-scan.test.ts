// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isLikelyTrueConfText } from '../detect/prefilter';
import { hasCandidate, watchForCandidate } from './candidate-scan';

const LINKS = 'a[href^="trueconf:" i]';
const test = (text: string): boolean => isLikelyTrueConfText(text);

function element(tag: string, text = '', attributes: Record<string, string> = {}): HTMLElement {
  const made = document.createElement(tag);
  made.textContent = text;
  for (const [name, value] of Object.entries(attributes)) made.setAttribute(name, value);
  return made;
}

describe('the frame script’s candidate scan', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('finds nothing on a page with nothing to link', () => {
    document.body.append(element('p', 'Weather today: sunny.'));
    expect(hasCandidate(document, test, LINKS)).toBe(false);
  });

  it('finds text the pre-filter lets through, the page’s own links, and open shadow roots', () => {
    document.body.replaceChildren(element('p', 'Call trueconf:\\c\\4154248070'));
    expect(hasCandidate(document, test, LINKS)).toBe(true);
    document.body.replaceChildren(element('a', 'Join', { href: 'trueconf:alice@example.com' }));
    expect(hasCandidate(document, test, LINKS)).toBe(true);
    const host = element('div');
    document.body.replaceChildren(host);
    host.attachShadow({ mode: 'open' }).append(element('p', 'Conference ID 4154248070'));
    expect(hasCandidate(document, test, LINKS)).toBe(true);
  });

  it('notices a candidate added after load, once', async () => {
    document.body.append(element('p', 'Nothing yet'));
    const found = vi.fn();
    const stop = watchForCandidate(document, test, LINKS, found);
    const quiet = document.createElement('p');
    quiet.textContent = 'still nothing';
    document.body.append(quiet);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(found).not.toHaveBeenCalled();
    const later = document.createElement('p');
    later.textContent = 'Join visicall:room@server';
    document.body.append(later);
    document.body.append(later.cloneNode(true));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(found).toHaveBeenCalledTimes(1);
    stop();
  });
});
