import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);
import {
  htmlTemplate,
  markdownTemplate
} from "./chunk-HZNK3MZO.js";
import {
  mermaidLabel
} from "./chunk-43IZAZCS.js";
import {
  daysUntil
} from "./chunk-XW6MC7SD.js";
import {
  baselineConvergence,
  readConfig,
  schemaFindings
} from "./chunk-F4M7XOMD.js";
import {
  PROVISIONAL_VERSIONS,
  aars,
  formatScore,
  threatAivss
} from "./chunk-2LPVWLPB.js";
import {
  EXIT,
  parseCommandArgs,
  pickFormat
} from "./chunk-JLX7FBVX.js";
import {
  packageRoot,
  readWorkspace,
  resolveRoot,
  writeFileAtomic
} from "./chunk-EF3ZPZHT.js";
import "./chunk-DYLYBFTT.js";

// src/app/report.ts
import { resolve } from "node:path";

// src/analyse/report.ts
function buildReport(input) {
  return input.catalogs.map(
    ({ file, data, baseline }) => reportCatalog(file, data, baseline, input.today, input.acceptanceWarningDays)
  );
}
function reportCatalog(file, c, baseline, today, warningDays) {
  const profile = c.agent.aivss;
  const threats = c.threats.map((t) => reportThreat(t, profile, today)).sort(byScore);
  const counts = { open: 0, closed: 0, accepted: 0 };
  for (const t of threats) counts[t.status]++;
  const openBy = (id) => threats.filter((t) => t.status === "open" && t.components.includes(id)).length;
  const dormant = [];
  let daysObserved = null;
  const acceptances = [];
  const baselineDays = baseline?.from && baseline.to ? wholeDays(baseline) : null;
  for (const p of c.permissions ?? []) {
    if (p.observedWindow) daysObserved = Math.max(daysObserved ?? 0, wholeDays(p.observedWindow));
    for (const d of p.dormant) {
      const permission = `${d.verb} ${d.apiGroup ? `${d.apiGroup}/` : ""}${d.resource}${d.resourceNames?.length ? ` (${d.resourceNames.join(", ")})` : ""}`;
      dormant.push({
        identity: p.identity,
        permission,
        namespace: d.namespace,
        blast: d.blast,
        disposition: d.disposition,
        wildcard: d.wildcard ?? false
      });
      if (d.disposition === "accepted" && d.acceptance?.reReviewBy) {
        acceptances.push({
          subject: `${p.identity} ${permission}`,
          what: "dormant permission",
          by: d.acceptance.by,
          reReviewBy: d.acceptance.reReviewBy,
          days: daysUntil(today, d.acceptance.reReviewBy)
        });
      }
    }
  }
  dormant.sort((a, b) => b.blast - a.blast || a.permission.localeCompare(b.permission));
  for (const t of threats) {
    if (t.declaredStatus === "accepted" && t.acceptance?.reReviewBy) {
      acceptances.push({
        subject: t.id,
        what: "threat",
        by: t.acceptance.by,
        reReviewBy: t.acceptance.reReviewBy,
        days: daysUntil(today, t.acceptance.reReviewBy)
      });
    }
  }
  const dueAcceptances = acceptances.filter((a) => a.days <= warningDays).sort((a, b) => a.days - b.days || a.subject.localeCompare(b.subject));
  const observed = daysObserved !== null || baselineDays !== null || c.threats.some((t) => t.evidence.some((e) => e.validated || e.fired));
  const gaps = [];
  let validatedSignals = 0;
  let firedSignals = 0;
  let signals = 0;
  for (const t of c.threats) {
    for (const e of t.evidence) {
      signals++;
      if (e.validated) validatedSignals++;
      if (e.fired) firedSignals++;
      if (observed && t.status === "open" && !e.validated && !e.fired)
        gaps.push({ threat: t.id, source: e.source, signal: e.signal.description });
    }
  }
  const window = [daysObserved, baselineDays].filter((d) => d !== null);
  return {
    file,
    agent: c.agent.name,
    namespace: c.agent.workload.namespace,
    workload: `${c.agent.workload.kind} ${c.agent.workload.namespace}/${c.agent.workload.name}`,
    autonomyTier: c.agent.autonomyTier,
    aivssVersion: profile.version,
    provisional: PROVISIONAL_VERSIONS.has(profile.version),
    aars: aars(profile.factors),
    counts,
    threats,
    components: c.components.map((x) => ({
      id: x.id,
      category: x.category,
      source: `${x.trustSource.kind} ${x.trustSource.name}`,
      openThreats: openBy(x.id)
    })),
    delegations: (c.delegations ?? []).map((d) => ({
      id: d.id,
      to: `${d.to.namespace ? `${d.to.namespace}/` : ""}${d.to.agent}`,
      direction: d.direction ?? "outbound",
      openThreats: openBy(d.id)
    })),
    dormant,
    daysObserved: window.length > 0 ? Math.max(...window) : null,
    observed,
    baseline: baseline?.convergence ?? { state: "none", reason: "no baseline yet: run threatcat ingest --write" },
    gaps,
    signals,
    validatedSignals,
    firedSignals,
    acceptances: dueAcceptances
  };
}
function reportThreat(t, profile, today) {
  const expired = t.status === "accepted" && (!t.acceptance?.reReviewBy || daysUntil(today, t.acceptance.reReviewBy) < 0);
  return {
    id: t.id,
    title: t.title,
    status: expired ? "open" : t.status,
    declaredStatus: t.status,
    class: t.class,
    layer: t.layer,
    layers: t.layers ?? [],
    owasp: t.owasp ?? [],
    components: t.components,
    aivss: threatAivss(t, profile),
    signals: t.evidence.length,
    validatedSignals: t.evidence.filter((e) => e.validated).length,
    ...t.acceptance ? { acceptance: { ...t.acceptance, expired } } : {}
  };
}
function wholeDays(w) {
  const days = Math.floor((Date.parse(w.to) - Date.parse(w.from)) / 864e5);
  return Number.isFinite(days) ? Math.max(0, days) : 0;
}
function byScore(a, b) {
  const sa = a.aivss?.score ?? -1;
  const sb = b.aivss?.score ?? -1;
  return sb - sa || a.id.localeCompare(b.id);
}

