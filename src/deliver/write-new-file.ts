import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UsageError } from '../model/input-error.js';

/**
 * Writes `text` to `absPath` atomically (temp file in the same directory, then rename), refusing to replace an
 * existing file unless `force`: a catalog holds reviewed decisions that a regenerated one would lose.
 */
export function writeNewFile(absPath: string, text: string, opts: { force: boolean; display: string }): void {
  if (existsSync(absPath) && !opts.force) {
    throw new UsageError(`${opts.display} already exists; not overwriting it (use --force to replace it)`);
  }
  const tmp = join(dirname(absPath), `.${basename(absPath)}.${process.pid}.tmp`);
  writeFileSync(tmp, text);
  renameSync(tmp, absPath);
}
