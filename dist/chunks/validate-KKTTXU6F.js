import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);
import {
  renderFindingsJson
} from "./chunk-UQTR2GOB.js";
import {
  renderFindingsText,
  runValidate
} from "./chunk-BNEJJMU5.js";
import {
  isFailing,
  renderFindingsGithub,
  renderSarif
} from "./chunk-3ECZ4EGF.js";
import "./chunk-6CCRUUDW.js";
import "./chunk-6JOHEHEM.js";
import "./chunk-QUCYGRCZ.js";
import {
  VERSION
} from "./chunk-IYDCQJHF.js";
import "./chunk-2LPVWLPB.js";
import {
  parseCommandArgs,
  pickFailOn,
  pickFormat
} from "./chunk-C66YIYOP.js";
import {
  EXIT
} from "./chunk-UASP5WOC.js";
import {
  resolveRoot
} from "./chunk-QTHQXRDJ.js";
import "./chunk-GFHVVTLE.js";

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
                          [--fail-on error|warning|never]

Checks catalogs against schema/catalog.schema.json and the semantic rules.
Without PATH, every catalog matching the configured globs under DIR (default **/*.threats.yaml).
PATH and --config are relative to DIR (like git -C). Configuration: DIR/.threatcat.yaml.
--fail-on  which findings fail the check (exit 1): error (default), warning (errors and warnings), never.
Exit: 0 clean (warnings allowed), 1 a finding that fails the check, 2 usage error or unreadable input.
`;
async function validateCommand(argv, io) {
  const { values, positionals } = parseCommandArgs(argv, { "fail-on": { type: "string" } });
  if (values.help) {
    io.stdout(HELP);
    return EXIT.clean;
  }
  const format = pickFormat(values.format, FINDING_FORMATS, "text");
  const failOn = pickFailOn(values["fail-on"]);
  const root = resolveRoot(values.C);
  const out = runValidate({ root, configPath: values.config, paths: positionals, now: io.now() });
  if (out.catalogs.length === 0) {
    io.stderr(`threatcat: no catalogs found under ${root} (looked for ${out.config.catalogs.join(", ")})
`);
  }
  io.stdout(renderFindings(format, out.findings, out.catalogs));
  if (out.unreadable) return EXIT.usage;
  return isFailing(out.findings, failOn) ? EXIT.findings : EXIT.clean;
}
export {
  validateCommand
};
