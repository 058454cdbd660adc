import { defineConfig } from 'tsup';
import { noNodeBuiltins } from './scripts/no-node-builtins.js';
import { assemblePlayground } from './scripts/playground-page.js';

export default defineConfig([
  {
    // The library (src/index.ts) as ESM and CommonJS with declarations; the command (src/cli.ts,
    // dist/cli.js) beside it, with its pool's worker entry (dist/cli-worker.js, found next to cli.js).
    entry: { index: 'src/index.ts', cli: 'src/cli.ts', 'cli-worker': 'src/cli/worker.ts' },
    format: ['esm', 'cjs'],
    dts: { entry: { index: 'src/index.ts' } },
    // import.meta.url (the command finds its worker and package.json by it) also in the CommonJS copies.
    shims: true,
    sourcemap: true,
    // The browser builds below write their own folders at the same time.
    clean: ['!browser/**', '!playground/**'],
    target: 'es2022',
  },
  {
    // The library for browsers (`eventext/browser`): one ESM file with its dependencies inside and
    // no Node built-in (the plugin fails the build if one leaks in).
    entry: { eventext: 'src/index.ts' },
    outDir: 'dist/browser',
    format: ['esm'],
    platform: 'browser',
    noExternal: [/.*/],
    esbuildPlugins: [noNodeBuiltins()],
    minify: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
  },
  {
    // The playground (playground/ -> dist/playground/index.html): one page with everything inlined.
    entry: { playground: 'playground/main.ts' },
    outDir: 'dist/playground',
    format: ['iife'],
    platform: 'browser',
    noExternal: [/.*/],
    esbuildPlugins: [noNodeBuiltins()],
    loader: { '.txt': 'text' },
    // csv-stringify's Node build reads the Buffer global; its browser build carries its own (the
    // CSV download is then written by the same code as --format csv).
    esbuildOptions(options) {
      options.alias = { 'csv-stringify/sync': 'csv-stringify/browser/esm/sync' };
    },
    minify: true,
    clean: true,
    target: 'es2022',
    onSuccess: async () => assemblePlayground('playground', 'dist/playground', 'playground.global.js'),
  },
]);
