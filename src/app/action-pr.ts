import { resolve } from 'node:path';
import type { SimpleGit } from 'simple-git';
import type { ActionInputs, PullRequestContext, RunContext } from '../model/action-run.js';
import { isPending, type Analysis } from '../model/analysis.js';
import type { CatalogChange } from '../model/diff-result.js';
import { UsageError } from '../model/input-error.js';
import { readResults } from '../read/action-results.js';
import { isFailing } from '../analyse/registry.js';
import { planReview, type ReviewPlan } from '../analyse/review-plan.js';
import { lineEdits, type LineEdit } from '../analyse/suggestions.js';
import { allFindings, reviewCandidates, suggestionCandidates } from '../render/action-findings.js';
import { markdownTemplate } from '../render/handlebars-env.js';
import {
  COMMENT_BUDGET,
  isQuiet,
  quietView,
  renderSummary,
  summaryView,
  type SummaryInput,
  type SummaryView,
} from '../render/pr-summary.js';
import { escapeData } from '../render/workflow-commands.js';
import { createGitHubClient, errorMessage, isReadOnlyError, type GitHubClient } from '../deliver/github-client.js';
import { tokenIdentity } from '../deliver/github-identity.js';
import { postedReviewComments, pullRequestDiffLines, submitReview } from '../deliver/github-review.js';
import { upsertStickyComment } from '../deliver/github-sticky-comment.js';
import { appendStepSummary, STEP_SUMMARY_LIMIT, writeOutputs } from '../deliver/runner-files.js';
import { VERSION } from '../version.js';
import type { ActionRun } from './action.js';

export const SUMMARY_MARKER = '<!-- threatcat:summary -->';
export const REVIEW_MARKER = '<!-- threatcat:review -->';

export interface Delivery {
  notes: string[];
  /** A write was refused (403/401): the token is read-only here. */
  readOnly: boolean;
  comment?: 'created' | 'updated';
  inline: number;
}

export interface DeliverState {
  failing: boolean;
  notes: string[];
  /** The job's clone; absent when delivering results from another run (workflow_run). */
  repoGit?: SimpleGit;
  prefix: string;
  /** The catalog edits of the re-open plan (the same `threatcat diff --write` makes): offered as suggestions. */
  changes: readonly CatalogChange[];
  runUrl?: string;
  /** What the summary shows besides the analysis (the commands it offers, the PR's base branch). */
  summary: Omit<SummaryInput, 'marker' | 'notes'>;
}

/** comment-when: always; changes (the PR touches an agent or a catalog, or the check fails); problems (something to fix). */
export function commentWanted(when: ActionInputs['commentWhen'], view: SummaryView, touched: boolean): boolean {
  if (when === 'always') return true;
  if (when === 'changes') return touched || view.status === 'fail';
  return view.status === 'fail' || view.problems.some((p) => p.severity !== 'note');
}

export function runUrlOf(ctx: RunContext): string | undefined {
  if (!ctx.runId || !/^\d+$/.test(ctx.runId)) return undefined;
  return `${ctx.serverUrl}/${ctx.repo.owner}/${ctx.repo.repo}/actions/runs/${ctx.runId}`;
}

/** Comment and review. A refused write (403) stops all further writes; other failures are warnings. */
export async function deliverToPullRequest(
  client: GitHubClient,
  run: ActionRun,
  pr: PullRequestContext,
  analysis: Analysis,
  state: DeliverState,
  delivery: Delivery,
): Promise<void> {
  const { inputs, ctx, log, redact } = run;
  const repo = ctx.repo;
  const identity = await tokenIdentity(client, ctx.graphqlUrl);
  log(
    `threatcat: writing as ${identity.login} (${{ 'graphql-viewer': 'GraphQL viewer', 'rest-user': 'GET /user', default: 'default Actions identity' }[identity.source]})`,
  );
  const readOnly = (err: unknown) => {
    delivery.readOnly = true;
    delivery.notes.push(
      'The token may not write to this pull request (403): results are in the job summary and annotations only. Grant `pull-requests: write`.',
    );
    log(
      `::warning title=threatcat::${escapeData(`cannot write to the pull request (${errorMessage(err)}); falling back to annotations and the job summary`)}`,
    );
  };
  if (inputs.comment) {
    try {
      const view = summaryView({ ...state.summary, marker: SUMMARY_MARKER, notes: state.notes });
      const quiet = isQuiet(view, state.summary.surfaceTouched);
      const body = redact(renderSummary(quiet ? quietView(view) : view, 'pr-comment.md.hbs', COMMENT_BUDGET));
      // Not wanted means not created; an earlier comment is still brought up to date, so it never says something
      // the PR no longer does.
      const touched = state.summary.surfaceTouched ?? view.counts.changes > 0;
      const wanted = commentWanted(inputs.commentWhen, view, touched);
      const r = await upsertStickyComment(client, repo, pr.number, SUMMARY_MARKER, body, identity.login, wanted);
      if (r) {
        delivery.comment = r.action;
        log(`threatcat: summary comment ${r.action}${r.url ? ` (${r.url})` : ''}`);
      } else {
        log(
          `threatcat: no summary comment (comment-when: ${inputs.commentWhen}; ${touched ? 'nothing to fix' : 'no agent surface changed'})`,
        );
      }
    } catch (err) {
      if (isReadOnlyError(err)) return readOnly(err);
      log(`::warning title=threatcat::${escapeData(`summary comment failed: ${errorMessage(err)}`)}`);
    }
  }
  if (inputs.reviewComments) {
    try {
      const git = state.repoGit;
      const lines = await pullRequestDiffLines(client, repo, pr.number, git ? () => localDiff(git, pr) : undefined);
      const base = `origin/${pr.baseRef ?? 'main'}`;
      const candidates = reviewCandidates(analysis, base);
      if (inputs.mode === 'check' && ((analysis.diff?.reopen ?? []).some(isPending) || analysis.diff?.modelPending)) {
        candidates.push(...suggestionCandidates(analysis, suggestedEdits(state), base));
      }
      for (const c of candidates) Object.assign(c, { body: redact(c.body), summary: redact(c.summary) });
      const posted = await postedReviewComments(client, repo, pr.number, identity.login);
      const plan = planReview(candidates, lines, posted);
      const outcome = await submitReview(
        client,
        repo,
        pr.number,
        pr.headSha,
        plan,
        ({ inlineDropped }) => redact(reviewBody(plan, inlineDropped)),
        ctx.graphqlUrl,
      );
      delivery.inline = outcome.inline;
      log(
        `threatcat: review: ${outcome.inline} inline comments posted, ${plan.alreadyPosted} already there, ${outcome.removed} outdated removed, ${outcome.resolved} outdated threads resolved, ${plan.outsideDiff.length} outside the diff${outcome.inlineRejected ? '; GitHub rejected the inline comments (422), so they are listed in the review body' : ''}`,
      );
    } catch (err) {
      if (isReadOnlyError(err)) return readOnly(err);
      log(`::warning title=threatcat::${escapeData(`review failed: ${errorMessage(err)}`)}`);
    }
  }
}

