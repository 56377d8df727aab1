import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ActionInputs } from './inputs.js';
import type { PullRequestContext, RunContext } from './context.js';
import { joinRoot, type Analysis } from './analysis.js';
import { isPending, type SurfaceDiffer } from './differ.js';
import { reviewCandidates, suggestionCandidates } from './presentation.js';
import { addWorktree, type locateRepo } from '../read/git-checkout.js';
import { COMMENT_BUDGET, renderSummary, summaryView } from '../render/pr-summary.js';
import { markdownTemplate } from '../render/handlebars-env.js';
import { escapeData } from '../render/workflow-commands.js';
import { lineEdits, type LineEdit } from '../analyse/suggestions.js';
import { planReview, type ReviewPlan } from '../analyse/review-plan.js';
import { errorMessage, isReadOnlyError, type GitHubClient } from '../deliver/github-client.js';
import { tokenIdentity } from '../deliver/github-identity.js';
import { upsertStickyComment } from '../deliver/github-sticky-comment.js';
import { postedReviewComments, pullRequestDiffLines, submitReview } from '../deliver/github-review.js';

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
  refs?: { base: string; head: string };
  root: string;
  /** The job's clone; absent when delivering results from another run (workflow_run). */
  repoGit?: Awaited<ReturnType<typeof locateRepo>>['git'];
  prefix: string;
  differ?: SurfaceDiffer;
  now: Date;
  cleanups: Array<() => Promise<void>>;
  runUrl?: string;
  /** Applied to every body sent to GitHub, like every line logged. */
  redact: (s: string) => string;
}

export function runUrlOf(ctx: RunContext): string | undefined {
  if (!ctx.runId || !/^\d+$/.test(ctx.runId)) return undefined;
  return `${ctx.serverUrl}/${ctx.repo.owner}/${ctx.repo.repo}/actions/runs/${ctx.runId}`;
}

/** Comment and review. A refused write (403) stops all further writes; other failures are warnings. */
export async function deliver(
  client: GitHubClient,
  ctx: RunContext,
  pr: PullRequestContext,
  inputs: ActionInputs,
  analysis: Analysis,
  state: DeliverState,
  delivery: Delivery,
  log: (s: string) => void,
): Promise<void> {
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
      const view = summaryView({
        analysis,
        failing: state.failing,
        failOn: inputs.failOn,
        marker: SUMMARY_MARKER,
        base: pr.baseSha,
        head: pr.headSha,
        notes: state.notes,
        runUrl: state.runUrl,
      });
      const body = state.redact(renderSummary(view, 'pr-comment.md.hbs', COMMENT_BUDGET));
      const r = await upsertStickyComment(client, repo, pr.number, SUMMARY_MARKER, body, identity.login);
      delivery.comment = r.action;
      log(`threatcat: summary comment ${r.action}${r.url ? ` (${r.url})` : ''}`);
    } catch (err) {
      if (isReadOnlyError(err)) return readOnly(err);
      log(`::warning title=threatcat::${escapeData(`summary comment failed: ${errorMessage(err)}`)}`);
    }
  }
  if (inputs.reviewComments) {
    try {
      const git = state.repoGit;
      const lines = await pullRequestDiffLines(client, repo, pr.number, git ? () => localDiff(git, pr) : undefined);
      const candidates = reviewCandidates(analysis);
      if (inputs.mode === 'check' && state.differ && state.refs && (analysis.diff?.reopen ?? []).some(isPending)) {
        const edits = await plannedCatalogEdits(state, pr);
        candidates.push(...suggestionCandidates(analysis, edits, pr.baseSha));
      }
      for (const c of candidates) Object.assign(c, { body: state.redact(c.body), summary: state.redact(c.summary) });
      const posted = await postedReviewComments(client, repo, pr.number, identity.login);
      const plan = planReview(candidates, lines, posted);
      const outcome = await submitReview(
        client,
        repo,
        pr.number,
        pr.headSha,
        plan,
        ({ inlineDropped }) => state.redact(reviewBody(plan, inlineDropped)),
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
async function localDiff(git: NonNullable<DeliverState['repoGit']>, pr: PullRequestContext): Promise<string> {
  return git.raw(['diff', '--no-color', '--no-ext-diff', '-U3', `${pr.baseSha}...${pr.headSha}`]);
}

/**
 * What `threatcat diff --write` would change in the catalogs, computed in a scratch worktree of the head, as line
 * edits of the head's files (repository-relative paths).
 */
async function plannedCatalogEdits(state: DeliverState, pr: PullRequestContext): Promise<Map<string, LineEdit[]>> {
  const git = state.repoGit!;
  const wt = await addWorktree(git, pr.headSha);
  state.cleanups.push(wt.remove);
  const root = joinRoot(wt.dir, state.prefix);
  const result = await state.differ!({
    root,
    base: state.refs!.base,
    head: state.refs!.head,
    write: true,
    now: state.now,
  });
  const edits = new Map<string, LineEdit[]>();
  for (const catalog of new Set(result.reopen.map((r) => r.catalog))) {
    const after = readFileSync(join(root, catalog), 'utf8');
    const before = await git.show([`${pr.headSha}:${state.prefix}${catalog}`]);
    const list = lineEdits(before, after);
    if (list.length) edits.set(`${state.prefix}${catalog}`, list);
  }
  return edits;
}
