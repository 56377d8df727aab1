import { fileURLToPath } from 'node:url';
import { loadCachedBundle } from './code-cache.js';

/**
 * What bin/threatcat.js calls: a CommonJS bundle beside this file once built, compiled from V8's code cache when
 * there is one (Node 20 has no compile cache for ES modules), run, and the cache saved after a first run.
 * `threatcat validate` (the pre-commit hook, on every commit) has a bundle of its own, dist/validate.cjs, that
 * holds only what validate needs; every other command is in dist/cli.cjs, whose start-up is about a tenth of a
 * diff in a large repository (module compilation, then each function compiled on first call).
 */
export function validate(argv: string[]): void {
  const bundle = loadCachedBundle<{ runValidateCli(argv: string[]): Promise<number> }>(
    bundleFile('validate'),
    process.env,
  );
  bundle.exports.runValidateCli(argv).then((code) => {
    process.exitCode = code;
    bundle.save();
  });
}

export function cli(argv: string[]): void {
  const bundle = loadCachedBundle<{ run(argv: string[]): Promise<number> }>(
    bundleFile('cli'),
    process.env,
    commandName(argv[0]),
  );
  bundle.exports.run(argv).then((code) => {
    process.exitCode = code;
    bundle.save();
  });
}

function bundleFile(name: 'validate' | 'cli'): string {
  return fileURLToPath(new URL(`./${name}.cjs`, import.meta.url));
}

/** A command's name for its cache file name (options, help and odd words share one). */
function commandName(arg: string | undefined): string {
  return arg && /^[a-z]{1,16}$/.test(arg) ? arg : 'other';
}
