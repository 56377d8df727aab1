import { join } from 'node:path';
import { asCatalogDoc, type CatalogDoc, type ThreatCatalog } from '../model/catalog.js';
import type { CatalogChange, DiffEvent, DiffResult } from '../model/diff-result.js';
import type { FileEdits, YamlEdit } from '../model/edit.js';
import type { ThreatTemplate } from '../model/library.js';
import { compareFindings, type Finding } from '../model/finding.js';
import { InputError, UsageError } from '../model/input-error.js';
import type { ManifestFile } from '../model/manifest.js';
import type { AgentSurface } from '../model/surface.js';
import { readConfig, type Config } from '../read/config.js';
import { loadCatalogText } from '../read/catalog-file.js';
import { catalogSurface } from '../read/catalog-surface.js';
import { readDiffInputs, type CatalogPair } from '../read/diff-inputs.js';
import { lostWorkloads, uncoveredAgents } from '../analyse/uncovered-agents.js';
import type { LostWorkload } from '../model/changed-agent.js';
import { openDiffStates, stateLabel, type DiffStates } from '../read/git-repo.js';
import { autonomyAnnotations } from '../read/manifests/autonomy-annotations.js';
import { readLibrary } from '../read/library.js';
import { readTextFile } from '../read/text-file.js';
import { MANIFEST_NOT_RENDERED, MANIFEST_RULE } from '../analyse/finding-ids.js';
import { applySeverities } from '../analyse/registry.js';
import { catalogPlan, planReopen, timestamp, type CatalogPlanInput, type ReopenStamp } from '../analyse/reopen-plan.js';
import { schemaFindings } from '../analyse/schema-findings.js';
import { DISMISSED_UNKNOWN, unknownDismissals } from '../analyse/dismissed-templates.js';
import { shadowElements, shadowMessage, type ShadowElement } from '../analyse/shadow.js';
import { diffSurfaces, pinnedHashes } from '../analyse/surface-diff.js';
import { valueFinder } from '../analyse/value-finder.js';
import { applyYamlEdits } from '../render/yaml-edit.js';
import { writeFileAtomic } from '../deliver/atomic-write.js';
import { acquireRepoLock } from '../deliver/repo-lock.js';

export type { DiffEvent, DiffResult } from '../model/diff-result.js';

export interface DiffOptions {
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
  /**
   * Compute `changes` (each planned catalog's text after the plan; default true, implied by `write`). The CLI
   * without --write never shows them: re-parsing every catalog for each edit dominated a large diff's time.
   */
  changes?: boolean;
  /** For `reopened.at`. */
  now: Date;
  /** Defaults to `.threatcat.yaml` at the root, if any. */
  config?: Config;
  /** Told when --write waits for another run to release the repository. */
  onWait?: (message: string) => void;
  /**
   * The states, opened by the caller ahead of this call (openDiffStates with the same root and refs): the CLI
   * starts git while the rest of diff loads. Never with `write`, whose refs are resolved once the repository
   * lock is held.
   */
  states?: Promise<DiffStates>;
}

const SURFACE_RULE = 'surface-malformed';
const SHADOW_RULE = 'shadow-component';

/**
 * `threatcat diff`: read both states through git (read), diff each touched agent's surface and plan the
 * re-opens (analyse), apply the plan's edits to the catalogs in memory (render) and, with `write`, write them
 * (deliver). The CLI and the GitHub Action both call this; the Action's suggestions and commit mode use the
 * `changes` it returns.
 */
export async function runDiff(opts: DiffOptions): Promise<DiffResult> {
  if (opts.staged && opts.head !== undefined)
    throw new UsageError('--staged compares the index with --base: it cannot be combined with --head');
  if (opts.write && opts.states) throw new Error('runDiff: states opened ahead of the repository lock');
  if (!opts.write) return diffOnce(opts);
  // --write: one writing run at a time per repository (ingest, diff --write, validate --fix), so that the plan is
  // made on the catalog as the previous run left it and no run's edits are overwritten.
  const lock = acquireRepoLock(opts.root, 'threatcat diff --write', { onWait: opts.onWait });
  try {
    return await diffOnce(opts);
  } finally {
    lock.release();
  }
}

