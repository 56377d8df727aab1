import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);
import {
  asCatalogDoc
} from "./chunk-XXYWZDC5.js";
import {
  acceptanceSites,
  daysUntil,
  isCalendarDate
} from "./chunk-6JOHEHEM.js";
import {
  baselineConvergence,
  catalog_validator_default,
  checkSchema,
  stablePath
} from "./chunk-ULZSS6X6.js";
import {
  findAgentSurface,
  readSurfaceCached
} from "./chunk-FLO6DFG2.js";
import {
  aivssBlock,
  formatScore,
  threatAivss
} from "./chunk-2LPVWLPB.js";

// src/model/finding.ts
var SEVERITY_RANK = { error: 0, warning: 1, note: 2 };
function compareFindings(a, b) {
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule);
}

// src/analyse/rules/duplicate-id.ts
var duplicateId = {
  id: "duplicate-id",
  severity: "error",
  summary: "A threat id is used twice (in one catalog or across catalogs), or a component/delegation id twice in one catalog.",
  check(ctx) {
    const hits = [];
    const threatIds = /* @__PURE__ */ new Map();
    for (const { catalog } of ctx.catalogs) {
      catalog.data.threats.forEach((t, i) => {
        const path = ["threats", i, "id"];
        const first = threatIds.get(t.id);
        if (first) {
          const line = first.catalog.locate(first.path).line;
          const where = first.catalog === catalog ? `line ${line}` : `${first.catalog.file}:${line}`;
          hits.push({ catalog, path, message: `threat id '${t.id}' is already used at ${where}`, subject: t.id });
        } else {
          threatIds.set(t.id, { catalog, path });
        }
      });
      const local = /* @__PURE__ */ new Map();
      const parts = [
        ["components", catalog.data.components],
        ["delegations", catalog.data.delegations ?? []]
      ];
      for (const [section, list] of parts) {
        list.forEach((c, i) => {
          const path = [section, i, "id"];
          const first = local.get(c.id);
          if (first) {
            hits.push({
              catalog,
              path,
              message: `id '${c.id}' is already used at line ${catalog.locate(first).line}`,
              subject: c.id
            });
          } else {
            local.set(c.id, path);
          }
        });
      }
    }
    return hits;
  }
};

// src/analyse/rules/unknown-component.ts
var unknownComponent = {
  id: "unknown-component",
  severity: "error",
  summary: "A threat or permission entry references a component id that the catalog does not define.",
  check(ctx) {
    const hits = [];
    for (const { catalog } of ctx.catalogs) {
      const known = new Set([...catalog.data.components, ...catalog.data.delegations ?? []].map((c) => c.id));
      const list = [...known].sort().join(", ") || "none";
      catalog.data.threats.forEach((t, i) => {
        t.components.forEach((ref, j) => {
          if (!known.has(ref)) {
            hits.push({
              catalog,
              path: ["threats", i, "components", j],
              message: `threat '${t.id}' references unknown component '${ref}' (known: ${list})`,
              subject: t.id
            });
          }
        });
      });
      (catalog.data.permissions ?? []).forEach((p, i) => {
        if (p.component !== void 0 && !known.has(p.component)) {
          hits.push({
            catalog,
            path: ["permissions", i, "component"],
            message: `permissions entry for '${p.identity}' references unknown component '${p.component}' (known: ${list})`
          });
        }
      });
    }
    return hits;
  }
};

// src/analyse/rules/closed-without-evidence.ts
var closedWithoutEvidence = {
  id: "closed-without-evidence",
  severity: "error",
  summary: "A threat is 'closed' but none of its evidence signals has been validated against runtime data.",
  check(ctx) {
    const hits = [];
    for (const { catalog } of ctx.catalogs) {
      catalog.data.threats.forEach((t, i) => {
        if (t.status !== "closed") return;
        const validated = t.evidence.filter((e) => e.validated);
        if (validated.length === 0) {
          const why = t.evidence.length === 0 ? "it has no evidence signals" : "no evidence signal has a `validated` record";
          hits.push({
            catalog,
            path: ["threats", i, "status"],
            message: `threat '${t.id}' is closed but ${why}; set status: open or run threatcat ingest`,
            subject: t.id
          });
          return;
        }
        t.evidence.forEach((e, j) => {
          if (e.fired && (!e.validated || e.fired.at >= e.validated.at)) {
            hits.push({
              catalog,
              path: ["threats", i, "evidence", j, "fired"],
              message: `threat '${t.id}' is closed but its ${e.source} signal fired at ${e.fired.at}; it must be re-opened`,
              subject: t.id
            });
          }
        });
      });
    }
    return hits;
  }
};

