import { writeFileAtomic } from './atomic-write.js';
import type { Analysis } from '../model/analysis.js';
import type { ActionInputs, ActionResults, PullRequestContext } from '../model/action-run.js';

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
  writeFileAtomic(path, `${JSON.stringify(results)}\n`, { createDirs: true });
}