async function diffOnce(opts: DiffOptions): Promise<DiffResult> {
  const config = opts.config ?? readConfig(opts.root);
  const { repo, base, head } = await (opts.states ?? openDiffStates(opts.root, opts));
  try {
    // The library is read once, and only when a change reaches an agent's surface.
    let library: ThreatTemplate[] | undefined;
    const templates = () => {
      library ??= readLibrary();
      return library;
    };
    let ids: ReadonlySet<string> | undefined;
    const templateIds = () => {
      ids ??= new Set(templates().map((t) => t.id));
      return ids;
    };
    // Each catalog's part of the result, by its index: put together in catalog order once all are compared.
    const parts: PairPart[] = [];
    const inputs = await readDiffInputs(repo, base, head, config, (reading) => {
      const findValue = valueFinder(reading.headText, reading.baseText);
      return (pair, index) => {
        parts[index] = comparePair(pair, {
          changed: reading.changed,
          findValue,
          templates,
          templateIds,
          baseRef: opts.base,
        });
      };
    });
    // An agent the change brings in that no catalog models reaches no pair: said here, or it would go unmentioned.
    const findings: Finding[] = uncoveredAgents(inputs.uncovered);
    findings.push(
      ...lostWorkloads(
        parts.flatMap((p) => p?.lost ?? []),
        inputs.uncovered.changed,
      ),
    );
    const events: DiffEvent[] = [];
    const planInputs: Array<CatalogPlanInput & { text: string }> = [];
    const shadows: Shadow[] = [];
    for (const part of parts) {
      if (!part) continue;
      findings.push(...part.findings);
      shadows.push(...part.shadows);
      events.push(...part.events);
      if (part.plan) planInputs.push(part.plan);
    }
    // Threat ids are unique across catalogs: a threat added to one must not take an id another already uses.
    // One index for all (a copy of every other catalog's ids per catalog grows with the square of the change).
    const users = new Map<string, Set<string>>();
    for (const p of planInputs)
      for (const t of p.data.threats ?? []) {
        const files = users.get(t.id);
        if (files) files.add(p.file);
        else users.set(t.id, new Set([p.file]));
      }
    for (const p of planInputs) {
      if (!p.surface) continue;
      const file = p.file;
      p.surface.takenThreatIds = {
        has: (id) => {
          const files = users.get(id);
          return files !== undefined && (files.size > 1 || !files.has(file));
        },
      };
    }
    const stamp: ReopenStamp = {
      ref: head.kind === 'commit' ? head.commit : `${stateLabel(head)} on ${base.commit.slice(0, 12)}`,
      at: timestamp(opts.now),
    };
    const wantChanges = opts.write || opts.changes !== false;
    const plan = planReopen(planInputs, stamp, { edits: wantChanges });
    const changes = wantChanges ? applyPlan(opts.root, plan.edits, planInputs, stamp) : [];
    const written: string[] = [];
    if (opts.write) {
      for (const c of changes) {
        writeFileAtomic(join(opts.root, c.file), c.after);
        written.push(c.file);
      }
    }
    // A shadow element the written plan models is no longer a problem of this change.
    const modelled = new Set(
      plan.model.filter((m) => written.includes(m.catalog)).flatMap((m) => m.covers.map((c) => `${m.catalog}#${c}`)),
    );
    findings.push(...shadows.filter((s) => !modelled.has(`${s.catalog}#${s.element.subject}`)).map((s) => s.finding));
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
      model: plan.model,
      // Rule severities from .threatcat.yaml apply here as in validate ('off' drops the rule).
      findings: applySeverities(dedupe(findings), config.rules).sort(compareFindings),
      changes,
      written,
      pending: (plan.reopen.length > 0 || plan.model.length > 0) && !opts.write,
      inputErrors: inputs.inputErrors,
      stats: {
        changedFiles: inputs.changed.length,
        catalogsTouched: inputs.pairs,
        filesRead: inputs.reads.base + inputs.reads.head,
      },
    };
  } finally {
    repo.close();
  }
}

type Shadow = { catalog: string; element: ShadowElement; finding: Finding };

/** One catalog's part of a diff's result. */
interface PairPart {
  findings: Finding[];
  shadows: Shadow[];
  events: DiffEvent[];
  /** Absent when the catalog has schema problems or the agent's manifests are the same objects in both states. */
  plan?: CatalogPlanInput & { text: string };
  /** The change took the catalog's workload out of its manifests. */
  lost?: LostWorkload;
}

/**
 * One touched catalog: its agent's surface in both states compared, the events and findings that come of it, and
 * what the plan needs. Keeps nothing of the manifests (readDiffInputs lets them go once this returns).
 */
