import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { readInputs, type ActionInputs } from './inputs.js';
import { readRunContext, type PullRequestContext, type RunContext } from './context.js';
import { makeRedactor } from './redact.js';
import { readResults, writeResults } from './results-file.js';
import { appendStepSummary, STEP_SUMMARY_LIMIT, writeOutputs } from './runner-files.js';
import { analyse, joinRoot, type Analysis } from './analysis.js';
import { isPending, loadDiffer, type SurfaceDiffer } from './differ.js';
import { annotationCommand, selectAnnotations } from './annotations.js';
import { eventFindings, reopenFindings, reviewCandidates, suggestionCandidates, toAnnotations } from './presentation.js';
import { addWorktree, ensureCommits, locateRepo } from '../read/git-checkout.js';
import { InputError, UsageError } from '../read/input-error.js';
import type { Finding } from '../model/finding.js';
import { renderSarif } from '../render/sarif.js';
import { knownRules } from '../render/findings.js';
import { COMMENT_BUDGET, renderSummary, summaryView } from '../render/pr-summary.js';
import { markdownTemplate } from '../render/handlebars-env.js';
import { escapeData } from '../render/workflow-commands.js';
import { lineEdits, type LineEdit } from '../analyse/suggestions.js';
import { planReview, type ReviewPlan } from '../analyse/review-plan.js';
import { createGitHubClient, errorMessage, isReadOnlyError, type GitHubClient } from '../deliver/github-client.js';
import { tokenIdentity } from '../deliver/github-identity.js';
import { upsertStickyComment } from '../deliver/github-sticky-comment.js';
import { postedReviewComments, pullRequestDiffLines, submitReview } from '../deliver/github-review.js';
import { commitAndPush } from '../deliver/git-push.js';
import { VERSION } from '../version.js';
import { SURFACE_EVENT_TYPES } from '../model/surface-event.js';

export interface ActionIo {
  stdout(s: string): void;
  stderr(s: string): void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  now(): Date;
}

export const SUMMARY_MARKER = '<!-- threatcat:summary -->';
export const REVIEW_MARKER = '<!-- threatcat:review -->';

interface Delivery {
  notes: string[];
  /** A write was refused (403/401): the token is read-only here. */
  readOnly: boolean;
  comment?: 'created' | 'updated';
  inline: number;
}

/**
 * The Action: the same read → analyse → render steps as the CLI, then delivery to GitHub. Exit code: 0 clean,
 * 1 the check fails per `fail-on`, 2 unusable inputs (bad action inputs, unreadable catalogs).
 */
export async function runAction(io: ActionIo): Promise<number> {
  const redact = makeRedactor([io.env.INPUT_TOKEN ?? '', io.env.GITHUB_TOKEN ?? ''].map((s) => s.trim()));
  const log = (s: string) => io.stdout(redact(`${s}\n`));
  const cleanups: Array<() => Promise<void>> = [];
  try {
    const inputs = readInputs(io.env);
    const ctx = readRunContext(io.env, io.cwd);
    return await runWith(inputs, ctx, io, log, redact, cleanups);
  } catch (err) {
    const message = err instanceof InputError ? err.toString()
      : err instanceof UsageError ? err.message : `internal error: ${errorMessage(err)}`;
    log(`::error title=threatcat::${escapeData(message)}`);
    if (io.env.THREATCAT_DEBUG && err instanceof Error) io.stderr(redact(`${err.stack ?? ''}\n`));
    return 2;
  } finally {
    for (const c of cleanups) await c();
  }
}

