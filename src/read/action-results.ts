import { readFileSync, statSync } from 'node:fs';
import validateResults from '../generated/action-results-validator.js';
import { UsageError } from '../model/input-error.js';
import type { Analysis } from '../model/analysis.js';
import type { ActionResults } from '../model/action-run.js';

/** A results file larger than this is refused unread (it came from code the privileged run does not trust). */
export const MAX_RESULTS_BYTES = 20 * 1024 * 1024;

/**
 * Reads a results file as untrusted data: size-capped, parsed as JSON only, checked against the schema (the
 * catalogs against the catalog schema). Nothing in it is executed; everything is rendered (and escaped) here.
 */
export function readResults(path: string): { results: ActionResults; analysis: Analysis } {
  let text: string;
  try {
    if (statSync(path).size > MAX_RESULTS_BYTES)
      throw new UsageError(`results file ${path} is larger than ${MAX_RESULTS_BYTES} bytes`);
    text = readFileSync(path, 'utf8');
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError(`cannot read the results file ${path}: ${(err as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new UsageError(`results file ${path} is not JSON`);
  }
  if (!validateResults(data)) {
    const e = validateResults.errors?.[0];
    throw new UsageError(
      `results file ${path} is not a threatcat results file: ${e?.instancePath || '/'} ${e?.message ?? ''}`.trim(),
    );
  }
  const results = data as ActionResults;
  const analysis: Analysis = {
    findings: results.analysis.findings,
    catalogs: results.analysis.catalogs.map((c) => ({
      file: c.file,
      data: c.data,
      text: '',
      threatLines: new Map(Object.entries(c.threatLines)),
    })),
    diff: results.analysis.diff,
    diffAvailable: results.analysis.diffAvailable,
    unreadable: results.analysis.unreadable,
  };
  return { results, analysis };
}