// src/analyse/rules/acceptance-missing-rereview.ts
var acceptanceMissingRereview = {
  id: "acceptance-missing-rereview",
  severity: "error",
  summary: "An 'accepted' threat or dormant permission has no acceptance record, or no reReviewBy date (or one that is not a calendar date).",
  check(ctx) {
    const hits = [];
    for (const site of acceptanceSites(ctx)) {
      if (!site.acceptance) {
        const path = site.path[0] === "threats" ? [...site.path, "status"] : [...site.path, "disposition"];
        hits.push({
          catalog: site.catalog,
          path,
          message: `${site.what} is accepted without an acceptance record (by, reason, reReviewBy)`,
          subject: site.subject
        });
      } else if (!site.acceptance.reReviewBy) {
        hits.push({
          catalog: site.catalog,
          path: [...site.path, "acceptance"],
          message: `${site.what} is accepted without a reReviewBy date`,
          subject: site.subject
        });
      } else if (!isCalendarDate(site.acceptance.reReviewBy)) {
        hits.push({
          catalog: site.catalog,
          path: [...site.path, "acceptance", "reReviewBy"],
          message: `${site.what}: reReviewBy ${site.acceptance.reReviewBy} is not a calendar date`,
          subject: site.subject
        });
      }
    }
    return hits;
  }
};

// src/analyse/rules/acceptance-expired.ts
var acceptanceExpired = {
  id: "acceptance-expired",
  severity: "error",
  summary: "An acceptance is past its reReviewBy date, so the entry counts as open again.",
  check(ctx) {
    const hits = [];
    for (const site of acceptanceSites(ctx)) {
      const date = site.acceptance?.reReviewBy;
      if (!date || !isCalendarDate(date)) continue;
      const days = daysUntil(ctx.today, date);
      if (days < 0) {
        hits.push({
          catalog: site.catalog,
          path: [...site.path, "acceptance", "reReviewBy"],
          subject: site.subject,
          message: `${site.what}: acceptance expired on ${date} (${-days} day${days === -1 ? "" : "s"} ago); it counts as open until re-reviewed`
        });
      }
    }
    return hits;
  }
};

// src/analyse/rules/acceptance-expiring.ts
var acceptanceExpiring = {
  id: "acceptance-expiring",
  severity: "warning",
  summary: "An acceptance reaches its reReviewBy date soon (within acceptanceWarningDays, default 14).",
  check(ctx) {
    const hits = [];
    for (const site of acceptanceSites(ctx)) {
      const date = site.acceptance?.reReviewBy;
      if (!date || !isCalendarDate(date)) continue;
      const days = daysUntil(ctx.today, date);
      if (days >= 0 && days <= ctx.acceptanceWarningDays) {
        hits.push({
          catalog: site.catalog,
          path: [...site.path, "acceptance", "reReviewBy"],
          subject: site.subject,
          message: `${site.what}: acceptance must be re-reviewed by ${date} (${days === 0 ? "today" : `in ${days} day${days === 1 ? "" : "s"}`})`
        });
      }
    }
    return hits;
  }
};

