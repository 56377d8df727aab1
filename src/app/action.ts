import { randomUUID } from 'node:crypto';
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ActionInputs, PullRequestContext, RunContext } from '../model/action-run.js';
import { modelLines, type Analysis, type ReopenStatus } from '../model/analysis.js';
import type { CatalogChange, DiffResult } from '../model/diff-result.js';
import type { ThreatCatalog } from '../model/catalog.js';
import { compareFindings, type Finding } from '../model/finding.js';
import { UsageError } from '../model/input-error.js';
import { addWorktree, ensureCommits, locateRepo } from '../read/git-checkout.js';
import { loadCatalogText } from '../read/catalog-file.js';
import { isFailing, UNREADABLE_INPUT } from '../analyse/registry.js';
import { allFindings, reopenFindings, toAnnotations } from '../render/action-findings.js';
import { renderSarif } from '../render/sarif.js';
import { isQuiet, quietView, renderSummary, summaryView } from '../render/pr-summary.js';
import { findingLine } from '../render/findings-text.js';
import { escapeData, selectAnnotations, workflowCommand } from '../render/workflow-commands.js';
import { writeFileAtomic } from '../deliver/atomic-write.js';
import { writeResults } from '../deliver/action-results.js';
import { createGitHubClient, errorMessage } from '../deliver/github-client.js';
import { commitOntoAndPush } from '../deliver/git-push.js';
import { appendStepSummary, STEP_SUMMARY_LIMIT, writeOutputs } from '../deliver/runner-files.js';
import { VERSION } from '../version.js';
import { deliverResults, deliverToPullRequest, runUrlOf, type Delivery } from './action-pr.js';
import { runDiff } from './diff.js';
import { runValidate } from './validate.js';

export interface ActionRun {
  inputs: ActionInputs;
  ctx: RunContext;
  env: NodeJS.ProcessEnv;
  now: Date;
  /** Every line the run logs (already redacted). */
  log: (s: string) => void;
  /** Applied to everything that leaves the process. */
  redact: (s: string) => string;
}

/**
 * The Action: validate and the PR's surface diff (the same functions as the CLI), then delivery to GitHub.
 * Exit code: 0 clean, 1 the check fails per `fail-on`, 2 unusable inputs (unreadable catalogs).
 */
export async function runAction(run: ActionRun): Promise<number> {
  const cleanups: Array<() => Promise<void>> = [];
  try {
    if (run.ctx.eventName === 'workflow_run') return await deliverResults(run);
    return await checkPullRequest(run, cleanups);
  } finally {
    for (const c of cleanups) await c();
  }
}

