import { fileURLToPath } from 'node:url';
import { loadCachedBundle } from './code-cache.js';

/**
 * What bin/threatcat.js calls for `threatcat validate`: dist/validate.cjs (beside this file once built), compiled
 * from V8's code cache when there is one, run, and the cache saved after a first run.
 */
export function main(argv: string[]): void {
  const file = fileURLToPath(new URL('./validate.cjs', import.meta.url));
  const bundle = loadCachedBundle<{ runValidateCli(argv: string[]): Promise<number> }>(file, process.env);
  bundle.exports.runValidateCli(argv).then((code) => {
    process.exitCode = code;
    bundle.save();
  });
}
