import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);
import {
  findingJson
} from "./chunk-UQTR2GOB.js";
import {
  eventFindings,
  runDiff
} from "./chunk-IFQ5LDCQ.js";
import {
  isFailing,
  renderFindingsGithub,
  renderSarif
} from "./chunk-CZJLSVD6.js";
import {
  findingLine
} from "./chunk-KIHZEFCC.js";
import "./chunk-GC3LWGRX.js";
import "./chunk-XW6MC7SD.js";
import {
  REOPEN_PENDING
} from "./chunk-3L5YRJF5.js";
import "./chunk-R645U3NT.js";
import "./chunk-2LPVWLPB.js";
import {
  VERSION
} from "./chunk-PLN32GDA.js";
import {
  EXIT,
  argumentError,
  parseCommandArgs,
  pickFailOn,
  pickFormat
} from "./chunk-RAOOECVX.js";
import {
  readConfig,
  resolveRoot
} from "./chunk-ANXZMRTR.js";
import {
  oneLine
} from "./chunk-TIATFUQ4.js";

// src/render/diff.ts
var DIFF_FORMATS = ["text", "json", "github", "sarif"];
function renderDiff(format, r, style = {}) {
  switch (format) {
    case "json":
      return renderDiffJson(r);
    case "github":
      return renderDiffGithub(r);
    case "sarif":
      return renderSarif([...r.findings, ...eventFindings(r.events, r.reopen, r.alreadyOpen)], {
        version: VERSION,
        category: "threatcat/diff/"
      });
    default:
      return renderDiffText(r, style);
  }
}
function diffJson(r) {
  return {
    base: r.base.ref,
    head: r.head.ref,
    commits: { base: r.base.commit, ...r.head.commit ? { head: r.head.commit } : {} },
    events: r.events.map((e) => ({
      type: e.type,
      direction: e.direction,
      agent: e.agent,
      catalog: e.catalog,
      file: e.file,
      line: e.line,
      column: e.column,
      subject: e.subject,
      before: e.before,
      after: e.after,
      ...e.scope.tools && e.scope.tools.length > 0 ? { tools: e.scope.tools } : {},
      ...e.type === "permissions-changed" && e.scope.identity ? { identity: e.scope.identity } : {},
      ...e.scope.added && e.scope.added.length > 0 ? { added: e.scope.added } : {},
      ...e.scope.removed && e.scope.removed.length > 0 ? { removed: e.scope.removed } : {},
      ...e.scope.wildcard ? { wildcard: true } : {},
      ...e.scope.builtinRoles && e.scope.builtinRoles.length > 0 ? { builtinRoles: e.scope.builtinRoles } : {}
    })),
    reopen: r.reopen.map((x) => ({
      catalog: x.catalog,
      threat: x.threat,
      status: x.status,
      events: x.events,
      subjects: x.subjects
    })),
    alreadyOpen: r.alreadyOpen.map((x) => ({ catalog: x.catalog, threat: x.threat, events: x.events })),
    model: r.model,
    findings: r.findings.map(findingJson),
    written: r.written,
    pending: r.pending
  };
}
function renderDiffJson(r) {
  return `${JSON.stringify(diffJson(r), null, 2)}
`;
}
function renderDiffText(r, style) {
  const lines = [];
  const headName = r.head.commit ? `${r.head.ref} (${r.head.commit.slice(0, 12)})` : r.head.ref;
  lines.push(`threatcat diff ${r.base.ref} (${r.base.commit.slice(0, 12)}) \u2192 ${headName}`);
  const changes = [...eventFindings(r.events, []), ...r.findings];
  if (changes.length > 0) lines.push("", ...changes.map((f) => findingLine(f, style)));
  if (r.reopen.length > 0) {
    lines.push("", r.written.length > 0 ? "Re-opened:" : "To re-open (run with --write to apply):");
    for (const x of r.reopen) lines.push(`  ${x.catalog}  ${x.threat} (was ${x.status})  \u2190 ${x.events.join(", ")}`);
  }
  if (r.alreadyOpen.length > 0) {
    lines.push("", "Also concerned (already open):");
    for (const x of r.alreadyOpen) lines.push(`  ${x.catalog}  ${x.threat}  \u2190 ${x.events.join(", ")}`);
  }
  if (r.model.length > 0) {
    lines.push("", r.written.length > 0 ? "Modelled:" : "To model (run with --write to apply):");
    for (const m of r.model) {
      for (const c of m.components) lines.push(`  ${m.catalog}  + ${c.category} ${c.id} (${c.subject})`);
      for (const t of m.threats) lines.push(`  ${m.catalog}  + threat ${t.id} (${t.components.join(", ")})`);
      for (const x of m.extended) lines.push(`  ${m.catalog}  ~ threat ${x.threat} gains ${x.components.join(", ")}`);
      for (const x of m.removed) lines.push(`  ${m.catalog}  - ${x.id} marked removed (${x.subject})`);
      for (const t of m.orphaned) lines.push(`  ${m.catalog}  - threat ${t} marked orphaned`);
    }
  }
  const n = r.events.length;
  const summary = `${n} surface event${n === 1 ? "" : "s"}, ${r.reopen.length} threat${r.reopen.length === 1 ? "" : "s"} ${r.written.length > 0 ? "re-opened" : "to re-open"}, ${r.findings.length} finding${r.findings.length === 1 ? "" : "s"}`;
  lines.push("", r.written.length > 0 ? `${summary}; wrote ${r.written.join(", ")}` : summary);
  return `${lines.map(oneLine).join("\n")}
`;
}
function renderDiffGithub(r) {
  return renderFindingsGithub([...r.findings, ...eventFindings(r.events, r.reopen)]);
}