function comparePair(
  pair: CatalogPair,
  ctx: {
    changed: ReadonlySet<string>;
    findValue: ReturnType<typeof valueFinder>;
    templates: () => ThreatTemplate[];
    templateIds: () => ReadonlySet<string>;
    baseRef: string;
  },
): PairPart {
  const part: PairPart = { findings: [], shadows: [], events: [] };
  const schema = schemaFindings(pair.head);
  if (schema.length > 0) {
    part.findings.push(...schema);
    return part;
  }
  const catalog = asCatalogDoc(pair.head);
  // Only the catalog changed (e.g. an ingest commit of closures): the agent's surface is the same object graph
  // in both states, so there is nothing to compare.
  if (sameFiles(pair.baseManifests, pair.headManifests)) return part;
  // A catalog the change did not touch is one object in both states, already checked above.
  const baseCatalog =
    pair.base && pair.base !== pair.head && schemaFindings(pair.base).length === 0 ? asCatalogDoc(pair.base) : catalog;
  const { baseSurface, headSurface, problems } = surfacesOf(pair, baseCatalog, ctx.changed);
  part.findings.push(...problems);
  if (baseSurface && !headSurface) {
    const w = catalog.data.agent.workload;
    part.lost = {
      catalog: catalog.file,
      workload: { kind: w.kind, name: w.name, ...(w.namespace !== undefined ? { namespace: w.namespace } : {}) },
      patterns: catalog.data.agent.manifests,
      position: catalog.locate(['agent', 'workload', 'name']),
    };
  }
  const uncovered = headSurface ? touchedShadows(catalog, headSurface, ctx.changed) : [];
  for (const e of uncovered)
    part.shadows.push({
      catalog: catalog.file,
      element: e,
      finding: shadowFinding(catalog, headSurface!, e, ctx.baseRef),
    });
  const found = diffSurfaces(baseSurface, headSurface, {
    pinnedHash: pinnedHashes(catalog.data),
    annotations: {
      base: autonomyAnnotations(pair.baseManifests, baseSurface),
      head: autonomyAnnotations(pair.headManifests, headSurface),
    },
    findValue: ctx.findValue,
  }).map((e) => ({ ...e, catalog: catalog.file }));
  part.events.push(...found);
  const touched = found.length > 0 || uncovered.length > 0;
  part.plan = {
    file: catalog.file,
    data: catalog.data,
    events: found,
    text: catalog.text,
    ...(headSurface && touched
      ? {
          surface: {
            head: headSurface,
            ...(baseSurface ? { base: baseSurface } : {}),
            templates: ctx.templates(),
            uncovered,
          },
        }
      : {}),
  };
  // A dismissal that names no template keeps nothing out: said where the plan may add that threat again.
  if (part.plan.surface)
    for (const u of unknownDismissals(catalog.data, ctx.templateIds()))
      part.findings.push({
        rule: DISMISSED_UNKNOWN,
        severity: 'error',
        ...catalog.locate(u.path),
        message: u.message,
        subject: u.given,
      });
  return part;
}

/**
 * The plan applied, in memory, to each catalog as it is in the working tree (what --write edits). The plan's
 * edits were made on the head's catalog; where the working tree holds other text (`--head REF` with a
 * different checkout), the same entries are re-planned on that text, found by threat id.
 */
function applyPlan(
  root: string,
  edits: readonly FileEdits[],
  inputs: ReadonlyArray<CatalogPlanInput & { text: string }>,
  stamp: ReopenStamp,
): CatalogChange[] {
  const changes: CatalogChange[] = [];
  for (const { file, edits: planned } of edits) {
    let before: string;
    try {
      before = readTextFile(join(root, file), file);
    } catch {
      throw new InputError(
        { file, line: 1, column: 1 },
        'cannot apply the re-open plan: the catalog is not in the working tree',
      );
    }
    let list: YamlEdit[] = planned;
    const input = inputs.find((i) => i.file === file);
    if (input && before !== input.text) {
      const current = loadCatalogText(before, file, join(root, file)).data as ThreatCatalog;
      list = catalogPlan(current, input, stamp).edits;
    }
    const after = applyYamlEdits(before, list);
    if (after !== before) changes.push({ file, before, after });
  }
  return changes;
}

function surfacesOf(pair: CatalogPair, baseCatalog: CatalogDoc, changed: ReadonlySet<string>) {
  const problems: Finding[] = [];
  const head = catalogSurface(pair.headManifests, pair.head.data);
  const base = pair.baseManifests.length > 0 ? catalogSurface(pair.baseManifests, baseCatalog.data) : undefined;
  // Problems are this change's business only where it changed a file.
  for (const m of pair.headManifests) {
    // An app that was not built, or a Helm chart: said for every agent the change touches (a note, not a failure).
    for (const n of m.notes ?? [])
      problems.push({ rule: MANIFEST_NOT_RENDERED, severity: 'note', ...n.position, message: n.message });
    if (!changed.has(m.file)) continue;
    for (const p of m.problems)
      problems.push({ rule: MANIFEST_RULE, severity: 'error', ...p.position, message: p.message });
  }
  for (const p of head.surfaceProblems) {
    if (changed.has(p.position.file))
      problems.push({ rule: SURFACE_RULE, severity: 'error', ...p.position, message: p.message });
  }
  return { baseSurface: base?.surface, headSurface: head.surface, problems };
}

/**
 * validate's shadow components, limited to the elements referenced from the files this change touched (at the
 * reference in a touched file).
 */
function touchedShadows(catalog: CatalogDoc, surface: AgentSurface, changed: ReadonlySet<string>): ShadowElement[] {
  const out: ShadowElement[] = [];
  for (const e of shadowElements(catalog.data, surface)) {
    const at = [e.position, ...e.alsoAt].find((p) => changed.has(p.file));
    if (at) out.push({ ...e, position: at });
  }
  return out;
}

function shadowFinding(catalog: CatalogDoc, surface: AgentSurface, e: ShadowElement, base: string): Finding {
  return {
    rule: SHADOW_RULE,
    severity: 'error',
    ...e.position,
    message: shadowMessage(e, surface, catalog.file, base),
    subject: e.subject,
  };
}

function sameFiles(a: readonly ManifestFile[], b: readonly ManifestFile[]): boolean {
  return a.length === b.length && a.every((m, i) => m === b[i]);
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
