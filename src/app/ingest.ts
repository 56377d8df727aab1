import type { StreamProgress } from '../read/evidence/stream.js';
import { join, resolve } from 'node:path';
import { baselinePathFor } from '../model/baseline.js';
import { asCatalogDoc } from '../model/catalog.js';
import type { IngestReport } from '../model/ingest-result.js';
import { InputError } from '../model/input-error.js';
import type { ReaderName } from '../model/observation.js';
import type { DeclaredPermission } from '../model/surface.js';
import { readConfig, type Config } from '../read/config.js';
import { readEvidence } from '../read/evidence/read-evidence.js';
import { declaredPermissions } from '../read/manifests/rbac.js';
import { readWorkspace, toRepoPath } from '../read/workspace.js';
import { workloadOfServiceUrl, type AgentScope } from '../analyse/evidence/attribution.js';
import { planIngest, type CatalogInput } from '../analyse/evidence/ingest-plan.js';
import { schemaFindings } from '../analyse/schema-findings.js';
import { commitMessage } from '../render/ingest-report.js';
import { assertNothingStaged, commitFiles, commitOfSnapshot } from '../deliver/ingest-commit.js';
import { writeBaseline, writeCatalogEdits, writeSummary } from '../deliver/ingest-write.js';

export interface IngestOptions {
  root: string;
  configPath?: string;
  /** Evidence files, relative to root (like git -C and validate's PATHs). */
  snapshots: string[];
  source?: ReaderName;
  write?: boolean;
  /** --write, then one git commit. */
  commit?: boolean;
  /** Also write the observation summary here (relative to root). */
  emitSummary?: string;
  now: Date;
  onProgress?: (file: string, progress: StreamProgress) => void;
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
  if (commit) await assertNothingStaged(root);

  const now = opts.now.toISOString();
  const files = opts.snapshots.map((p) => ({ abs: resolve(root, p), file: p }));
  const evidence = await readEvidence(files, { source: opts.source, now, onProgress: opts.onProgress });
  const summary = evidence.builder.toSummary();
  if (opts.emitSummary) writeSummary(resolve(root, opts.emitSummary), summary);

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
    const servers = (surface?.mcpServers ?? []).map((m) => ({
      name: m.ref.name,
      identity: m.identity,
      workload:
        workloadOfServiceUrl(m.url) ??
        (m.ref.kind === 'MCPServer' && m.ref.namespace ? `${m.ref.namespace}/${m.ref.name}` : undefined),
    }));
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

  if (write) {
    const recorded = commit ? await commitOfSnapshot(root, evidence.digest) : undefined;
    if (recorded) {
      report.commit = { skipped: `snapshot ${evidence.digest} is already recorded in commit ${recorded.slice(0, 12)}` };
    } else {
      for (const p of plans) {
        const t = texts.get(p.file)!;
        if (writeCatalogEdits(t.abs, t.text, p.edits)) report.written.push(p.file);
        if (p.baseline) {
          const abs = baselinePathFor(t.abs);
          if (writeBaseline(abs, p.baseline)) report.written.push(toRepoPath(root, abs));
        }
      }
      if (commit) {
        if (report.written.length === 0) report.commit = { skipped: 'nothing changed' };
        else
          report.commit = {
            hash: await commitFiles(
              root,
              report.written.map((f) => join(root, f)),
              commitMessage(report),
            ),
          };
      }
    }
  }
  return { config, report };
}
