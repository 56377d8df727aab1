import type { Finding } from '../model/finding.js';
import type { CatalogContext } from '../model/workspace.js';
import { readConfig, type Config } from '../read/config.js';
import { readWorkspace, readWorkspaceBatches, type WorkspaceBatch } from '../read/workspace.js';
import { forgetPositions } from '../read/yaml-document.js';
import { libraryTemplateIds } from '../read/library-ids.js';
import { startValidation } from '../analyse/validate.js';
import type { InputError } from '../model/input-error.js';
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
  /**
   * Keep the schema-valid catalogs for the caller (`valid`), as the Action does to render them. Without it each
   * catalog is dropped as soon as it is checked: keeping hundreds of parsed catalogs alive costs more garbage
   * collection than checking them.
   */
  keepValid?: boolean;
}

export interface ValidateOutcome {
  config: Config;
  /** Catalog files checked (and those that could not be read), repository-relative. */
  catalogs: string[];
  findings: Finding[];
  /** With `keepValid`: the catalogs that passed the schema, as the rules saw them. */
  valid?: CatalogContext[];
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
  let read: Iterable<WorkspaceBatch> | undefined;
  let fixed: FixChange[] | undefined;
  let written: string[] | undefined;
  if (opts.fix) {
    // Like ingest and diff --write, one writing run at a time: the fix is made on the catalogs as they are now.
    const lock = acquireRepoLock(opts.root, 'threatcat validate --fix', { onWait: opts.onWait });
    try {
      const ws = readWorkspace(opts.root, config, opts.paths);
      ({ fixed, written } = applyFixes(ws.catalogs));
      // Nothing written: what was read is what is on disk.
      if (written.length === 0) read = [ws];
    } finally {
      lock.release();
    }
  }
  // After a fix that wrote, what is on disk now is read afresh: the same code path as a plain `validate`.
  read ??= readWorkspaceBatches(opts.root, config, opts.paths, BATCH_SIZE);
  const validation = startValidation(
    {
      today: opts.now.toISOString().slice(0, 10),
      severities: config.rules,
      acceptanceWarningDays: config.acceptanceWarningDays,
      maxEvidenceAgeDays: config.maxEvidenceAgeDays,
      templateIds: libraryTemplateIds,
    },
    { keepValid: opts.keepValid },
  );
  const catalogs: string[] = [];
  const inputErrors: InputError[] = [];
  const baselineErrors: InputError[] = [];
  for (const batch of read) {
    validation.add(batch.catalogs);
    for (const c of batch.catalogs) {
      // The batch's findings are placed; a rule may still keep a catalog's locator, not the index it built.
      forgetPositions(c.loaded.locate);
      catalogs.push(c.loaded.file);
      if (c.baselineError) baselineErrors.push(c.baselineError);
    }
    inputErrors.push(...batch.inputErrors);
  }
  const result = validation.finish();
  // A baseline ingest cannot read back would stop the next ingest: validate says so now, as unreadable input.
  const unreadable = [...inputErrors, ...baselineErrors];
  const inputFindings: Finding[] = unreadable.map((e) => ({
    rule: UNREADABLE_INPUT,
    severity: 'error',
    ...e.position,
    message: e.message,
  }));
  return {
    config,
    catalogs: [...catalogs, ...inputErrors.map((e) => e.position.file)],
    findings: [...inputFindings, ...result.findings],
    ...(opts.keepValid ? { valid: result.valid } : {}),
    unreadable: unreadable.length > 0,
    ...(fixed ? { fixed, written } : {}),
  };
}

/**
 * Catalogs read and checked together, then dropped. Small on purpose: V8 promotes to its old generation whatever
 * outlives two young-generation collections, and checking one catalog allocates about 1 MB, mostly while it is
 * parsed. A batch of two dies young; from about four, most parsed catalogs get copied and promoted first (measured
 * on 200 catalogs of 40 threats: 12 MB promoted with 1 or 2, 28 MB with 4, 37 MB with 12, as when all are kept).
 */
const BATCH_SIZE = 2;

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
