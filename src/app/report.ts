import { resolve } from 'node:path';
import { baselinePathFor, type Baseline } from '../model/baseline.js';
import type { ThreatCatalog } from '../model/catalog.js';
import type { InputError } from '../model/input-error.js';
import type { Finding } from '../model/finding.js';
import type { DeclaredPermission } from '../model/surface.js';
import type { CatalogInput } from '../model/workspace.js';
import { VERSION } from '../version.js';
import { readConfig, type Config } from '../read/config.js';
import { sourceState, type SourceState } from '../read/git.js';
import { bootstrapPermissions } from '../read/manifests/bootstrap-bindings.js';
import { declaredPermissions } from '../read/manifests/rbac.js';
import { readWorkspace } from '../read/workspace.js';
import { baselineConvergence } from '../analyse/evidence/baseline.js';
import { leastPrivilege, type LeastPrivilege, type LeastPrivilegeAgent } from '../analyse/least-privilege.js';
import { buildReport, type BaselineWindow } from '../analyse/report.js';
import { schemaFindings } from '../analyse/schema-findings.js';
import { renderRbacYaml } from '../render/rbac-yaml.js';
import { renderReportHtml } from '../render/report-html.js';
import { renderReportJson } from '../render/report-json.js';
import { renderReportMarkdown } from '../render/report-markdown.js';
import { reportView, sourceText, type ReportSource } from '../render/report-view.js';
import { writeFileAtomic } from '../deliver/atomic-write.js';

export const REPORT_FORMATS = ['markdown', 'html', 'json', 'rbac'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ReportOptions {
  root: string;
  configPath?: string;
  paths: string[];
  format: ReportFormat;
  /** Write here (relative to root, like every path given to a command) instead of returning the text. */
  output?: string;
  now: Date;
}

export type ReportOutcome =
  | {
      ok: false;
      config: Config;
      /** Catalogs that cannot be read, or that fail the schema: the report needs valid catalogs. */
      inputErrors: InputError[];
      invalid: Finding[];
      baselineWarnings: InputError[];
    }
  | {
      ok: true;
      config: Config;
      text: string;
      catalogs: number;
      /** --format rbac: what was generated (identities, rules, the diff against the declared RBAC). */
      rbac?: LeastPrivilege;
      /** Where the report was written (absolute), when `output` was given. */
      written?: string;
      baselineWarnings: InputError[];
    };

/** `threatcat report`: the catalogs and baselines (read), the report (analyse), its format (render), a file (deliver). */
export async function runReport(opts: ReportOptions): Promise<ReportOutcome> {
  const config = readConfig(opts.root, opts.configPath);
  const ws = readWorkspace(opts.root, config, opts.paths);
  // The report is for people: a broken baseline costs it the convergence state, not the whole page.
  const baselineWarnings = ws.catalogs.flatMap((c) => (c.baselineError ? [c.baselineError] : []));
  const invalid = ws.catalogs.flatMap((c) => schemaFindings(c.loaded));
  if (ws.inputErrors.length > 0 || invalid.length > 0)
    return { ok: false, config, inputErrors: ws.inputErrors, invalid, baselineWarnings };

  const today = opts.now.toISOString().slice(0, 10);
  const report = buildReport({
    catalogs: ws.catalogs.map((c) => ({
      file: c.loaded.file,
      data: c.loaded.data as ThreatCatalog,
      baseline: baselineWindow(c.baseline),
    })),
    today,
    acceptanceWarningDays: config.acceptanceWarningDays,
  });
  const generated = `${opts.now.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  const source = reportSource(await sourceState(opts.root, filesRead(ws.catalogs)));
  const view = () => reportView(report, { today, generated, source });
  let rbac: LeastPrivilege | undefined;
  let text: string;
  if (opts.format === 'rbac') {
    rbac = leastPrivilege({ agents: ws.catalogs.map(leastPrivilegeInput), implicit: bootstrapPermissions });
    text = renderRbacYaml(rbac, { version: VERSION, source: sourceText(source), generated });
  } else if (opts.format === 'json') text = renderReportJson(report, source);
  else if (opts.format === 'html') text = renderReportHtml(view());
  else text = renderReportMarkdown(view());
  let written: string | undefined;
  if (opts.output) {
    written = resolve(opts.root, opts.output);
    writeFileAtomic(written, text, { createDirs: true });
  }
  return { ok: true, config, text, catalogs: report.length, written, baselineWarnings, ...(rbac ? { rbac } : {}) };
}

function reportSource(state: SourceState | undefined): ReportSource {
  return { version: VERSION, ...(state ? { git: state } : {}) };
}

/** Every file the report is made from: catalogs, the manifests they name, and the baselines beside them. */
function filesRead(catalogs: readonly CatalogInput[]): string[] {
  const files = new Set<string>();
  for (const c of catalogs) {
    files.add(c.loaded.file);
    files.add(baselinePathFor(c.loaded.file));
    for (const m of c.manifests) files.add(m.file);
  }
  return [...files].sort();
}

/**
 * The agent's identities as ingest attributes them: its own ServiceAccount and its tool servers' (their RBAC is
 * reached through tool calls), with their declared RBAC and the baseline's allowed requests.
 */
function leastPrivilegeInput(c: CatalogInput): LeastPrivilegeAgent {
  const data = c.loaded.data as ThreatCatalog;
  const w = data.agent.workload;
  const surface = c.surface;
  const identity =
    surface?.identity ?? (w.serviceAccount ? `system:serviceaccount:${w.namespace}:${w.serviceAccount}` : undefined);
  const identities = identity ? [identity] : [];
  const declared: DeclaredPermission[] = surface
    ? [...surface.permissions]
    : identity
      ? declaredPermissions(c.manifests, identity)
      : [];
  for (const t of surface?.toolIdentities ?? []) {
    if (identities.includes(t.identity)) continue;
    identities.push(t.identity);
    declared.push(...t.permissions);
  }
  return {
    catalog: c.loaded.file,
    agent: data.agent.name,
    identities,
    declared,
    ...(c.baseline?.requests ? { requests: c.baseline.requests } : {}),
  };
}

/** The baseline's window and convergence state, for the report's convergence section. */
function baselineWindow(baseline: Baseline | undefined): BaselineWindow | undefined {
  if (!baseline?.window.from || !baseline.window.to) return undefined;
  const { state, reason } = baselineConvergence(baseline);
  return { from: baseline.window.from, to: baseline.window.to, convergence: { state, reason } };
}
