import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../model/input-error.js';
import { FAIL_ON, type FailOn } from '../model/finding.js';

/** Options every command takes. */
export const COMMON_OPTIONS = {
  format: { type: 'string' },
  C: { type: 'string', short: 'C' },
  config: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

export function parseCommandArgs<O extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, options: { ...COMMON_OPTIONS, ...options }, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message.replace(/\. To specify a positional argument.*$/s, ''));
  }
}

export function pickFormat<F extends string>(value: string | undefined, allowed: readonly F[], fallback: F): F {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--format ${value}: expected one of ${allowed.join(', ')}`);
  }
  return value as F;
}

/** `--fail-on error|warning|never`: when findings fail the command (exit 1), as the Action's `fail-on` input. */
export function pickFailOn(value: string | undefined): FailOn {
  if (value === undefined) return 'error';
  if (!(FAIL_ON as readonly string[]).includes(value)) {
    throw new UsageError(`--fail-on ${value}: expected one of ${FAIL_ON.join(', ')}`);
  }
  return value as FailOn;
}
