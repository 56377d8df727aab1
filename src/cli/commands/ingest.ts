import { join, resolve } from 'node:path';
import type { Io } from '../io.js';
import { EXIT } from '../io.js';
import { parseCommandArgs, pickFormat } from '../args.js';
import { readConfig } from '../../read/config.js';
import { readWorkspace, resolveRoot, toRepoPath } from '../../read/workspace.js';
import { asCatalogDoc } from '../../model/catalog.js';
import { InputError, UsageError } from '../../model/input-error.js';
import { schemaFindings } from '../../analyse/schema-findings.js';
import { findAgentSurface } from '../../read/manifests/surface.js';
import { declaredPermissions } from '../../read/manifests/rbac.js';
import { readEvidence } from '../../read/evidence/read-evidence.js';
import { READER_NAMES, type ReaderName } from '../../model/observation.js';
import type { DeclaredPermission } from '../../model/surface.js';
import { planIngest, type CatalogInput } from '../../analyse/evidence/ingest-plan.js';
import { workloadOfServiceUrl, type AgentScope } from '../../analyse/evidence/attribution.js';
import { baselinePathFor } from '../../model/baseline.js';
import { writeBaseline, writeCatalogEdits, writeSummary } from '../../deliver/ingest-write.js';
import { assertNothingStaged, commitFiles, commitOfSnapshot } from '../../deliver/ingest-commit.js';
import { commitMessage, ingestJson, ingestText, type IngestReport } from '../../render/ingest-report.js';

const HELP = `Usage: threatcat ingest SNAPSHOT... [--source NAME] [--write] [--commit] [--emit-summary FILE]
                        [-C DIR] [--format text|json] [--config FILE]

Reads runtime evidence (plain or gzip, any size, streamed) and evaluates every catalog under DIR against it:
signals validated (closed), fired (re-opened, exit 1), gaps; dormant permissions (declared RBAC never used);
the per-Deployment baseline and its drift (re-opens coercion threats, exit 1).

Formats are detected from content; --source forces one:
  ${READER_NAMES.join(', ')}
  --write              update catalogs (comment-preserving) and <name>.baseline.json beside them
  --commit             --write, then one git commit with a Threatcat-Snapshot trailer (none if already recorded)
  --emit-summary FILE  write the observation summary (JSON lines; mergeable, readable by ingest)
Exit: 0 clean, 1 a signal fired or the baseline drifted, 2 usage error or unreadable input.
`;

export async function ingestCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    source: { type: 'string' },
    write: { type: 'boolean' },
    commit: { type: 'boolean' },
    'emit-summary': { type: 'string' },
  });
  if (values.help) {
    io.stdout(HELP);
    return EXIT.clean;
  }
  const format = pickFormat(values.format, ['text', 'json'] as const, 'text');
  if (positionals.length === 0) throw new UsageError('ingest: give at least one evidence SNAPSHOT file');
  const source = values.source as ReaderName | undefined;
  if (source !== undefined && !(READER_NAMES as readonly string[]).includes(source)) {
    throw new UsageError(`--source ${source}: expected one of ${READER_NAMES.join(', ')}`);
  }
  const root = resolveRoot(values.C);
  const config = readConfig(root, values.config);
  const commit = Boolean(values.commit);
  const write = commit || Boolean(values.write);
  if (commit) await assertNothingStaged(root);

  const now = io.now().toISOString();
  // Like git -C, and like validate's PATHs: relative paths are taken from the repository root.
  const files = positionals.map((p) => ({ abs: resolve(root, p), file: p }));
  const evidence = await readEvidence(files, {
    source,
    now,
    onProgress: io.isTTY
      ? (file, bytes) => io.stderr(`\rthreatcat ingest: ${file}: ${(bytes / 1e6).toFixed(0)} MB read`)
      : undefined,
  });
  if (io.isTTY && evidence.files.some((f) => f.bytes > 64e6)) io.stderr('\n');
  const summary = evidence.builder.toSummary();
  let summaryFile: string | undefined;
  if (values['emit-summary']) {
    summaryFile = values['emit-summary'];
    writeSummary(resolve(root, summaryFile), summary);
  }

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
    const surface = findAgentSurface(c.manifests, w);
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
  if (inputs.length === 0)
    io.stderr(`threatcat: no catalogs found under ${root} (looked for ${config.catalogs.join(', ')})\n`);

  const plans = planIngest({
    catalogs: inputs,
    summary,
    digest: evidence.digest,
    now,
    maxEvidenceAgeDays: config.maxEvidenceAgeDays,
  });
  const report: IngestReport = {
    digest: evidence.digest,
    sources: summary.sources as Record<string, number>,
    events: evidence.events,
    malformed: evidence.malformed,
    files: evidence.files,
    plans,
    written: [],
    summaryFile,
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

  io.stdout(format === 'json' ? ingestJson(report) : ingestText(report));
  const reopened = plans.some((p) => p.fired.length > 0 || p.drift.length > 0);
  return reopened ? EXIT.findings : EXIT.clean;
}
