// The linkifier on a 20,000-paragraph page against a bare TreeWalker pass and
// linkify-plus-plus-core, all measured in this run on the same machine, printed as medians and
// ratios (never asserted); its targets are read against the baselines run from a content script
// once the browser's own work on the page is over (docs/benchmark.md).
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { chromiumPath, QUIET_CHROMIUM_FLAGS } from '../test/e2e/harness/chromium';
import { launchExtensionBrowser, PROJECT_ROOT } from '../test/e2e/harness/extension-browser';
import { startFixtureServer } from '../test/e2e/harness/fixture-server';
import { benchPage } from './page';
import { median, ms as formatMs, ratio as formatRatio, type Row } from './report';

const LINKIFY_PLUS_PLUS_CORE = path.join(
  PROJECT_ROOT,
  'node_modules/linkify-plus-plus-core/dist/linkify-plus-plus-core.js',
);
const FOOTPRINT_RUNS = 3;
const IDS = 1000;
const TIMEOUT_MS = 120_000;
/**
 * (b) is what the extension's scripts run on the page with nothing to link, read as main-thread
 * script time (`ScriptDuration`) this long after the browser's own work, with the extension and in
 * the browser alone. The frame script checks the page once its settings have arrived (tens of ms
 * after DOMContentLoaded) and, finding nothing, loads no linkifier: no event says it is done, and
 * none should (every page could read it), so its whole cost is read instead of a moment.
 */
const SCRIPT_SETTLE_MS = 1000;

interface Sample {
  /** ms from DOMContentLoaded until the job was done */
  time: number;
  /** ms from DOMContentLoaded until the browser's own work on the page was over (see page.ts) */
  free: number;
  /** longest main-thread task that ended after DOMContentLoaded (Chromium reports ≥ 50 ms only) */
  longestTask: number;
  /** longest task that began after the browser's own work was over: the job's, not the page's */
  longestLaterTask: number;
}

/**
 * The baselines, each as a script that starts on `startEvent` (a document event) and says it is
 * done with a `bench:job-done` event, so the same job runs in the page or in a content script.
 * `bench:free` is the page's signal that the browser's own work is over (see `page.ts`): the
 * first moment a job that yields to the browser, as the extension's does, can go on.
 */
const bareWalkJob = (startEvent: string) => `
document.addEventListener('${startEvent}', () => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let characters = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) characters += node.data.length;
  document.dispatchEvent(new CustomEvent('bench:job-done', { detail: characters }));
});`;

/**
 * The same walk held to what the extension is held to, no task over 50 ms: in slices of 6 ms (the
 * extension's `LIMITS.sliceBudgetMs`), the clock read every 256 nodes (its `nodesPerStep`), each
 * slice posting the next as a message so that the browser's own work can run between them. Not a
 * target's baseline: it shows what working in slices costs a walk by itself, against (d″).
 */
const slicedWalkJob = (startEvent: string) => `
document.addEventListener('${startEvent}', () => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const channel = new MessageChannel();
  let characters = 0;
  const slice = () => {
    const deadline = performance.now() + 6;
    let visited = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      characters += node.data.length;
      if (++visited % 256 === 0 && performance.now() >= deadline) {
        channel.port2.postMessage(null);
        return;
      }
    }
    document.dispatchEvent(new CustomEvent('bench:job-done', { detail: characters }));
  };
  channel.port1.onmessage = slice;
  slice();
});`;

/** linkify-plus-plus-core linking every explicit ID, with a custom matcher. */
const linkifyPlusPlusJob = (startEvent: string) => `
const matcher = {
  *match(text) {
    const pattern = /trueconf:\\\\c\\\\[A-Za-z0-9_]+/g;
    for (let found = pattern.exec(text); found; found = pattern.exec(text)) {
      yield { start: found.index, end: found.index + found[0].length, text: found[0], url: found[0] };
    }
  },
};
document.addEventListener('${startEvent}', () => {
  linkifyPlusPlusCore
    .linkify(document.body, { matcher, newTab: false, noOpener: false, embedImage: false, timeout: 600000 })
    .then(() => document.dispatchEvent(new Event('bench:job-done')));
});`;

