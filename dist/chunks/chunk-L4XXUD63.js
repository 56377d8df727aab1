import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);
import {
  CONFIGURABLE_IDS,
  RULES,
  applySeverities
} from "./chunk-CZJLSVD6.js";
import {
  acquireRepoLock,
  applyYamlEdits,
  asCatalogDoc
} from "./chunk-KIHZEFCC.js";
import {
  MANIFEST_NOT_RENDERED,
  MANIFEST_RULE,
  UNREADABLE_INPUT,
  catalog_validator_default,
  checkSchema,
  schemaFindings,
  stablePath
} from "./chunk-3L5YRJF5.js";
import {
  aivssBlock,
  formatScore,
  threatAivss
} from "./chunk-2LPVWLPB.js";
import {
  blastOf,
  readConfig,
  readWorkspace,
  writeFileAtomic
} from "./chunk-ANXZMRTR.js";
import {
  compareFindings
} from "./chunk-TIATFUQ4.js";

// src/analyse/validate.ts
function validateCatalogs(input) {
  const findings = [];
  const valid = [];
  const checked = [];
  const seenManifest = /* @__PURE__ */ new Set();
  for (const c of input.catalogs) {
    const schema = checkSchema(c.loaded);
    findings.push(...schema.findings);
    if (schema.findings.length === 0) {
      const { loaded, ...rest } = c;
      const ctx = { ...rest, catalog: asCatalogDoc(loaded) };
      valid.push(ctx);
      checked.push(ctx);
    } else {
      const sound = soundPart(c.loaded, schema.paths);
      if (sound) {
        const { loaded, ...rest } = c;
        checked.push({ ...rest, catalog: sound });
      }
    }
    for (const m of c.manifests) {
      if (m.reference || seenManifest.has(m.file)) continue;
      seenManifest.add(m.file);
      for (const p of m.problems) {
        findings.push({ rule: MANIFEST_RULE, severity: "error", ...p.position, message: p.message });
      }
      for (const n of m.notes ?? []) {
        findings.push({ rule: MANIFEST_NOT_RENDERED, severity: "note", ...n.position, message: n.message });
      }
    }
  }
  for (const rule of input.rules ?? RULES) {
    if (input.severities[rule.id] === "off") continue;
    const hits = rule.check({
      catalogs: checked,
      today: input.today,
      acceptanceWarningDays: input.acceptanceWarningDays,
      maxEvidenceAgeDays: input.maxEvidenceAgeDays
    });
    for (const hit of hits) {
      const at = hit.at ?? hit.catalog.locate(hit.path, { key: hit.key });
      findings.push({
        rule: rule.id,
        severity: hit.severity ?? rule.severity,
        ...at,
        message: hit.message,
        ...hit.subject ? { subject: hit.subject } : {},
        // A hit placed elsewhere (a manifest node) is about what it names there, not about its catalog path.
        key: hit.at ? `${hit.at.file}#${hit.subject ?? hit.message}` : stablePath(hit.catalog.data, hit.path)
      });
    }
  }
  return { findings: applySeverities(findings, input.severities).sort(compareFindings), valid };
}
var DROPPABLE = /* @__PURE__ */ new Set(["threats", "permissions"]);
var TOP_LEVEL = /* @__PURE__ */ new Set([
  "apiVersion",
  "kind",
  "metadata",
  "agent",
  "components",
  "delegations",
  "permissions",
  "threats"
]);
function soundPart(loaded, errorPaths) {
  const data = loaded.data;
  const drop = /* @__PURE__ */ new Map();
  const unknownKeys = /* @__PURE__ */ new Set();
  for (const path of errorPaths) {
    const [section, index] = path;
    if (path.length === 1 && typeof section === "string" && !TOP_LEVEL.has(section)) {
      unknownKeys.add(section);
    } else if (typeof section === "string" && DROPPABLE.has(section) && typeof index === "number") {
      drop.set(section, (drop.get(section) ?? /* @__PURE__ */ new Set()).add(index));
    } else {
      return void 0;
    }
  }
  const pruned = {};
  const indexMaps = /* @__PURE__ */ new Map();
  for (const [k, v] of Object.entries(data)) {
    if (unknownKeys.has(k)) continue;
    const dropped = drop.get(k);
    if (dropped && Array.isArray(v)) {
      const kept = v.map((_, i) => i).filter((i) => !dropped.has(i));
      indexMaps.set(k, kept);
      pruned[k] = kept.map((i) => v[i]);
    } else {
      pruned[k] = v;
    }
  }
  if (!catalog_validator_default(pruned)) return void 0;
  const original = (path) => {
    const map = typeof path[0] === "string" ? indexMaps.get(path[0]) : void 0;
    return map && typeof path[1] === "number" ? [path[0], map[path[1]], ...path.slice(2)] : path;
  };
  return {
    file: loaded.file,
    absPath: loaded.absPath,
    text: loaded.text,
    data: pruned,
    locate: (path, opts) => loaded.locate(original(path), opts)
  };
}