// src/cli/commands/diff.ts
var SPEC = {
  name: "diff",
  help: `Usage: threatcat diff --base REF [--head REF | --staged] [--write] [-C DIR] [--format text|json|github|sarif]
                      [--fail-on error|warning|never]

Agent-surface changes between two states of the repository (read through git, nothing is checked out),
and the scoped re-open plan: which closed or accepted threats each change invalidates.
  --base REF    the state to compare with (--staged: default HEAD)
  --head REF    the changed state (default: the working tree)
  --staged      compare the index with --base (the pre-commit hook)
  --write       apply the plan: status back to open, with a reopened record (event, ref, at, subject)
Events: mcp-connection-added, mcp-connection-removed, model-version-updated, tool-surface-modified,
autonomy-tier-changed, permissions-changed (docs/diff.md; the re-open table: docs/reopen.md).
  --fail-on     which findings fail the check (exit 1): error (default), warning, never
Exit: 0 nothing to re-open (or --write applied it), 1 threats still to re-open or a failing finding,
2 usage error or unreadable input.
`
};
async function diffCommand(argv, io) {
  const { values, positionals } = parseCommandArgs(SPEC, argv, {
    base: { type: "string" },
    head: { type: "string" },
    staged: { type: "boolean" },
    write: { type: "boolean" },
    "fail-on": { type: "string" }
  });
  if (values.help) {
    io.stdout(SPEC.help);
    return EXIT.clean;
  }
  if (positionals.length > 0)
    throw argumentError(SPEC, `takes no paths (got '${positionals[0]}'); use -C DIR for the repository`);
  const format = pickFormat(SPEC, values.format, DIFF_FORMATS, "text");
  const failOn = pickFailOn(SPEC, values["fail-on"]);
  if (values.base === void 0 && !values.staged) throw argumentError(SPEC, "needs --base REF (or --staged)");
  if (values.staged && values.head !== void 0) throw argumentError(SPEC, "--staged and --head cannot be combined");
  const root = resolveRoot(values.C);
  const config = readConfig(root, values.config);
  const result = await runDiff({
    root,
    config,
    base: values.base ?? "HEAD",
    head: values.head,
    staged: values.staged,
    write: values.write,
    now: io.now(),
    onWait: (m) => io.stderr(`threatcat: ${m}
`)
  });
  for (const e of result.inputErrors) io.stderr(`${e.toString()}
`);
  io.stdout(renderDiff(format, result, { color: io.color }));
  if (result.inputErrors.length > 0) return EXIT.usage;
  const pending = result.pending ? result.reopen.map((r) => ({
    rule: REOPEN_PENDING,
    severity: "error",
    file: r.catalog,
    line: 1,
    column: 1,
    message: `${r.threat} is re-opened by ${r.events.join(", ")}`
  })) : [];
  return isFailing([...result.findings, ...pending], failOn) ? EXIT.findings : EXIT.clean;
}
export {
  diffCommand
};