const inPage = (job: string) => `<script>${job}</script>`;

/**
 * The baselines as an extension runs them: from a content script, in the isolated world the
 * extension's own content script works in. One test extension; the page's `job` parameter picks
 * the job.
 */
async function writeBaselineExtension(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await copyFile(LINKIFY_PLUS_PLUS_CORE, path.join(dir, 'linkify-plus-plus-core.js'));
  await writeFile(
    path.join(dir, 'job.js'),
    `const job = new URLSearchParams(location.search).get('job');
if (job === 'walk') {${bareWalkJob('bench:free')}
} else if (job === 'walk-sliced') {${slicedWalkJob('bench:free')}
} else if (job === 'linkify-plus-plus') {${linkifyPlusPlusJob('bench:free')}
}`,
  );
  await writeFile(
    path.join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Benchmark baselines',
      version: '1.0',
      content_scripts: [
        {
          matches: ['<all_urls>'],
          js: ['linkify-plus-plus-core.js', 'job.js'],
          run_at: 'document_start',
        },
      ],
    }),
  );
}

/** What a case waits for: moments the page records (see `page.ts`). */
type Moment = 'freeAt' | 'linksAt' | 'scanDoneAt' | 'doneAt';

async function measure(
  page: Page,
  url: string,
  doneWhen: Moment[],
  timeout = TIMEOUT_MS,
): Promise<Sample> {
  // The page says when it is done; asking it (waitForFunction) would disturb what is measured.
  const done = page.waitForEvent('console', {
    predicate: (message) => message.text() === 'bench:done',
    timeout,
  });
  const moments = ['freeAt', ...doneWhen];
  await page.goto(`${url}${url.includes('?') ? '&' : '?'}done=${moments.join(',')}`);
  await done;
  // Let a last long task finish being reported.
  await page.waitForTimeout(300);
  return page.evaluate(`(() => {
    const bench = window.__bench;
    const longestOf = (tasks) => Math.max(0, ...tasks.map(([, duration]) => duration));
    return {
      time: Math.max(${doneWhen.map((moment) => `bench.${moment}`).join(', ')}) - bench.dcl,
      free: bench.freeAt - bench.dcl,
      longestTask: longestOf(bench.longTasks.filter(([start, duration]) => start + duration >= bench.dcl)),
      longestLaterTask: longestOf(bench.longTasks.filter(([start]) => start >= bench.freeAt)),
    };
  })()`) as Promise<Sample>;
}

/**
 * What the page keeps once a job is over: its JavaScript heap after garbage collection (every
 * world of the page shares it, so the content script's and its helper's share is in it) and
 * its DOM node count. Taken on runs of their own after the timed ones: taken between them, the
 * forced collections slowed the case that came next ((b) 95 ms after the browser's own work
 * instead of about 52, in one run of each).
 */
interface Footprint {
  heapBytes: number;
  nodes: number;
}

/** `ScriptDuration` of a fresh tab that loaded `url`, `SCRIPT_SETTLE_MS` after the browser's own work. */
async function scriptTime(page: Page, url: string): Promise<number> {
  const session = await page.context().newCDPSession(page);
  try {
    await session.send('Performance.enable');
    await measure(page, url, ['freeAt']);
    await page.waitForTimeout(SCRIPT_SETTLE_MS);
    const { metrics } = await session.send('Performance.getMetrics');
    return (metrics.find((entry) => entry.name === 'ScriptDuration')?.value ?? 0) * 1000;
  } finally {
    await session.detach();
  }
}

async function footprint(page: Page): Promise<Footprint> {
  const session = await page.context().newCDPSession(page);
  try {
    // Twice: the first collection can leave garbage that only finalizers of the first free.
    await session.send('HeapProfiler.collectGarbage');
    await session.send('HeapProfiler.collectGarbage');
    await session.send('Performance.enable');
    const { metrics } = await session.send('Performance.getMetrics');
    const metric = (name: string) => metrics.find((entry) => entry.name === name)?.value ?? 0;
    return { heapBytes: metric('JSHeapUsedSize'), nodes: metric('Nodes') };
  } finally {
    await session.detach();
  }
}

