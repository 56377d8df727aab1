import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { readInputs, type ActionInputs } from './inputs.js';
import { readRunContext, type RunContext } from './context.js';
import { makeRedactor } from './redact.js';
import { writeResults } from './results-file.js';
import { appendStepSummary, STEP_SUMMARY_LIMIT, writeOutputs } from './runner-files.js';
import { analyse, joinRoot } from './analysis.js';
import { isPending, loadDiffer } from './differ.js';
import { annotationCommand, selectAnnotations } from './annotations.js';
import { eventFindings, isFailing, reopenFindings, toAnnotations } from './presentation.js';
import { deliver, runUrlOf, type Delivery } from './pr-delivery.js';
import { applyAndPush } from './commit-mode.js';
import { deliverResults } from './workflow-run.js';
import { addWorktree, ensureCommits, locateRepo } from '../read/git-checkout.js';
import { InputError, UsageError } from '../model/input-error.js';
import type { Finding } from '../model/finding.js';
import { renderSarif } from '../render/sarif.js';
import { knownRules } from '../render/findings.js';
import { renderSummary, summaryView } from '../render/pr-summary.js';
import { escapeData } from '../render/workflow-commands.js';
import { createGitHubClient, errorMessage } from '../deliver/github-client.js';
import { VERSION } from '../version.js';
import { SURFACE_EVENT_TYPES } from '../model/surface-event.js';

export interface ActionIo {
  stdout(s: string): void;
  stderr(s: string): void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  now(): Date;
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
    const message =
      err instanceof InputError
        ? err.toString()
        : err instanceof UsageError
          ? err.message
          : `internal error: ${errorMessage(err)}`;
    log(`::error title=threatcat::${escapeData(message)}`);
    if (io.env.THREATCAT_DEBUG && err instanceof Error) io.stderr(redact(`${err.stack ?? ''}\n`));
    return 2;
  } finally {
    for (const c of cleanups) await c();
  }
}

