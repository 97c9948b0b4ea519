// `npm run zip`: the store uploads. `wxt zip` (Chrome Web Store, Edge Add-ons) and
// `wxt zip -b firefox` (addons.mozilla.org, plus the sources zip its reviewers rebuild from),
// then a check of what went into each zip, so a wrong file never reaches a store.
import { spawnSync } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUTPUT = path.join(ROOT, '.output');

interface PackageJson {
  name: string;
  version: string;
}

interface Manifest {
  manifest_version?: number;
  version?: string;
  browser_specific_settings?: {
    gecko?: { id?: string; data_collection_permissions?: { required?: string[] } };
  };
}

/** Just enough of the ZIP format to list a store zip and read its manifest (no ZIP64). */
class ZipListing {
  private constructor(
    private readonly data: Buffer,
    private readonly entries: Map<string, { method: number; size: number; offset: number }>,
  ) {}

  static async open(file: string): Promise<ZipListing> {
    const data = await readFile(file);
    const end = data.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    if (end < 0) throw new Error(`${file} is not a zip file`);
    const count = data.readUInt16LE(end + 10);
    let at = data.readUInt32LE(end + 16);
    const entries = new Map<string, { method: number; size: number; offset: number }>();
    for (let i = 0; i < count; i++) {
      if (data.readUInt32LE(at) !== 0x02014b50)
        throw new Error(`${file}: broken central directory`);
      const nameLength = data.readUInt16LE(at + 28);
      const extraLength = data.readUInt16LE(at + 30);
      const commentLength = data.readUInt16LE(at + 32);
      const name = data.toString('utf8', at + 46, at + 46 + nameLength);
      entries.set(name, {
        method: data.readUInt16LE(at + 10),
        size: data.readUInt32LE(at + 20),
        offset: data.readUInt32LE(at + 42),
      });
      at += 46 + nameLength + extraLength + commentLength;
    }
    return new ZipListing(data, entries);
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  text(name: string): string {
    const entry = this.entries.get(name);
    if (!entry) throw new Error(`no ${name} in the zip`);
    const header = entry.offset;
    const start =
      header + 30 + this.data.readUInt16LE(header + 26) + this.data.readUInt16LE(header + 28);
    const raw = this.data.subarray(start, start + entry.size);
    if (entry.method === 0) return raw.toString('utf8');
    if (entry.method === 8) return inflateRawSync(raw).toString('utf8');
    throw new Error(`${name}: unsupported compression method ${entry.method}`);
  }
}

function run(args: string[]): void {
  console.log(`\n$ wxt ${args.join(' ')}`);
  const result = spawnSync(path.join(ROOT, 'node_modules/.bin/wxt'), args, {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error(`wxt ${args.join(' ')} failed`);
}

/** What must never be in the sources zip: installed, generated or personal files. */
const NOT_SOURCES = [
  /^node_modules\//,
  /(^|\/)node_modules\//,
  /^\.output\//,
  /^\.wxt\//,
  /^test-results\//,
  /^store-assets\//,
  /(^|\/)\.[^/]+/,
  /\.log$/,
];
/** What reviewers need to rebuild the extension exactly. */
const SOURCES_NEEDED = [
  'package.json',
  'package-lock.json',
  'wxt.config.ts',
  'tsconfig.json',
  'README.md',
  'CHANGELOG.md',
  'entrypoints/background.ts',
];

async function main(): Promise<void> {
  const pkg = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as PackageJson;
  run(['zip']);
  run(['zip', '-b', 'firefox']);

  const zipPath = (suffix: string): string =>
    path.join(OUTPUT, `${pkg.name}-${pkg.version}-${suffix}.zip`);
  const problems: string[] = [];
  const expect = (ok: boolean, problem: string): void => {
    if (!ok) problems.push(problem);
  };

  const chrome = await ZipListing.open(zipPath('chrome'));
  const chromeManifest = JSON.parse(chrome.text('manifest.json')) as Manifest;
  expect(chromeManifest.version === pkg.version, `Chrome zip: version ${chromeManifest.version}`);
  expect(chromeManifest.manifest_version === 3, 'Chrome zip: not Manifest V3');
  expect(
    chromeManifest.browser_specific_settings === undefined,
    'Chrome zip: carries Firefox-only browser_specific_settings',
  );

  const firefox = await ZipListing.open(zipPath('firefox'));
  const firefoxManifest = JSON.parse(firefox.text('manifest.json')) as Manifest;
  const gecko = firefoxManifest.browser_specific_settings?.gecko;
  expect(
    firefoxManifest.version === pkg.version,
    `Firefox zip: version ${firefoxManifest.version}`,
  );
  expect(firefoxManifest.manifest_version === 3, 'Firefox zip: not Manifest V3');
  expect(Boolean(gecko?.id), 'Firefox zip: no browser_specific_settings.gecko.id');
  expect(
    gecko?.data_collection_permissions?.required?.join() === 'none',
    'Firefox zip: data_collection_permissions is not { required: ["none"] }',
  );

  for (const [label, listing] of [
    ['Chrome', chrome],
    ['Firefox', firefox],
  ] as const) {
    const stray = listing.names().filter((name) => /\.(map|ts)$|^test\//.test(name));
    expect(stray.length === 0, `${label} zip: holds ${stray.join(', ')}`);
  }

  const sources = await ZipListing.open(zipPath('sources'));
  const names = sources.names();
  const unwanted = names.filter((name) => NOT_SOURCES.some((pattern) => pattern.test(name)));
  expect(unwanted.length === 0, `sources zip: holds ${unwanted.slice(0, 10).join(', ')}`);
  for (const needed of SOURCES_NEEDED) {
    expect(names.includes(needed), `sources zip: lacks ${needed}`);
  }

  console.log(`\nStore zips for ${pkg.name} ${pkg.version}:`);
  for (const suffix of ['chrome', 'firefox', 'sources']) {
    const file = zipPath(suffix);
    const { size } = await stat(file);
    console.log(`  ${path.relative(ROOT, file)}  ${(size / 1024).toFixed(1)} kB`);
  }
  if (problems.length > 0) {
    console.error(`\nThe zips are not ready for the stores:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log(
    'Chrome Web Store / Edge Add-ons: upload the -chrome zip. addons.mozilla.org: upload the ' +
      '-firefox zip, and the -sources zip when asked for source code.',
  );
}

await main();
