import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);
import {
  renderFindingsJson
} from "./chunk-UQTR2GOB.js";
import {
  runValidate
} from "./chunk-L4XXUD63.js";
import {
  isFailing,
  renderFindingsGithub,
  renderSarif
} from "./chunk-CZJLSVD6.js";
import {
  renderFindingsText
} from "./chunk-KIHZEFCC.js";
import "./chunk-XW6MC7SD.js";
import "./chunk-3L5YRJF5.js";
import "./chunk-2LPVWLPB.js";
import {
  VERSION
} from "./chunk-PLN32GDA.js";
import {
  EXIT,
  parseCommandArgs,
  pickFailOn,
  pickFormat
} from "./chunk-RAOOECVX.js";
import {
  resolveRoot
} from "./chunk-ANXZMRTR.js";
import {
  oneLine
} from "./chunk-TIATFUQ4.js";

// src/render/findings.ts
var FINDING_FORMATS = ["text", "json", "sarif", "github"];
function renderFindings(format, findings, catalogs, style = {}) {
  switch (format) {
    case "json":
      return renderFindingsJson(findings, catalogs);
    case "github":
      return renderFindingsGithub(findings);
    case "sarif":
      return renderSarif(findings, { version: VERSION, category: "threatcat/validate/" });
    default:
      return renderFindingsText(findings, catalogs.length, style);
  }
}

// src/render/fix-report.ts
function renderFixes(changes, written) {
  if (changes.length === 0) return "threatcat: --fix: every derived value is current; nothing rewritten\n";
  const lines = changes.map(
    (c) => `${c.file}:${c.line}  ${oneLine(c.subject)}  ${c.field}: ${oneLine(c.old)} \u2192 ${oneLine(c.new)}`
  );
  lines.push(
    `threatcat: --fix: ${changes.length} derived value${changes.length === 1 ? "" : "s"} rewritten in ${written.length} catalog${written.length === 1 ? "" : "s"}`
  );
  return `${lines.join("\n")}
`;
}

// src/cli/commands/validate.ts
var SPEC = {
  name: "validate",
  help: `Usage: threatcat validate [PATH...] [--fix] [-C DIR] [--format text|json|sarif|github] [--config FILE]
                          [--fail-on error|warning|never]

Checks catalogs against schema/catalog.schema.json and the semantic rules.
Without PATH, every catalog matching the configured globs under DIR (default **/*.threats.yaml).
PATH and --config are relative to DIR (like git -C). Configuration: DIR/.threatcat.yaml.

  --fix      first rewrite what threatcat derives, in place (comments, key order and every other byte kept;
             atomic; a second run changes nothing): each threat's aivss block (score, severity, vector) from its
             cvss and agent.aivss, and each dormant permission's blast score. Prints what it changed
             (file:line, threat, old \u2192 new; on stderr with --format json|sarif|github), then validates.
             Findings that need a person are left for the person. The pre-commit hook only checks: run
             --fix yourself after editing factors or CVSS bases.
  --fail-on  which findings fail the check (exit 1): error (default), warning (errors and warnings), never.
Exit: 0 clean (warnings allowed), 1 a finding that fails the check, 2 usage error or unreadable input.
`
};
async function validateCommand(argv, io) {
  const { values, positionals } = parseCommandArgs(SPEC, argv, {
    fix: { type: "boolean" },
    "fail-on": { type: "string" }
  });
  if (values.help) {
    io.stdout(SPEC.help);
    return EXIT.clean;
  }
  const format = pickFormat(SPEC, values.format, FINDING_FORMATS, "text");
  const failOn = pickFailOn(SPEC, values["fail-on"]);
  const root = resolveRoot(values.C);
  const out = runValidate({
    root,
    configPath: values.config,
    paths: positionals,
    now: io.now(),
    fix: Boolean(values.fix),
    onWait: (m) => io.stderr(`threatcat: ${m}
`)
  });
  if (out.catalogs.length === 0) {
    io.stderr(`threatcat: no catalogs found under ${root} (looked for ${out.config.catalogs.join(", ")})
`);
  }
  if (out.fixed) {
    const fixes = renderFixes(out.fixed, out.written ?? []);
    if (format === "text") io.stdout(fixes);
    else io.stderr(fixes);
  }
  io.stdout(renderFindings(format, out.findings, out.catalogs, { color: io.color }));
  if (out.unreadable) return EXIT.usage;
  return isFailing(out.findings, failOn) ? EXIT.findings : EXIT.clean;
}
export {
  validateCommand
};