const CASES = {
  a: '(a) extension, 1,000 IDs: all links in place',
  b: '(b) extension, no ID: main-thread script time it adds (the check finding nothing)',
  c: '(c) linkify-plus-plus-core in the page, at DOMContentLoaded',
  d: '(d) bare TreeWalker pass in the page, at DOMContentLoaded',
  cLater: "(c′) linkify-plus-plus-core in the page, once the browser's own work is over",
  dLater: "(d′) bare TreeWalker pass in the page, once the browser's own work is over",
  cContent: "(c″) linkify-plus-plus-core in a content script, once the browser's own work is over",
  dContent: "(d″) bare TreeWalker pass in a content script, once the browser's own work is over",
  dSliced: '(d‴) the same pass in slices of 6 ms, yielding to the browser between them',
  e: "(e) the page alone: the browser's own work after DOMContentLoaded",
  eExtension: '(e′) the same in the browser with the extension, on a page that opts out',
} as const;
type CaseKey = keyof typeof CASES;

/** The page each case loads (written by `main`) and the moments it waits for. */
const CASE_PAGES: Record<CaseKey, { path: string; doneWhen: Moment[] }> = {
  a: { path: '/ids.html', doneWhen: ['linksAt'] },
  b: { path: '/none.html', doneWhen: ['freeAt'] },
  c: { path: '/lpp.html', doneWhen: ['doneAt', 'linksAt'] },
  d: { path: '/walker.html', doneWhen: ['doneAt'] },
  cLater: { path: '/lpp-later.html', doneWhen: ['doneAt', 'linksAt'] },
  dLater: { path: '/walker-later.html', doneWhen: ['doneAt'] },
  cContent: { path: '/ids.html?job=linkify-plus-plus', doneWhen: ['doneAt', 'linksAt'] },
  dContent: { path: '/none.html?job=walk', doneWhen: ['doneAt'] },
  dSliced: { path: '/none.html?job=walk-sliced', doneWhen: ['doneAt'] },
  e: { path: '/none.html', doneWhen: ['freeAt'] },
  eExtension: { path: '/opted-out.html', doneWhen: ['freeAt'] },
};

/** A build measured beside this one, run by run in turn: (a) and (e′) only. */
interface OtherBuild {
  dir: string;
  label: string;
}

export interface LinkifyOptions {
  extensionDir?: string;
  /** Another build to measure beside this one, sample for sample (`BENCH_COMPARE_DIR`). */
  compareDir?: string;
  /**
   * The build the targets were set on (`reference-build.ts`), measured the same way: its own
   * ratios tell whether a target is reachable as written, and this build is held to not being
   * slower than it.
   */
  reference?: OtherBuild;
  runs: number;
}

/**
 * How much slower than the reference this build may read before the row says so: the bench cannot
 * tell builds apart more finely (the same build beside itself read 1.15× on 2026-12-07).
 */
export const REFERENCE_TOLERANCE = 1.15;

