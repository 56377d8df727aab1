import { existsSync } from 'node:fs';
import { UsageError } from '../model/input-error.js';
import { writeFileAtomic } from './atomic-write.js';

/**
 * Writes a new file atomically, refusing to replace an existing one unless `force`: a catalog holds reviewed
 * decisions that a regenerated one would lose.
 */
export function writeNewFile(absPath: string, text: string, opts: { force: boolean; display: string }): void {
  if (existsSync(absPath) && !opts.force) {
    throw new UsageError(`${opts.display} already exists; not overwriting it (use --force to replace it)`);
  }
  writeFileAtomic(absPath, text);
}
