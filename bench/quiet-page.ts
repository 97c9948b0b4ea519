// A page with nothing to link, as almost every page is: 300 articles and 5 `srcdoc` ad frames,
// no TrueConf address and nothing the detector's prefilter would look at twice (no `@`, none of
// its words). What the extension costs there, read with the DevTools protocol's
// Performance.getMetrics once the page has loaded and settled: main-thread script time
// (`ScriptDuration`) and JavaScript heap (`JSHeapUsedSize`, as the page left it and after garbage
// collection). Two warm browsers, one with the extension and one without, load the page in a
// fresh tab each time, in turn (which goes first alternates), so that whatever else the machine
// does weighs on both alike.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { chromiumPath, QUIET_CHROMIUM_FLAGS } from '../test/e2e/harness/chromium';
import { launchExtensionBrowser } from '../test/e2e/harness/extension-browser';
import { startFixtureServer } from '../test/e2e/harness/fixture-server';
import { median, megabytes, ms, signedMegabytes, signedMs, type Row } from './report';

const ARTICLES = 300;
const AD_FRAMES = 5;
/** After `load`: the extension's work starts after the first paint and runs in slices. */
const SETTLE_MS = 1500;
const SCRIPT_TARGET_MS = 10;
const HEAP_TARGET_BYTES = 1e6;

const WORDS =
  'the quarterly report shows steady growth in every region while the team prepares the next release and reviews feedback from customers'.split(
    ' ',
  );

function sentence(seed: number, length: number): string {
  const words = Array.from({ length }, (_, index) => WORDS[(seed * 7 + index * 13) % WORDS.length]);
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** An ad as ad networks serve them: a small document of its own, inline. */
function adFrame(index: number): string {
  const ad = `<!doctype html><html><body style="margin:0;font:14px sans-serif"><div style="padding:8px;border:1px solid #ccc"><b>Offer ${index + 1}</b><p>${sentence(index, 12)}</p><a href="https://shop.example/offer/${index}">Shop now</a></div></body></html>`;
  return `<iframe title="Advertisement ${index + 1}" width="300" height="120" srcdoc="${ad.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"></iframe>`;
}

export function quietPage(): string {
  const articles: string[] = [];
  let frames = 0;
  for (let index = 0; index < ARTICLES; index++) {
    articles.push(
      `<article><h2>${sentence(index, 6)}</h2><p>${sentence(index + 1, 40)} Call +1 555 01${String(index % 100).padStart(2, '0')} for details.</p><p>${sentence(index + 2, 30)} <a href="/article/${index}">Read more</a></p></article>`,
    );
    if (index % Math.floor(ARTICLES / AD_FRAMES) === 30) articles.push(adFrame(frames++));
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>News</title></head><body><main>${articles.join('')}</main></body></html>`;
}

interface Metrics {
  scriptMs: number;
  heapBytes: number;
  heapAfterGcBytes: number;
}

async function loadOnce(context: BrowserContext, url: string): Promise<Metrics> {
  const page = await context.newPage();
  try {
    const session = await context.newCDPSession(page);
    await session.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(SETTLE_MS);
    const read = async () => {
      const { metrics } = await session.send('Performance.getMetrics');
      return (name: string) => metrics.find((entry) => entry.name === name)?.value ?? 0;
    };
    const before = await read();
    // Twice: the first collection can leave garbage that only finalizers of the first free.
    await session.send('HeapProfiler.collectGarbage');
    await session.send('HeapProfiler.collectGarbage');
    const after = await read();
    await session.detach();
    return {
      scriptMs: before('ScriptDuration') * 1000,
      heapBytes: before('JSHeapUsedSize'),
      heapAfterGcBytes: after('JSHeapUsedSize'),
    };
  } finally {
    await page.close();
  }
}

export async function measureQuietPage(extensionDir: string, runs: number): Promise<Row[]> {
  const pagesDir = await mkdtemp(path.join(tmpdir(), 'trueconf-quiet-page-'));
  await writeFile(path.join(pagesDir, 'quiet.html'), quietPage());
  const server = await startFixtureServer([pagesDir]);
  const plain = await chromium.launchPersistentContext(path.join(pagesDir, 'profile'), {
    executablePath: chromiumPath(),
    headless: true,
    args: QUIET_CHROMIUM_FLAGS,
  });
  const extension = await launchExtensionBrowser({ extensionDir });
  const withExtension: Metrics[] = [];
  const without: Metrics[] = [];
  try {
    const url = server.url('/quiet.html');
    // Warm both: the first load of a browser pays for starting things up.
    await loadOnce(plain, url);
    await loadOnce(extension.context, url);
    for (let run = 0; run < runs; run++) {
      const order = run % 2 === 0 ? ['with', 'without'] : ['without', 'with'];
      for (const which of order) {
        if (which === 'with') withExtension.push(await loadOnce(extension.context, url));
        else without.push(await loadOnce(plain, url));
      }
    }
  } finally {
    await extension.close();
    await plain.close();
    await server.close();
    await rm(pagesDir, { recursive: true, force: true });
  }
  const medianOf = (samples: Metrics[], pick: (metrics: Metrics) => number) =>
    median(samples.map(pick));
  const script = medianOf(withExtension, (metrics) => metrics.scriptMs);
  const scriptBaseline = medianOf(without, (metrics) => metrics.scriptMs);
  const heap = medianOf(withExtension, (metrics) => metrics.heapBytes);
  const heapBaseline = medianOf(without, (metrics) => metrics.heapBytes);
  const kept = medianOf(withExtension, (metrics) => metrics.heapAfterGcBytes);
  const keptBaseline = medianOf(without, (metrics) => metrics.heapAfterGcBytes);
  const page = `page with no TrueConf address (${ARTICLES} articles + ${AD_FRAMES} srcdoc ad frames)`;
  return [
    {
      what: `${page}: main-thread script time (median of ${runs})`,
      baseline: ms(scriptBaseline),
      withExtension: ms(script),
      change: signedMs(script - scriptBaseline),
      target: `≤ +${SCRIPT_TARGET_MS} ms`,
      met: script - scriptBaseline <= SCRIPT_TARGET_MS,
    },
    {
      what: 'same page: JS heap used',
      baseline: megabytes(heapBaseline),
      withExtension: megabytes(heap),
      change: signedMegabytes(heap - heapBaseline),
      target: `≤ +${HEAP_TARGET_BYTES / 1e6} MB`,
      met: heap - heapBaseline <= HEAP_TARGET_BYTES,
    },
    {
      what: 'same page: JS heap after garbage collection',
      baseline: megabytes(keptBaseline),
      withExtension: megabytes(kept),
      change: signedMegabytes(kept - keptBaseline),
      target: '–',
      met: null,
    },
  ];
}
