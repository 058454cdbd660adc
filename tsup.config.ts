import { defineConfig } from 'tsup';

export default defineConfig({
  // The library (src/index.ts) as ESM and CommonJS with declarations; the command (src/cli.ts,
  // dist/cli.js) beside it, with its pool's worker entry (dist/cli-worker.js, found next to cli.js).
  entry: { index: 'src/index.ts', cli: 'src/cli.ts', 'cli-worker': 'src/cli/worker.ts' },
  format: ['esm', 'cjs'],
  dts: { entry: { index: 'src/index.ts' } },
  // import.meta.url (the command finds its worker and package.json by it) also in the CommonJS copies.
  shims: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
});