// src/render/report-html.ts
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
function mermaidBundlePath() {
  return join(packageRoot(), "dist", "vendor", "mermaid.min.js");
}
function renderReportHtml(view) {
  const path = mermaidBundlePath();
  if (!existsSync(path)) {
    throw new Error(`the HTML report needs ${path}, which \`npm run build\` writes from the mermaid package`);
  }
  const mermaidJs = readFileSync(path, "utf8").replace(/<\/(script)/gi, "<\\/$1");
  return htmlTemplate("report.html.hbs")({ ...view, mermaidJs });
}

// src/render/report-json.ts
function renderReportJson(report) {
  const out = {
    catalogs: report.map((r) => ({
      file: r.file,
      agent: r.agent,
      aars: r.aars,
      counts: { open: r.counts.open, closed: r.counts.closed, accepted: r.counts.accepted },
      dormant: r.dormant.length,
      threats: r.threats.map((t) => ({
        id: t.id,
        title: t.title,
        status: t.status,
        class: t.class,
        layer: t.layer,
        aivss: t.aivss ? { score: t.aivss.score, severity: t.aivss.severity, vector: t.aivss.vector } : null
      }))
    }))
  };
  return `${JSON.stringify(out, null, 2)}
`;
}

// src/render/report-markdown.ts
function renderReportMarkdown(view) {
  return markdownTemplate("report.md.hbs")(view);
}

