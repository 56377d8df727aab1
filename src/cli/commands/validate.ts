import type { Io } from '../io.js';
import { EXIT } from '../io.js';
import { parseCommandArgs, pickFormat } from '../args.js';
import { readConfig } from '../../read/config.js';
import { readWorkspace, resolveRoot } from '../../read/workspace.js';
import { MANIFEST_RULE, validateCatalogs } from '../../analyse/validate.js';
import { SCHEMA_RULE } from '../../analyse/schema-findings.js';
import { RULES } from '../../analyse/rules/index.js';
import type { Finding } from '../../model/finding.js';
import { renderFindings, FINDING_FORMATS } from '../../render/findings.js';

const HELP = `Usage: threatcat validate [PATH...] [-C DIR] [--format text|json|sarif|github] [--config FILE]

Checks catalogs against schema/catalog.schema.json and the semantic rules.
Without PATH, every catalog matching the configured globs under DIR (default **/*.threats.yaml).
PATH and --config are relative to DIR (like git -C). Configuration: DIR/.threatcat.yaml.
Exit: 0 clean (warnings allowed), 1 an error-severity finding, 2 usage error or unreadable input.
`;

export async function validateCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {});
  if (values.help) {
    io.stdout(HELP);
    return EXIT.clean;
  }
  const format = pickFormat(values.format, FINDING_FORMATS, 'text');
  const root = resolveRoot(values.C);
  const config = readConfig(root, values.config, { ruleIds: [SCHEMA_RULE, MANIFEST_RULE, ...RULES.map((r) => r.id)] });
  const ws = readWorkspace(root, config, positionals);
  const result = validateCatalogs({
    catalogs: ws.catalogs,
    today: io.now().toISOString().slice(0, 10),
    severities: config.rules,
    acceptanceWarningDays: config.acceptanceWarningDays,
    maxEvidenceAgeDays: config.maxEvidenceAgeDays,
  });
  // A baseline ingest cannot read back would stop the next ingest: validate says so now, as unreadable input.
  const unreadable = [...ws.inputErrors, ...ws.catalogs.flatMap((c) => (c.baselineError ? [c.baselineError] : []))];
  const inputFindings: Finding[] = unreadable.map((e) => ({
    rule: 'unreadable-input',
    severity: 'error',
    ...e.position,
    message: e.message,
  }));
  const findings = [...inputFindings, ...result.findings];
  const catalogs = [...ws.catalogs.map((c) => c.loaded.file), ...ws.inputErrors.map((e) => e.position.file)];
  if (ws.catalogs.length === 0 && ws.inputErrors.length === 0) {
    io.stderr(`threatcat: no catalogs found under ${root} (looked for ${config.catalogs.join(', ')})\n`);
  }
  io.stdout(renderFindings(format, findings, catalogs));
  if (unreadable.length > 0) return EXIT.usage;
  return findings.some((f) => f.severity === 'error') ? EXIT.findings : EXIT.clean;
}
