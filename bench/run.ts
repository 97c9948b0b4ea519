// `npm run bench`: the linkifier against a bare TreeWalker pass and linkify-plus-plus-core, all
// measured in this run on the same machine, printed as medians and ratios (never asserted).
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { chromiumPath, QUIET_CHROMIUM_FLAGS } from '../test/e2e/harness/chromium';
import { launchExtensionBrowser, PROJECT_ROOT } from '../test/e2e/harness/extension-browser';
import { startFixtureServer } from '../test/e2e/harness/fixture-server';
import { benchPage } from './page';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const IDS = 1000;
const TIMEOUT_MS = 120_000;

interface Sample {
  /** ms from DOMContentLoaded until the job was done */
  time: number;
  /** longest main-thread task after DOMContentLoaded (only tasks ≥ 50 ms are reported by Chromium) */
  longestTask: number;
}

const TREE_WALKER_PASS = `<script>
document.addEventListener('DOMContentLoaded', () => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let characters = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) characters += node.data.length;
  window.__bench.characters = characters;
  window.__bench.doneAt = performance.now();
});
</script>`;

const LINKIFY_PLUS_PLUS = `<script src="/linkify-plus-plus-core.js"></script><script>
const matcher = {
  *match(text) {
    const pattern = /trueconf:\\\\c\\\\[A-Za-z0-9_]+/g;
    for (let found = pattern.exec(text); found; found = pattern.exec(text)) {
      yield { start: found.index, end: found.index + found[0].length, text: found[0], url: found[0] };
    }
  },
};
document.addEventListener('DOMContentLoaded', () => {
  linkifyPlusPlusCore
    .linkify(document.body, { matcher, newTab: false, noOpener: false, embedImage: false, timeout: 600000 })
    .then(() => { window.__bench.doneAt = performance.now(); });
});
</script>`;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

async function measure(page: Page, url: string, doneExpression: string): Promise<Sample> {
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(doneExpression, undefined, { timeout: TIMEOUT_MS, polling: 100 });
  // Let a last long task finish being reported.
  await page.waitForTimeout(200);
  return page.evaluate(`({
    time: (${doneExpression}) - window.__bench.dcl,
    longestTask: window.__bench.longestTask,
  })`) as Promise<Sample>;
}

async function main(): Promise<void> {
  const pagesDir = await mkdtemp(path.join(tmpdir(), 'trueconf-bench-'));
  await writeFile(path.join(pagesDir, 'ids.html'), benchPage(IDS));
  await writeFile(path.join(pagesDir, 'none.html'), benchPage(0));
  await writeFile(path.join(pagesDir, 'walker.html'), benchPage(0, TREE_WALKER_PASS));
  await writeFile(path.join(pagesDir, 'lpp.html'), benchPage(IDS, LINKIFY_PLUS_PLUS));
  await copyFile(
    path.join(PROJECT_ROOT, 'node_modules/linkify-plus-plus-core/dist/linkify-plus-plus-core.js'),
    path.join(pagesDir, 'linkify-plus-plus-core.js'),
  );
  const server = await startFixtureServer([pagesDir]);
  const samples: Record<string, Sample[]> = { a: [], b: [], c: [], d: [] };

  const plain = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: QUIET_CHROMIUM_FLAGS,
  });
  for (let run = 0; run < RUNS; run++) {
    const page = await plain.newPage();
    samples.d?.push(await measure(page, server.url('/walker.html'), 'window.__bench.doneAt'));
    samples.c?.push(
      await measure(
        page,
        server.url('/lpp.html'),
        'window.__bench.doneAt && window.__bench.linksAt',
      ),
    );
    await page.close();
  }
  await plain.close();

  const extension = await launchExtensionBrowser();
  try {
    for (let run = 0; run < RUNS; run++) {
      const page = await extension.context.newPage();
      samples.a?.push(await measure(page, server.url('/ids.html'), 'window.__bench.linksAt'));
      samples.b?.push(await measure(page, server.url('/none.html'), 'window.__bench.scanDoneAt'));
      await page.close();
    }
  } finally {
    await extension.close();
    await server.close();
    await rm(pagesDir, { recursive: true, force: true });
  }

  const time = (key: string) => median((samples[key] ?? []).map((sample) => sample.time));
  const longest = (key: string) =>
    Math.max(...(samples[key] ?? []).map((sample) => sample.longestTask));
  const rows = [
    ['(a) extension, 1,000 IDs: all links in place', 'a'],
    ['(b) extension, no ID: scan done', 'b'],
    ['(c) linkify-plus-plus-core, 1,000 IDs', 'c'],
    ['(d) bare TreeWalker pass', 'd'],
  ] as const;
  console.log(
    `\nMedians of ${RUNS} runs, ms from DOMContentLoaded (${new Date().toISOString()})\n`,
  );
  console.log('| case | median ms | longest task ms |');
  console.log('| --- | ---: | ---: |');
  for (const [label, key] of rows) {
    console.log(
      `| ${label} | ${time(key).toFixed(1)} | ${longest(key) ? longest(key).toFixed(0) : '< 50'} |`,
    );
  }
  const ratio = (top: string, bottom: string) => time(top) / time(bottom);
  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
  console.log('\n| ratio | value | target | |');
  console.log('| --- | ---: | ---: | --- |');
  console.log(
    `| (a) / (d) | ${ratio('a', 'd').toFixed(2)} | ≤ 3 | ${verdict(ratio('a', 'd') <= 3)} |`,
  );
  console.log(
    `| (a) / (c) | ${ratio('a', 'c').toFixed(2)} | ≤ 0.2 | ${verdict(ratio('a', 'c') <= 0.2)} |`,
  );
  console.log(
    `| (b) / (d) | ${ratio('b', 'd').toFixed(2)} | ≤ 2 | ${verdict(ratio('b', 'd') <= 2)} |`,
  );
  console.log(
    `| longest task (a) | ${longest('a').toFixed(0)} ms | ≤ 50 | ${verdict(longest('a') <= 50)} |`,
  );
}

await main();
