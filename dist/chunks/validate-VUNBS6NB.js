import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);
import {
  FINDING_FORMATS,
  renderFindings
} from "./chunk-JHNPDYWL.js";
import "./chunk-K4DCJ7CD.js";
import {
  MANIFEST_RULE,
  RULES,
  validateCatalogs
} from "./chunk-GUKAKK3W.js";
import "./chunk-XXYWZDC5.js";
import "./chunk-6JOHEHEM.js";
import {
  SCHEMA_RULE,
  readConfig
} from "./chunk-ULZSS6X6.js";
import "./chunk-FLO6DFG2.js";
import "./chunk-2LPVWLPB.js";
import {
  parseCommandArgs,
  pickFormat
} from "./chunk-36DF5D7I.js";
import {
  EXIT
} from "./chunk-UASP5WOC.js";
import {
  readWorkspace,
  resolveRoot
} from "./chunk-VSXJMICF.js";
import "./chunk-2AQNGLJS.js";
import "./chunk-GFHVVTLE.js";

// src/cli/commands/validate.ts
var HELP = `Usage: threatcat validate [PATH...] [-C DIR] [--format text|json|sarif|github] [--config FILE]

Checks catalogs against schema/catalog.schema.json and the semantic rules.
Without PATH, every catalog matching the configured globs under DIR (default **/*.threats.yaml).
PATH and --config are relative to DIR (like git -C). Configuration: DIR/.threatcat.yaml.
Exit: 0 clean (warnings allowed), 1 an error-severity finding, 2 usage error or unreadable input.
`;
async function validateCommand(argv, io) {
  const { values, positionals } = parseCommandArgs(argv, {});
  if (values.help) {
    io.stdout(HELP);
    return EXIT.clean;
  }
  const format = pickFormat(values.format, FINDING_FORMATS, "text");
  const root = resolveRoot(values.C);
  const config = readConfig(root, values.config, { ruleIds: [SCHEMA_RULE, MANIFEST_RULE, ...RULES.map((r) => r.id)] });
  const ws = readWorkspace(root, config, positionals);
  const result = validateCatalogs({
    catalogs: ws.catalogs,
    today: io.now().toISOString().slice(0, 10),
    severities: config.rules,
    acceptanceWarningDays: config.acceptanceWarningDays,
    maxEvidenceAgeDays: config.maxEvidenceAgeDays
  });
  const unreadable = [...ws.inputErrors, ...ws.catalogs.flatMap((c) => c.baselineError ? [c.baselineError] : [])];
  const inputFindings = unreadable.map((e) => ({
    rule: "unreadable-input",
    severity: "error",
    ...e.position,
    message: e.message
  }));
  const findings = [...inputFindings, ...result.findings];
  const catalogs = [...ws.catalogs.map((c) => c.loaded.file), ...ws.inputErrors.map((e) => e.position.file)];
  if (ws.catalogs.length === 0 && ws.inputErrors.length === 0) {
    io.stderr(`threatcat: no catalogs found under ${root} (looked for ${config.catalogs.join(", ")})
`);
  }
  io.stdout(renderFindings(format, findings, catalogs));
  if (unreadable.length > 0) return EXIT.usage;
  return findings.some((f) => f.severity === "error") ? EXIT.findings : EXIT.clean;
}
export {
  validateCommand
};
