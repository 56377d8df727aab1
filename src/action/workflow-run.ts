import { resolve } from 'node:path';
import type { ActionInputs } from './inputs.js';
import type { PullRequestContext, RunContext } from './context.js';
import type { ActionIo } from './run.js';
import { readResults } from './results-file.js';
import { appendStepSummary, STEP_SUMMARY_LIMIT, writeOutputs } from './runner-files.js';
import { eventFindings, isFailing, reopenFindings } from './presentation.js';
import { deliver, runUrlOf, type Delivery } from './pr-delivery.js';
import { UsageError } from '../model/input-error.js';
import type { Finding } from '../model/finding.js';
import { renderSummary, summaryView } from '../render/pr-summary.js';
import { createGitHubClient } from '../deliver/github-client.js';
import { VERSION } from '../version.js';

/**
 * workflow_run: deliver the results an unprivileged pull_request run wrote (fork PRs), as data. The file must be a
 * valid results file for this repository and for the head the triggering run built, and the PR it names must still
 * have that head; everything is rendered here. Never pushes, never reads code from the PR.
 */
export async function deliverResults(
  inputs: ActionInputs,
  ctx: RunContext,
  io: ActionIo,
  log: (s: string) => void,
  redact: (s: string) => string,
  now: Date,
): Promise<number> {
  const run = ctx.workflowRun!;
  if (!inputs.results)
    throw new UsageError("on workflow_run the 'results' input must name the results file the pull_request run wrote");
  const { results, analysis } = readResults(resolve(ctx.workspace, inputs.results));
  const repoName = `${ctx.repo.owner}/${ctx.repo.repo}`;
  if (results.repository.toLowerCase() !== repoName.toLowerCase())
    throw new UsageError(`the results are for ${results.repository}, not ${repoName}`);
  if (results.pr.headSha !== run.headSha)
    throw new UsageError(
      `the results are for ${results.pr.headSha.slice(0, 12)}, but the triggering run built ${run.headSha.slice(0, 12)}`,
    );
  if (!inputs.token) throw new UsageError('no token to comment with');
  const client = createGitHubClient({ token: inputs.token, baseUrl: ctx.apiUrl, warn: (m) => log(`threatcat: ${m}`) });
  const { data: pull } = await client.rest.pulls.get({ ...ctx.repo, pull_number: results.pr.number });
  if (pull.head.sha !== results.pr.headSha) {
    throw new UsageError(
      `pull request #${results.pr.number} is at ${pull.head.sha.slice(0, 12)}, not at the results' head ${results.pr.headSha.slice(0, 12)}: nothing delivered`,
    );
  }
  const pr: PullRequestContext = {
    number: pull.number,
    baseSha: results.pr.baseSha,
    headSha: pull.head.sha,
    headRef: pull.head.ref,
    baseRepo: repoName,
    headRepo: pull.head.repo?.full_name ?? '',
    fork: (pull.head.repo?.full_name ?? '').toLowerCase() !== repoName.toLowerCase(),
  };
  log(
    `threatcat ${VERSION}: delivering the results of pull request #${pr.number} (${pr.headSha.slice(0, 12)}) from workflow run ${run.id ?? ''}`.trimEnd(),
  );
  const failOn = inputs.failOn;
  const allFindings: Finding[] = [...analysis.findings, ...eventFindings(analysis), ...reopenFindings(analysis, true)];
  const failing = isFailing(allFindings, failOn);
  const notes = pr.fork
    ? [
        'This pull request comes from a fork: its check ran without write access, and this comment was posted by a separate workflow_run job from its results.',
      ]
    : [];
  const delivery: Delivery = { notes: [], readOnly: false, inline: 0 };
  const mode = inputs.mode === 'commit' ? 'check' : inputs.mode;
  await deliver(
    client,
    ctx,
    pr,
    { ...inputs, mode },
    analysis,
    { failing, notes, root: ctx.workspace, prefix: '', now, cleanups: [], runUrl: runUrlOf(ctx), redact },
    delivery,
    log,
  );
  const view = summaryView({
    analysis,
    failing,
    failOn,
    marker: '',
    base: pr.baseSha,
    head: pr.headSha,
    notes: [...notes, ...delivery.notes],
  });
  appendStepSummary(io.env.GITHUB_STEP_SUMMARY, renderSummary(view, 'pr-comment.md.hbs', STEP_SUMMARY_LIMIT), redact);
  writeOutputs(
    io.env.GITHUB_OUTPUT,
    {
      events: analysis.diff?.events.length ?? 0,
      reopened: analysis.diff?.reopen.length ?? 0,
      concerned: analysis.diff?.alreadyOpen.length ?? 0,
      findings: analysis.findings.length,
      sarif: '',
      failed: failing ? 'true' : 'false',
    },
    redact,
  );
  // The pull_request run already failed or passed the PR's check; this job fails only if delivery was refused.
  return delivery.readOnly ? 1 : 0;
}
