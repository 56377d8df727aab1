import { existsSync, readFileSync } from 'node:fs';
import validateBaseline from '../generated/baseline-validator.js';
import type { Baseline } from '../model/baseline.js';
import { InputError } from '../model/input-error.js';

/** Reads a baseline file beside a catalog; absent means none yet. Invalid content is an InputError (exit 2). */
export function readBaselineFile(abs: string, display: string): Baseline | undefined {
  if (!existsSync(abs)) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(abs, 'utf8'));
  } catch (err) {
    throw new InputError({ file: display, line: 1, column: 1 }, `invalid baseline JSON: ${(err as Error).message}`);
  }
  if (!validateBaseline(data)) {
    const e = validateBaseline.errors?.[0];
    throw new InputError(
      { file: display, line: 1, column: 1 },
      `invalid baseline: ${e?.instancePath || '/'} ${e?.message ?? 'does not match schema/baseline.schema.json'}`,
    );
  }
  return data as Baseline;
}
