import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CatalogDoc, ThreatCatalog } from '../model/catalog.js';
import type { Finding } from '../model/finding.js';
import { compareFindings } from '../model/finding.js';
import type { AgentSurface, SurfaceRef } from '../model/surface.js';
import type { ManifestFile } from '../model/manifest.js';
import type { SurfaceEvent } from '../model/surface-event.js';
import { readConfig, type Config } from '../read/config.js';
import { asCatalogDoc } from '../model/catalog.js';
import { readDiffInputs, type CatalogPair } from '../read/diff-inputs.js';
import { GitRepo, stateLabel, type RepoState } from '../read/git.js';
import { InputError, UsageError } from '../model/input-error.js';
import { AUTONOMY_ANNOTATION, findAgentSurface, readSurface } from '../read/manifests/surface.js';
import { schemaFindings } from '../analyse/schema-findings.js';
import { MANIFEST_RULE } from '../analyse/validate.js';
import { AUTONOMY_ANNOTATION_PATTERN, diffSurfaces, type AnnotationFacts } from '../analyse/surface-diff.js';
import { planReopen, type ReopenEntry } from '../analyse/reopen-plan.js';
import { applyReopenToCatalog, timestamp } from './reopen-write.js';
import { writeFileAtomic } from './atomic-write.js';

export interface RunDiffOptions {
  /** Repository root (or a directory inside the repository: paths are then relative to it). */
  root: string;
  /** Base ref (branch, tag, commit). */
  base: string;
  /** Head ref; absent = the working tree (or the index with `staged`). */
  head?: string;
  /** Compare the index with base (default base HEAD): what the pre-commit hook sees. */
  staged?: boolean;
  /** Apply the plan to the catalogs in the working tree. */
  write?: boolean;
  /** For `reopened.at` (the CLI passes io.now()). */
  now: Date;
  /** Defaults to `.threatcat.yaml` at the root, if any. */
  config?: Config;
}

/** One event, with the catalog of the agent it belongs to. */
export type DiffEvent = SurfaceEvent & { catalog: string };

export interface DiffResult {
  base: { ref: string; commit: string };
  head: { ref: string; commit?: string };
  events: DiffEvent[];
  /** Closed or accepted threats the events invalidate (before any write). */
  reopen: ReopenEntry[];
  /** Open threats the events also concern (nothing to do). */
  alreadyOpen: ReopenEntry[];
  findings: Finding[];
  /** Catalog files --write changed. */
  written: string[];
  /** The head's catalogs do not yet reflect the plan (some threat still needs re-opening). */
  pending: boolean;
  /** Inputs that could not be read (exit 2). */
  inputErrors: InputError[];
  stats: { changedFiles: number; catalogsTouched: number; filesRead: number };
}

/** Same rule as validate's: a known kind with a field of the wrong shape. */
export const SURFACE_RULE = 'surface-malformed';

/**
 * `threatcat diff` as a function (the CLI and the GitHub Action call this): read both states through git,
 * diff each touched agent's surface, plan the re-opens, and with `write` apply them to the catalogs.
 */
