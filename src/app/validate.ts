import type { Finding } from '../model/finding.js';
import type { CatalogContext } from '../model/workspace.js';
import { readConfig, type Config } from '../read/config.js';
import { readWorkspace } from '../read/workspace.js';
import { validateCatalogs } from '../analyse/validate.js';
import { CONFIGURABLE_IDS, UNREADABLE_INPUT } from '../analyse/registry.js';
import { planFixes, type FixChange } from '../analyse/fix-plan.js';
import { schemaFindings } from '../analyse/schema-findings.js';
import { asCatalogDoc } from '../model/catalog.js';
import { applyYamlEdits } from '../render/yaml-edit.js';
import { writeFileAtomic } from '../deliver/atomic-write.js';
import { acquireRepoLock } from '../deliver/repo-lock.js';

export interface ValidateOptions {
  root: string;
  /** `--config FILE` (relative to root); default `.threatcat.yaml` at the root, if any. */
  configPath?: string;
  /** Catalog paths (relative to root); none = every catalog the configured globs match. */
  paths: string[];
  now: Date;
  /**
   * `--fix`: first rewrite what threatcat derives (aivss blocks, dormant blast scores) in the catalogs, then
   * validate the result. Findings that need a person are left for the person.
   */
  fix?: boolean;
  /** Told when --fix waits for another run to release the repository. */
  onWait?: (message: string) => void;
}

export interface ValidateOutcome {
  config: Config;
  /** Catalog files checked (and those that could not be read), repository-relative. */
  catalogs: string[];
  findings: Finding[];
  /** Catalogs that passed the schema, as the rules saw them. */
  valid: CatalogContext[];
  /** A catalog or baseline could not be read at all (exit 2). */
  unreadable: boolean;
  /** With `fix`: what was rewritten, in file and line order (empty when every derived value was current). */
  fixed?: FixChange[];
  /** With `fix`: the catalog files written. */
  written?: string[];
}

/**
 * `threatcat validate`: the catalogs and the manifests they follow (read), the schema and the semantic rules
 * (analyse). The CLI renders the outcome; the Action and the pre-commit hook run exactly this.
 */
export function runValidate(opts: ValidateOptions): ValidateOutcome {
  const config = readConfig(opts.root, opts.configPath, { ruleIds: CONFIGURABLE_IDS });
  let ws = readWorkspace(opts.root, config, opts.paths);
  let fixed: FixChange[] | undefined;
  let written: string[] | undefined;
  if (opts.fix) {
    // Like ingest and diff --write, one writing run at a time: the fix is made on the catalogs as they are now.
    const lock = acquireRepoLock(opts.root, 'threatcat validate --fix', { onWait: opts.onWait });
    try {
      ws = readWorkspace(opts.root, config, opts.paths);
      ({ fixed, written } = applyFixes(ws.catalogs));
    } finally {
      lock.release();
    }
    // Validate what is on disk now, read afresh: the same code path as a plain `validate` after the fix.
    if (written.length > 0) ws = readWorkspace(opts.root, config, opts.paths);
  }
  const result = validateCatalogs({
    catalogs: ws.catalogs,
    today: opts.now.toISOString().slice(0, 10),
    severities: config.rules,
    acceptanceWarningDays: config.acceptanceWarningDays,
    maxEvidenceAgeDays: config.maxEvidenceAgeDays,
  });
  // A baseline ingest cannot read back would stop the next ingest: validate says so now, as unreadable input.
  const unreadable = [...ws.inputErrors, ...ws.catalogs.flatMap((c) => (c.baselineError ? [c.baselineError] : []))];
  const inputFindings: Finding[] = unreadable.map((e) => ({
    rule: UNREADABLE_INPUT,
    severity: 'error',
    ...e.position,
    message: e.message,
  }));
  return {
    config,
    catalogs: [...ws.catalogs.map((c) => c.loaded.file), ...ws.inputErrors.map((e) => e.position.file)],
    findings: [...inputFindings, ...result.findings],
    valid: result.valid,
    unreadable: unreadable.length > 0,
    ...(fixed ? { fixed, written } : {}),
  };
}

/**
 * The derived values of every schema-valid catalog, recomputed (analyse), applied to the text in memory (render)
 * and written atomically (deliver). A catalog the schema rejects is left alone: its inputs cannot be trusted.
 */
function applyFixes(catalogs: ReturnType<typeof readWorkspace>['catalogs']): { fixed: FixChange[]; written: string[] } {
  const docs = catalogs.filter((c) => schemaFindings(c.loaded).length === 0).map((c) => asCatalogDoc(c.loaded));
  const plan = planFixes(docs);
  const written: string[] = [];
  for (const fe of plan.edits) {
    const doc = docs.find((d) => d.file === fe.file)!;
    const next = applyYamlEdits(doc.text, fe.edits);
    if (next === doc.text) continue;
    writeFileAtomic(doc.absPath, next);
    written.push(doc.file);
  }
  const changes = plan.changes
    .filter((c) => written.includes(c.file))
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { fixed: changes, written };
}
