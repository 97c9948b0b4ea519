import path from 'node:path';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import layers, { areaOf } from '../../eslint/layers.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

function problemsOf(file: string, source: string): string[] {
  const linter = new Linter({ cwd: ROOT });
  const messages = linter.verify(
    source,
    [
      {
        files: ['**/*.ts'],
        plugins: { layers },
        rules: { 'layers/imports-follow-layers': 'error' },
      },
    ],
    { filename: path.join(ROOT, file) },
  );
  return messages.map((message) => message.message);
}

describe('imports follow the layers', () => {
  it('lets an area import a lower layer and its own folder', () => {
    expect(problemsOf('src/linkify/find/walk.ts', "import { a } from '../../detect';")).toEqual([]);
    expect(problemsOf('src/popup/view.ts', "import { a } from './dom';")).toEqual([]);
    expect(
      problemsOf('entrypoints/popup/main.ts', "import { a } from '../../src/popup/popup';"),
    ).toEqual([]);
  });

  it('places the frame script above what it wires together and below the entry points', () => {
    expect(problemsOf('src/frame/run-frame.ts', "import { a } from '../intercept/x';")).toEqual([]);
    expect(
      problemsOf('src/frame/run-frame.ts', "import { a } from '../popup/popup';"),
    ).toHaveLength(1);
  });

  it('refuses an import that points up', () => {
    const [problem] = problemsOf('src/protocol/parse.ts', "import { a } from '../settings';");
    expect(problem).toMatch(/src\/protocol \(layer 0\) may not import src\/settings \(layer 2\)/);
    expect(
      problemsOf('src/detect/detect.ts', "export { a } from '../linkify/linkifier';"),
    ).toHaveLength(1);
    expect(problemsOf('src/settings/store.ts', "const m = import('../popup/popup');")).toHaveLength(
      1,
    );
  });

  it('places the TrueConf Server client below the background and above storage', () => {
    expect(
      problemsOf('src/background/server-service.ts', "import { a } from '../server';"),
    ).toEqual([]);
    expect(problemsOf('src/server/session.ts', "import { a } from '../storage';")).toEqual([]);
    expect(
      problemsOf('src/server/client.ts', "import { a } from '../background/badge';"),
    ).toHaveLength(1);
    expect(problemsOf('src/server/client.ts', "import { a } from '../launch';")).toHaveLength(1);
  });

  it('keeps phone numbers beside detection, under settings and the linkifier', () => {
    expect(problemsOf('src/phone/call.ts', "import { a } from '../protocol';")).toEqual([]);
    expect(problemsOf('src/settings/schema.ts', "import { a } from '../phone/regions';")).toEqual(
      [],
    );
    expect(problemsOf('src/detect/prefilter.ts', "import { a } from '../phone';")).toHaveLength(1);
  });

  it('refuses an import sideways, between two areas of one layer', () => {
    const [problem] = problemsOf('src/popup/view.ts', "import { a } from '../options/page';");
    expect(problem).toMatch(/another area of the same layer/);
  });

  it('asks a new folder under src for its place in the table', () => {
    const [problem] = problemsOf('src/popup/view.ts', "import { a } from '../newthing/x';");
    expect(problem).toMatch(/not in the layer table/);
  });

  it('leaves tests, test support, the benchmark and packages alone', () => {
    expect(problemsOf('src/protocol/parse.test.ts', "import { a } from '../popup/popup';")).toEqual(
      [],
    );
    expect(
      problemsOf('test/support/linkifier.ts', "import { a } from '../../src/linkify';"),
    ).toEqual([]);
    expect(problemsOf('src/protocol/parse.ts', "import { browser } from 'wxt/browser';")).toEqual(
      [],
    );
    expect(areaOf('bench/run.ts')).toBeNull();
  });
});