// src/render/mermaid.ts
var label = (text) => mermaidLabel(text, 160);
function componentsDiagram(r) {
  const lines = ["flowchart TB"];
  lines.push(`  agent(["${label(r.agent)}<br/>${label(r.workload)}<br/>autonomy: ${label(r.autonomyTier)}"])`);
  const categories = ["inference", "mcp-tool", "rag-memory", "identity", "runtime"];
  const ids = /* @__PURE__ */ new Map();
  categories.forEach((cat, ci) => {
    const members = r.components.filter((c) => c.category === cat);
    if (members.length === 0) return;
    lines.push(`  subgraph cat${ci}["${cat}"]`);
    lines.push("    direction TB");
    const memberIds = members.map((c) => {
      const id = `c${ids.size}`;
      ids.set(c.id, id);
      const open = c.openThreats === 0 ? "no open threat" : `${c.openThreats} open threat${c.openThreats === 1 ? "" : "s"}`;
      lines.push(`    ${id}["${label(c.id)}<br/>${label(c.source)}<br/>${open}"]`);
      return id;
    });
    if (memberIds.length > 1) lines.push(`    ${memberIds.join(" ~~~ ")}`);
    lines.push("  end");
    lines.push(`  agent --> cat${ci}`);
  });
  r.delegations.forEach((d, i) => {
    const id = `d${i}`;
    lines.push(`  ${id}[["${label(d.to)}<br/>${d.openThreats} open threat${d.openThreats === 1 ? "" : "s"}"]]`);
    lines.push(d.direction === "inbound" ? `  ${id} -. delegates .-> agent` : `  agent -. delegates .-> ${id}`);
  });
  const withOpen = [...ids].filter(([cid]) => (r.components.find((c) => c.id === cid)?.openThreats ?? 0) > 0).map(([, id]) => id);
  lines.push("  classDef open fill:#fdecea,stroke:#c0392b,color:#222");
  lines.push("  classDef quiet fill:#eef6ee,stroke:#2e7d32,color:#222");
  if (withOpen.length > 0) lines.push(`  class ${withOpen.join(",")} open`);
  const quiet = [...ids.values()].filter((id) => !withOpen.includes(id));
  if (quiet.length > 0) lines.push(`  class ${quiet.join(",")} quiet`);
  return `${lines.join("\n")}
`;
}

// src/render/report-view.ts
function reportView(report, opts) {
  const totals = { catalogs: report.length, open: 0, closed: 0, accepted: 0, dormant: 0 };
  for (const r of report) {
    totals.open += r.counts.open;
    totals.closed += r.counts.closed;
    totals.accepted += r.counts.accepted;
    totals.dormant += r.dormant.length;
  }
  return {
    generated: opts.generated,
    today: opts.today,
    totals,
    catalogs: report.map((r) => ({
      ...r,
      diagram: componentsDiagram(r),
      observation: [
        r.daysObserved !== null ? `${r.daysObserved} day${r.daysObserved === 1 ? "" : "s"} observed` : r.observed ? "runtime evidence ingested, no observation window recorded" : "no runtime evidence ingested yet (Day 1 hypothesis)",
        // An empty baseline says nothing the days observed do not.
        ...r.baseline.state === "learning" || r.baseline.state === "converged" ? [`baseline ${r.baseline.state} (${r.baseline.reason})`] : []
      ].join("; "),
      provisionalNote: r.provisional ? " (provisional: the v0.8 formula is reconstructed, not from the published PDF)" : "",
      threatRows: r.threats.map((t) => ({
        ...t,
        score: t.aivss ? formatScore(t.aivss.score) : "n/a",
        severity: t.aivss ? t.aivss.severity : "n/a",
        vector: t.aivss ? t.aivss.vector : "no CVSS base",
        layerText: t.layer === "cross-layer" && t.layers.length > 0 ? `cross-layer (${t.layers.join("+")})` : t.layer,
        owaspText: t.owasp.join(", ")
      }))
    }))
  };
}

