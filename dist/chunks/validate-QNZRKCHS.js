import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);
import {
  renderFindingsText,
  runValidate
} from "./chunk-OEAFQFMY.js";
import {
  renderFindingsGithub,
  renderSarif
} from "./chunk-DMTLNYGI.js";
import "./chunk-VBLCBRVS.js";
import "./chunk-6JOHEHEM.js";
import "./chunk-7B2WJE64.js";
import {
  VERSION
} from "./chunk-6FBPGFMV.js";
import "./chunk-2LPVWLPB.js";
import {
  parseCommandArgs,
  pickFormat
} from "./chunk-36DF5D7I.js";
import {
  EXIT
} from "./chunk-UASP5WOC.js";
import {
  resolveRoot
} from "./chunk-LTLTF5ZU.js";
import "./chunk-GFHVVTLE.js";

// src/render/findings-json.ts
function renderFindingsJson(findings, catalogs) {
  const out = {
    catalogs,
    findings: findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      file: f.file,
      line: f.line,
      column: f.column,
      message: f.message,
      ...f.subject ? { subject: f.subject } : {}
    }))
  };
  return `${JSON.stringify(out, null, 2)}
`;
}

// src/render/findings.ts
var FINDING_FORMATS = ["text", "json", "sarif", "github"];
function renderFindings(format, findings, catalogs) {
  switch (format) {
    case "json":
      return renderFindingsJson(findings, catalogs);
    case "github":
      return renderFindingsGithub(findings);
    case "sarif":
      return renderSarif(findings, { version: VERSION, category: "threatcat/validate/" });
    default:
      return renderFindingsText(findings, catalogs.length);
  }
}

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
  const out = runValidate({ root, configPath: values.config, paths: positionals, now: io.now() });
  if (out.catalogs.length === 0) {
    io.stderr(`threatcat: no catalogs found under ${root} (looked for ${out.config.catalogs.join(", ")})
`);
  }
  io.stdout(renderFindings(format, out.findings, out.catalogs));
  if (out.unreadable) return EXIT.usage;
  return out.findings.some((f) => f.severity === "error") ? EXIT.findings : EXIT.clean;
}
export {
  validateCommand
};
