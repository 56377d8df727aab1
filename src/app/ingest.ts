import type { StreamProgress } from '../read/evidence/stream.js';
import { join, resolve } from 'node:path';
import { baselinePathFor } from '../model/baseline.js';
import { asCatalogDoc } from '../model/catalog.js';
import type { IngestReport } from '../model/ingest-result.js';
import { InputError } from '../model/input-error.js';
import type { ReaderName } from '../model/observation.js';
import type { DeclaredPermission, SurfaceMcpServer } from '../model/surface.js';
import { readConfig, type Config } from '../read/config.js';
import { readEvidence } from '../read/evidence/read-evidence.js';
import type { ToolHivePlacement } from '../read/evidence/toolhive-audit.js';
import { TOOLHIVE_GROUP } from '../read/manifests/toolhive.js';
import { declaredPermissions } from '../read/manifests/rbac.js';
import { readWorkspace, toRepoPath } from '../read/workspace.js';
import { workloadOfServiceUrl, type AgentScope, type ServerScope } from '../analyse/evidence/attribution.js';
import { planIngest, type CatalogInput } from '../analyse/evidence/ingest-plan.js';
import { schemaFindings } from '../analyse/schema-findings.js';
import { commitMessage } from '../render/ingest-report.js';
import { assertNothingStaged, commitOfSnapshot } from '../deliver/ingest-commit.js';
import {
  clearJournal,
  commitJournaled,
  JOURNAL_NAME,
  journalFiles,
  journalPath,
  readJournal,
  recoverJournal,
} from '../deliver/ingest-journal.js';
import { baselineWrite, catalogWrite, writeJournaled, writeSummary, type FileWrite } from '../deliver/ingest-write.js';
import { acquireRepoLock, awaitGitLocks, gitDirs } from '../deliver/repo-lock.js';

export interface IngestOptions {
  root: string;
  configPath?: string;
  /** Evidence files, relative to root (like git -C and validate's PATHs). */
  snapshots: string[];
  source?: ReaderName;
  /** `--namespace`: the namespace of the ToolHive servers whose audit logs are given (their events name none). */
  namespace?: string;
  write?: boolean;
  /** --write, then one git commit. */
  commit?: boolean;
  /** Also write the observation summary here (relative to root). */
  emitSummary?: string;
  now: Date;
  onProgress?: (file: string, progress: StreamProgress) => void;
  /** Threads parsing a large audit log (read-evidence.ts `threads`); undefined: by the cores. */
  threads?: number;
  /** Told when the run waits for another run (or git) to release the repository. */
  onWait?: (message: string) => void;
}

export interface IngestOutcome {
  config: Config;
  report: IngestReport;
}

/**
 * `threatcat ingest`: evidence streams (read) → observation summary → per-catalog plan (analyse) → catalog edits,
 * baselines and one commit (deliver).
 */
export async function runIngest(opts: IngestOptions): Promise<IngestOutcome> {
  const { root } = opts;
  const config = readConfig(root, opts.configPath);
  const commit = Boolean(opts.commit);
  const write = commit || Boolean(opts.write);
  // A first look, before the (long) evidence read; the check that counts is made under the lock.
  if (commit) await assertNothingStaged(root, pendingJournalFiles(root));

  const now = opts.now.toISOString();
  const files = opts.snapshots.map((p) => ({ abs: resolve(root, p), file: p }));
  const evidence = await readEvidence(files, {
    source: opts.source,
    now,
    onProgress: opts.onProgress,
    threads: opts.threads,
    toolhive: toolHivePlacement(root, config, opts.namespace),
  });
  const summary = evidence.builder.toSummary();
  if (opts.emitSummary) writeSummary(resolve(root, opts.emitSummary), summary);

  // From reading the catalogs to the commit, one run at a time per repository: a second run plans on top of
  // what the first wrote and committed, so no snapshot's results are lost.
  const lock = write ? acquireRepoLock(root, 'threatcat ingest', { onWait: opts.onWait }) : undefined;
  try {
    const journal = lock ? journalPath(lock) : undefined;
    // A killed --commit run's commit is finished by whichever ingest comes next (even a --write).
    if (commit || (journal && readJournal(journal)?.commit)) await awaitGitLocks(root, { onWait: opts.onWait });
    const recovered = journal ? await recoverJournal(root, journal) : undefined;
    if (commit) await assertNothingStaged(root);
    const report = await planAndDeliver(opts, config, evidence, summary, now, journal);
    if (recovered && (recovered.written.length > 0 || recovered.commit)) report.recovered = recovered;
    return { config, report };
  } finally {
    lock?.release();
  }
}