async function runWith(
  inputs: ActionInputs, ctx: RunContext, io: ActionIo, log: (s: string) => void, redact: (s: string) => string,
  cleanups: Array<() => Promise<void>>,
): Promise<number> {
  const now = io.now();
  if (ctx.eventName === 'workflow_run') return deliverResults(inputs, ctx, io, log, redact, now);
  const wd = resolve(ctx.workspace, inputs.workingDirectory);
  if (!isDirectory(wd)) throw new UsageError(`working-directory '${inputs.workingDirectory}' is not a directory under ${ctx.workspace}`);
  let repo: Awaited<ReturnType<typeof locateRepo>>;
  try {
    repo = await locateRepo(wd);
  } catch {
    throw new UsageError(`${wd} is not inside a git repository: check the repository out first (actions/checkout)`);
  }
  const pr = ctx.pr;
  const notes: string[] = [];
  let root = wd;
  let refs: { base: string; head: string } | undefined;
  if (pr) {
    const missing = await ensureCommits(repo.git, [pr.baseSha, pr.headSha]);
    if (missing.includes(pr.headSha)) {
      throw new UsageError(`the pull request head ${pr.headSha} is not in the clone: use actions/checkout with fetch-depth: 0`);
    }
    if (missing.includes(pr.baseSha)) {
      notes.push(`The base commit ${pr.baseSha.slice(0, 12)} is not in the clone, so no surface diff was computed: check out with fetch-depth: 0.`);
    } else {
      refs = { base: pr.baseSha, head: pr.headSha };
    }
    // On pull_request the job usually has the merge commit (GITHUB_SHA) checked out: analyse the head itself.
    if ((await repo.git.revparse(['HEAD'])).trim() !== pr.headSha) {
      const wt = await addWorktree(repo.git, pr.headSha);
      cleanups.push(wt.remove);
      root = joinRoot(wt.dir, repo.prefix);
    }
  }
  const differ = refs ? await loadDiffer() : undefined;
  log(`threatcat ${VERSION}: ${pr ? `pull request #${pr.number}, ${pr.baseSha.slice(0, 12)}..${pr.headSha.slice(0, 12)}` : `${ctx.eventName || 'local'} run`}${pr?.fork ? ' (from a fork: read-only)' : ''}`);
  let analysis = await analyse({ root, prefix: repo.prefix, config: inputs.config || undefined, now, differ, refs });

  const canWrite = Boolean(pr && !pr.fork && inputs.token);
  if (pr?.fork) notes.push('This pull request comes from a fork, whose token is read-only: threatcat made no write calls (results are in the job summary and annotations).');
  else if (pr && !inputs.token) notes.push('No token was given: results are in the job summary and annotations only.');

  // mode: commit applies the re-open plan to the PR branch itself (same repository only).
  let committed: string | undefined;
  if (pr && inputs.mode === 'commit') {
    if (!canWrite) notes.push('mode: commit does nothing on a fork pull request (or without a token).');
    else if (!differ || !refs) notes.push('mode: commit had nothing to apply: this run has no surface diff.');
    else if ((analysis.diff?.reopen ?? []).some(isPending)) {
      try {
        committed = await applyAndPush(repo.git, pr, repo.prefix, differ, refs, now, cleanups);
      } catch (err) {
        // e.g. no push rights, or the branch moved since the run started: report, never force.
        const msg = `mode: commit could not push the re-open plan to ${pr.headRef}: ${errorMessage(err)}`;
        notes.push(msg);
        log(`::warning title=threatcat::${escapeData(msg)}`);
      }
      if (committed) {
        notes.push(`Applied the re-open plan and pushed ${committed.slice(0, 12)} to ${pr.headRef}.`);
        analysis = { ...analysis, diff: analysis.diff && { ...analysis.diff, reopen: analysis.diff.reopen.map((r) => ({ ...r, pending: false })) } };
      }
    }
  }

  const reopenResults = reopenFindings(analysis, true);
  const allFindings: Finding[] = [...analysis.findings, ...eventFindings(analysis), ...reopenResults];
  const failing = isFailing(allFindings, inputs.failOn);
  if (pr && inputs.results) writeResults(resolve(ctx.workspace, inputs.results), `${ctx.repo.owner}/${ctx.repo.repo}`, pr, inputs, analysis);

  const sarifPath = inputs.sarif ? resolve(ctx.workspace, inputs.sarif) : '';
  if (sarifPath) writeSarifFile(sarifPath, allFindings, reopenResults, `threatcat/${repo.prefix}`);

  const delivery: Delivery = { notes: [], readOnly: !canWrite, inline: 0 };
  if (pr && canWrite && (inputs.comment || inputs.reviewComments)) {
    const client = createGitHubClient({ token: inputs.token, baseUrl: ctx.apiUrl, warn: (m) => log(`threatcat: ${m}`) });
    await deliver(client, ctx, pr, inputs, analysis, { failing, notes, refs, root, repoGit: repo.git, prefix: repo.prefix, differ, now, cleanups, runUrl: runUrlOf(ctx), redact }, delivery, log);
  }

  // Annotations (most severe first, within the per-step limits) and the job summary always.
  const { shown, dropped } = selectAnnotations(toAnnotations(allFindings));
  for (const a of shown) log(annotationCommand(a));
  if (dropped > 0) log(`threatcat: ${dropped} more annotations left out (GitHub shows 10 per level and step); see the job summary and SARIF.`);
  const view = summaryView({ analysis, failing, failOn: inputs.failOn, marker: '', base: pr?.baseSha, head: pr?.headSha, notes: [...notes, ...delivery.notes] });
  appendStepSummary(io.env.GITHUB_STEP_SUMMARY, renderSummary(view, 'pr-comment.md.hbs', STEP_SUMMARY_LIMIT), redact);

  const reopened = analysis.diff?.reopen.length ?? 0;
  writeOutputs(io.env.GITHUB_OUTPUT, {
    events: analysis.diff?.events.length ?? 0,
    reopened,
    concerned: analysis.diff?.alreadyOpen.length ?? 0,
    findings: analysis.findings.length,
    sarif: sarifPath,
    failed: failing ? 'true' : 'false',
  }, redact);
  log(`threatcat: ${analysis.diff?.events.length ?? 0} surface events, ${reopened} re-opened threats, ${analysis.findings.length} findings; ${failing ? `failing (fail-on: ${inputs.failOn})` : 'passing'}`);
  if (!failing) return 0;
  return analysis.unreadable ? 2 : 1;
}

interface DeliverState {
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

function runUrlOf(ctx: RunContext): string | undefined {
  if (!ctx.runId || !/^\d+$/.test(ctx.runId)) return undefined;
  return `${ctx.serverUrl}/${ctx.repo.owner}/${ctx.repo.repo}/actions/runs/${ctx.runId}`;
}

/** Comment and review. A refused write (403) stops all further writes; other failures are warnings. */
async function deliver(
  client: GitHubClient, ctx: RunContext, pr: PullRequestContext, inputs: ActionInputs, analysis: Analysis,
  state: DeliverState, delivery: Delivery, log: (s: string) => void,
): Promise<void> {
  const repo = ctx.repo;
  const identity = await tokenIdentity(client, ctx.graphqlUrl);
  log(`threatcat: writing as ${identity.login} (${{ 'graphql-viewer': 'GraphQL viewer', 'rest-user': 'GET /user', default: 'default Actions identity' }[identity.source]})`);
  const readOnly = (err: unknown) => {
    delivery.readOnly = true;
    delivery.notes.push('The token may not write to this pull request (403): results are in the job summary and annotations only. Grant `pull-requests: write`.');
    log(`::warning title=threatcat::${escapeData(`cannot write to the pull request (${errorMessage(err)}); falling back to annotations and the job summary`)}`);
  };
  if (inputs.comment) {
    try {
      const view = summaryView({ analysis, failing: state.failing, failOn: inputs.failOn, marker: SUMMARY_MARKER, base: pr.baseSha, head: pr.headSha, notes: state.notes, runUrl: state.runUrl });
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
      const outcome = await submitReview(client, repo, pr.number, pr.headSha, plan, ({ inlineDropped }) => state.redact(reviewBody(plan, inlineDropped)), ctx.graphqlUrl);
      delivery.inline = outcome.inline;
      log(`threatcat: review: ${outcome.inline} inline comments posted, ${plan.alreadyPosted} already there, ${outcome.removed} outdated removed, ${outcome.resolved} outdated threads resolved, ${plan.outsideDiff.length} outside the diff${outcome.inlineRejected ? '; GitHub rejected the inline comments (422), so they are listed in the review body' : ''}`);
    } catch (err) {
      if (isReadOnlyError(err)) return readOnly(err);
      log(`::warning title=threatcat::${escapeData(`review failed: ${errorMessage(err)}`)}`);
    }
  }
}

function reviewBody(plan: ReviewPlan, inlineDropped: boolean): string {
  const listed = inlineDropped ? [...plan.post, ...plan.overflow] : plan.overflow;
  return markdownTemplate('review-body.md.hbs')({
    marker: REVIEW_MARKER, posted: inlineDropped ? 0 : plan.post.length, alreadyPosted: plan.alreadyPosted, inlineDropped, listed,
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
  const result = await state.differ!({ root, base: state.refs!.base, head: state.refs!.head, write: true, now: state.now });
  const edits = new Map<string, LineEdit[]>();
  for (const catalog of new Set(result.reopen.map((r) => r.catalog))) {
    const after = readFileSync(join(root, catalog), 'utf8');
    const before = await git.show([`${pr.headSha}:${state.prefix}${catalog}`]);
    const list = lineEdits(before, after);
    if (list.length) edits.set(`${state.prefix}${catalog}`, list);
  }
  return edits;
}

/** Applies the re-open plan in a worktree of the head and pushes one commit to the PR branch. */
async function applyAndPush(
  git: NonNullable<DeliverState['repoGit']>, pr: PullRequestContext, prefix: string, differ: SurfaceDiffer,
  refs: { base: string; head: string }, now: Date, cleanups: Array<() => Promise<void>>,
): Promise<string | undefined> {
  const wt = await addWorktree(git, pr.headSha);
  cleanups.push(wt.remove);
  const root = joinRoot(wt.dir, prefix);
  const result = await differ({ root, base: refs.base, head: refs.head, write: true, now });
  const files = [...new Set(result.reopen.map((r) => `${prefix}${r.catalog}`))];
  if (files.length === 0) return undefined;
  return commitAndPush(wt.dir, files, `threatcat: re-open threats invalidated by ${pr.baseSha.slice(0, 12)}..${pr.headSha.slice(0, 12)}\n\n${result.reopen.map((r) => `- ${r.threat}: ${r.events.join(', ')}`).join('\n')}\n`, pr.headRef);
}

/** error: error findings and pending re-opens; warning: also warnings (surface events are information, not warnings to fix). */
export function isFailing(findings: Finding[], failOn: ActionInputs['failOn']): boolean {
  return failOn !== 'never'
    && findings.some((f) => f.severity === 'error' || (failOn === 'warning' && f.severity === 'warning' && !f.rule.startsWith('surface/')));
}

/**
 * workflow_run: deliver the results an unprivileged pull_request run wrote (fork PRs), as data. The file must be a
 * valid results file for this repository and for the head the triggering run built, and the PR it names must still
 * have that head; everything is rendered here. Never pushes, never reads code from the PR.
 */
async function deliverResults(
  inputs: ActionInputs, ctx: RunContext, io: ActionIo, log: (s: string) => void, redact: (s: string) => string, now: Date,
): Promise<number> {
  const run = ctx.workflowRun!;
  if (!inputs.results) throw new UsageError("on workflow_run the 'results' input must name the results file the pull_request run wrote");
  const { results, analysis } = readResults(resolve(ctx.workspace, inputs.results));
  const repoName = `${ctx.repo.owner}/${ctx.repo.repo}`;
  if (results.repository.toLowerCase() !== repoName.toLowerCase()) throw new UsageError(`the results are for ${results.repository}, not ${repoName}`);
  if (results.pr.headSha !== run.headSha) throw new UsageError(`the results are for ${results.pr.headSha.slice(0, 12)}, but the triggering run built ${run.headSha.slice(0, 12)}`);
  if (!inputs.token) throw new UsageError('no token to comment with');
  const client = createGitHubClient({ token: inputs.token, baseUrl: ctx.apiUrl, warn: (m) => log(`threatcat: ${m}`) });
  const { data: pull } = await client.rest.pulls.get({ ...ctx.repo, pull_number: results.pr.number });
  if (pull.head.sha !== results.pr.headSha) {
    throw new UsageError(`pull request #${results.pr.number} is at ${pull.head.sha.slice(0, 12)}, not at the results' head ${results.pr.headSha.slice(0, 12)}: nothing delivered`);
  }
  const pr: PullRequestContext = {
    number: pull.number, baseSha: results.pr.baseSha, headSha: pull.head.sha, headRef: pull.head.ref,
    baseRepo: repoName, headRepo: pull.head.repo?.full_name ?? '', fork: (pull.head.repo?.full_name ?? '').toLowerCase() !== repoName.toLowerCase(),
  };
  log(`threatcat ${VERSION}: delivering the results of pull request #${pr.number} (${pr.headSha.slice(0, 12)}) from workflow run ${run.id ?? ''}`.trimEnd());
  const failOn = inputs.failOn;
  const allFindings: Finding[] = [...analysis.findings, ...eventFindings(analysis), ...reopenFindings(analysis, true)];
  const failing = isFailing(allFindings, failOn);
  const notes = pr.fork ? ['This pull request comes from a fork: its check ran without write access, and this comment was posted by a separate workflow_run job from its results.'] : [];
  const delivery: Delivery = { notes: [], readOnly: false, inline: 0 };
  const mode = inputs.mode === 'commit' ? 'check' : inputs.mode;
  await deliver(client, ctx, pr, { ...inputs, mode }, analysis, { failing, notes, root: ctx.workspace, prefix: '', now, cleanups: [], runUrl: runUrlOf(ctx), redact }, delivery, log);
  const view = summaryView({ analysis, failing, failOn, marker: '', base: pr.baseSha, head: pr.headSha, notes: [...notes, ...delivery.notes] });
  appendStepSummary(io.env.GITHUB_STEP_SUMMARY, renderSummary(view, 'pr-comment.md.hbs', STEP_SUMMARY_LIMIT), redact);
  writeOutputs(io.env.GITHUB_OUTPUT, {
    events: analysis.diff?.events.length ?? 0, reopened: analysis.diff?.reopen.length ?? 0, concerned: analysis.diff?.alreadyOpen.length ?? 0,
    findings: analysis.findings.length, sarif: '', failed: failing ? 'true' : 'false',
  }, redact);
  // The pull_request run already failed or passed the PR's check; this job fails only if delivery was refused.
  return delivery.readOnly ? 1 : 0;
}

/** SARIF: every finding, event and concerned threat; threats carry their AIVSS score as security-severity. */
function writeSarifFile(path: string, findings: Finding[], threats: ReturnType<typeof reopenFindings>, category: string): void {
  const aivssOf = new Map(threats.map((r) => [`${r.file}\u0000${r.subject}`, r.aivss]));
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, renderSarif(findings, {
    version: VERSION,
    rules: [
      ...knownRules(),
      { id: 'reopen-pending', summary: 'A pull request changes what the agent can reach, and the catalog does not yet re-open the threats this invalidates.', severity: 'error' },
      { id: 'threat-reopened', summary: 'A threat re-opened by a change to the agent surface.', severity: 'note' },
      { id: 'evidence-invalidated', summary: 'An open threat whose evidence a change to the agent surface invalidates: re-validate its signals.', severity: 'note' },
      ...SURFACE_EVENT_TYPES.map((t) => ({ id: `surface/${t}`, summary: `Agent surface change: ${t}.`, severity: 'warning' as const })),
    ],
    category,
    securitySeverityOf: (f) => aivssOf.get(`${f.file}\u0000${f.subject}`),
  }));
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
