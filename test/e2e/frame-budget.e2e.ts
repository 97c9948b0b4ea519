import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './harness/extension-browser';

/** Everything the built extension loads into every frame of every page, gzipped, at most. */
const EVERY_FRAME_BUDGET_BYTES = 12_288;

interface ContentScript {
  js?: string[];
}

describe('what every frame loads', () => {
  it(`stays within ${EVERY_FRAME_BUDGET_BYTES} bytes gzipped, the linkifier not among it`, () => {
    const manifest = JSON.parse(
      readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'),
    ) as {
      content_scripts?: ContentScript[];
    };
    const files = (manifest.content_scripts ?? []).flatMap((script) => script.js ?? []);
    expect(files).toContain('frame.js');
    expect(files.some((file) => file.includes('linkify'))).toBe(false);
    const sizes = files.map(
      (file) => gzipSync(readFileSync(path.join(EXTENSION_DIR, file)), { level: 9 }).length,
    );
    const total = sizes.reduce((sum, size) => sum + size, 0);
    console.log(files.map((file, index) => `${file} ${sizes[index]} B`).join(', '));
    expect(total).toBeLessThanOrEqual(EVERY_FRAME_BUDGET_BYTES);
  });
});
