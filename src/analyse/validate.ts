import type { Finding, Severity } from '../model/finding.js';
import { compareFindings } from '../model/finding.js';
import {
  asCatalogDoc,
  type CatalogDoc,
  type LoadedCatalog,
  type NodePath,
  type ThreatCatalog,
} from '../model/catalog.js';
import validateCatalog from '../generated/catalog-validator.js';
import { checkSchema, stablePath } from './schema-findings.js';
import { RULES } from './rules/index.js';
import { applySeverities } from './registry.js';
import { MANIFEST_NOT_RENDERED, MANIFEST_RULE } from './finding-ids.js';
import type { CatalogContext, CatalogInput } from '../model/workspace.js';
import type { Rule } from './rules/rule.js';

export interface ValidateInput {
  catalogs: readonly CatalogInput[];
  today: string;
  severities: Record<string, Severity | 'off'>;
  acceptanceWarningDays: number;
  maxEvidenceAgeDays: number;
  rules?: readonly Rule[];
}

export interface ValidateResult {
  findings: Finding[];
  /** Catalogs that passed the schema (the semantic rules ran on these, and on the sound part of the others). */
  valid: CatalogContext[];
}

export { MANIFEST_RULE } from './finding-ids.js';

/**
 * Schema, then the semantic rules. Pure. A catalog that fails the schema still gets the semantic rules on its
 * sound part (see soundPart), so one pass shows every problem instead of one layer at a time.
 * Severities from the configuration apply to every rule, `schema` and `manifest-syntax` included.
 */
export function validateCatalogs(input: ValidateInput): ValidateResult {
  const findings: Finding[] = [];
  const valid: CatalogContext[] = [];
  const checked: CatalogContext[] = [];
  const seenManifest = new Set<string>();
  for (const c of input.catalogs) {
    const schema = checkSchema(c.loaded);
    findings.push(...schema.findings);
    if (schema.findings.length === 0) {
      const { loaded, ...rest } = c;
      const ctx = { ...rest, catalog: asCatalogDoc(loaded) };
      valid.push(ctx);
      checked.push(ctx);
    } else {
      const sound = soundPart(c.loaded, schema.paths);
      if (sound) {
        const { loaded, ...rest } = c;
        checked.push({ ...rest, catalog: sound });
      }
    }
    for (const m of c.manifests) {
      // Files read only to follow a reference belong to whoever owns them: their problems are not this agent's.
      if (m.reference || seenManifest.has(m.file)) continue;
      seenManifest.add(m.file);
      for (const p of m.problems) {
        findings.push({ rule: MANIFEST_RULE, severity: 'error', ...p.position, message: p.message });
      }
      for (const n of m.notes ?? []) {
        findings.push({ rule: MANIFEST_NOT_RENDERED, severity: 'note', ...n.position, message: n.message });
      }
    }
  }
  for (const rule of input.rules ?? RULES) {
    if (input.severities[rule.id] === 'off') continue;
    const hits = rule.check({
      catalogs: checked,
      today: input.today,
      acceptanceWarningDays: input.acceptanceWarningDays,
      maxEvidenceAgeDays: input.maxEvidenceAgeDays,
    });
    for (const hit of hits) {
      const at = hit.at ?? hit.catalog.locate(hit.path, { key: hit.key });
      findings.push({
        rule: rule.id,
        severity: hit.severity ?? rule.severity,
        ...at,
        message: hit.message,
        ...(hit.subject ? { subject: hit.subject } : {}),
        // A hit placed elsewhere (a manifest node) is about what it names there, not about its catalog path.
        key: hit.at ? `${hit.at.file}#${hit.subject ?? hit.message}` : stablePath(hit.catalog.data, hit.path),
      });
    }
  }
  return { findings: applySeverities(findings, input.severities).sort(compareFindings), valid };
}

/** Entries nothing else points at: a broken one can be left out without making the rest wrong. */
const DROPPABLE = new Set(['threats', 'permissions']);
const TOP_LEVEL = new Set([
  'apiVersion',
  'kind',
  'metadata',
  'agent',
  'components',
  'delegations',
  'permissions',
  'threats',
]);

/**
 * The part of a schema-invalid catalog the semantic rules can trust: without unknown top-level keys and without
 * the threats and permission entries that have errors, if what remains passes the schema. Components, delegations,
 * metadata and agent are referenced by the rest, so an error there leaves nothing sound (undefined).
 * Positions still point into the original text: list indexes are mapped back.
 */
export function soundPart(loaded: LoadedCatalog, errorPaths: NodePath[]): CatalogDoc | undefined {
  const data = loaded.data as Record<string, unknown>;
  const drop = new Map<string, Set<number>>();
  const unknownKeys = new Set<string>();
  for (const path of errorPaths) {
    const [section, index] = path;
    if (path.length === 1 && typeof section === 'string' && !TOP_LEVEL.has(section)) {
      unknownKeys.add(section);
    } else if (typeof section === 'string' && DROPPABLE.has(section) && typeof index === 'number') {
      drop.set(section, (drop.get(section) ?? new Set()).add(index));
    } else {
      return undefined;
    }
  }
  const pruned: Record<string, unknown> = {};
  const indexMaps = new Map<string, number[]>();
  for (const [k, v] of Object.entries(data)) {
    if (unknownKeys.has(k)) continue;
    const dropped = drop.get(k);
    if (dropped && Array.isArray(v)) {
      const kept = v.map((_, i) => i).filter((i) => !dropped.has(i));
      indexMaps.set(k, kept);
      pruned[k] = kept.map((i) => v[i]);
    } else {
      pruned[k] = v;
    }
  }
  if (!validateCatalog(pruned)) return undefined;
  const original = (path: NodePath): NodePath => {
    const map = typeof path[0] === 'string' ? indexMaps.get(path[0]) : undefined;
    return map && typeof path[1] === 'number' ? [path[0], map[path[1]], ...path.slice(2)] : path;
  };
  return {
    file: loaded.file,
    absPath: loaded.absPath,
    text: loaded.text,
    data: pruned as unknown as ThreatCatalog,
    locate: (path, opts) => loaded.locate(original(path), opts),
  };
}