export async function runDiff(opts: RunDiffOptions): Promise<DiffResult> {
  if (opts.staged && opts.head !== undefined)
    throw new UsageError('--staged compares the index with --base: it cannot be combined with --head');
  const config = opts.config ?? readConfig(opts.root);
  const repo = await GitRepo.open(opts.root);
  try {
    const unborn = opts.staged && opts.base === 'HEAD' ? await repo.unbornHead() : undefined;
    const [base, head] = await Promise.all([
      unborn ?? repo.resolveCommit(opts.base, '--base'),
      opts.head !== undefined
        ? repo.resolveCommit(opts.head, '--head')
        : Promise.resolve<RepoState>(opts.staged ? { kind: 'index' } : { kind: 'worktree' }),
    ]);
    const inputs = await readDiffInputs(repo, base, head, config);
    const changed = new Set(inputs.changed.map((c) => c.path));

    const findings: Finding[] = [];
    const events: DiffEvent[] = [];
    const planInputs = [];
    for (const pair of inputs.pairs) {
      const schema = schemaFindings(pair.head);
      if (schema.length > 0) {
        findings.push(...schema);
        continue;
      }
      const catalog = asCatalogDoc(pair.head);
      // Only the catalog changed (e.g. an ingest commit of closures): the agent's surface is the same object
      // graph in both states, so there is nothing to compare.
      if (sameFiles(pair.baseManifests, pair.headManifests)) continue;
      const baseCatalog = pair.base && schemaFindings(pair.base).length === 0 ? asCatalogDoc(pair.base) : catalog;
      const { baseSurface, headSurface, problems } = surfacesOf(pair, baseCatalog, catalog, changed);
      findings.push(...problems);
      const annotations = {
        base: autonomyAnnotations(pair.baseManifests, baseSurface),
        head: autonomyAnnotations(pair.headManifests, headSurface),
      };
      const found = diffSurfaces(baseSurface, headSurface, {
        pinnedHash: pinnedHashes(catalog.data),
        annotations,
        findValue: valueFinder(inputs.headText, inputs.baseText),
      });
      events.push(...found.map((e) => ({ ...e, catalog: catalog.file })));
      planInputs.push({ file: catalog.file, data: catalog.data, events: found, head: headSurface });
    }
    const plan = planReopen(planInputs);
    // Rule severities from .threatcat.yaml apply here as in validate ('off' drops the rule).
    const configured = [...findings, ...plan.findings]
      .filter((f) => config.rules[f.rule] !== 'off')
      .map((f) => {
        const severity = config.rules[f.rule];
        return severity && severity !== 'off' ? { ...f, severity } : f;
      });

    const written: string[] = [];
    if (opts.write && plan.reopen.length > 0) {
      const stamp = {
        ref: head.kind === 'commit' ? head.commit : `${stateLabel(head)} on ${base.commit.slice(0, 12)}`,
        at: timestamp(opts.now),
      };
      for (const [file, entries] of groupBy(plan.reopen, (e) => e.catalog)) {
        const abs = join(opts.root, file);
        let text: string;
        try {
          text = readFileSync(abs, 'utf8');
        } catch {
          throw new InputError(
            { file, line: 1, column: 1 },
            'cannot write the re-open plan: the catalog is not in the working tree',
          );
        }
        const next = applyReopenToCatalog(text, entries, stamp);
        if (next !== text) {
          writeFileAtomic(abs, next);
          written.push(file);
        }
      }
    }
    return {
      base: { ref: opts.base, commit: base.commit },
      head: head.kind === 'commit' ? { ref: opts.head!, commit: head.commit } : { ref: stateLabel(head) },
      events: events.sort(
        (a, b) =>
          a.catalog.localeCompare(b.catalog) ||
          a.file.localeCompare(b.file) ||
          a.line - b.line ||
          a.type.localeCompare(b.type),
      ),
      reopen: plan.reopen,
      alreadyOpen: plan.alreadyOpen,
      findings: configured.sort(compareFindings),
      written,
      pending: plan.reopen.length > 0 && !opts.write,
      inputErrors: inputs.inputErrors,
      stats: {
        changedFiles: inputs.changed.length,
        catalogsTouched: inputs.pairs.length,
        filesRead: inputs.reads.base + inputs.reads.head,
      },
    };
  } finally {
    repo.close();
  }
}

function surfacesOf(pair: CatalogPair, baseCatalog: CatalogDoc, headCatalog: CatalogDoc, changed: Set<string>) {
  const problems: Finding[] = [];
  const headRead = readSurface(pair.headManifests);
  const headSurface = findAgentSurface(pair.headManifests, workloadOf(headCatalog.data), headRead);
  const baseSurface =
    pair.baseManifests.length > 0 ? findAgentSurface(pair.baseManifests, workloadOf(baseCatalog.data)) : undefined;
  // Problems are this change's business only where it changed a file.
  const inChanged = (file: string) => changed.has(file);
  for (const m of pair.headManifests) {
    if (!inChanged(m.file)) continue;
    for (const p of m.problems)
      problems.push({ rule: MANIFEST_RULE, severity: 'error', ...p.position, message: p.message });
  }
  for (const p of headRead.problems) {
    if (inChanged(p.position.file))
      problems.push({ rule: SURFACE_RULE, severity: 'error', ...p.position, message: p.message });
  }
  return { baseSurface, headSurface, problems: dedupe(problems) };
}