// src/analyse/rules/aivss-factor-level.ts
var LEVELS = [0, 0.5, 1];
var aivssFactorLevel = {
  id: "aivss-factor-level",
  severity: "error",
  summary: "An AIVSS agentic risk factor is not one of the legal levels 0, 0.5 or 1.0.",
  check(ctx) {
    const hits = [];
    for (const { catalog } of ctx.catalogs) {
      for (const [name, value] of Object.entries(catalog.data.agent.aivss.factors)) {
        if (LEVELS.includes(value)) continue;
        const nearest = nearestLevel(value);
        hits.push({
          catalog,
          path: ["agent", "aivss", "factors", name],
          message: `AIVSS factor ${name} is ${value}; AIVSS v${catalog.data.agent.aivss.version} allows only 0, 0.5 or 1.0 (nearest: ${nearest.toFixed(1)})`
        });
      }
    }
    return hits;
  }
};
function nearestLevel(value) {
  return Math.min(1, Math.max(0, Math.round(value * 2) / 2));
}

// src/analyse/rules/aivss-score-stale.ts
var aivssScoreStale = {
  id: "aivss-score-stale",
  severity: "error",
  summary: "A threat's aivss block does not equal the score computed from its CVSS base and the agent's AIVSS factors.",
  check(ctx) {
    const hits = [];
    for (const { catalog } of ctx.catalogs) {
      const profile = catalog.data.agent.aivss;
      catalog.data.threats.forEach((threat, i) => {
        if (!threat.aivss) return;
        const computed = threatAivss(threat, profile);
        if (!computed) {
          hits.push({
            catalog,
            path: ["threats", i, "aivss"],
            key: true,
            subject: threat.id,
            message: `threat '${threat.id}' has an aivss block but no cvss.base to compute it from; add cvss or remove aivss`
          });
          return;
        }
        const want = aivssBlock(computed);
        const field = ["score", "severity", "vector"].find((k) => threat.aivss[k] !== want[k]);
        if (!field) return;
        const had = threat.aivss;
        hits.push({
          catalog,
          path: ["threats", i, "aivss", field],
          subject: threat.id,
          message: `threat '${threat.id}': aivss is stale: the catalog says ${typeof had.score === "number" ? formatScore(had.score) : had.score} ${had.severity} ${had.vector}, AIVSS v${profile.version} computes ${formatScore(want.score)} ${want.severity} ${want.vector}`
        });
      });
    }
    return hits;
  }
};

// src/analyse/rules/dormant-without-disposition.ts
var dormantWithoutDisposition = {
  id: "dormant-without-disposition",
  severity: "error",
  summary: "A dormant permission has no disposition (revoke, justified, accepted), or is 'justified' without a written justification.",
  check(ctx) {
    const hits = [];
    for (const { catalog } of ctx.catalogs) {
      (catalog.data.permissions ?? []).forEach((p, i) => {
        p.dormant.forEach((d, j) => {
          const name = `${d.verb} ${d.apiGroup ? `${d.apiGroup}/` : ""}${d.resource} (namespace ${d.namespace})`;
          const path = ["permissions", i, "dormant", j];
          if (!d.disposition) {
            hits.push({
              catalog,
              path,
              message: `dormant permission ${name} of ${p.identity} (blast ${d.blast}) has no disposition: revoke, justified or accepted`
            });
          } else if (d.disposition === "justified" && !d.justification) {
            hits.push({
              catalog,
              path: [...path, "disposition"],
              message: `dormant permission ${name} of ${p.identity} is 'justified' without a justification`
            });
          }
        });
      });
    }
    return hits;
  }
};

// src/analyse/rules/manifest-path-unmatched.ts
var manifestPathUnmatched = {
  id: "manifest-path-unmatched",
  severity: "error",
  summary: "An agent.manifests path or glob matches no file, or matches files outside the repository (never read).",
  check(ctx) {
    const hits = [];
    for (const { catalog, globs } of ctx.catalogs) {
      globs.forEach((g, i) => {
        if (g.outside) {
          hits.push({
            catalog,
            path: ["agent", "manifests", i],
            message: `manifest path '${g.pattern}' matches ${g.outside} file${g.outside === 1 ? "" : "s"} outside the repository; they are not read`
          });
        } else if (g.files.length === 0) {
          hits.push({
            catalog,
            path: ["agent", "manifests", i],
            message: `manifest path '${g.pattern}' matches no file (paths are relative to the catalog's folder)`
          });
        }
      });
    }
    return hits;
  }
};

