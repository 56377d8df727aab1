import { processIo } from './io.js';
import { validateCommand } from './commands/validate.js';
import { reportFailure } from './failure.js';

/**
 * `threatcat validate` on its own: the entry of dist/validate.cjs, the bundle the bin loads through V8's code
 * cache (src/cli/code-cache.ts). It is `run(['validate', ...argv])` of main.ts without the other commands, so the
 * bundle holds only what the pre-commit hook needs.
 */
export async function runValidateCli(argv: string[]): Promise<number> {
  const io = processIo();
  try {
    return await validateCommand(argv, io);
  } catch (err) {
    return reportFailure(err, io);
  }
}