/** The plan's catalog edits as line edits of the head's files (repository-relative paths). */
function suggestedEdits(state: DeliverState): Map<string, LineEdit[]> {
  const edits = new Map<string, LineEdit[]>();
  for (const c of state.changes) {
    const list = lineEdits(c.before, c.after);
    if (list.length) edits.set(`${state.prefix}${c.file}`, list);
  }
  return edits;
}

function reviewBody(plan: ReviewPlan, inlineDropped: boolean): string {
  const listed = inlineDropped ? [...plan.post, ...plan.overflow] : plan.overflow;
  return markdownTemplate('review-body.md.hbs')({
    marker: REVIEW_MARKER,
    posted: inlineDropped ? 0 : plan.post.length,
    alreadyPosted: plan.alreadyPosted,
    inlineDropped,
    listed,
  }).trim();
}

/** `git diff base...head` (against the merge base, as GitHub shows a PR). */
async function localDiff(git: SimpleGit, pr: PullRequestContext): Promise<string> {
  return git.raw(['diff', '--no-color', '--no-ext-diff', '-U3', `${pr.baseSha}...${pr.headSha}`]);
}

/**
 * workflow_run: deliver the results an unprivileged pull_request run wrote (fork PRs), as data. The file must be a
 * valid results file for this repository and for the head the triggering run built, and the PR it names must still
 * have that head; everything is rendered here. Never pushes, never reads code from the PR.
 */
export async function deliverResults(run: ActionRun): Promise<number> {
  const { inputs, ctx, log, redact } = run;
  const trigger = ctx.workflowRun!;
  if (!inputs.results)
    throw new UsageError("on workflow_run the 'results' input must name the results file the pull_request run wrote");
  const { results, analysis } = readResults(resolve(ctx.workspace, inputs.results));
  const repoName = `${ctx.repo.owner}/${ctx.repo.repo}`;
  if (results.repository.toLowerCase() !== repoName.toLowerCase())
    throw new UsageError(`the results are for ${results.repository}, not ${repoName}`);
  if (results.pr.headSha !== trigger.headSha)
    throw new UsageError(
      `the results are for ${results.pr.headSha.slice(0, 12)}, but the triggering run built ${trigger.headSha.slice(0, 12)}`,
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
    baseRef: pull.base.ref,
    headRef: pull.head.ref,
    baseRepo: repoName,
    headRepo: pull.head.repo?.full_name ?? '',
    fork: (pull.head.repo?.full_name ?? '').toLowerCase() !== repoName.toLowerCase(),
  };
  log(
    `threatcat ${VERSION}: delivering the results of pull request #${pr.number} (${pr.headSha.slice(0, 12)}) from workflow run ${trigger.id ?? ''}`.trimEnd(),
  );
  const failOn = inputs.failOn;
  const failing = isFailing(allFindings(analysis), failOn);
  const notes = pr.fork
    ? [
        'This pull request comes from a fork: its check ran without write access, and this comment was posted by a separate workflow_run job from its results.',
      ]
    : [];
  const delivery: Delivery = { notes: [], readOnly: false, inline: 0 };
  // The results do not say which directory the catalogs were read from: the commands offered run from the root.
  const summary: DeliverState['summary'] = {
    analysis,
    failing,
    failOn,
    base: pr.baseSha,
    head: pr.headSha,
    baseRef: pr.baseRef,
    canOfferCommitMode: false,
    runUrl: runUrlOf(ctx),
  };
  // Results are data from an unprivileged run: no suggestions are built from them, nothing is pushed.
  const mode = inputs.mode === 'commit' ? 'check' : inputs.mode;
  await deliverToPullRequest(
    client,
    { ...run, inputs: { ...inputs, mode } },
    pr,
    analysis,
    { failing, notes, prefix: '', changes: [], runUrl: runUrlOf(ctx), summary },
    delivery,
  );
  const view = summaryView({ ...summary, marker: '', notes: [...notes, ...delivery.notes] });
  appendStepSummary(
    run.env.GITHUB_STEP_SUMMARY,
    renderSummary(isQuiet(view, undefined) ? quietView(view) : view, 'pr-comment.md.hbs', STEP_SUMMARY_LIMIT),
    redact,
  );
  writeOutputs(
    run.env.GITHUB_OUTPUT,
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