// src/analyse/fix-plan.ts
var AIVSS_FIELDS = ["score", "severity", "vector"];
var AIVSS_COMMENT = "computed by threatcat from cvss and agent.aivss; never edit by hand";
function planFixes(catalogs) {
  const plan = { edits: [], changes: [] };
  for (const catalog of catalogs) {
    const edits = [];
    const profile = catalog.data.agent.aivss;
    catalog.data.threats.forEach((threat, i) => {
      const computed = threatAivss(threat, profile);
      if (!computed) return;
      const want = aivssBlock(computed);
      const have = threat.aivss;
      if (!have) {
        edits.push({
          op: "set",
          path: ["threats", i, "aivss"],
          value: want,
          after: "cvss",
          flowLike: "cvss",
          comment: AIVSS_COMMENT
        });
        plan.changes.push({
          file: catalog.file,
          line: catalog.locate(["threats", i, "cvss"]).line,
          subject: threat.id,
          field: "aivss",
          old: "(none)",
          new: describeAivss(want)
        });
        return;
      }
      const stale = AIVSS_FIELDS.filter((k) => have[k] !== want[k]);
      if (stale.length === 0) return;
      for (const k of stale) edits.push({ op: "set", path: ["threats", i, "aivss", k], value: want[k] });
      plan.changes.push({
        file: catalog.file,
        line: catalog.locate(["threats", i, "aivss", stale[0]]).line,
        subject: threat.id,
        field: "aivss",
        old: describeAivss(have),
        new: describeAivss(want)
      });
    });
    (catalog.data.permissions ?? []).forEach((p, i) => {
      p.dormant.forEach((d, j) => {
        const want = blastOf({
          apiGroup: d.apiGroup,
          resource: d.resource,
          verb: d.verb,
          nonResourceURL: d.resource.startsWith("/") ? d.resource : void 0
        }).score;
        if (d.blast === want) return;
        const path = ["permissions", i, "dormant", j, "blast"];
        edits.push({ op: "set", path, value: want });
        plan.changes.push({
          file: catalog.file,
          line: catalog.locate(path).line,
          subject: `${p.identity} ${d.verb} ${d.apiGroup ? `${d.apiGroup}/` : ""}${d.resource} (namespace ${d.namespace})`,
          field: "dormant.blast",
          old: String(d.blast),
          new: String(want)
        });
      });
    });
    if (edits.length > 0) plan.edits.push({ file: catalog.file, edits });
  }
  return plan;
}
function describeAivss(a) {
  const score = typeof a.score === "number" ? formatScore(a.score) : String(a.score ?? "?");
  return `${score} ${a.severity ?? "?"} ${a.vector ?? "?"}`;
}

// src/app/validate.ts
function runValidate(opts) {
  const config = readConfig(opts.root, opts.configPath, { ruleIds: CONFIGURABLE_IDS });
  let ws = readWorkspace(opts.root, config, opts.paths);
  let fixed;
  let written;
  if (opts.fix) {
    const lock = acquireRepoLock(opts.root, "threatcat validate --fix", { onWait: opts.onWait });
    try {
      ws = readWorkspace(opts.root, config, opts.paths);
      ({ fixed, written } = applyFixes(ws.catalogs));
    } finally {
      lock.release();
    }
    if (written.length > 0) ws = readWorkspace(opts.root, config, opts.paths);
  }
  const result = validateCatalogs({
    catalogs: ws.catalogs,
    today: opts.now.toISOString().slice(0, 10),
    severities: config.rules,
    acceptanceWarningDays: config.acceptanceWarningDays,
    maxEvidenceAgeDays: config.maxEvidenceAgeDays
  });
  const unreadable = [...ws.inputErrors, ...ws.catalogs.flatMap((c) => c.baselineError ? [c.baselineError] : [])];
  const inputFindings = unreadable.map((e) => ({
    rule: UNREADABLE_INPUT,
    severity: "error",
    ...e.position,
    message: e.message
  }));
  return {
    config,
    catalogs: [...ws.catalogs.map((c) => c.loaded.file), ...ws.inputErrors.map((e) => e.position.file)],
    findings: [...inputFindings, ...result.findings],
    valid: result.valid,
    unreadable: unreadable.length > 0,
    ...fixed ? { fixed, written } : {}
  };
}
function applyFixes(catalogs) {
  const docs = catalogs.filter((c) => schemaFindings(c.loaded).length === 0).map((c) => asCatalogDoc(c.loaded));
  const plan = planFixes(docs);
  const written = [];
  for (const fe of plan.edits) {
    const doc = docs.find((d) => d.file === fe.file);
    const next = applyYamlEdits(doc.text, fe.edits);
    if (next === doc.text) continue;
    writeFileAtomic(doc.absPath, next);
    written.push(doc.file);
  }
  const changes = plan.changes.filter((c) => written.includes(c.file)).sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { fixed: changes, written };
}

export {
  runValidate
};
