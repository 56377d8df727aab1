import { join, resolve } from 'node:path';
import { readConfig } from '../read/config.js';
import { readWorkspace } from '../read/workspace.js';
import { validateCatalogs } from '../analyse/validate.js';
import type { Finding } from '../model/finding.js';
import { compareFindings } from '../model/finding.js';
import type { ThreatCatalog } from '../model/catalog.js';
import type { SurfaceDiffer, SurfaceDiffResult } from './differ.js';

export interface AnalysedCatalog {
  /** Repository-relative path. */
  file: string;
  data: ThreatCatalog;
  text: string;
  /** Line of each threat's `- id:` entry, by threat id. */
  threatLines: Map<string, number>;
}

/** Everything the Action renders. Every path is relative to the repository top (not the working directory). */
export interface Analysis {
  findings: Finding[];
  catalogs: AnalysedCatalog[];
  /** undefined: this build has no surface diff, or the run has no base to compare with. */
  diff?: SurfaceDiffResult;
  diffAvailable: boolean;
  /** Catalogs or configuration that could not be read at all (exit 2, as the CLI). */
  unreadable: boolean;
}

export interface AnalyseOptions {
  /** The directory to analyse (the working directory inside the checked-out head). */
  root: string;
  /** Path of `root` inside the repository ('' or 'a/b/'). */
  prefix: string;
  config?: string;
  now: Date;
  differ?: SurfaceDiffer;
  refs?: { base: string; head: string };
  write?: boolean;
}

/** validate (exactly what `threatcat validate` runs) plus the surface diff between the PR's base and head. */
export async function analyse(opts: AnalyseOptions): Promise<Analysis> {
  const config = readConfig(opts.root, opts.config ? resolve(opts.root, opts.config) : undefined);
  const ws = readWorkspace(opts.root, config, []);
  const result = validateCatalogs({
    catalogs: ws.catalogs,
    today: opts.now.toISOString().slice(0, 10),
    severities: config.rules,
    acceptanceWarningDays: config.acceptanceWarningDays,
    maxEvidenceAgeDays: config.maxEvidenceAgeDays,
  });
  const repoPath = (f: string) => `${opts.prefix}${f}`;
  const findings: Finding[] = [
    ...ws.inputErrors.map(
      (e): Finding => ({ rule: 'unreadable-input', severity: 'error', ...e.position, message: e.message }),
    ),
    ...result.findings,
  ];
  let diff: SurfaceDiffResult | undefined;
  if (opts.differ && opts.refs) {
    const d = await opts.differ({
      root: opts.root,
      base: opts.refs.base,
      head: opts.refs.head,
      write: opts.write ?? false,
      now: opts.now,
      config,
    });
    diff = {
      events: d.events.map((e) => ({
        ...e,
        file: repoPath(e.file),
        ...(e.catalog !== undefined ? { catalog: repoPath(e.catalog) } : {}),
      })),
      reopen: d.reopen.map((r) => ({ ...r, catalog: repoPath(r.catalog) })),
      alreadyOpen: d.alreadyOpen.map((r) => ({ ...r, catalog: repoPath(r.catalog) })),
      findings: d.findings.map((f) => ({ ...f, file: repoPath(f.file) })),
    };
  }
  const all = [...findings.map((f) => ({ ...f, file: repoPath(f.file) })), ...(diff?.findings ?? [])];
  return {
    findings: dedupe(all).sort(compareFindings),
    catalogs: result.valid.map((c) => ({
      file: repoPath(c.catalog.file),
      data: c.catalog.data,
      text: c.catalog.text,
      threatLines: new Map(
        (c.catalog.data.threats ?? []).map((t, i) => [t.id, c.catalog.locate(['threats', i, 'id']).line]),
      ),
    })),
    diff,
    diffAvailable: Boolean(opts.differ),
    unreadable: ws.inputErrors.length > 0,
  };
}

/**
 * validate and diff may both report the same problem, sometimes under different rule ids (a malformed manifest is
 * validate's surface-malformed and diff's manifest-invalid): one message at one place is reported once, validate's.
 */
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.file}\u0000${f.line}\u0000${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function joinRoot(top: string, prefix: string): string {
  return prefix ? join(top, prefix) : top;
}
