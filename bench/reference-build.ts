// The build the linkifier's "keep them met" targets were set on, built from this repository's
// history and measured beside this build in the same run (docs/benchmark.md, "The build the
// targets were set on"). Its own ratios in today's run say whether a target is reachable as
// written: the 1.74× it was credited with came from a baseline the benchmark then measured at
// about twice what the same walk takes when every browser's cases run in turn.
import { execFile } from 'node:child_process';
import { access, mkdir, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../test/e2e/harness/extension-browser';

const run = promisify(execFile);

/** 2026-11-26: the commit the speed issue measured (a)/(d″) 1.74× and (a)/(c″) 0.30× on. */
export const REFERENCE_COMMIT = '34cb7a8b76987217db9f32e9050d57e350a96fe2';
export const REFERENCE_LABEL = REFERENCE_COMMIT.slice(0, 7);

const exists = (file: string): Promise<boolean> =>
  access(file).then(
    () => true,
    () => false,
  );

/**
 * The reference build's directory, built once into the system's temporary directory (outside the
 * repository, so no linter or type check ever reads its sources) with this checkout's packages:
 * the commit's dependencies are a subset of today's.
 */
export async function referenceBuild(): Promise<string> {
  const root = path.join(tmpdir(), `trueconf-bench-reference-${REFERENCE_LABEL}`);
  const output = path.join(root, '.output/chrome-mv3');
  if (await exists(path.join(output, 'manifest.json'))) return output;
  try {
    await run('git', ['cat-file', '-e', `${REFERENCE_COMMIT}^{commit}`], { cwd: PROJECT_ROOT });
  } catch {
    throw new Error(
      `the reference build needs commit ${REFERENCE_LABEL} in this clone's history (a shallow clone lacks it: git fetch --unshallow)`,
    );
  }
  await rm(root, { recursive: true, force: true });
  await mkdir(root, { recursive: true });
  const archive = path.join(root, 'source.tar');
  await run('git', ['archive', '--format=tar', '-o', archive, REFERENCE_COMMIT], {
    cwd: PROJECT_ROOT,
  });
  await run('tar', ['-xf', archive, '-C', root]);
  await rm(archive);
  await symlink(path.join(PROJECT_ROOT, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  await run(path.join(PROJECT_ROOT, 'node_modules/.bin/wxt'), ['build'], {
    cwd: root,
    maxBuffer: 16 * 1024 * 1024,
  });
  if (!(await exists(path.join(output, 'manifest.json')))) {
    throw new Error(`building ${REFERENCE_LABEL} left no ${output}/manifest.json`);
  }
  return output;
}
