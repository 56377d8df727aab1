/** Output sinks, injectable so the CLI can run in-process in tests and in the Action. */
export interface Io {
  stdout(s: string): void;
  stderr(s: string): void;
  /** Current date-time (ISO); injectable for reproducible tests via THREATCAT_NOW. */
  now(): Date;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** stderr is a terminal (progress lines). */
  isTTY: boolean;
  /** Colour the severity words on stdout: a terminal, and neither NO_COLOR (https://no-color.org) nor TERM=dumb. */
  color: boolean;
}

export function processIo(): Io {
  quietWhenReaderLeaves(process.stdout);
  quietWhenReaderLeaves(process.stderr);
  return {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    now: () => (process.env.THREATCAT_NOW ? new Date(process.env.THREATCAT_NOW) : new Date()),
    env: process.env,
    cwd: process.cwd(),
    isTTY: Boolean(process.stderr.isTTY),
    color: wantsColor(process.env, Boolean(process.stdout.isTTY)),
  };
}

export const EXIT = { clean: 0, findings: 1, usage: 2 } as const;

export function wantsColor(env: NodeJS.ProcessEnv, tty: boolean): boolean {
  return tty && !env.NO_COLOR && env.TERM !== 'dumb';
}

/**
 * `threatcat diff | head` closes the pipe before the output ends: Node then raises EPIPE as an unhandled stream
 * error, a stack trace in place of the output the reader did not want. The run still finishes (a `--write` still
 * writes) and exits with its own code; only the rest of the output is dropped, as `git log | head` does.
 */
function quietWhenReaderLeaves(stream: NodeJS.WriteStream): void {
  if (stream.listenerCount('error') > 0) return;
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') return;
    throw err;
  });
}
