import type { Finding } from '../model/finding.js';
import type { CatalogContext } from '../model/workspace.js';
import { readConfig, type Config } from '../read/config.js';
import { readWorkspace } from '../read/workspace.js';
import { validateCatalogs } from '../analyse/validate.js';
import { CONFIGURABLE_IDS, UNREADABLE_INPUT } from '../analyse/registry.js';

export interface ValidateOptions {
  root: string;
  /** `--config FILE` (relative to root); default `.threatcat.yaml` at the root, if any. */
  configPath?: string;
  /** Catalog paths (relative to root); none = every catalog the configured globs match. */
  paths: string[];
  now: Date;
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
}

/**
 * `threatcat validate`: the catalogs and the manifests they follow (read), the schema and the semantic rules
 * (analyse). The CLI renders the outcome; the Action and the pre-commit hook run exactly this.
 */
export function runValidate(opts: ValidateOptions): ValidateOutcome {
  const config = readConfig(opts.root, opts.configPath, { ruleIds: CONFIGURABLE_IDS });
  const ws = readWorkspace(opts.root, config, opts.paths);
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
  };
}