async function planAndDeliver(
  opts: IngestOptions,
  config: Config,
  evidence: Awaited<ReturnType<typeof readEvidence>>,
  summary: ReturnType<Awaited<ReturnType<typeof readEvidence>>['builder']['toSummary']>,
  now: string,
  journal: string | undefined,
): Promise<IngestReport> {
  const { root } = opts;
  const commit = Boolean(opts.commit);
  const ws = readWorkspace(root, config, []);
  if (ws.inputErrors.length > 0) throw ws.inputErrors[0];
  // Never rewrite a baseline that could not be read: that would lose its history.
  const brokenBaseline = ws.catalogs.find((c) => c.baselineError)?.baselineError;
  if (brokenBaseline) throw brokenBaseline;
  const inputs: CatalogInput[] = [];
  const texts = new Map<string, { abs: string; text: string }>();
  for (const c of ws.catalogs) {
    const problems = schemaFindings(c.loaded);
    if (problems.length > 0) {
      const p = problems[0];
      throw new InputError(p, `catalog does not match the schema (run threatcat validate): ${p.message}`);
    }
    const catalog = asCatalogDoc(c.loaded);
    const w = catalog.data.agent.workload;
    const surface = c.surface;
    const identity =
      surface?.identity ?? (w.serviceAccount ? `system:serviceaccount:${w.namespace}:${w.serviceAccount}` : undefined);
    const servers = (surface?.mcpServers ?? []).map(serverScope);
    const scope: AgentScope = { workload: `${w.namespace}/${surface?.workload.name ?? w.name}`, identity, servers };
    // No agent object in the manifests (RBAC only): the catalog's ServiceAccount still has declared RBAC.
    const declared: DeclaredPermission[] = surface
      ? [...surface.permissions]
      : identity
        ? declaredPermissions(c.manifests, identity)
        : [];
    for (const s of servers)
      if (s.identity && s.identity !== identity) declared.push(...declaredPermissions(c.manifests, s.identity));
    inputs.push({ catalog, scope, declared, baseline: c.baseline });
    texts.set(catalog.file, { abs: catalog.absPath, text: catalog.text });
  }

  const plans = planIngest({
    catalogs: inputs,
    summary,
    digest: evidence.digest,
    now,
    maxEvidenceAgeDays: config.maxEvidenceAgeDays,
    dormantTriageDays: config.dormantTriageDays,
  });
  const report: IngestReport = {
    digest: evidence.digest,
    sources: summary.sources as Record<string, number>,
    events: evidence.events,
    folded: evidence.folded,
    malformed: evidence.malformed,
    files: evidence.files,
    plans,
    written: [],
    summaryFile: opts.emitSummary,
    catalogs: inputs.length,
  };

  if (journal) {
    const recorded = commit ? await commitOfSnapshot(root, evidence.digest) : undefined;
    if (recorded) {
      report.commit = { skipped: `snapshot ${evidence.digest} is already recorded in commit ${recorded.slice(0, 12)}` };
    } else {
      const writes: FileWrite[] = [];
      for (const p of plans) {
        const t = texts.get(p.file)!;
        const c = catalogWrite(t.abs, p.file, t.text, p.edits);
        if (c) writes.push(c);
        if (p.baseline) {
          const abs = baselinePathFor(t.abs);
          const b = baselineWrite(abs, toRepoPath(root, abs), p.baseline);
          if (b) writes.push(b);
        }
      }
      report.written = writes.map((w) => w.file);
      const message = commit && writes.length > 0 ? commitMessage(report) : undefined;
      writeJournaled(journal, writes, { snapshot: evidence.digest, commit, message });
      if (commit) {
        if (writes.length === 0) report.commit = { skipped: 'nothing changed' };
        else
          report.commit = {
            hash: await commitJournaled(
              journal,
              root,
              writes.map((w) => w.abs),
              message!,
            ),
          };
      }
      clearJournal(journal);
    }
  }
  return report;
}

