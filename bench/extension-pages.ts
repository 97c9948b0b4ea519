// The extension's own pages, from opening to usable, read from the marks they set
// (src/ui/ready-marks.ts) as `performance.mark` times, that is from the navigation's start:
// the popup until its address field has the focus and takes typing, cold (the first thing opened
// right after the browser starts on a profile the extension is installed in) and warm; the
// options page until it is fully rendered with the settings, warm. Headless Chromium has no
// toolbar to click, so each opens in a tab, as the popup's own tests do. The baseline is the
// browser's floor for the same thing: a plain page that focuses a field as it loads, opened the
// same way in the same browser.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { chromiumPath, QUIET_CHROMIUM_FLAGS } from '../test/e2e/harness/chromium';
import { startFixtureServer } from '../test/e2e/harness/fixture-server';
import { OPTIONS_RENDERED_MARK, POPUP_FIELD_FOCUSED_MARK } from '../src/ui/ready-marks';
import { median, ms, signedMs, type Row } from './report';

const BASELINE_MARK = 'bench:field-focused';
const BASELINE_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Field</title></head>
<body><label>Address <input id="field"></label><script>document.getElementById('field').focus();performance.mark('${BASELINE_MARK}');</script></body></html>`;
const POPUP_WARM_TARGET_MS = 100;
const POPUP_COLD_TARGET_MS = 300;
const OPTIONS_WARM_TARGET_MS = 300;
const MARK_TIMEOUT_MS = 30_000;

async function startBrowser(profile: string, extensionDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: [
      ...QUIET_CHROMIUM_FLAGS,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
}

async function extensionIdOf(context: BrowserContext): Promise<string> {
  const worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  return new URL(worker.url()).host;
}

/** Opens `url` in a new tab and returns when `mark` was set, in ms from the navigation's start. */
async function openUntilMark(context: BrowserContext, url: string, mark: string): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'commit' });
    const handle = await page.waitForFunction(
      (name) => performance.getEntriesByName(name, 'mark')[0]?.startTime,
      mark,
      { polling: 20, timeout: MARK_TIMEOUT_MS },
    );
    // The popup's promise is a field to type into; the options page's is the whole page.
    const focused =
      mark === OPTIONS_RENDERED_MARK ||
      (await page.evaluate(() => {
        const active = document.activeElement;
        return active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement;
      }));
    if (!focused) throw new Error(`${url}: no field has the focus at ${mark}`);
    return (await handle.jsonValue()) as number;
  } finally {
    await page.close();
  }
}

interface Samples {
  popupCold: number[];
  baselineCold: number[];
  popupWarm: number[];
  optionsWarm: number[];
  baselineWarm: number[];
}

export async function measureExtensionPages(extensionDir: string, runs: number): Promise<Row[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'trueconf-extension-pages-'));
  await writeFile(path.join(dir, 'field.html'), BASELINE_PAGE);
  const server = await startFixtureServer([dir]);
  const baselineUrl = server.url('/field.html');
  const samples: Samples = {
    popupCold: [],
    baselineCold: [],
    popupWarm: [],
    optionsWarm: [],
    baselineWarm: [],
  };
  try {
    for (let run = 0; run < runs; run++) {
      // Cold: a profile with the extension installed, the browser started again on it, and the
      // page opened first thing. The baseline gets its own second start of the same kind.
      const profile = path.join(dir, `profile-${run}`);
      const installing = await startBrowser(profile, extensionDir);
      const id = await extensionIdOf(installing);
      await installing.close();
      const popupUrl = `chrome-extension://${id}/popup.html`;
      const optionsUrl = `chrome-extension://${id}/options.html`;
      const coldOrder = run % 2 === 0 ? ['popup', 'baseline'] : ['baseline', 'popup'];
      for (const which of coldOrder) {
        const context = await startBrowser(profile, extensionDir);
        try {
          if (which === 'popup') {
            samples.popupCold.push(
              await openUntilMark(context, popupUrl, POPUP_FIELD_FOCUSED_MARK),
            );
          } else {
            samples.baselineCold.push(await openUntilMark(context, baselineUrl, BASELINE_MARK));
          }
          if (which === coldOrder[1]) {
            // Warm: the same browser, each page opened once to warm it, then timed in turn.
            await openUntilMark(context, popupUrl, POPUP_FIELD_FOCUSED_MARK);
            await openUntilMark(context, optionsUrl, OPTIONS_RENDERED_MARK);
            await openUntilMark(context, baselineUrl, BASELINE_MARK);
            for (let again = 0; again < 3; again++) {
              samples.popupWarm.push(
                await openUntilMark(context, popupUrl, POPUP_FIELD_FOCUSED_MARK),
              );
              samples.optionsWarm.push(
                await openUntilMark(context, optionsUrl, OPTIONS_RENDERED_MARK),
              );
              samples.baselineWarm.push(await openUntilMark(context, baselineUrl, BASELINE_MARK));
            }
          }
        } finally {
          await context.close();
        }
      }
    }
  } finally {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
  const row = (what: string, values: number[], baselineValues: number[], target: number): Row => {
    const value = median(values);
    const baseline = median(baselineValues);
    return {
      what: `${what} (median of ${values.length})`,
      baseline: ms(baseline),
      withExtension: ms(value),
      change: signedMs(value - baseline),
      target: `≤ ${target} ms`,
      met: value <= target,
    };
  };
  return [
    row(
      'popup: open → focused, typeable address field, right after the browser starts',
      samples.popupCold,
      samples.baselineCold,
      POPUP_COLD_TARGET_MS,
    ),
    row('popup: the same, warm', samples.popupWarm, samples.baselineWarm, POPUP_WARM_TARGET_MS),
    row(
      'options page: open → fully rendered with the settings, warm',
      samples.optionsWarm,
      samples.baselineWarm,
      OPTIONS_WARM_TARGET_MS,
    ),
  ];
}
