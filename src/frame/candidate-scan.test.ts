// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isLikelyTrueConfText } from '../detect/prefilter';
import { hasCandidate, watchForCandidate } from './candidate-scan';

const LINKS = 'a[href^="trueconf:" i]';
const test = (text: string): boolean => isLikelyTrueConfText(text);

describe('the frame script’s candidate scan', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('finds nothing on a page with nothing to link', () => {
    document.body.innerHTML = '<article><p>Weather today: sunny.</p></article>';
    expect(hasCandidate(document, test, LINKS)).toBe(false);
  });

  it('finds text the pre-filter lets through, the page’s own links, and open shadow roots', () => {
    document.body.innerHTML = '<p>Call trueconf:\\c\\4154248070</p>';
    expect(hasCandidate(document, test, LINKS)).toBe(true);
    document.body.innerHTML = '<a href="trueconf:alice@example.com">Join</a>';
    expect(hasCandidate(document, test, LINKS)).toBe(true);
    document.body.innerHTML = '<div id="host"></div>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Conference ID 4154248070</p>';
    expect(hasCandidate(document, test, LINKS)).toBe(true);
  });

  it('notices a candidate added after load, once', async () => {
    document.body.innerHTML = '<p>Nothing yet</p>';
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