/** Whose activity an MCP server's evidence is: its identity, and the workloads its pods and Service belong to. */
function serverScope(m: SurfaceMcpServer): ServerScope {
  const workloads = [workloadOfServiceUrl(m.url), ownWorkload(m)].filter((w): w is string => w !== undefined);
  return {
    name: m.ref.name,
    identity: m.identity,
    workloads: [...new Set(workloads)],
    ...(m.proxyIdentity !== undefined && m.proxyIdentity !== m.identity ? { infrastructure: [m.proxyIdentity] } : {}),
  };
}

/**
 * "<namespace>/<name>" of the workload an MCPServer object runs as (kmcp's Deployment, ToolHive's proxy Deployment and
 * StatefulSet are named after it; so are the Deployments of a ToolHive MCPRemoteProxy or VirtualMCPServer).
 */
function ownWorkload(m: SurfaceMcpServer): string | undefined {
  if (!m.ref.namespace || (m.ref.kind !== 'MCPServer' && !isToolHiveServer(m))) return undefined;
  return `${m.ref.namespace}/${m.ref.name}`;
}

const TOOLHIVE_SERVER_KINDS = new Set(['MCPServer', 'MCPRemoteProxy', 'VirtualMCPServer']);

function isToolHiveServer(m: SurfaceMcpServer): boolean {
  return TOOLHIVE_SERVER_KINDS.has(m.ref.kind) && m.ref.apiVersion?.split('/')[0] === TOOLHIVE_GROUP;
}

/**
 * Where the ToolHive servers of the snapshot run: the `--namespace` given, and the workloads of the ToolHive
 * servers the catalogs' manifests hold, by name (read once, and only if a ToolHive audit event asks: manifests are
 * not what ingest writes, so reading them before the repository lock is safe).
 */
function toolHivePlacement(root: string, config: Config, namespace: string | undefined): ToolHivePlacement {
  let byName: Map<string, Set<string>> | undefined;
  return {
    namespace,
    workloadsNamed: (server, ns) => {
      byName ??= catalogedToolHiveServers(root, config);
      const all = [...(byName.get(server) ?? [])].sort();
      return ns === undefined ? all : all.filter((w) => w.startsWith(`${ns}/`));
    },
  };
}

function catalogedToolHiveServers(root: string, config: Config): Map<string, Set<string>> {
  const byName = new Map<string, Set<string>>();
  for (const c of readWorkspace(root, config, []).catalogs) {
    for (const m of c.surface?.mcpServers ?? []) {
      const w = isToolHiveServer(m) ? ownWorkload(m) : undefined;
      if (!w) continue;
      if (!byName.has(m.ref.name)) byName.set(m.ref.name, new Set());
      byName.get(m.ref.name)!.add(w);
    }
  }
  return byName;
}

/** Files a pending journal (an interrupted run's) names: staged, they are threatcat's own. */
function pendingJournalFiles(root: string): string[] {
  const dirs = gitDirs(root);
  return dirs ? journalFiles(join(dirs.gitDir, JOURNAL_NAME)) : [];
}
