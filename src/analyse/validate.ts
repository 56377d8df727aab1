import type { Finding, Severity } from '../model/finding.js';
import { compareFindings } from '../model/finding.js';
import type { ManifestFile } from '../model/manifest.js';
import type { LoadedCatalog } from '../read/catalog-file.js';
import { asCatalogDoc } from '../read/catalog-file.js';
import { schemaFindings } from './schema-findings.js';
import { RULES } from './rules/index.js';
import type { CatalogContext, ManifestGlob, Rule } from './rules/rule.js';

export interface ValidateInput {
  catalogs: Array<{ loaded: LoadedCatalog; globs: ManifestGlob[]; manifests: ManifestFile[] }>;
  today: string;
  severities: Record<string, Severity | 'off'>;
  acceptanceWarningDays: number;
  maxEvidenceAgeDays: number;
  rules?: readonly Rule[];
}

export interface ValidateResult {
  findings: Finding[];
  /** Catalogs that passed the schema (the semantic rules ran on these). */
  valid: CatalogContext[];
}

export const MANIFEST_RULE = 'manifest-syntax';

/** Schema, then the semantic rules over every catalog that passed it. Pure. */
export function validateCatalogs(input: ValidateInput): ValidateResult {
  const findings: Finding[] = [];
  const valid: CatalogContext[] = [];
  const severityOf = (rule: string, fallback: Severity): Severity | 'off' => input.severities[rule] ?? fallback;
  const seenManifest = new Set<string>();
  for (const c of input.catalogs) {
    const schema = schemaFindings(c.loaded);
    findings.push(...schema);
    if (schema.length === 0) valid.push({ catalog: asCatalogDoc(c.loaded), globs: c.globs, manifests: c.manifests });
    for (const m of c.manifests) {
      if (seenManifest.has(m.file)) continue;
      seenManifest.add(m.file);
      for (const p of m.problems) {
        findings.push({ rule: MANIFEST_RULE, severity: 'error', ...p.position, message: p.message });
      }
    }
  }
  for (const rule of input.rules ?? RULES) {
    const severity = severityOf(rule.id, rule.severity);
    if (severity === 'off') continue;
    const hits = rule.check({
      catalogs: valid, today: input.today,
      acceptanceWarningDays: input.acceptanceWarningDays, maxEvidenceAgeDays: input.maxEvidenceAgeDays,
    });
    for (const hit of hits) {
      const at = hit.at ?? hit.catalog.locate(hit.path, { key: hit.key });
      findings.push({ rule: rule.id, severity, ...at, message: hit.message, ...(hit.subject ? { subject: hit.subject } : {}) });
    }
  }
  const schemaSeverity = input.severities.schema;
  return {
    findings: findings
      .filter((f) => !(f.rule === 'schema' && schemaSeverity === 'off'))
      .sort(compareFindings),
    valid,
  };
}