// src/analyse/rules/workload-missing.ts
var workloadMissing = {
  id: "workload-missing",
  severity: "error",
  summary: "The agent's workload (Deployment, StatefulSet, DaemonSet or kagent Agent) is not in its manifests.",
  check(ctx) {
    const hits = [];
    for (const { catalog, manifests, globs } of ctx.catalogs) {
      if (globs.every((g) => g.files.length === 0)) continue;
      const w = catalog.data.agent.workload;
      const accepted = w.kind === "Deployment" || w.kind === "Agent" ? ["Deployment", "Agent"] : [w.kind];
      const found = manifests.some(
        (m) => m.objects.some(
          (o) => accepted.includes(o.kind) && o.name === w.name && (o.namespace ?? w.namespace) === w.namespace && (o.kind !== "Agent" || o.apiVersion.startsWith("kagent.dev/"))
        )
      );
      if (!found) {
        hits.push({
          catalog,
          path: ["agent", "workload", "name"],
          message: `workload ${w.kind} ${w.namespace}/${w.name} is not defined in the agent's manifests (${globs.map((g) => g.pattern).join(", ")})`
        });
      }
    }
    return hits;
  }
};

// src/analyse/rules/shadow-component.ts
var shadowComponent = {
  id: "shadow-component",
  severity: "error",
  summary: "An MCP server, model, delegation target or memory store in the agent's manifests that no catalog component covers.",
  check(ctx) {
    const hits = [];
    for (const { catalog, manifests, globs } of ctx.catalogs) {
      if (globs.every((g) => g.files.length === 0)) continue;
      const surface = findAgentSurface(manifests, catalog.data.agent.workload, readSurfaceCached(manifests));
      if (!surface) continue;
      const components = catalog.data.components ?? [];
      const delegations = catalog.data.delegations ?? [];
      const agent = `${surface.agent.kind} ${surface.agent.namespace}/${surface.agent.name}`;
      const seen = /* @__PURE__ */ new Set();
      const report = (what, ref, at, detail, hint) => {
        const key = `${refKey(ref)}@${at.file}:${at.line}`;
        if (seen.has(key)) return;
        seen.add(key);
        hits.push({
          catalog,
          path: ["components"],
          key: true,
          at,
          subject: refKey(ref),
          message: `shadow component: ${what} ${ref.kind} ${ref.namespace ? `${ref.namespace}/` : ""}${ref.name}${detail} is reachable by ${agent} but ${catalog.file} has no ${hint}`
        });
      };
      const compHint = (ref) => `component with trustSource { kind: ${ref.kind}, name: ${ref.name} }`;
      for (const m of surface.models) {
        if (m.implicit || covered(components, m.ref)) continue;
        report(
          `${m.use === "agent" ? "" : `${m.use} `}model`,
          m.ref,
          m.position,
          m.model ? ` (${m.model})` : "",
          compHint(m.ref)
        );
      }
      for (const s of surface.mcpServers) {
        if (covered(components, s.ref)) continue;
        const where = s.url ?? s.image ?? s.command;
        report("MCP server", s.ref, s.position, where ? ` (${where})` : "", compHint(s.ref));
      }
      for (const d of surface.delegations) {
        if (delegationCovered(delegations, d.ref) || covered(components, d.ref)) continue;
        report("delegation target", d.ref, d.position, "", `delegations[] entry with to.agent: ${d.ref.name}`);
      }
      for (const mem of surface.memory) {
        const own = mem.ref.kind === surface.agent.kind && mem.ref.name === surface.agent.name;
        if (covered(own ? components.filter((c) => c.category === "rag-memory") : components, mem.ref)) continue;
        report(
          `memory (${mem.engine})`,
          mem.ref,
          mem.position,
          "",
          own ? `rag-memory component with trustSource { kind: ${mem.ref.kind}, name: ${mem.ref.name} }` : compHint(mem.ref)
        );
      }
    }
    return hits;
  }
};
function refKey(r) {
  return `${r.kind}/${r.namespace ?? ""}/${r.name}`;
}
function sameNs(a, b) {
  return a === void 0 || b === void 0 || a === b;
}
function covered(components, ref) {
  return components.some(
    (c) => c.trustSource.kind === ref.kind && c.trustSource.name === ref.name && sameNs(c.trustSource.namespace, ref.namespace)
  );
}
function delegationCovered(delegations, ref) {
  return delegations.some(
    (d) => d.to.agent === ref.name && sameNs(d.to.namespace, ref.namespace) && (d.direction ?? "outbound") === "outbound"
  );
}