async function checkPullRequest(run: ActionRun, cleanups: Array<() => Promise<void>>): Promise<number> {
  const { inputs, ctx, now, log, redact } = run;
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
      root = repo.prefix ? join(wt.dir, repo.prefix) : wt.dir;
    }
  }
  log(
    `threatcat ${VERSION}: ${pr ? `pull request #${pr.number}, ${pr.baseSha.slice(0, 12)}..${pr.headSha.slice(0, 12)}` : `${ctx.eventName || 'local'} run`}${pr?.fork ? ' (from a fork: read-only)' : ''}`,
  );
  const { analysis, changes } = await analyse(root, repo.prefix, inputs.config || undefined, now, refs);
  let view = analysis;

  const canWrite = Boolean(pr && !pr.fork && inputs.token);
  if (pr?.fork)
    notes.push(
      'This pull request comes from a fork, whose token is read-only: threatcat made no write calls (results are in the job summary and annotations).',
    );
  else if (pr && !inputs.token) notes.push('No token was given: results are in the job summary and annotations only.');

  // mode: commit records the re-open plan on the PR branch itself (same repository only), from the same edits
  // `threatcat diff --write` makes.
  if (pr && inputs.mode === 'commit') {
    if (!canWrite) notes.push('mode: commit does nothing on a fork pull request (or without a token).');
    else if (!refs) notes.push('mode: commit had nothing to apply: this run has no surface diff.');
    else if (changes.length === 0) {
      if (view.findings.some((f) => f.rule === 'shadow-component'))
        notes.push(
          'mode: commit had nothing to push: `threatcat diff --write` changes no catalog for this PR, so the elements below that no component covers need a component written by a person.',
        );
    } else {
      let committed: string | undefined;
      try {
        committed = await commitOntoAndPush(
          repo.top,
          pr.headSha,
          changes.map((c) => ({ path: `${repo.prefix}${c.file}`, text: c.after })),
          commitMessage(pr, view.diff?.reopen ?? [], view.diff?.model ?? []),
          pr.headRef,
        );
      } catch (err) {
        // e.g. no push rights, or the branch moved since the run started: report, never force.
        const msg = `mode: commit could not push the re-open plan to ${pr.headRef}: ${errorMessage(err)}`;
        notes.push(msg);
        log(`::warning title=threatcat::${escapeData(msg)}`);
      }
      if (committed) {
        notes.push(
          `Applied the catalog edits of \`threatcat diff --write\` and pushed ${committed.slice(0, 12)} to ${pr.headRef}.`,
        );
        view = afterCommit(view, changes);
      }
    }
  }

  const findings = allFindings(view);
  const failing = isFailing(findings, inputs.failOn);
  if (pr && inputs.results)
    writeResults(resolve(ctx.workspace, inputs.results), `${ctx.repo.owner}/${ctx.repo.repo}`, pr, inputs, view);

  const sarifPath = inputs.sarif ? resolve(ctx.workspace, inputs.sarif) : '';
  if (sarifPath) writeSarifFile(sarifPath, view, findings, `threatcat/${repo.prefix}`);

  // What the comment and the job summary need besides the analysis: the commands they offer are run from the
  // repository root on the PR branch, against the PR's base branch.
  const summaryContext = {
    analysis: view,
    failing,
    failOn: inputs.failOn,
    base: pr?.baseSha,
    head: pr?.headSha,
    baseRef: pr?.baseRef,
    workingDirectory: repo.prefix.replace(/\/$/, '') || '.',
    canOfferCommitMode: canWrite && inputs.mode !== 'commit',
    surfaceTouched: view.surfaceTouched,
    runUrl: runUrlOf(ctx),
  };
  const delivery: Delivery = { notes: [], readOnly: !canWrite, inline: 0 };
  if (pr && canWrite && (inputs.comment || inputs.reviewComments)) {
    const client = createGitHubClient({
      token: inputs.token,
      baseUrl: ctx.apiUrl,
      warn: (m) => log(`threatcat: ${m}`),
    });
    await deliverToPullRequest(
      client,
      run,
      pr,
      view,
      {
        failing,
        notes,
        repoGit: repo.git,
        prefix: repo.prefix,
        changes,
        runUrl: runUrlOf(ctx),
        summary: summaryContext,
      },
      delivery,
    );
  }

  // Every finding in the one text format the CLI prints (annotations are capped per step), folded in the log.
  if (findings.length > 0) {
    // A path or message from the PR is data: between stop-commands and its unguessable end token, no line of it
    // can be read by the runner as a workflow command.
    const endToken = randomUUID();
    log(`::group::threatcat: ${findings.length} finding${findings.length === 1 ? '' : 's'}`);
    log(`::stop-commands::${endToken}`);
    for (const f of findings) log(findingLine(f));
    log(`::${endToken}::`);
    log('::endgroup::');
  }
  // Annotations (most severe first, within the per-step limits) and the job summary always.
  const { shown, dropped } = selectAnnotations(toAnnotations(findings));
  for (const a of shown) log(workflowCommand(a));
  if (dropped > 0)
    log(
      `threatcat: ${dropped} more annotations left out (GitHub shows 10 per level and step); see the job summary and SARIF.`,
    );
  const summary = summaryView({
    ...summaryContext,
    marker: '',
    notes: [...notes, ...delivery.notes],
  });
  appendStepSummary(
    run.env.GITHUB_STEP_SUMMARY,
    renderSummary(
      isQuiet(summary, view.surfaceTouched) ? quietView(summary) : summary,
      'pr-comment.md.hbs',
      STEP_SUMMARY_LIMIT,
    ),
    redact,
  );

  const reopened = view.diff?.reopen.length ?? 0;
  writeOutputs(
    run.env.GITHUB_OUTPUT,
    {
      events: view.diff?.events.length ?? 0,
      reopened,
      concerned: view.diff?.alreadyOpen.length ?? 0,
      findings: view.findings.length,
      sarif: sarifPath,
      failed: failing ? 'true' : 'false',
    },
    redact,
  );
  log(
    `threatcat: ${view.diff?.events.length ?? 0} surface events, ${reopened} re-opened threats, ${view.findings.length} findings; ${failing ? `failing (fail-on: ${inputs.failOn})` : 'passing'}`,
  );
  if (!failing) return 0;
  return view.unreadable ? 2 : 1;
}

/**
 * validate (exactly what `threatcat validate` runs) plus the surface diff between the PR's base and head, with
 * every path made relative to the repository top; and the catalog edits the diff's plan makes, in memory.
 */
