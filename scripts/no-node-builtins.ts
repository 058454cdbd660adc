/**
 * An esbuild plugin for the browser builds: any import of a Node built-in (`node:fs`, `path`,
 * `worker_threads`...) fails the build, naming the module that imported it, instead of leaving
 * an import that breaks at load time in a browser.
 */
import { builtinModules } from 'node:module';
import type { Plugin } from 'esbuild';

const BUILTINS = new Set(builtinModules);

/** Whether a module specifier names a Node built-in (`node:` prefixed, or a bare built-in name or subpath). */
export function isNodeBuiltin(specifier: string): boolean {
  if (specifier.startsWith('node:')) return true;
  return BUILTINS.has(specifier) || BUILTINS.has(specifier.split('/')[0]!);
}

export function noNodeBuiltins(): Plugin {
  return {
    name: 'no-node-builtins',
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, (args) => {
        if (!isNodeBuiltin(args.path)) return undefined;
        return { errors: [{ text: `Node built-in "${args.path}" imported by ${args.importer || 'the entry'}: the browser build must not use Node modules` }] };
      });
    },
  };
}
