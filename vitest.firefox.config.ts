import { defineConfig } from 'vitest/config';

/** Real-browser tests in Firefox: one Firefox at a time (the machines have two cores). */
export default defineConfig({
  test: {
    include: ['test/e2e-firefox/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ['default'],
  },
});
