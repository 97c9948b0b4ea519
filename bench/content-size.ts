// What every frame of every page loads: the content scripts the built manifest declares with
// `all_frames`, gzipped (what the user's browser reads and compiles for each frame, whatever the
// build calls them), against the target of 12 KB in all.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { kilobytes, type Row } from './report';

// 12 KB read as 12 KiB, the same budget test/e2e/frame-budget.e2e.ts holds the build to.
const TARGET_BYTES = 12_288;

interface ContentScriptEntry {
  all_frames?: boolean;
  js?: string[];
  css?: string[];
}

/** The files every frame loads, as the manifest names them, each once. */
export async function everyFrameScripts(extensionDir: string): Promise<string[]> {
  const manifest = JSON.parse(await readFile(path.join(extensionDir, 'manifest.json'), 'utf8')) as {
    content_scripts?: ContentScriptEntry[];
  };
  const files = (manifest.content_scripts ?? [])
    .filter((entry) => entry.all_frames === true)
    .flatMap((entry) => [...(entry.js ?? []), ...(entry.css ?? [])]);
  return [...new Set(files)];
}

export async function measureContentSize(extensionDir: string): Promise<Row[]> {
  const files = await everyFrameScripts(extensionDir);
  const sizes = await Promise.all(
    files.map(async (file) => {
      const source = await readFile(path.join(extensionDir, file));
      return { file, raw: source.length, gzipped: gzipSync(source, { level: 9 }).length };
    }),
  );
  const total = sizes.reduce((sum, { gzipped }) => sum + gzipped, 0);
  const parts = sizes.map(({ file, gzipped }) => `${path.basename(file)} ${kilobytes(gzipped)}`);
  return [
    {
      what: `content scripts in every frame, gzipped (${parts.join(' + ') || 'none'})`,
      baseline: '–',
      withExtension: kilobytes(total),
      change: '–',
      target: `≤ ${kilobytes(TARGET_BYTES)} in all`,
      met: total <= TARGET_BYTES,
    },
  ];
}
