import { fileURLToPath } from 'node:url';
import { loadCachedBundle } from './code-cache.js';

/**
 * What bin/threatcat.js calls: a CommonJS bundle beside this file once built, compiled from V8's code cache when
 * there is one (Node 20 has no compile cache for ES modules), run, and the cache saved after a first run.
 * `threatcat validate` (the pre-commit hook, on every commit) has a bundle of its own, dist/validate.cjs, that
 * holds only what validate needs; every other command is in dist/cli.cjs (compiling it from source, module and
 * functions, cost about 8 % of a diff's CPU in a 5,000-file repository).
 */
export function validate(argv: string[]): void {
  run<{ runValidateCli(argv: string[]): Promise<number> }>('validate', undefined, (b) => b.runValidateCli(argv));
}

export function cli(argv: string[]): void {
  run<{ run(argv: string[]): Promise<number> }>('cli', commandName(argv[0]), (b) => b.run(argv));
}

/** Loads the bundle, runs the command, and saves the compiled code once its exit code is known. */
function run<T>(name: 'validate' | 'cli', use: string | undefined, command: (exports: T) => Promise<number>): void {
  const bundle = loadCachedBundle<T>(fileURLToPath(new URL(`./${name}.cjs`, import.meta.url)), process.env, use);
  command(bundle.exports).then((code) => {
    process.exitCode = code;
    bundle.save();
  });
}

/** A command's name for its cache file name (options, help and odd words share one). */
function commandName(arg: string | undefined): string {
  return arg && /^[a-z]{1,16}$/.test(arg) ? arg : 'other';
}