// src/analyse/rules/surface-malformed.ts
var surfaceMalformed = {
  id: "surface-malformed",
  severity: "error",
  summary: "A manifest object of a known kind (kagent, RBAC, ToolHive, KServe\u2026) has a field of the wrong shape.",
  check(ctx) {
    const hits = [];
    const seen = /* @__PURE__ */ new Set();
    for (const { catalog, manifests } of ctx.catalogs) {
      for (const p of readSurfaceCached(manifests).problems) {
        const key = `${p.position.file}:${p.position.line}:${p.position.column}:${p.message}`;
        if (seen.has(key)) continue;
        seen.add(key);
        hits.push({ catalog, path: ["agent", "manifests"], at: p.position, message: p.message });
      }
    }
    return hits;
  }
};

// src/analyse/rules/baseline-convergence.ts
var baselineConvergenceRule = {
  id: "baseline-convergence",
  severity: "note",
  summary: "The state of the per-Deployment behaviour baseline kept by threatcat ingest: learning (drift cannot be told yet) or converged (new behaviour re-opens coercion threats).",
  check(ctx) {
    const hits = [];
    for (const { catalog, baseline } of ctx.catalogs) {
      if (!baseline) continue;
      const c = baselineConvergence(baseline);
      const consequence = c.state === "converged" ? "new behaviour is baseline-drift and re-opens the scoped coercion threats" : "drift signals cannot fire until it converges (a 14-day window with 7 quiet days)";
      hits.push({
        catalog,
        path: ["agent", "workload"],
        key: true,
        message: `baseline ${c.state}: ${c.reason}; ${consequence}`
      });
    }
    return hits;
  }
};

// src/analyse/rules/index.ts
var RULES = [
  duplicateId,
  unknownComponent,
  closedWithoutEvidence,
  acceptanceMissingRereview,
  acceptanceExpired,
  acceptanceExpiring,
  aivssFactorLevel,
  aivssScoreStale,
  dormantWithoutDisposition,
  manifestPathUnmatched,
  workloadMissing,
  shadowComponent,
  surfaceMalformed,
  baselineConvergenceRule
];

// src/analyse/validate.ts
var MANIFEST_RULE = "manifest-syntax";
function validateCatalogs(input) {
  const findings = [];
  const valid = [];
  const checked = [];
  const seenManifest = /* @__PURE__ */ new Set();
  for (const c of input.catalogs) {
    const schema = checkSchema(c.loaded);
    findings.push(...schema.findings);
    if (schema.findings.length === 0) {
      const ctx = { catalog: asCatalogDoc(c.loaded), globs: c.globs, manifests: c.manifests, baseline: c.baseline };
      valid.push(ctx);
      checked.push(ctx);
    } else {
      const sound = soundPart(c.loaded, schema.paths);
      if (sound) checked.push({ catalog: sound, globs: c.globs, manifests: c.manifests, baseline: c.baseline });
    }
    for (const m of c.manifests) {
      if (seenManifest.has(m.file)) continue;
      seenManifest.add(m.file);
      for (const p of m.problems) {
        findings.push({ rule: MANIFEST_RULE, severity: "error", ...p.position, message: p.message });
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
        severity: rule.severity,
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
function applySeverities(findings, severities) {
  const out = [];
  for (const f of findings) {
    const s = severities[f.rule] ?? f.severity;
    if (s !== "off") out.push(s === f.severity ? f : { ...f, severity: s });
  }
  return out;
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

export {
  SEVERITY_RANK,
  compareFindings,
  RULES,
  MANIFEST_RULE,
  validateCatalogs
};
