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
  /**
   * Lines that explain it and must be read whole (a git hook's output): printed below the message, each line kept
   * on its own line and made inert like the message.
   */
  readonly detail?: string;

  constructor(message: string, opts: { detail?: string } = {}) {
    super(opts.detail ? `${message}\n${opts.detail}` : message);
    this.name = 'UsageError';
    if (opts.detail) this.detail = opts.detail;
  }

  /** The message, then each detail line, every one of them a single inert line. */
  lines(): string[] {
    const head = this.detail ? this.message.slice(0, this.message.length - this.detail.length - 1) : this.message;
    return [oneLine(head), ...(this.detail ? this.detail.split('\n').map(oneLine) : [])];
  }
}
