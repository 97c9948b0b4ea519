// The first click on a page's trueconf: link after the browser starts: how long until the
// stand-in TrueConf client gets it. Each run installs the extension in a fresh profile, lets the
// background remember the policy, closes Chromium and starts it again on that profile, as a user's
// browser restarts; the page's link is clicked once the rule against clickjacking lets a click
// count (500 ms in the page).
//
//   npx wxt build && npx tsx bench/first-click.ts [extension dir] [runs]
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import {
  chromiumPath,
  QUIET_CHROMIUM_FLAGS,
  writeLaunchPolicy,
} from '../test/e2e/harness/chromium';
import { EXTENSION_DIR, FIXTURES_DIR } from '../test/e2e/harness/extension-browser';
import { startFixtureServer } from '../test/e2e/harness/fixture-server';
import { createStandInClient, type StandInClient } from '../test/e2e/harness/stand-in-client';

const extensionDir = path.resolve(process.argv[2] ?? EXTENSION_DIR);
const runs = Number(process.argv[3] ?? 3);
/** The clickjacking rule's half second, and a little more. */
const LINK_SETTLED_MS = 600;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function start(profile: string, client: StandInClient): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: [
      ...QUIET_CHROMIUM_FLAGS,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
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
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const stored = await worker.evaluate(() =>
      // Runs in the extension's service worker, where `chrome` is the extension's own API.
      // eslint-disable-next-line no-restricted-globals
      chrome.storage.local.get('rememberedPolicy').then((items) => 'rememberedPolicy' in items),
    );
    if (stored) return;
    await sleep(100);
  }
  throw new Error('The background did not remember the policy within 15 s.');
}

async function measureOnce(url: string): Promise<{ fromClick: number; fromStart: number }> {
  const client = await createStandInClient();
  const profile = await mkdtemp(path.join(tmpdir(), 'trueconf-first-click-'));
  try {
    const installing = await start(profile, client);
    await waitForRememberedPolicy(installing);
    await installing.close();

    const started = performance.now();
    const context = await start(profile, client);
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(url);
      await page.locator('#own').waitFor();
      await sleep(LINK_SETTLED_MS);
      const clicked = performance.now();
      await page.locator('#own').click();
      const launches = await client.waitForLaunches(1, 30_000);
      if (launches.length === 0) throw new Error('The click launched nothing within 30 s.');
      const arrived = performance.now();
      return { fromClick: arrived - clicked, fromStart: arrived - started };
    } finally {
      await context.close();
    }
  } finally {
    await rm(profile, { recursive: true, force: true });
    await rm(client.binDir, { recursive: true, force: true });
  }
}

await writeLaunchPolicy();
const server = await startFixtureServer([FIXTURES_DIR]);
try {
  console.log(`first click after start, ${extensionDir}`);
  for (let run = 1; run <= runs; run++) {
    const { fromClick, fromStart } = await measureOnce(server.url('/intercept/links.html'));
    console.log(
      `run ${run}: ${Math.round(fromClick)} ms from the click, ${Math.round(fromStart)} ms from the start`,
    );
  }
} finally {
  await server.close();
}
