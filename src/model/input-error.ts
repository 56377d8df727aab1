import type { Position } from './finding.js';
import { oneLine } from './inert-text.js';

/**
 * Input that cannot be read as intended: exit code 2, one line naming file:line, never a stack trace.
 */
export class InputError extends Error {
  constructor(
    readonly position: Position,
    message: string,
  ) {
    super(message);
    this.name = 'InputError';
  }

  /** One line, whatever the file name or message holds (both can come from a pull request). */
  override toString(): string {
    const { file, line, column } = this.position;
    return `${oneLine(file)}:${line}:${column}: ${oneLine(this.message)}`;
  }
}

/** A command line that cannot be carried out: exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
