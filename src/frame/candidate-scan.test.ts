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
    document.head.replaceChildren();
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

  it('asks at once where the document’s own text has a candidate, without looking for shadow roots', () => {
    document.body.append(element('p', 'Call trueconf:\\c\\4154248070'), element('div'));
    const sweeps = vi.spyOn(document, 'querySelectorAll');
    const found = vi.fn();
    watchForCandidate(document, test, LINKS, found);
    expect(found).toHaveBeenCalledTimes(1);
    expect(sweeps.mock.calls.map(([selector]) => selector)).not.toContainEqual(
      expect.stringContaining(':not('),
    );
    sweeps.mockRestore();
  });

  it('looks in open shadow roots where the document’s own text has none', () => {
    const host = element('div');
    document.body.append(element('p', 'Weather today: sunny.'), host);
    host.attachShadow({ mode: 'open' }).append(element('p', 'Conference ID 4154248070'));
    const found = vi.fn();
    watchForCandidate(document, test, LINKS, found);
    expect(found).toHaveBeenCalledTimes(1);
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

  it('does not count text in scripts, styles, templates or the head, which pages are full of', () => {
    document.head.append(element('script', 'const scheme = "trueconf:";'));
    const template = document.createElement('template');
    template.content.append(element('p', 'trueconf:\\c\\4154248070'));
    document.body.append(
      element('style', '@media (max-width: 600px) { p { margin: 0 } }'),
      element('script', '{"@context": "https://schema.org"}', { type: 'application/ld+json' }),
      element('noscript', 'Mail us at help@example.com'),
      element('textarea', 'Join trueconf:\\c\\4154248070'),
      template,
      element('p', 'Weather today: sunny.'),
    );
    expect(hasCandidate(document, test, LINKS)).toBe(false);
    const host = element('div');
    document.body.append(host);
    host.attachShadow({ mode: 'open' }).append(element('style', '@import url(x.css);'));
    expect(hasCandidate(document, test, LINKS)).toBe(false);
  });

  it('finds prose between scripts and styles, and never joins text across them', () => {
    document.body.append(
      element('style', '@media print { p { color: black } }'),
      element('p', 'Call trueconf:\\c\\4154248070'),
      element('script', 'window.x = 1;'),
    );
    expect(hasCandidate(document, test, LINKS)).toBe(true);
    document.body.replaceChildren(
      document.createTextNode('Visit true'),
      element('script', ''),
      document.createTextNode('conf now'),
    );
    expect(document.body.textContent).toBe('Visit trueconf now');
    expect(hasCandidate(document, test, LINKS)).toBe(false);
    const host = element('div');
    document.body.append(host);
    host
      .attachShadow({ mode: 'open' })
      .append(element('style', '@import url(x.css);'), element('p', 'Conference ID 4154248070'));
    expect(hasCandidate(document, test, LINKS)).toBe(true);
  });

  it('is not woken by styles and scripts a page adds later', async () => {
    document.body.append(element('p', 'Nothing yet'));
    const found = vi.fn();
    const stop = watchForCandidate(document, test, LINKS, found);
    const style = element('style', '@media screen { a { color: red } }');
    document.body.append(style, element('script', 'track("user@example.com")'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    style.textContent = '@keyframes spin { to { transform: rotate(1turn) } }';
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(found).not.toHaveBeenCalled();
    document.body.append(element('p', 'Write to help@example.com'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(found).toHaveBeenCalledTimes(1);
    stop();
  });

  it('finds a shadow root on every kind of element that may have one, custom ones inside SVG too', () => {
    const allowed = [
      'article',
      'aside',
      'blockquote',
      'div',
      'footer',
      'h1',
      'h2',
      'h3',
      'h4',
      'h5',
      'h6',
      'header',
      'main',
      'nav',
      'p',
      'section',
      'span',
      'my-widget',
    ];
    for (const name of allowed) {
      const host = element(name);
      document.body.replaceChildren(element('p', 'Weather today: sunny.'), host);
      host.attachShadow({ mode: 'open' }).append(element('p', 'Conference ID 4154248070'));
      expect(hasCandidate(document, test, LINKS), name).toBe(true);
    }
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    const foreign = document.createElementNS('http://www.w3.org/2000/svg', 'foreignObject');
    const widget = element('chat-card');
    foreign.append(widget);
    svg.append(foreign);
    document.body.replaceChildren(svg);
    widget.attachShadow({ mode: 'open' }).append(element('p', 'trueconf:alice@video.example'));
    expect(hasCandidate(document, test, LINKS)).toBe(true);
    // A shadow root inside a shadow root.
    const outer = element('outer-card');
    document.body.replaceChildren(outer);
    const inner = element('inner-card');
    outer.attachShadow({ mode: 'open' }).append(inner);
    inner.attachShadow({ mode: 'open' }).append(element('span', 'Conference ID 4154248070'));
    expect(hasCandidate(document, test, LINKS)).toBe(true);
  });
});
