import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import validateResults from '../generated/action-results-validator.js';
import { UsageError } from '../model/input-error.js';
import type { Analysis } from './analysis.js';
import type { ActionInputs } from './inputs.js';
import type { PullRequestContext } from './context.js';

/** The hand-over from an unprivileged pull_request run to a privileged workflow_run run (schema/action-results.schema.json). */
export interface ActionResults {
  kind: 'threatcat-action-results';
  version: 1;
  repository: string;
  pr: { number: number; baseSha: string; headSha: string };
  failOn: ActionInputs['failOn'];
  mode?: ActionInputs['mode'];
  analysis: {
    findings: Analysis['findings'];
    catalogs: Array<{ file: string; data: Analysis['catalogs'][number]['data']; threatLines: Record<string, number> }>;
    diff?: Analysis['diff'];
    diffAvailable: boolean;
    unreadable: boolean;
  };
}

/** A results file larger than this is refused unread (it came from code the privileged run does not trust). */
export const MAX_RESULTS_BYTES = 20 * 1024 * 1024;

export function writeResults(
  path: string,
  repository: string,
  pr: PullRequestContext,
  inputs: ActionInputs,
  analysis: Analysis,
): void {
  const results: ActionResults = {
    kind: 'threatcat-action-results',
    version: 1,
    repository,
    pr: { number: pr.number, baseSha: pr.baseSha, headSha: pr.headSha },
    failOn: inputs.failOn,
    mode: inputs.mode,
    analysis: {
      findings: analysis.findings,
      catalogs: analysis.catalogs.map((c) => ({
        file: c.file,
        data: c.data,
        threatLines: Object.fromEntries(c.threatLines),
      })),
      ...(analysis.diff ? { diff: analysis.diff } : {}),
      diffAvailable: analysis.diffAvailable,
      unreadable: analysis.unreadable,
    },
  };
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(results)}\n`);
}

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
