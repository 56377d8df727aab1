import type { FailOn } from './finding.js';
import type { RepoRef } from './repo.js';
import type { Analysis } from './analysis.js';

/** What the GitHub Action was asked to do, and where it runs (parsed by the shell in src/action/). */

export const MODES = ['check', 'commit'] as const;
/** When the summary comment is posted: on every PR, on PRs that touch an agent or a catalog, or only with problems. */
export const COMMENT_WHEN = ['always', 'changes', 'problems'] as const;
export { FAIL_ON } from './finding.js';

export interface ActionInputs {
  mode: (typeof MODES)[number];
  token: string;
  comment: boolean;
  commentWhen: (typeof COMMENT_WHEN)[number];
  reviewComments: boolean;
  /** SARIF output path (relative to GITHUB_WORKSPACE), or '' for none. */
  sarif: string;
  failOn: FailOn;
  config: string;
  workingDirectory: string;
  /** pull_request: also write the results here (for a workflow_run run); workflow_run: the results to deliver. */
  results: string;
}

export interface PullRequestContext {
  number: number;
  baseSha: string;
  headSha: string;
  /** The branch the PR merges into (for the commands the comment offers: `--base origin/<baseRef>`). */
  baseRef?: string;
  /** Branch name in the head repository (where `mode: commit` pushes). */
  headRef: string;
  baseRepo: string;
  /** owner/name of the head repository; '' when the fork was deleted. */
  headRepo: string;
  /** Head in another repository: the token is read-only, so nothing is written. */
  fork: boolean;
}

export interface RunContext {
  eventName: string;
  repo: RepoRef;
  apiUrl: string;
  graphqlUrl: string;
  serverUrl: string;
  workspace: string;
  runId?: string;
  /** Set on pull_request and pull_request_target events. */
  pr?: PullRequestContext;
  /** Set on workflow_run events: the run whose results are delivered. */
  workflowRun?: { headSha: string; event: string; id?: number };
}

/** The hand-over from an unprivileged pull_request run to a privileged workflow_run run (schema/action-results.schema.json). */
export interface ActionResults {
  kind: 'threatcat-action-results';
  version: 1;
  repository: string;
  pr: { number: number; baseSha: string; headSha: string };
  failOn: FailOn;
  mode?: ActionInputs['mode'];
  analysis: {
    findings: Analysis['findings'];
    catalogs: Array<{ file: string; data: Analysis['catalogs'][number]['data']; threatLines: Record<string, number> }>;
    diff?: Analysis['diff'];
    diffAvailable: boolean;
    unreadable: boolean;
  };
}
