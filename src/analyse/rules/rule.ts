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
  /** The built-in library's template ids: read when first asked (only a catalog's `dismissed` entries need them). */
  templateIds?: () => ReadonlySet<string>;
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

/**
 * One semantic rule: one file in this folder, with its test in test/rules/.
 *
 * validate hands the rules its catalogs a batch at a time (keeping every catalog's parsed tree alive until the end
 * made the garbage collector the largest cost of a bulk run), so `check` must not keep a catalog beyond its call.
 * A rule that looks across catalogs (a threat id unique in the repository) carries what it needs from one batch
 * to the next in `State`, made by `init`: small things only (ids, files, a `locate`), never a catalog's data.
 */
export interface Rule<State = unknown> {
  id: string;
  severity: Severity;
  /** One line for `--help`, SARIF rule descriptions and the README table. */
  summary: string;
  /** What to do about a finding: SARIF help text, docs/findings.md. */
  help: string;
  /** The state carried across batches, fresh for one validation. */
  init?(): State;
  /** Without `state` (a rule with `init` called on its own), `ctx.catalogs` is the whole set. */
  check(ctx: RuleContext, state?: State): RuleHit[];
}

/**
 * A copy of a string that shares no memory with the text it was parsed from. The parser's strings are slices of its
 * copy of the whole text, which each one keeps alive: what a rule keeps across batches must be a copy.
 */
export function detached(s: string): string {
  return JSON.parse(JSON.stringify(s));
}
