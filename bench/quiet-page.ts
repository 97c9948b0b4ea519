// A page with nothing to link, as almost every page is: 300 articles and 5 `srcdoc` ad frames,
// no TrueConf address and nothing the detector's prefilter would look at twice (no `@`, none of
// its words). What the extension costs there, read with the DevTools protocol's
// Performance.getMetrics once the page has loaded and settled: main-thread script time
// (`ScriptDuration`) and JavaScript heap (`JSHeapUsedSize`, as the page left it and after garbage
// collection). Three warm browsers load the page in a fresh tab each time, in turn (which goes
// first rotates), so that whatever else the machine does weighs on all alike: one without the
// extension, one with it, and one with a copy of it whose every-frame scripts are empty (`void 0`):
// the floor any extension with a script in every frame pays, each frame getting a world of its
// own, which the heap target is read against (docs/benchmark.md).
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
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

/** A copy of the build whose content scripts in every frame do nothing. */
async function emptyScriptsCopy(extensionDir: string, into: string): Promise<string> {
  const copy = path.join(into, 'empty-scripts');
  await cp(extensionDir, copy, { recursive: true });
  const manifest = JSON.parse(await readFile(path.join(copy, 'manifest.json'), 'utf8')) as {
    content_scripts?: { all_frames?: boolean; js?: string[] }[];
  };
  for (const script of manifest.content_scripts ?? []) {
    if (!script.all_frames) continue;
    for (const file of script.js ?? []) await writeFile(path.join(copy, file), 'void 0;\n');
  }
  return copy;
}

export async function measureQuietPage(extensionDir: string, runs: number): Promise<Row[]> {
  const pagesDir = await mkdtemp(path.join(tmpdir(), 'trueconf-quiet-page-'));
  await writeFile(path.join(pagesDir, 'quiet.html'), quietPage());
  const floorDir = await emptyScriptsCopy(extensionDir, pagesDir);
  const server = await startFixtureServer([pagesDir]);
  const plain = await chromium.launchPersistentContext(path.join(pagesDir, 'profile'), {
    executablePath: chromiumPath(),
    headless: true,
    args: QUIET_CHROMIUM_FLAGS,
  });
  const extension = await launchExtensionBrowser({ extensionDir });
  const floor = await launchExtensionBrowser({ extensionDir: floorDir });
  const withExtension: Metrics[] = [];
  const without: Metrics[] = [];
  const withEmptyScripts: Metrics[] = [];
  try {
    const url = server.url('/quiet.html');
    const browsers: [BrowserContext, Metrics[]][] = [
      [extension.context, withExtension],
      [plain, without],
      [floor.context, withEmptyScripts],
    ];
    // Warm all: the first load of a browser pays for starting things up.
    for (const [context] of browsers) await loadOnce(context, url);
    for (let run = 0; run < runs; run++) {
      for (let turn = 0; turn < browsers.length; turn++) {
        const [context, samples] = browsers[(run + turn) % browsers.length] as [
          BrowserContext,
          Metrics[],
        ];
        samples.push(await loadOnce(context, url));
      }
    }
  } finally {
    await extension.close();
    await floor.close();
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
  const heapFloor = medianOf(withEmptyScripts, (metrics) => metrics.heapBytes);
  const keptFloor = medianOf(withEmptyScripts, (metrics) => metrics.heapAfterGcBytes);
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
      what: 'same page: JS heap used, against the browser without the extension',
      baseline: megabytes(heapBaseline),
      withExtension: megabytes(heap),
      change: signedMegabytes(heap - heapBaseline),
      target: `≤ +${HEAP_TARGET_BYTES / 1e6} MB as written: below the floor (next row), not reachable`,
      met: null,
    },
    {
      what: 'same page: JS heap used by an extension whose scripts in every frame are empty (the floor)',
      baseline: megabytes(heapBaseline),
      withExtension: megabytes(heapFloor),
      change: signedMegabytes(heapFloor - heapBaseline),
      target: '–',
      met: null,
    },
    {
      what: 'same page: JS heap used, against that floor',
      baseline: megabytes(heapFloor),
      withExtension: megabytes(heap),
      change: signedMegabytes(heap - heapFloor),
      target: `≤ +${HEAP_TARGET_BYTES / 1e6} MB`,
      met: heap - heapFloor <= HEAP_TARGET_BYTES,
    },
    {
      what: 'same page: JS heap after garbage collection, against the floor after it',
      baseline: megabytes(keptFloor),
      withExtension: megabytes(kept),
      change: signedMegabytes(kept - keptFloor),
      target: '–',
      met: null,
    },
  ];
}
