import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    benchmark: { include: ['test/**/*.bench.ts'] },
    testTimeout: 30_000,
    projects: [
      { extends: true, test: { name: 'node', include: ['test/**/*.test.ts'], exclude: ['test/browser/**', 'test/scaling.test.ts'] } },
      // Chromium after the rest (groupOrder): its processes would otherwise share the CPU with the
      // timing tests (scaling, hostile inputs) and make their measurements noisy.
      { extends: true, test: { name: 'browser', include: ['test/browser/**/*.test.ts'], sequence: { groupOrder: 1 } } },
      // The growth ratios last and alone: run beside another test file, a 4x input could take 5.8x
      // the time on a 2-core machine one run and 3x the next; alone the same inputs measure 3 to 4.9.
      { extends: true, test: { name: 'timing', include: ['test/scaling.test.ts'], sequence: { groupOrder: 2 } } },
    ],
  },
});
