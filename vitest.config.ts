import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['src/**/*.test.ts', 'entrypoints/**/*.test.ts', 'test/unit/**/*.test.ts'],
    restoreMocks: true,
    // A timeout catches a hang, not slowness: happy-dom tests that build 800-row pages took 5–8 s
    // while the machine was busy (load 15), and Vitest's default 5 s failed them.
    testTimeout: 30_000,
  },
});