// src/app/report.ts
var REPORT_FORMATS = ["markdown", "html", "json"];
function runReport(opts) {
  const config = readConfig(opts.root, opts.configPath);
  const ws = readWorkspace(opts.root, config, opts.paths);
  const baselineWarnings = ws.catalogs.flatMap((c) => c.baselineError ? [c.baselineError] : []);
  const invalid = ws.catalogs.flatMap((c) => schemaFindings(c.loaded));
  if (ws.inputErrors.length > 0 || invalid.length > 0)
    return { ok: false, config, inputErrors: ws.inputErrors, invalid, baselineWarnings };
  const today = opts.now.toISOString().slice(0, 10);
  const report = buildReport({
    catalogs: ws.catalogs.map((c) => ({
      file: c.loaded.file,
      data: c.loaded.data,
      baseline: baselineWindow(c.baseline)
    })),
    today,
    acceptanceWarningDays: config.acceptanceWarningDays
  });
  const view = () => reportView(report, { today, generated: `${opts.now.toISOString().slice(0, 16).replace("T", " ")} UTC` });
  const text = opts.format === "json" ? renderReportJson(report) : opts.format === "html" ? renderReportHtml(view()) : renderReportMarkdown(view());
  let written;
  if (opts.output) {
    written = resolve(opts.root, opts.output);
    writeFileAtomic(written, text, { createDirs: true });
  }
  return { ok: true, config, text, catalogs: report.length, written, baselineWarnings };
}
function baselineWindow(baseline) {
  if (!baseline?.window.from || !baseline.window.to) return void 0;
  const { state, reason } = baselineConvergence(baseline);
  return { from: baseline.window.from, to: baseline.window.to, convergence: { state, reason } };
}

// src/cli/commands/report.ts
var SPEC = {
  name: "report",
  help: `Usage: threatcat report [PATH...] [--format markdown|html|json] [--output FILE] [-C DIR] [--config FILE]

The whole picture, for people: per agent, the components diagram, threats sorted by AIVSS, convergence
(open/closed/accepted, signal gaps, dormant permissions, days observed) and acceptances near expiry.
Without PATH, every catalog under DIR. markdown (default) uses a Mermaid diagram; html is one
self-contained file that renders offline; json is stable (docs/report.md).
PATH and --output are relative to DIR (like git -C).
Exit: 0 written, 2 usage error, unreadable or schema-invalid catalog (run threatcat validate).
`
};
async function reportCommand(argv, io) {
  const { values, positionals } = parseCommandArgs(SPEC, argv, { output: { type: "string", short: "o" } });
  if (values.help) {
    io.stdout(SPEC.help);
    return EXIT.clean;
  }
  const format = pickFormat(SPEC, values.format, REPORT_FORMATS, "markdown");
  const root = resolveRoot(values.C);
  const out = runReport({
    root,
    configPath: values.config,
    paths: positionals,
    format,
    output: values.output,
    now: io.now()
  });
  for (const w of out.baselineWarnings) io.stderr(`threatcat: warning: ${w.toString()}
`);
  if (!out.ok) {
    for (const e of out.inputErrors) io.stderr(`${e.toString()}
`);
    for (const f of out.invalid) io.stderr(`${f.file}:${f.line}:${f.column}: ${f.message}
`);
    io.stderr("threatcat: report needs valid catalogs; run threatcat validate for the details\n");
    return EXIT.usage;
  }
  if (out.catalogs === 0)
    io.stderr(`threatcat: no catalogs found under ${root} (looked for ${out.config.catalogs.join(", ")})
`);
  if (out.written) {
    io.stderr(
      `threatcat: wrote ${values.output} (${Math.ceil(Buffer.byteLength(out.text) / 1024)} KiB, ${out.catalogs} catalog${out.catalogs === 1 ? "" : "s"})
`
    );
  } else {
    io.stdout(out.text);
  }
  return EXIT.clean;
}
export {
  reportCommand
};
