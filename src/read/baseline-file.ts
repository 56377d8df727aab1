import validateBaseline from '../generated/baseline-validator.js';
import type { Baseline } from '../model/baseline.js';
import { InputError } from '../model/input-error.js';
import { jsonDepthExceeded, LIMIT_MESSAGES, LIMITS } from './limits.js';
import { readRepoFile } from './repo-file.js';
import { positionOfOffset } from './yaml-document.js';

/**
 * Reads a baseline file beside a catalog; absent means none yet. It is a repository file like any other (a pull
 * request can commit a link to /dev/zero or to a file outside in its place): read through readRepoFile. Invalid
 * content is an InputError (exit 2).
 */
export function readBaselineFile(abs: string, display: string, root?: string): Baseline | undefined {
  const buf = readRepoFile(abs, display, { root, what: 'a baseline file', optional: true });
  if (buf === undefined) return undefined;
  return parseBaselineText(buf.toString('utf8'), display);
}

export function parseBaselineText(raw: string, display: string): Baseline {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const deep = jsonDepthExceeded(text, LIMITS.depth);
  if (deep !== -1) {
    throw new InputError(positionOfOffset(text, deep, display), LIMIT_MESSAGES.depth);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
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
