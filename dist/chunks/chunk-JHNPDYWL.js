import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);
import {
  VERSION
} from "./chunk-K4DCJ7CD.js";
import {
  MANIFEST_RULE,
  RULES
} from "./chunk-GUKAKK3W.js";
import {
  SCHEMA_RULE
} from "./chunk-ULZSS6X6.js";

// src/render/findings-text.ts
function renderFindingsText(findings, catalogCount) {
  const lines = findings.map((f) => `${f.file}:${f.line}:${f.column}  ${f.severity}  ${f.rule}  ${oneLine(f.message)}`);
  lines.push(summaryLine(findings, catalogCount));
  return `${lines.join("\n")}
`;
}
function summaryLine(findings, catalogCount) {
  const count = (s) => findings.filter((f) => f.severity === s).length;
  const errors = count("error");
  const warnings = count("warning");
  const notes = count("note");
  const parts = [`${errors} error${errors === 1 ? "" : "s"}`, `${warnings} warning${warnings === 1 ? "" : "s"}`];
  if (notes) parts.push(`${notes} note${notes === 1 ? "" : "s"}`);
  const checked = `${catalogCount} catalog${catalogCount === 1 ? "" : "s"} checked`;
  return `threatcat: ${checked}, ${parts.join(", ")}${errors + warnings + notes === 0 ? ": clean" : ""}`;
}
function oneLine(s) {
  return s.replace(/[\r\n]+/g, " ").replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "?");
}

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

// src/render/workflow-commands.ts
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
var LEVEL = { error: "error", warning: "warning", note: "notice" };
function renderFindingsGithub(findings) {
  return findings.map(
    (f) => `::${LEVEL[f.severity]} file=${escapeProperty(f.file)},line=${f.line},col=${f.column},title=${escapeProperty(`threatcat ${f.rule}`)}::${escapeData(f.message)}`
  ).join("\n") + (findings.length ? "\n" : "");
}

// src/render/sarif.ts
import { createHash } from "node:crypto";
var LEVEL2 = { error: "error", warning: "warning", note: "note" };
function renderSarif(findings, opts) {
  const used = new Set(findings.map((f) => f.rule));
  const rules = opts.rules.filter((r) => used.has(r.id));
  for (const id of used) {
    if (!rules.some((r) => r.id === id)) rules.push({ id, summary: id, severity: "error" });
  }
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const seen = /* @__PURE__ */ new Map();
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "threatcat",
            semanticVersion: opts.version,
            informationUri: "https://github.com/threatcat/threatcat",
            rules: rules.map((r) => ({
              id: r.id,
              name: camel(r.id),
              shortDescription: { text: r.summary.slice(0, 1024) },
              fullDescription: { text: r.summary.slice(0, 1024) },
              help: { text: r.summary, markdown: r.summary },
              ...r.helpUri ? { helpUri: r.helpUri } : {},
              defaultConfiguration: { level: LEVEL2[r.severity] },
              properties: {
                tags: ["security", "threat-model"],
                ...r.securitySeverity !== void 0 ? { "security-severity": r.securitySeverity.toFixed(1) } : {}
              }
            }))
          }
        },
        automationDetails: { id: opts.category },
        results: findings.map((f) => {
          const sev = opts.securitySeverityOf?.(f);
          const id = fingerprint(f);
          const occurrence = (seen.get(id) ?? 0) + 1;
          seen.set(id, occurrence);
          return {
            ruleId: f.rule,
            ruleIndex: index.get(f.rule),
            level: LEVEL2[f.severity],
            message: { text: f.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: encodeURI(f.file), uriBaseId: "%SRCROOT%" },
                  region: { startLine: f.line, startColumn: f.column }
                }
              }
            ],
            partialFingerprints: { primaryLocationLineHash: `${id.slice(0, 16)}:${occurrence}`, "threatcat/v1": id },
            ...sev !== void 0 ? { properties: { "security-severity": Math.max(0.1, sev).toFixed(1) } } : {}
          };
        })
      }
    ]
  };
  return `${JSON.stringify(sarif, null, 2)}
`;
}
function fingerprint(f) {
  return createHash("sha256").update(`${f.rule}\0${f.file}\0${f.key ?? f.subject ?? f.message}`).digest("hex").slice(0, 32);
}
function camel(id) {
  return id.split(/[-/]/).map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join("");
}

// src/render/findings.ts
var FINDING_FORMATS = ["text", "json", "sarif", "github"];
function knownRules() {
  return [
    { id: SCHEMA_RULE, summary: "The catalog does not conform to schema/catalog.schema.json.", severity: "error" },
    {
      id: "unreadable-input",
      summary: "A catalog or configuration file cannot be read or parsed as YAML.",
      severity: "error"
    },
    { id: MANIFEST_RULE, summary: "A manifest referenced by the agent cannot be parsed.", severity: "error" },
    ...RULES.map((r) => ({ id: r.id, summary: r.summary, severity: r.severity }))
  ];
}
function renderFindings(format, findings, catalogs) {
  switch (format) {
    case "json":
      return renderFindingsJson(findings, catalogs);
    case "github":
      return renderFindingsGithub(findings);
    case "sarif":
      return renderSarif(findings, { version: VERSION, rules: knownRules(), category: "threatcat/validate/" });
    default:
      return renderFindingsText(findings, catalogs.length);
  }
}

export {
  oneLine,
  escapeData,
  escapeProperty,
  renderSarif,
  FINDING_FORMATS,
  knownRules,
  renderFindings
};