export async function measureLinkify({
  extensionDir,
  compareDir,
  reference,
  runs: RUNS,
}: LinkifyOptions): Promise<Row[]> {
  const others: OtherBuild[] = [
    ...(compareDir ? [{ dir: compareDir, label: compareDir }] : []),
    ...(reference ? [reference] : []),
  ];
  const pagesDir = await mkdtemp(path.join(tmpdir(), 'trueconf-bench-'));
  await writeFile(path.join(pagesDir, 'ids.html'), benchPage(IDS));
  await writeFile(path.join(pagesDir, 'none.html'), benchPage(0));
  await writeFile(
    path.join(pagesDir, 'opted-out.html'),
    benchPage(0, '<meta name="trueconf-linkify" content="off">'),
  );
  // Inline, like everything else on the page: the pages differ by their job only, not by a
  // script the browser has to fetch while it parses the head.
  const linkifyPlusPlusSource = await readFile(LINKIFY_PLUS_PLUS_CORE, 'utf8');
  const walkPage = (startEvent: string) => benchPage(0, inPage(bareWalkJob(startEvent)));
  const linkifyPlusPlusPage = (startEvent: string) =>
    benchPage(IDS, inPage(linkifyPlusPlusSource) + inPage(linkifyPlusPlusJob(startEvent)));
  await writeFile(path.join(pagesDir, 'walker.html'), walkPage('DOMContentLoaded'));
  await writeFile(path.join(pagesDir, 'walker-later.html'), walkPage('bench:free'));
  await writeFile(path.join(pagesDir, 'lpp.html'), linkifyPlusPlusPage('DOMContentLoaded'));
  await writeFile(path.join(pagesDir, 'lpp-later.html'), linkifyPlusPlusPage('bench:free'));
  const baselineExtensionDir = path.join(pagesDir, 'baseline-extension');
  await writeBaselineExtension(baselineExtensionDir);
  const server = await startFixtureServer([pagesDir]);
  const samples: Record<CaseKey, Sample[]> = {
    a: [],
    b: [],
    c: [],
    d: [],
    cLater: [],
    dLater: [],
    cContent: [],
    dContent: [],
    dSliced: [],
    e: [],
    eExtension: [],
  };
  /** One load of `key`'s page; (b)'s only loads it (its time is `scriptTimes`'). */
  const measureCase = async (page: Page, key: CaseKey): Promise<Sample | null> => {
    const { path: pagePath, doneWhen } = CASE_PAGES[key];
    const sample = await measure(page, server.url(pagePath), doneWhen);
    return key === 'b' ? null : sample;
  };
  const record = (
    into: Partial<Record<CaseKey, Sample[]>>,
    key: CaseKey,
    sample: Sample | null,
  ) => {
    if (sample) (into[key] ??= []).push(sample);
  };
  /** Cases run in one browser: each run in a new tab whose first page only warms up its renderer. */
  interface CaseGroup {
    newPage: () => Promise<Page>;
    warmUp: CaseKey;
    keys: CaseKey[];
    into: Partial<Record<CaseKey, Sample[]>>;
  }
  /**
   * Every browser's cases, run by run in turn (which goes first alternates), so that whatever
   * else the machine is doing weighs on a job and its baselines alike: the ratios hold on a busy
   * machine, where running one browser's cases after another's moved them by a quarter.
   */
  const timeInTurn = async (groups: CaseGroup[]) => {
    for (let run = 0; run < RUNS; run++) {
      for (const group of run % 2 === 0 ? groups : [...groups].reverse()) {
        const page = await group.newPage();
        await measureCase(page, group.warmUp);
        for (const key of group.keys) record(group.into, key, await measureCase(page, key));
        await page.close();
      }
    }
  };
  /** (b): script time on the no-ID page, each in a fresh tab (see `SCRIPT_SETTLE_MS`), in turn. */
  const scriptTimes = { alone: [] as number[], extension: [] as number[] };
  const timeScriptInTurn = async (
    alone: () => Promise<Page>,
    withExtension: () => Promise<Page>,
  ) => {
    const groups = [
      { newPage: alone, into: scriptTimes.alone },
      { newPage: withExtension, into: scriptTimes.extension },
    ];
    for (let run = 0; run < RUNS; run++) {
      for (const { newPage, into } of run % 2 === 0 ? groups : [...groups].reverse()) {
        const page = await newPage();
        into.push(await scriptTime(page, server.url(CASE_PAGES.b.path)));
        await page.close();
      }
    }
  };
  const footprints: Partial<Record<CaseKey, Footprint[]>> = {};
  /** Loads each case's page as its case does and takes what it keeps, `FOOTPRINT_RUNS` times. */
  const measureFootprints = async (newPage: () => Promise<Page>, keys: CaseKey[]) => {
    for (let run = 0; run < FOOTPRINT_RUNS; run++) {
      const page = await newPage();
      for (const key of keys) {
        await measureCase(page, key);
        (footprints[key] ??= []).push(await footprint(page));
      }
      await page.close();
    }
  };

  const plain = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: QUIET_CHROMIUM_FLAGS,
  });
  const baselines = await chromium.launchPersistentContext(
    path.join(pagesDir, 'baseline-profile'),
    {
      executablePath: chromiumPath(),
      headless: true,
      args: [
        ...QUIET_CHROMIUM_FLAGS,
        `--disable-extensions-except=${baselineExtensionDir}`,
        `--load-extension=${baselineExtensionDir}`,
      ],
    },
  );
  const extension = await launchExtensionBrowser({ extensionDir });
  const otherBrowsers = [];
  for (const other of others) {
    otherBrowsers.push(await launchExtensionBrowser({ extensionDir: other.dir }));
  }
  const otherSamples = others.map((): Partial<Record<CaseKey, Sample[]>> => ({}));
  try {
    await timeInTurn([
      {
        newPage: () => plain.newPage(),
        warmUp: 'e',
        keys: ['e', 'd', 'dLater', 'c', 'cLater'],
        into: samples,
      },
      {
        newPage: () => baselines.newPage(),
        warmUp: 'e',
        keys: ['dContent', 'dSliced', 'cContent'],
        into: samples,
      },
      {
        newPage: () => extension.context.newPage(),
        warmUp: 'eExtension',
        keys: ['a', 'eExtension'],
        into: samples,
      },
      // Other builds beside this one, the same way: a regression shows even on a busy machine.
      ...otherBrowsers.map((other, index) => ({
        newPage: () => other.context.newPage(),
        warmUp: 'eExtension' as const,
        keys: ['a', 'eExtension'] as CaseKey[],
        into: otherSamples[index] ?? {},
      })),
    ]);
    await timeScriptInTurn(
      () => plain.newPage(),
      () => extension.context.newPage(),
    );
    await measureFootprints(() => plain.newPage(), ['e', 'cLater']);
    await measureFootprints(() => extension.context.newPage(), ['eExtension', 'b', 'a']);
  } finally {
    for (const other of otherBrowsers) await other.close();
    await extension.close();
    await baselines.close();
    await plain.close();
    await server.close();
    await rm(pagesDir, { recursive: true, force: true });
  }

  const medianOf = (key: CaseKey, pick: (sample: Sample) => number) =>
    median(samples[key].map(pick));
  const time = (key: CaseKey) => medianOf(key, (sample) => sample.time);
  // The browser's own work after DOMContentLoaded varies from run to run by a second and more on
  // this page; what a job adds after it is measured sample by sample.
  const afterOwnWork = (key: CaseKey) =>
    medianOf(key, (sample) => Math.max(0, sample.time - sample.free));
  const maxOf = (key: CaseKey, pick: (sample: Sample) => number) =>
    Math.max(...samples[key].map(pick));
  const ms = (value: number) => (value > 0 ? value.toFixed(0) : '< 50');
  const scriptAdded = Math.max(0, median(scriptTimes.extension) - median(scriptTimes.alone));

  console.log(
    `\nMedians of ${RUNS} runs, ms from DOMContentLoaded (${new Date().toISOString()})\n`,
  );
  console.log(
    "| case | done | browser's own work | done after the browser's own work | longest task | longest task after the browser's own work |",
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const key of Object.keys(CASES) as CaseKey[]) {
    if (key === 'b') {
      console.log(
        `| ${CASES[key]} | ${scriptAdded.toFixed(0)} ms (${median(scriptTimes.extension).toFixed(0)} with the extension, ${median(scriptTimes.alone).toFixed(0)} alone) | | | | |`,
      );
      continue;
    }
    if (samples[key].length === 0) continue;
    console.log(
      `| ${CASES[key]} | ${time(key).toFixed(0)} | ${medianOf(key, (sample) => sample.free).toFixed(0)} | ${afterOwnWork(key).toFixed(0)} | ${ms(maxOf(key, (sample) => sample.longestTask))} | ${ms(maxOf(key, (sample) => sample.longestLaterTask))} |`,
    );
  }
  console.log(
    `\nWhat the page keeps once the job is over, after garbage collection (medians of ${FOOTPRINT_RUNS} runs)\n`,
  );
  console.log('| case | JS heap, MB | DOM nodes |');
  console.log('| --- | ---: | ---: |');
  for (const [key, values] of Object.entries(footprints) as [CaseKey, Footprint[]][]) {
    const heap = median(values.map((value) => value.heapBytes)) / 1e6;
    const nodes = median(values.map((value) => value.nodes));
    console.log(`| ${CASES[key]} | ${heap.toFixed(1)} | ${nodes.toFixed(0)} |`);
  }
  // The targets, read against the baselines run from a content script once the browser's own
  // work is over: what any extension gets (docs/benchmark.md explains the other readings).
  const after = (key: CaseKey) => (key === 'b' ? scriptAdded : afterOwnWork(key));
  const othersAfterOwnWork = (index: number, key: CaseKey) =>
    median(
      (otherSamples[index]?.[key] ?? []).map((sample) => Math.max(0, sample.time - sample.free)),
    );
  const referenceIndex = reference ? others.indexOf(reference) : -1;
  const referenceA = referenceIndex >= 0 ? othersAfterOwnWork(referenceIndex, 'a') : Number.NaN;
  const ratioRow = (job: CaseKey, baseline: CaseKey, target: number, what: string): Row => {
    const value = after(job) / after(baseline);
    // The same ratio of the build the target was set on, when it was measured beside this one.
    const referenceValue = job === 'a' ? referenceA / after(baseline) : Number.NaN;
    const kept = !Number.isNaN(referenceValue);
    return {
      what,
      baseline: `${formatMs(after(baseline))} ${symbol(baseline)}`,
      withExtension: Number.isNaN(value)
        ? 'not measured'
        : `${formatMs(after(job))} ${symbol(job)}`,
      change: Number.isNaN(value) ? '–' : formatRatio(value),
      target: kept
        ? `≤ ${target}× as written (the build it was set on, ${reference?.label}: ${formatRatio(referenceValue)} here); above it, kept if not slower than that build (below)`
        : `≤ ${target}×`,
      // A "keep" target: what this ratio adds to the row against the reference build is the
      // baseline's own noise, so above the target that row decides (docs/benchmark.md).
      met: Number.isNaN(value) ? null : value <= target ? true : kept ? null : false,
    };
  };
  const symbol = (key: CaseKey) => CASES[key].slice(0, CASES[key].indexOf(' '));
  const longestExtensionTask = maxOf('a', (sample) => sample.longestLaterTask);
  const rows: Row[] = [
    ratioRow(
      'a',
      'dContent',
      2,
      '20,000 paragraphs, 1,000 IDs linked, against a bare text walk from a content script (a)/(d″)',
    ),
    ratioRow(
      'b',
      'dContent',
      1,
      'the same page with no ID: script time the extension adds, against the bare walk (b)/(d″)',
    ),
    ratioRow(
      'a',
      'cContent',
      0.3,
      '1,000 IDs linked, against linkify-plus-plus-core from a content script (a)/(c″)',
    ),
  ];
  if (reference) {
    const value = after('a') / referenceA;
    rows.push({
      what: `1,000 IDs linked (a), against the build the targets were set on (${reference.label}), run by run in turn`,
      baseline: Number.isNaN(referenceA) ? 'not measured' : `${formatMs(referenceA)} (a)`,
      withExtension: `${formatMs(after('a'))} (a)`,
      change: Number.isNaN(value) ? '–' : formatRatio(value),
      target: `≤ ${REFERENCE_TOLERANCE}×: not slower than this bench can tell`,
      met: Number.isNaN(value) ? null : value <= REFERENCE_TOLERANCE,
    });
  }
  rows.push({
    what: "longest task of the extension's after the browser's own work, (a)",
    baseline: '–',
    withExtension: longestExtensionTask > 0 ? formatMs(longestExtensionTask) : '< 50 ms',
    change: '–',
    target: '≤ 50 ms',
    met: longestExtensionTask <= 50,
  });
  others.forEach((other, index) => {
    console.log(
      `\nThis build beside ${other.label}, run by run in turn (medians of ${RUNS} runs)\n`,
    );
    console.log(
      "| case | this build, ms after the browser's own work | the other build | this / other |",
    );
    console.log('| --- | ---: | ---: | ---: |');
    for (const key of ['a', 'eExtension'] as const) {
      const mine = afterOwnWork(key);
      const theirs = othersAfterOwnWork(index, key);
      console.log(
        `| ${CASES[key]} | ${mine.toFixed(0)} | ${theirs.toFixed(0)} | ${(mine / theirs).toFixed(2)} |`,
      );
    }
  });
  return rows;
}
