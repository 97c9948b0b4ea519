import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['src/**/*.test.ts', 'entrypoints/**/*.test.ts', 'test/unit/**/*.test.ts'],
    restoreMocks: true,
  },
});
