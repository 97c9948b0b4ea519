// `npm start`: after the build, opens Chromium with the extension loaded on the demo page.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath, QUIET_CHROMIUM_FLAGS } from '../test/e2e/harness/chromium';
import { startFixtureServer } from '../test/e2e/harness/fixture-server';
import { DEMO_DIR, EXTENSION_DIR, PROJECT_ROOT } from '../test/e2e/harness/extension-browser';

async function main(): Promise<void> {
  let executablePath: string;
  try {
    executablePath = chromiumPath();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  const server = await startFixtureServer([DEMO_DIR]);
  // A kept profile remembers "always allow" for the trueconf: prompt between runs.
  const profileDir = path.join(PROJECT_ROOT, '.output/chromium-profile');
  await mkdir(profileDir, { recursive: true });
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless: !hasDisplay,
    viewport: null,
    args: [
      ...QUIET_CHROMIUM_FLAGS,
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(server.url('/index.html'));
  if (hasDisplay) {
    console.log(
      `Chromium is open on the demo page (${server.url('/index.html')}). Close it to stop.`,
    );
    await new Promise((resolve) => context.on('close', resolve));
  } else {
    // A fresh profile reads its settings once before the first page is linked.
    await page
      .locator('a[data-trueconf-link]')
      .first()
      .waitFor({ timeout: 15_000 })
      .catch(() => undefined);
    await page.waitForTimeout(500);
    const links = await page.locator('a[data-trueconf-link]').count();
    const screenshot = path.join(PROJECT_ROOT, 'test-results/demo.png');
    await mkdir(path.dirname(screenshot), { recursive: true });
    await page.screenshot({ path: screenshot, fullPage: true });
    console.log(
      `No display here, so Chromium ran headless: the extension made ${links} trueconf: links on the demo page; ` +
        `screenshot in ${path.relative(process.cwd(), screenshot)}. ` +
        'Run `npm start` in a desktop session to use the extension by hand.',
    );
    await context.close();
  }
  await server.close();
}

await main();
