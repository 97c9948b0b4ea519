// The first click on a page's trueconf: link after the browser starts, and the clicks after it:
// how long from Playwright's click until the stand-in TrueConf client (an `xdg-open` first on
// PATH that writes the URI to a file) has the address, with the extension and, in the same run,
// in the same browser without it. Each run uses fresh profiles: the extension's is installed
// first and left once the background has remembered the policy, then Chromium starts again on
// it, as a user's browser restarts; the profile without the extension is started and closed once
// too, so both first clicks come right after a second start. Which goes first alternates.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import {
  chromiumPath,
  QUIET_CHROMIUM_FLAGS,
  writeLaunchPolicy,
} from '../test/e2e/harness/chromium';
import { FIXTURES_DIR } from '../test/e2e/harness/extension-browser';
import { startFixtureServer } from '../test/e2e/harness/fixture-server';
import { createStandInClient, type StandInClient } from '../test/e2e/harness/stand-in-client';
import { median, ms, signedMs, type Row } from './report';

/** The clickjacking rule's half second (a link must stand still that long), and a little more. */
const LINK_SETTLED_MS = 600;
const LATER_CLICKS = 3;
const LAUNCH_TIMEOUT_MS = 30_000;
const FIRST_CLICK_TARGET_MS = 150;
const LATER_CLICK_TARGET_MS = 50;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function start(
  profile: string,
  client: StandInClient,
  extensionDir: string | null,
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: [
      ...QUIET_CHROMIUM_FLAGS,
      ...(extensionDir
        ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
        : []),
    ],
    env: {
      ...process.env,
      PATH: `${client.binDir}:${process.env.PATH ?? ''}`,
      XDG_CURRENT_DESKTOP: process.env.XDG_CURRENT_DESKTOP ?? 'X-Generic',
    },
  });
}

async function waitForRememberedPolicy(context: BrowserContext): Promise<void> {
  const worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  for (let attempt = 0; attempt < 150; attempt++) {
    const stored = await worker.evaluate(() =>
      // Runs in the extension's service worker, where `chrome` is the extension's own API.
      // eslint-disable-next-line no-restricted-globals
      chrome.storage.local.get('rememberedPolicy').then((items) => 'rememberedPolicy' in items),
    );
    if (stored) return;
    await sleep(100);
  }
  throw new Error('the background did not remember the policy within 15 s');
}

/** Resolves with the moment the stand-in client's log has more than `count` lines. */
async function launchArrived(client: StandInClient, count: number): Promise<number> {
  const giveUpAt = performance.now() + LAUNCH_TIMEOUT_MS;
  while (performance.now() < giveUpAt) {
    const lines = (await readFile(client.logFile, 'utf8')).split('\n').filter(Boolean);
    if (lines.length > count) return performance.now();
    await sleep(5);
  }
  throw new Error(`a click launched nothing within ${LAUNCH_TIMEOUT_MS / 1000} s`);
}

interface Clicks {
  first: number;
  later: number[];
}

async function measureOnce(url: string, extensionDir: string | null): Promise<Clicks> {
  const client = await createStandInClient();
  const profile = await mkdtemp(path.join(tmpdir(), 'trueconf-first-click-'));
  try {
    const installing = await start(profile, client, extensionDir);
    if (extensionDir) await waitForRememberedPolicy(installing);
    else await (installing.pages()[0] ?? (await installing.newPage())).goto(url);
    await installing.close();

    const context = await start(profile, client, extensionDir);
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(url);
      const link = page.locator('#own');
      await link.waitFor();
      await sleep(LINK_SETTLED_MS);
      const times: number[] = [];
      for (let click = 0; click <= LATER_CLICKS; click++) {
        const clicked = performance.now();
        await link.click();
        times.push((await launchArrived(client, click)) - clicked);
        await sleep(300);
      }
      const [first = Number.NaN, ...later] = times;
      return { first, later };
    } finally {
      await context.close();
    }
  } finally {
    await rm(profile, { recursive: true, force: true });
    await rm(client.binDir, { recursive: true, force: true });
  }
}

export async function measureFirstClick(extensionDir: string, runs: number): Promise<Row[]> {
  await writeLaunchPolicy();
  const server = await startFixtureServer([FIXTURES_DIR]);
  const withExtension: Clicks[] = [];
  const without: Clicks[] = [];
  try {
    const url = server.url('/intercept/links.html');
    for (let run = 0; run < runs; run++) {
      const order = run % 2 === 0 ? [extensionDir, null] : [null, extensionDir];
      for (const dir of order) {
        const clicks = await measureOnce(url, dir);
        (dir ? withExtension : without).push(clicks);
        console.log(
          `first click, run ${run + 1}, ${dir ? 'with the extension' : 'without'}: ${ms(clicks.first)}, later ${clicks.later.map(ms).join(', ')}`,
        );
      }
    }
  } finally {
    await server.close();
  }
  const first = median(withExtension.map((clicks) => clicks.first));
  const firstBaseline = median(without.map((clicks) => clicks.first));
  const later = median(withExtension.flatMap((clicks) => clicks.later));
  const laterBaseline = median(without.flatMap((clicks) => clicks.later));
  return [
    {
      what: `click on a page's trueconf: link, first click right after the browser starts → URI handed to the OS (median of ${runs})`,
      baseline: ms(firstBaseline),
      withExtension: ms(first),
      change: signedMs(first - firstBaseline),
      target: `≤ +${FIRST_CLICK_TARGET_MS} ms`,
      met: first - firstBaseline <= FIRST_CLICK_TARGET_MS,
    },
    {
      what: `the same, later clicks (median of ${runs * LATER_CLICKS})`,
      baseline: ms(laterBaseline),
      withExtension: ms(later),
      change: signedMs(later - laterBaseline),
      target: `≤ +${LATER_CLICK_TARGET_MS} ms`,
      met: later - laterBaseline <= LATER_CLICK_TARGET_MS,
    },
  ];
}