async function analyse(
  root: string,
  prefix: string,
  configPath: string | undefined,
  now: Date,
  refs: { base: string; head: string } | undefined,
): Promise<{ analysis: Analysis; changes: CatalogChange[] }> {
  const v = runValidate({ root, configPath, paths: [], now, keepValid: true });
  const repoPath = (f: string) => `${prefix}${f}`;
  let diff: DiffResult | undefined;
  if (refs) diff = await runDiff({ root, base: refs.base, head: refs.head, now, config: v.config });
  const entry = (r: { catalog: string; threat: string; events: string[] }, pending: boolean): ReopenStatus => ({
    catalog: repoPath(r.catalog),
    threat: r.threat,
    events: r.events,
    pending,
  });
  const diffView = diff && {
    events: diff.events.map((e) => ({ ...e, file: repoPath(e.file), catalog: repoPath(e.catalog) })),
    // the diff lists only threats the head's catalog does not yet record as open: all pending until written
    reopen: diff.reopen.map((r) => entry(r, true)),
    alreadyOpen: diff.alreadyOpen.map((r) => entry(r, false)),
    model: diff.model.map((m) => ({ ...m, catalog: repoPath(m.catalog) })),
    modelPending: diff.model.length > 0,
    findings: [
      ...diff.inputErrors.map(
        (e): Finding => ({ rule: UNREADABLE_INPUT, severity: 'error', ...e.position, message: e.message }),
      ),
      ...diff.findings,
    ].map((f) => ({ ...f, file: repoPath(f.file) })),
  };
  // The diff's findings first: where both report one problem, its words name the PR's base ref.
  const all = [...(diffView?.findings ?? []), ...v.findings.map((f) => ({ ...f, file: repoPath(f.file) }))];
  return {
    analysis: {
      findings: dedupe(all).sort(compareFindings),
      catalogs: v.valid!.map((c) => ({
        file: repoPath(c.catalog.file),
        data: c.catalog.data,
        text: c.catalog.text,
        threatLines: new Map(
          (c.catalog.data.threats ?? []).map((t, i) => [t.id, c.catalog.locate(['threats', i, 'id']).line]),
        ),
      })),
      diff: diffView,
      diffAvailable: refs !== undefined,
      ...(diff ? { surfaceTouched: diff.stats.catalogsTouched > 0 } : {}),
      unreadable: v.unreadable,
    },
    changes: diff?.changes ?? [],
  };
}

/**
 * One problem at one place is reported once: validate and diff both see a malformed manifest, and both report a
 * shadow component (diff names the PR's base in its message, validate cannot: same rule, place and element).
 */
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.file}\u0000${f.line}\u0000${f.subject ? `${f.rule}\u0000${f.subject}` : f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The PR branch now has the catalog edits: nothing is pending any more, and the elements the pushed catalogs now
 * cover are no longer shadow components (checked on the pushed text, not assumed).
 */
function afterCommit(view: Analysis, changes: readonly CatalogChange[]): Analysis {
  const sources: Array<{ kind: string; name: string; namespace?: string }> = [];
  for (const c of changes) {
    try {
      const data = loadCatalogText(c.after, c.file, c.file).data as ThreatCatalog;
      for (const comp of data.components ?? []) sources.push(comp.trustSource);
    } catch {
      // an edit that does not parse covers nothing; validate on the next run says why
    }
  }
  // A shadow finding's subject is the element as kind/namespace/name (analyse/shadow.ts).
  const isCovered = (f: Finding) => {
    if (f.rule !== 'shadow-component' || !f.subject) return false;
    const [kind, ns, name] = f.subject.split('/');
    return sources.some((t) => t.kind === kind && t.name === name && (!t.namespace || !ns || t.namespace === ns));
  };
  return {
    ...view,
    findings: view.findings.filter((f) => !isCovered(f)),
    diff: view.diff && {
      ...view.diff,
      reopen: view.diff.reopen.map((r) => ({ ...r, pending: false })),
      modelPending: false,
      findings: view.diff.findings.filter((f) => !isCovered(f)),
    },
  };
}

function commitMessage(
  pr: PullRequestContext,
  reopen: readonly ReopenStatus[],
  model: NonNullable<Analysis['diff']>['model'] & object,
): string {
  const lines = [
    ...reopen.map((r) => `- ${r.threat}: ${r.events.join(', ')}`),
    ...model.flatMap((m) => modelLines(m).map((l) => `${l} in ${m.catalog}`)),
  ];
  return `threatcat: catalog plan for ${pr.baseSha.slice(0, 12)}..${pr.headSha.slice(0, 12)}\n\n${lines.join('\n')}\n`;
}

/** SARIF: every finding, event and concerned threat; threats carry their AIVSS score as security-severity. */
function writeSarifFile(path: string, analysis: Analysis, findings: Finding[], category: string): void {
  const aivssOf = new Map(reopenFindings(analysis).map((r) => [`${r.file}\u0000${r.subject}`, r.aivss]));
  writeFileAtomic(
    path,
    renderSarif(findings, {
      version: VERSION,
      category,
      securitySeverityOf: (f) => aivssOf.get(`${f.file}\u0000${f.subject}`),
    }),
    { createDirs: true },
  );
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
