import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { chromiumPath, QUIET_CHROMIUM_FLAGS, writeLaunchPolicy } from './chromium';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { createStandInClient, type StandInClient } from './stand-in-client';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../../..');
export const EXTENSION_DIR = path.join(PROJECT_ROOT, '.output/chrome-mv3');
export const FIXTURES_DIR = path.join(PROJECT_ROOT, 'test/e2e/fixtures');
export const DEMO_DIR = path.join(PROJECT_ROOT, 'demo');

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  server: FixtureServer;
  client: StandInClient;
  /** Opens an extension page such as `popup.html` in a tab. */
  openExtensionPage(pagePath: string): Promise<Page>;
  close(): Promise<void>;
}

export interface ExtensionBrowserOptions {
  /** Another copy of the built extension (its path gives it another id). */
  extensionDir?: string;
  /** Extra Chromium flags, e.g. a window size. */
  args?: string[];
  locale?: string;
  colorScheme?: 'light' | 'dark';
}

/**
 * Chromium with the built extension loaded, a stand-in TrueConf client receiving every launch,
 * and the fixture pages served on 127.0.0.1. Fails loudly, never skips, when a piece is missing.
 */
export async function launchExtensionBrowser(
  options: ExtensionBrowserOptions = {},
): Promise<ExtensionBrowser> {
  const executablePath = chromiumPath();
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npm run build\` first.`);
  }
  await writeLaunchPolicy();
  const client = await createStandInClient();
  const server = await startFixtureServer([FIXTURES_DIR, DEMO_DIR]);
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'trueconf-e2e-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    locale: options.locale ?? 'en-US',
    colorScheme: options.colorScheme ?? 'light',
    args: [
      ...QUIET_CHROMIUM_FLAGS,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...(options.locale ? [`--lang=${options.locale}`] : []),
      ...(options.args ?? []),
    ],
    env: {
      ...process.env,
      PATH: `${client.binDir}:${process.env.PATH ?? ''}`,
      // xdg-open is only consulted when Chromium believes a desktop session is present.
      XDG_CURRENT_DESKTOP: process.env.XDG_CURRENT_DESKTOP ?? 'X-Generic',
    },
  });
  const serviceWorker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    server,
    client,
    async openExtensionPage(pagePath) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${pagePath}`);
      return page;
    },
    async close() {
      await context.close();
      await server.close();
      await rm(userDataDir, { recursive: true, force: true });
      await rm(client.binDir, { recursive: true, force: true });
    },
  };
}
