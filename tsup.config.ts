import { defineConfig } from 'tsup';

export default defineConfig({
  // The library (src/index.ts) as ESM and CommonJS with declarations; the command (src/cli.ts) beside it.
  entry: { index: 'src/index.ts', cli: 'src/cli.ts' },
  format: ['esm', 'cjs'],
  dts: { entry: { index: 'src/index.ts' } },
  sourcemap: true,
  clean: true,
  target: 'node20',
});