async function runWith(
  inputs: ActionInputs,
  ctx: RunContext,
  io: ActionIo,
  log: (s: string) => void,
  redact: (s: string) => string,
  cleanups: Array<() => Promise<void>>,
): Promise<number> {
  const now = io.now();
  if (ctx.eventName === 'workflow_run') return deliverResults(inputs, ctx, io, log, redact, now);
  const wd = resolve(ctx.workspace, inputs.workingDirectory);
  if (!isDirectory(wd))
    throw new UsageError(`working-directory '${inputs.workingDirectory}' is not a directory under ${ctx.workspace}`);
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
      throw new UsageError(
        `the pull request head ${pr.headSha} is not in the clone: use actions/checkout with fetch-depth: 0`,
      );
    }
    if (missing.includes(pr.baseSha)) {
      notes.push(
        `The base commit ${pr.baseSha.slice(0, 12)} is not in the clone, so no surface diff was computed: check out with fetch-depth: 0.`,
      );
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
  log(
    `threatcat ${VERSION}: ${pr ? `pull request #${pr.number}, ${pr.baseSha.slice(0, 12)}..${pr.headSha.slice(0, 12)}` : `${ctx.eventName || 'local'} run`}${pr?.fork ? ' (from a fork: read-only)' : ''}`,
  );
  let analysis = await analyse({ root, prefix: repo.prefix, config: inputs.config || undefined, now, differ, refs });

  const canWrite = Boolean(pr && !pr.fork && inputs.token);
  if (pr?.fork)
    notes.push(
      'This pull request comes from a fork, whose token is read-only: threatcat made no write calls (results are in the job summary and annotations).',
    );
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
        analysis = {
          ...analysis,
          diff: analysis.diff && {
            ...analysis.diff,
            reopen: analysis.diff.reopen.map((r) => ({ ...r, pending: false })),
          },
        };
      }
    }
  }

  const reopenResults = reopenFindings(analysis, true);
  const allFindings: Finding[] = [...analysis.findings, ...eventFindings(analysis), ...reopenResults];
  const failing = isFailing(allFindings, inputs.failOn);
  if (pr && inputs.results)
    writeResults(resolve(ctx.workspace, inputs.results), `${ctx.repo.owner}/${ctx.repo.repo}`, pr, inputs, analysis);

  const sarifPath = inputs.sarif ? resolve(ctx.workspace, inputs.sarif) : '';
  if (sarifPath) writeSarifFile(sarifPath, allFindings, reopenResults, `threatcat/${repo.prefix}`);

  const delivery: Delivery = { notes: [], readOnly: !canWrite, inline: 0 };
  if (pr && canWrite && (inputs.comment || inputs.reviewComments)) {
    const client = createGitHubClient({
      token: inputs.token,
      baseUrl: ctx.apiUrl,
      warn: (m) => log(`threatcat: ${m}`),
    });
    await deliver(
      client,
      ctx,
      pr,
      inputs,
      analysis,
      {
        failing,
        notes,
        refs,
        root,
        repoGit: repo.git,
        prefix: repo.prefix,
        differ,
        now,
        cleanups,
        runUrl: runUrlOf(ctx),
        redact,
      },
      delivery,
      log,
    );
  }

  // Annotations (most severe first, within the per-step limits) and the job summary always.
  const { shown, dropped } = selectAnnotations(toAnnotations(allFindings));
  for (const a of shown) log(annotationCommand(a));
  if (dropped > 0)
    log(
      `threatcat: ${dropped} more annotations left out (GitHub shows 10 per level and step); see the job summary and SARIF.`,
    );
  const view = summaryView({
    analysis,
    failing,
    failOn: inputs.failOn,
    marker: '',
    base: pr?.baseSha,
    head: pr?.headSha,
    notes: [...notes, ...delivery.notes],
  });
  appendStepSummary(io.env.GITHUB_STEP_SUMMARY, renderSummary(view, 'pr-comment.md.hbs', STEP_SUMMARY_LIMIT), redact);

  const reopened = analysis.diff?.reopen.length ?? 0;
  writeOutputs(
    io.env.GITHUB_OUTPUT,
    {
      events: analysis.diff?.events.length ?? 0,
      reopened,
      concerned: analysis.diff?.alreadyOpen.length ?? 0,
      findings: analysis.findings.length,
      sarif: sarifPath,
      failed: failing ? 'true' : 'false',
    },
    redact,
  );
  log(
    `threatcat: ${analysis.diff?.events.length ?? 0} surface events, ${reopened} re-opened threats, ${analysis.findings.length} findings; ${failing ? `failing (fail-on: ${inputs.failOn})` : 'passing'}`,
  );
  if (!failing) return 0;
  return analysis.unreadable ? 2 : 1;
}

/** SARIF: every finding, event and concerned threat; threats carry their AIVSS score as security-severity. */
function writeSarifFile(
  path: string,
  findings: Finding[],
  threats: ReturnType<typeof reopenFindings>,
  category: string,
): void {
  const aivssOf = new Map(threats.map((r) => [`${r.file}\u0000${r.subject}`, r.aivss]));
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(
    path,
    renderSarif(findings, {
      version: VERSION,
      rules: [
        ...knownRules(),
        {
          id: 'reopen-pending',
          summary:
            'A pull request changes what the agent can reach, and the catalog does not yet re-open the threats this invalidates.',
          severity: 'error',
        },
        { id: 'threat-reopened', summary: 'A threat re-opened by a change to the agent surface.', severity: 'note' },
        {
          id: 'evidence-invalidated',
          summary: 'An open threat whose evidence a change to the agent surface invalidates: re-validate its signals.',
          severity: 'note',
        },
        ...SURFACE_EVENT_TYPES.map((t) => ({
          id: `surface/${t}`,
          summary: `Agent surface change: ${t}.`,
          severity: 'warning' as const,
        })),
      ],
      category,
      securitySeverityOf: (f) => aivssOf.get(`${f.file}\u0000${f.subject}`),
    }),
  );
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
