/**
 * The benchmark page: 20,000 paragraphs of about four text nodes each (80,000 text nodes), with
 * `trueconf:\\c\\…` conference IDs in `idCount` of them, spread evenly. A small script at the top
 * records, in the page's own world:
 * - `dcl`: when DOMContentLoaded began (navigation timing, so no listener's order matters);
 * - `freeAt`: when a task the page posts after its first frame following DOMContentLoaded runs, that
 *   is, when the browser's own work on the freshly parsed page (style, layout, paint) is over and
 *   any job that yields to the browser can go on;
 * - `linksAt`: when the expected number of trueconf: links is in place;
 * - `scanDoneAt`: when the content script says all it found is linked;
 * - `doneAt`: when a job the page runs itself is done (or one in another world says so with a
 *   `bench:job-done` event on the document);
 * - every long task (≥ 50 ms, Chromium reports no shorter ones).
 * The link counter starts at DOMContentLoaded: watching the parser add 80,000 nodes would make the
 * page itself slower. When every moment named in the URL's `done` parameter is recorded, the page
 * logs `bench:done` to the console: polling the page from the test would run a script in it (about
 * 12 ms here) and make the browser draw another frame (about 25 ms), in the middle of the run.
 */
export const PARAGRAPHS = 20_000;

export function conferenceId(index: number): string {
  return String(4_000_000_000 + index * 7919).padStart(10, '0');
}

const PROBE = `
window.__bench = { dcl: 0, freeAt: 0, linksAt: 0, scanDoneAt: 0, doneAt: 0, links: 0, expected: 0, longTasks: [] };
const doneWhen = (new URLSearchParams(location.search).get('done') || 'freeAt').split(',');
window.__bench.mark = (name) => {
  const bench = window.__bench;
  bench[name] ||= performance.now();
  if (!bench.reported && doneWhen.every((key) => bench[key])) {
    bench.reported = true;
    console.log('bench:done');
  }
};
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.__bench.longTasks.push([entry.startTime, entry.duration]);
}).observe({ type: 'longtask', buffered: true });
document.addEventListener('DOMContentLoaded', () => {
  const bench = window.__bench;
  const navigation = performance.getEntriesByType('navigation')[0];
  bench.dcl = navigation && navigation.domContentLoadedEventStart > 0 ? navigation.domContentLoadedEventStart : performance.now();
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeName === 'A' && node.getAttribute('href')?.startsWith('trueconf:')) bench.links++;
      }
    }
    if (bench.expected && !bench.linksAt && bench.links >= bench.expected) bench.mark('linksAt');
  }).observe(document.body, { childList: true, subtree: true });
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { bench.mark('freeAt'); document.dispatchEvent(new Event('bench:free')); };
    channel.port2.postMessage(null);
  });
});
document.addEventListener('trueconf-linkify:idle', () => window.__bench.mark('scanDoneAt'));
document.addEventListener('bench:job-done', () => window.__bench.mark('doneAt'));
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
