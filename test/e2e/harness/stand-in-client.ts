import { chmod, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * A stand-in for the TrueConf app: an `xdg-open` first on PATH that appends every URI Chromium
 * hands to the OS to a log, exactly as the real client would receive it.
 */
export interface StandInClient {
  binDir: string;
  logFile: string;
  /** Every URI received so far, in order. */
  received(): Promise<string[]>;
  /** Waits until at least `count` URIs arrived (or the timeout passed) and returns them all. */
  waitForLaunches(count: number, timeoutMs?: number): Promise<string[]>;
  /** Waits a while and returns what arrived: for asserting that nothing (more) was launched. */
  settle(ms?: number): Promise<string[]>;
}

export async function createStandInClient(): Promise<StandInClient> {
  const binDir = await mkdtemp(path.join(tmpdir(), 'trueconf-stand-in-'));
  const logFile = path.join(binDir, 'launches.log');
  await writeFile(logFile, '');
  const script = `#!/bin/sh\nprintf '%s\\n' "$1" >> '${logFile}'\n`;
  for (const name of ['xdg-open', 'gio', 'kde-open', 'gnome-open']) {
    await writeFile(path.join(binDir, name), script);
    await chmod(path.join(binDir, name), 0o755);
  }
  const received = async (): Promise<string[]> =>
    (await readFile(logFile, 'utf8')).split('\n').filter((line) => line !== '');
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  return {
    binDir,
    logFile,
    received,
    async waitForLaunches(count, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      let launches = await received();
      while (launches.length < count && Date.now() < deadline) {
        await sleep(50);
        launches = await received();
      }
      return launches;
    },
    async settle(ms = 1500) {
      await sleep(ms);
      return received();
    },
  };
}

/** Chromium escapes backslashes when it hands a URI to the OS; the client accepts both. */
export function unescapeBackslashes(uri: string): string {
  return uri.replace(/%5C/gi, '\\');
}
