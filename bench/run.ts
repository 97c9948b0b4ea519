// `npm run bench`: what users feel, each beside its baseline measured in the same run on the same
// machine, printed as one table with the targets (never asserted; see docs/benchmark.md).
//
//   BENCH_ONLY=first-click,page,size,popup,linkify,phones   the parts to run (default: all)
//   BENCH_RUNS                                       runs per linkifier case (default 7)
//   BENCH_EXTENSION_DIR                              another build to measure instead of this one
//   BENCH_COMPARE_DIR                                another build beside this one (linkifier)
//   BENCH_REFERENCE=off                              without the build the targets were set on
import path from 'node:path';
import { EXTENSION_DIR } from '../test/e2e/harness/extension-browser';
import { measureContentSize } from './content-size';
import { measureExtensionPages } from './extension-pages';
import { measureFirstClick } from './first-click';
import { measureLinkify } from './linkify';
import { measurePhones } from './phones';
import { measureQuietPage } from './quiet-page';
import { REFERENCE_LABEL, referenceBuild } from './reference-build';
import { failedRow, formatReport, type Row } from './report';

const extensionDir = path.resolve(process.env.BENCH_EXTENSION_DIR ?? EXTENSION_DIR);
const compareDir = process.env.BENCH_COMPARE_DIR;
const count = (name: string, fallback: number): number => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number ≥ 1`);
  return value;
};

/** The build the linkifier's targets were set on; without it (say, no history) the part still runs. */
async function referenceIfWanted(): Promise<{ dir: string; label: string } | undefined> {
  if (process.env.BENCH_REFERENCE === 'off') return undefined;
  try {
    return { dir: await referenceBuild(), label: REFERENCE_LABEL };
  } catch (error) {
    console.error(`No reference build: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

const PARTS: Record<string, { what: string; run: () => Promise<Row[]> }> = {
  'first-click': {
    what: 'first click after the browser starts',
    run: () => measureFirstClick(extensionDir, count('BENCH_FIRST_CLICK_RUNS', 5)),
  },
  page: {
    what: 'page with no TrueConf address',
    run: () => measureQuietPage(extensionDir, count('BENCH_PAGE_RUNS', 15)),
  },
  size: {
    what: 'content scripts in every frame',
    run: () => measureContentSize(extensionDir),
  },
  popup: {
    what: 'popup and options page',
    run: () => measureExtensionPages(extensionDir, count('BENCH_POPUP_RUNS', 3)),
  },
  linkify: {
    what: 'the linkifier on 20,000 paragraphs',
    run: async () =>
      measureLinkify({
        extensionDir,
        compareDir: compareDir && path.resolve(compareDir),
        reference: await referenceIfWanted(),
        runs: count('BENCH_RUNS', 7),
      }),
  },
  phones: {
    what: 'phone numbers on pages, feature off and on',
    run: () => measurePhones(extensionDir, count('BENCH_PHONES_RUNS', 5)),
  },
};

const only = process.env.BENCH_ONLY?.split(',')
  .map((name) => name.trim())
  .filter(Boolean);
const unknown = (only ?? []).filter((name) => !(name in PARTS));
if (unknown.length > 0) {
  throw new Error(
    `BENCH_ONLY: no part named ${unknown.join(', ')} (parts: ${Object.keys(PARTS).join(', ')})`,
  );
}

const rows: Row[] = [];
for (const [name, part] of Object.entries(PARTS)) {
  if (only && !only.includes(name)) continue;
  console.log(`\n— ${part.what} (${name})`);
  try {
    rows.push(...(await part.run()));
  } catch (error) {
    // One part failing must not lose the others' numbers.
    console.error(error);
    rows.push(failedRow(part.what, error));
  }
}

console.log(`\n${extensionDir}, ${new Date().toISOString()}; medians, baselines from this run\n`);
console.log(formatReport(rows));
