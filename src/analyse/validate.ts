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
import type { Rule, RuleHit } from './rules/rule.js';

/** How one validation judges: the same for every batch of catalogs it is given. */
export interface ValidateSettings {
  today: string;
  severities: Record<string, Severity | 'off'>;
  acceptanceWarningDays: number;
  maxEvidenceAgeDays: number;
  /** The built-in library's template ids, read when a rule first asks (see RuleContext). */
  templateIds?: () => ReadonlySet<string>;
  rules?: readonly Rule[];
}

export interface ValidateInput extends ValidateSettings {
  catalogs: readonly CatalogInput[];
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
  const run = startValidation(input, { keepValid: true });
  run.add(input.catalogs);
  return run.finish();
}

/** A validation fed catalogs a batch at a time: what `add` is given can be dropped once it returns. */
export interface Validation {
  add(catalogs: readonly CatalogInput[]): void;
  /** The findings of every batch, sorted; `valid` holds the schema-valid catalogs only with `keepValid`. */
  finish(): ValidateResult;
}

/**
 * validateCatalogs in batches, with the same findings in the same order whatever the batches: every finding is
 * placed (its position found) before its batch is dropped, and what looks across catalogs (threat ids, a manifest
 * several agents share) is carried from batch to batch in small state. Keeping every catalog's parsed tree until
 * the end made the garbage collector copy all of it over and over: a third of a bulk run.
 */
export function startValidation(settings: ValidateSettings, opts: { keepValid?: boolean } = {}): Validation {
  const findings: Finding[] = [];
  const valid: CatalogContext[] = [];
  const seenManifest = new Set<string>();
  const rules = (settings.rules ?? RULES)
    .filter((rule) => settings.severities[rule.id] !== 'off')
    .map((rule) => ({ rule, state: rule.init?.() }));
  return {
    add(catalogs) {
      const batch: Finding[] = [];
      const checked = checkedCatalogs(catalogs, batch, seenManifest, opts.keepValid ? valid : undefined);
      for (const { rule, state } of rules) {
        const hits = rule.check(
          {
            catalogs: checked,
            today: settings.today,
            acceptanceWarningDays: settings.acceptanceWarningDays,
            maxEvidenceAgeDays: settings.maxEvidenceAgeDays,
            ...(settings.templateIds ? { templateIds: settings.templateIds } : {}),
          },
          state,
        );
        for (const hit of hits) batch.push(placed(rule, hit));
      }
      for (const f of applySeverities(batch, settings.severities)) findings.push(f);
    },
    finish: () => ({ findings: findings.sort(compareFindings), valid }),
  };
}

/**
 * The schema's findings and the manifests' syntax problems (each manifest file once in the whole validation),
 * and the catalogs as the rules see them: valid ones whole, invalid ones by their sound part.
 */
function checkedCatalogs(
  catalogs: readonly CatalogInput[],
  findings: Finding[],
  seenManifest: Set<string>,
  valid: CatalogContext[] | undefined,
): CatalogContext[] {
  const checked: CatalogContext[] = [];
  for (const c of catalogs) {
    const schema = checkSchema(c.loaded);
    findings.push(...schema.findings);
    if (schema.findings.length === 0) {
      const { loaded, ...rest } = c;
      const ctx = { ...rest, catalog: asCatalogDoc(loaded) };
      valid?.push(ctx);
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
  return checked;
}

/** A rule's hit as a finding, its position found now (while its catalog is still at hand). */
function placed(rule: Rule, hit: RuleHit): Finding {
  const at = hit.at ?? hit.catalog.locate(hit.path, { key: hit.key });
  return {
    rule: rule.id,
    severity: hit.severity ?? rule.severity,
    ...at,
    message: hit.message,
    ...(hit.subject ? { subject: hit.subject } : {}),
    // A hit placed elsewhere (a manifest node) is about what it names there, not about its catalog path.
    key: hit.at ? `${hit.at.file}#${hit.subject ?? hit.message}` : stablePath(hit.catalog.data, hit.path),
  };
}

/** Entries nothing else points at: a broken one can be left out without making the rest wrong. */
const DROPPABLE = new Set(['threats', 'permissions', 'dismissed']);
const TOP_LEVEL = new Set([
  'apiVersion',
  'kind',
  'metadata',
  'agent',
  'components',
  'delegations',
  'permissions',
  'threats',
  'dismissed',
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
  // Not `loaded.locate(…)`: a rule may keep the locate after the batch (duplicate-id), and must not keep `loaded.data`.
  const locate = loaded.locate;
  return {
    file: loaded.file,
    absPath: loaded.absPath,
    text: loaded.text,
    data: pruned as unknown as ThreatCatalog,
    locate: (path, opts) => locate(original(path), opts),
  };
}
