import type { CatalogDoc, NodePath } from '../../model/catalog.js';
import type { Position, Severity } from '../../model/finding.js';
import type { CatalogContext } from '../../model/workspace.js';

export type { CatalogContext, ManifestGlob } from '../../model/workspace.js';

export interface RuleContext {
  catalogs: CatalogContext[];
  /** Today's date, YYYY-MM-DD (given, so analysis stays pure and testable). */
  today: string;
  acceptanceWarningDays: number;
  maxEvidenceAgeDays: number;
}

export interface RuleHit {
  catalog: CatalogDoc;
  path: NodePath;
  /** Point at the key rather than its value. */
  key?: boolean;
  message: string;
  subject?: string;
  /** Report the finding here (e.g. a manifest node) instead of at `path` in the catalog. */
  at?: Position;
  /**
   * This hit's severity when it is not the rule's: a finding that becomes an error on a date (a dormant permission
   * before its triage date is a warning). `.threatcat.yaml` `rules:` still overrides it.
   */
  severity?: Severity;
}

/** One semantic rule: one file in this folder, with its test in test/rules/. */
export interface Rule {
  id: string;
  severity: Severity;
  /** One line for `--help`, SARIF rule descriptions and the README table. */
  summary: string;
  /** What to do about a finding: SARIF help text, docs/findings.md. */
  help: string;
  check(ctx: RuleContext): RuleHit[];
}
