import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    benchmark: { include: ['test/**/*.bench.ts'] },
    testTimeout: 30_000,
    projects: [
      { extends: true, test: { name: 'node', include: ['test/**/*.test.ts'], exclude: ['test/browser/**'] } },
      // Chromium after the rest (groupOrder): its processes would otherwise share the CPU with the
      // timing tests (scaling, hostile inputs) and make their measurements noisy.
      { extends: true, test: { name: 'browser', include: ['test/browser/**/*.test.ts'], sequence: { groupOrder: 1 } } },
    ],
  },
});
