// Phone numbers on pages (docs/phones.md): what the feature costs when it is on. One page with
// PHONES numbers in ordinary prose, loaded in the same extension browser with phone calls off and
// on: main-thread script time and heap until every number is linked (on) or the page has settled
// (off), and the scripts a frame loads for it. Numbers are printed, never asserted.
import { readFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext } from 'playwright-core';
import { launchExtensionBrowser } from '../test/e2e/harness/extension-browser';
import { startFixtureServer } from '../test/e2e/harness/fixture-server';
import { kilobytes, median, megabytes, ms, signedMegabytes, signedMs, type Row } from './report';

const PHONES = 1000;
/** With the feature off nothing is linked: the page is read after the same settling time. */
const SETTLE_MS = 1500;
const LINKED_TIMEOUT_MS = 60_000;

const WORDS =
  'our office is open on weekdays and the support team answers questions about orders deliveries and returns'.split(
    ' ',
  );

function sentence(seed: number, length: number): string {
  const words = Array.from({ length }, (_, index) => WORDS[(seed * 7 + index * 13) % WORDS.length]);
  return `${words.join(' ')}.`;
}

/** `+7 (9xx) 555-xx-xx`: valid Russian mobile numbers, each different. */
function phone(index: number): string {
  const tail = String(index).padStart(4, '0');
  return `+7 (9${String(10 + (index % 80))}) 555-${tail.slice(0, 2)}-${tail.slice(2)}`;
}

export function phonesPage(): string {
  const paragraphs = Array.from(
    { length: PHONES },
    (_, index) =>
      `<p>${sentence(index, 30)} Call ${phone(index)} or write to us. Order ${4_150_000 + index} ships on 2024-03-15.</p>`,
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Contacts</title></head><body><main>${paragraphs.join('')}</main></body></html>`;
}

interface Metrics {
  scriptMs: number;
  heapBytes: number;
  links: number;
}

async function loadOnce(context: BrowserContext, url: string, linked: boolean): Promise<Metrics> {
  const page = await context.newPage();
  try {
    const session = await context.newCDPSession(page);
    await session.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load' });
    if (linked) {
      await page.waitForFunction(
        (count) => document.querySelectorAll('a[data-trueconf-link]').length >= count,
        PHONES,
        { timeout: LINKED_TIMEOUT_MS, polling: 100 },
      );
    } else {
      await page.waitForTimeout(SETTLE_MS);
    }
    const { metrics } = await session.send('Performance.getMetrics');
    const read = (name: string) => metrics.find((entry) => entry.name === name)?.value ?? 0;
    const links = await page.evaluate(
      () => document.querySelectorAll('a[data-trueconf-link]').length,
    );
    await session.detach();
    return { scriptMs: read('ScriptDuration') * 1000, heapBytes: read('JSHeapUsedSize'), links };
  } finally {
    await page.close();
  }
}

const gzipped = async (file: string): Promise<number> =>
  gzipSync(await readFile(file), { level: 9 }).length;

export async function measurePhones(extensionDir: string, runs: number): Promise<Row[]> {
  const pagesDir = await mkdtemp(path.join(tmpdir(), 'trueconf-phones-page-'));
  await writeFile(path.join(pagesDir, 'phones.html'), phonesPage());
  const server = await startFixtureServer([pagesDir]);
  const extension = await launchExtensionBrowser({ extensionDir });
  const setPhones = (on: boolean): Promise<void> =>
    extension.serviceWorker.evaluate(
      (phoneCalls) =>
        // eslint-disable-next-line no-restricted-globals
        chrome.storage.sync.set({ settings: { version: 1, phoneCalls, phoneCountry: 'RU' } }),
      on,
    );
  const on: Metrics[] = [];
  const off: Metrics[] = [];
  try {
    const url = server.url('/phones.html');
    await setPhones(false);
    await loadOnce(extension.context, url, false);
    for (let run = 0; run < runs; run++) {
      for (const which of run % 2 === 0 ? [true, false] : [false, true]) {
        await setPhones(which);
        (which ? on : off).push(await loadOnce(extension.context, url, which));
      }
    }
  } finally {
    await extension.close();
    await server.close();
    await rm(pagesDir, { recursive: true, force: true });
  }
  const medianOf = (samples: Metrics[], pick: (metrics: Metrics) => number) =>
    median(samples.map(pick));
  const scriptOn = medianOf(on, (metrics) => metrics.scriptMs);
  const scriptOff = medianOf(off, (metrics) => metrics.scriptMs);
  const heapOn = medianOf(on, (metrics) => metrics.heapBytes);
  const heapOff = medianOf(off, (metrics) => metrics.heapBytes);
  const linksOff = Math.max(...off.map((metrics) => metrics.links));
  const linkify = await gzipped(path.join(extensionDir, 'linkify.js'));
  const finder = await gzipped(path.join(extensionDir, 'phone-finder.js'));
  const page = `page with ${PHONES} phone numbers (and as many order numbers and dates)`;
  return [
    {
      what: `${page}: script time until all are linked, phones off → on (median of ${runs})`,
      baseline: ms(scriptOff),
      withExtension: ms(scriptOn),
      change: signedMs(scriptOn - scriptOff),
      target: 'reported (feature off by default)',
      met: null,
    },
    {
      what: `same page: JS heap used, phones off → on (links made with phones off: ${linksOff})`,
      baseline: megabytes(heapOff),
      withExtension: megabytes(heapOn),
      change: signedMegabytes(heapOn - heapOff),
      target: 'reported',
      met: null,
    },
    {
      what: 'scripts a frame with phone numbers loads, gzipped: linkify.js → + phone-finder.js',
      baseline: kilobytes(linkify),
      withExtension: kilobytes(linkify + finder),
      change: `+${kilobytes(finder)}`,
      target: 'phones off: no phone-finder.js',
      met: null,
    },
  ];
}