/**
 * The agent object's autonomy annotations (keys matching AUTONOMY_ANNOTATION_PATTERN), except threatcat's own
 * tier annotation: the surface readers already turn that one into the tier, compared as such.
 */
function autonomyAnnotations(files: readonly ManifestFile[], surface: AgentSurface | undefined): AnnotationFacts {
  const out: AnnotationFacts = {};
  if (!surface) return out;
  const a = surface.agent;
  for (const f of files) {
    for (const o of f.objects) {
      if (
        o.kind !== a.kind ||
        o.name !== a.name ||
        (o.namespace !== undefined && a.namespace !== undefined && o.namespace !== a.namespace)
      )
        continue;
      const annotations = (o.body.metadata as { annotations?: unknown } | undefined)?.annotations;
      if (!annotations || typeof annotations !== 'object') continue;
      for (const [key, value] of Object.entries(annotations as Record<string, unknown>)) {
        if (key === AUTONOMY_ANNOTATION || !AUTONOMY_ANNOTATION_PATTERN.test(key)) continue;
        out[key] = { value: String(value), position: o.locate(['metadata', 'annotations', key]) };
      }
    }
  }
  return out;
}

/**
 * Where `value` is spelled inside the node that starts at `at` (a key's block value, or a list item): the exact
 * item of a list the readers locate as a whole (`args:`, `verbs:`, `toolNames:`). Undefined when it is on the
 * node's own line (the reader's position is already exact) or not found in the node.
 */
function valueFinder(headText: (file: string) => string | undefined, baseText: (file: string) => string | undefined) {
  const cache = new Map<string, string[]>();
  return (at: { file: string; line: number; column: number }, value: string, state: 'base' | 'head') => {
    if (value.length === 0) return undefined;
    const key = `${state}\0${at.file}`;
    let lines = cache.get(key);
    if (!lines) {
      const text = (state === 'head' ? headText : baseText)(at.file);
      if (text === undefined) return undefined;
      lines = text.split('\n');
      cache.set(key, lines);
    }
    const first = lines[at.line - 1];
    if (first === undefined) return undefined;
    const indent = (l: string) => l.length - l.trimStart().length;
    // A list item ("- apiGroups: …") ends at the next line indented at most as its dash; a key's value at the
    // next line indented less, or as much unless it is an item of a sequence written at the key's indentation.
    const dash = /^\s*- /.test(first) && at.column - 1 > first.indexOf('-');
    const base = dash ? first.indexOf('-') : indent(first);
    const word = new RegExp(`(^|[^A-Za-z0-9_./-])${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^A-Za-z0-9_./-])`);
    for (let i = at.line - 1; i < lines.length; i++) {
      const l = lines[i];
      if (i > at.line - 1 && l.trim() !== '' && !l.trimStart().startsWith('#')) {
        const n = indent(l);
        if (dash ? n <= base : n < base || (n === base && !/^\s*- /.test(l))) break;
      }
      const m = word.exec(l);
      if (!m) continue;
      if (i === at.line - 1) return undefined;
      return { file: at.file, line: i + 1, column: m.index + m[1].length + 1 };
    }
    return undefined;
  };
}

function workloadOf(data: ThreatCatalog) {
  const w = data.agent.workload;
  return { kind: w.kind, name: w.name, namespace: w.namespace };
}

/** components[].tools[].sha256 of the mcp-tool component whose trustSource is the server. */
function pinnedHashes(data: ThreatCatalog): (server: SurfaceRef, tool: string) => string | undefined {
  return (server, tool) => {
    const c = data.components.find(
      (x) =>
        x.tools &&
        x.trustSource.kind === server.kind &&
        x.trustSource.name === server.name &&
        (!x.trustSource.namespace || !server.namespace || x.trustSource.namespace === server.namespace),
    );
    return c?.tools?.find((t) => t.name === tool)?.sha256;
  };
}

function sameFiles(a: readonly ManifestFile[], b: readonly ManifestFile[]): boolean {
  return a.length === b.length && a.every((m, i) => m === b[i]);
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const i of items) m.set(key(i), [...(m.get(key(i)) ?? []), i]);
  return m;
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const k = `${f.rule}:${f.file}:${f.line}:${f.column}:${f.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
