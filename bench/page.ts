/**
 * The benchmark page: 20,000 paragraphs of about four text nodes each (80,000 text nodes), with
 * `trueconf:\c\…` conference IDs in `idCount` of them, spread evenly. A small script at the top
 * records, in the page's own world, when DOMContentLoaded fired, when the expected number of
 * trueconf: links is in place, and the longest main-thread task after DOMContentLoaded.
 */

export const PARAGRAPHS = 20_000;

export function conferenceId(index: number): string {
  return String(4_000_000_000 + index * 7919).padStart(10, '0');
}

const PROBE = `
window.__bench = { dcl: 0, linksAt: 0, links: 0, longestTask: 0, expected: 0 };
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (window.__bench.dcl && entry.startTime + entry.duration >= window.__bench.dcl) {
      window.__bench.longestTask = Math.max(window.__bench.longestTask, entry.duration);
    }
  }
}).observe({ type: 'longtask', buffered: true });
new MutationObserver((records) => {
  const bench = window.__bench;
  for (const record of records) {
    for (const node of record.addedNodes) {
      if (node.nodeName === 'A' && node.getAttribute('href')?.startsWith('trueconf:')) bench.links++;
    }
  }
  if (bench.expected && !bench.linksAt && bench.links >= bench.expected) bench.linksAt = performance.now();
}).observe(document, { childList: true, subtree: true });
document.addEventListener('DOMContentLoaded', () => { window.__bench.dcl = performance.now(); });
document.addEventListener('trueconf-linkify:idle', () => { window.__bench.scanDoneAt ||= performance.now(); });
`;

export function benchPage(idCount: number, extraHead = ''): string {
  const every = idCount > 0 ? Math.floor(PARAGRAPHS / idCount) : 0;
  const paragraphs: string[] = [];
  let ids = 0;
  for (let index = 0; index < PARAGRAPHS; index++) {
    const withId = every > 0 && index % every === 0 && ids < idCount;
    const tail = withId ? ` join trueconf:\\c\\${conferenceId(ids++)} today.` : ' et dolore.';
    paragraphs.push(
      `<p>Paragraph ${index} lorem ipsum <b>dolor sit</b> amet, consectetur <i>adipiscing</i>${tail}</p>`,
    );
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Benchmark page</title>
<script>${PROBE}window.__bench.expected = ${idCount};</script>${extraHead}</head><body>${paragraphs.join('')}</body></html>`;
}
