import { EXIT, type Io } from './io.js';
import { InputError, UsageError } from '../model/input-error.js';
import { ArgumentError } from './args.js';
import { oneLine } from '../model/inert-text.js';

/** Known failures get one line; anything else is a bug, still without a stack trace unless asked for. */
export function reportFailure(err: unknown, io: Io): number {
  if (err instanceof ArgumentError) {
    io.stderr(
      `threatcat ${err.command}: ${err.message}\n${err.usage}\nRun 'threatcat ${err.command} --help' for the options.\n`,
    );
    return EXIT.usage;
  }
  if (err instanceof UsageError) {
    io.stderr(`threatcat: ${err.lines().join('\n')}\n`);
    return EXIT.usage;
  }
  if (err instanceof InputError) {
    io.stderr(`${err.toString()}\n`);
    return EXIT.usage;
  }
  const message = err instanceof Error ? err.message : String(err);
  io.stderr(`threatcat: internal error: ${oneLine(message)}\n`);
  if (io.env.THREATCAT_DEBUG) io.stderr(`${(err as Error)?.stack ?? ''}\n`);
  return EXIT.usage;
}
