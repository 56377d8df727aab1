import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);
import {
  SURFACE_EVENT_TYPES,
  acceptanceSites,
  daysUntil,
  isCalendarDate
} from "./chunk-XW6MC7SD.js";
import {
  EVIDENCE_INVALIDATED,
  MALFORMED_RECORD,
  MANIFEST_NOT_RENDERED,
  MANIFEST_RULE,
  REOPEN_PENDING,
  SCHEMA_RULE,
  THREAT_REOPENED,
  UNREADABLE_INPUT,
  baselineConvergence,
  policyRuleAllows
} from "./chunk-3L5YRJF5.js";
import {
  aivssBlock,
  formatScore,
  threatAivss
} from "./chunk-2LPVWLPB.js";
import {
  VERSION
} from "./chunk-PLN32GDA.js";
import {
  SEVERITY_RANK
} from "./chunk-TIATFUQ4.js";

// src/analyse/rules/duplicate-id.ts
var duplicateId = {
  id: "duplicate-id",
  severity: "error",
  summary: "A threat id is used twice (in one catalog or across catalogs), or a component/delegation id twice in one catalog.",
  help: "Give each threat a unique id across catalogs, and each component or delegation a unique id within its catalog.",
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
  help: "Use an id from the catalog's components (the message lists them), or add the missing component.",
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
  help: "Validate one of its evidence signals with runtime data (`threatcat ingest`), or set the threat back to open.",
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
  help: "Add an acceptance record with by, reason and a calendar reReviewBy date (YYYY-MM-DD).",
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
  help: "Re-review the risk: renew the acceptance with a new reReviewBy date and reason, or set the entry back to open.",
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
  help: "Schedule the re-review before the reReviewBy date: renew the acceptance or re-open the entry.",
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
  help: "Use one of the legal levels 0, 0.5 or 1.0 (the message names the nearest one).",
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
  help: "Run `threatcat validate --fix` to rewrite the derived aivss blocks from the CVSS base and the agent's factors.",
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
          message: `threat '${threat.id}': aivss is stale: the catalog says ${typeof had.score === "number" ? formatScore(had.score) : had.score} ${had.severity} ${had.vector}, AIVSS v${profile.version} computes ${formatScore(want.score)} ${want.severity} ${want.vector}; run \`threatcat validate --fix\` to rewrite it`
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
  summary: "A dormant permission has no disposition (revoke, justified, accepted) \u2014 a warning until its triageBy date, an error after \u2014 or is 'justified' without a written justification.",
  help: "Give the dormant permission a disposition: revoke it in RBAC, mark it justified with a reason, or accept it with a reReviewBy date.",
  check(ctx) {
    const hits = [];
    for (const { catalog } of ctx.catalogs) {
      (catalog.data.permissions ?? []).forEach((p, i) => {
        p.dormant.forEach((d, j) => {
          const name = `${d.verb} ${d.apiGroup ? `${d.apiGroup}/` : ""}${d.resource} (namespace ${d.namespace})`;
          const path = ["permissions", i, "dormant", j];
          if (!d.disposition) {
            const due = d.triageBy;
            if (due !== void 0 && isCalendarDate(due)) {
              const days = daysUntil(ctx.today, due);
              const when = days === 0 ? "today" : days > 0 ? `in ${plural(days)}` : `${plural(-days)} ago`;
              hits.push({
                catalog,
                path: [...path, "triageBy"],
                severity: days >= 0 ? "warning" : "error",
                message: days >= 0 ? `dormant permission ${name} of ${p.identity} (blast ${d.blast}) needs a disposition by ${due} (${when}): revoke, justified or accepted` : `dormant permission ${name} of ${p.identity} (blast ${d.blast}) was due for a disposition on ${due} (${when}): revoke, justified or accepted`
              });
              return;
            }
            hits.push({
              catalog,
              path,
              message: `dormant permission ${name} of ${p.identity} (blast ${d.blast}) has no disposition: revoke, justified or accepted${due !== void 0 ? ` (triageBy '${due}' is not a calendar day)` : ""}`
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
function plural(n) {
  return `${n} day${n === 1 ? "" : "s"}`;
}

// src/analyse/rules/manifest-path-unmatched.ts
var manifestPathUnmatched = {
  id: "manifest-path-unmatched",
  severity: "error",
  summary: "An agent.manifests path or glob matches no file, or points outside the repository (never read).",
  help: "Point the agent.manifests entry at files inside the repository (paths and globs are relative to the catalog).",
  check(ctx) {
    const hits = [];
    for (const { catalog, globs } of ctx.catalogs) {
      globs.forEach((g, i) => {
        if (g.outside) {
          hits.push({
            catalog,
            path: ["agent", "manifests", i],
            message: `manifest path '${g.pattern}' points outside the repository; nothing there is read`
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
  help: "Name the agent's real workload in agent.workload (kind, name, namespace), or include its manifest in agent.manifests.",
  check(ctx) {
    const hits = [];
    for (const { catalog, manifests, globs } of ctx.catalogs) {
      if (globs.every((g) => g.files.length === 0)) continue;
      const w = catalog.data.agent.workload;
      const accepted = w.kind === "Deployment" || w.kind === "Agent" ? ["Deployment", "Agent"] : [w.kind];
      const found = manifests.some(
        (m) => !m.reference && m.objects.some(
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

// src/analyse/shadow.ts
function shadowElements(data, surface) {
  const components = data.components ?? [];
  const delegations = data.delegations ?? [];
  const out = [];
  const seen = /* @__PURE__ */ new Map();
  const add = (e) => {
    const subject = refKey(e.ref);
    const first = seen.get(`${e.category}:${subject}`);
    if (first) {
      const at = (p) => `${p.file}:${p.line}`;
      if (![first.position, ...first.alsoAt].some((p) => at(p) === at(e.position))) first.alsoAt.push(e.position);
      return;
    }
    const element = { subject, alsoAt: [], ...e };
    seen.set(`${e.category}:${subject}`, element);
    out.push(element);
  };
  const compHint = (ref) => `component with trustSource { kind: ${ref.kind}, name: ${ref.name} }`;
  for (const m of surface.models) {
    if (m.implicit || covered(components, m.ref)) continue;
    add({
      ref: m.ref,
      category: "inference",
      position: m.position,
      description: `${m.use === "agent" ? "" : `${m.use} `}model ${label(m.ref)}${m.model ? ` (${m.model})` : ""}`,
      missing: compHint(m.ref)
    });
  }
  for (const s of surface.mcpServers) {
    if (covered(components, s.ref)) continue;
    const where = s.url ?? s.image ?? s.command;
    add({
      ref: s.ref,
      category: "mcp-tool",
      position: s.position,
      description: `MCP server ${label(s.ref)}${where ? ` (${where})` : ""}`,
      missing: compHint(s.ref)
    });
  }
  for (const d of surface.delegations) {
    if (delegationCovered(delegations, d.ref) || covered(components, d.ref)) continue;
    add({
      ref: d.ref,
      category: "delegation",
      position: d.position,
      description: `delegation target ${label(d.ref)}`,
      missing: `delegations[] entry with to.agent: ${d.ref.name}`
    });
  }
  for (const mem of surface.memory) {
    const own = mem.ref.kind === surface.agent.kind && mem.ref.name === surface.agent.name;
    if (covered(own ? components.filter((c) => c.category === "rag-memory") : components, mem.ref)) continue;
    add({
      ref: mem.ref,
      category: "rag-memory",
      position: mem.position,
      description: `memory (${mem.engine}) ${label(mem.ref)}`,
      missing: own ? `rag-memory component with trustSource { kind: ${mem.ref.kind}, name: ${mem.ref.name} }` : compHint(mem.ref)
    });
  }
  const sa = surface.serviceAccount;
  if (sa && !components.some((c) => c.category === "identity")) {
    const ref = { kind: "ServiceAccount", name: sa.name, ...sa.namespace ? { namespace: sa.namespace } : {} };
    add({
      ref,
      category: "identity",
      position: sa.position,
      description: `identity ${label(ref)}`,
      missing: compHint(ref)
    });
  }
  for (const s of surface.mcpServers) {
    const m = s.identity ? /^system:serviceaccount:([^:]+):([^:]+)$/.exec(s.identity) : null;
    if (!m || s.identity === surface.identity) continue;
    const ref = { kind: "ServiceAccount", name: m[2], ...m[1] !== "*" ? { namespace: m[1] } : {} };
    if (covered(components, ref)) continue;
    const known = surface.toolIdentities?.find((t) => t.identity === s.identity);
    add({
      ref,
      category: "identity",
      position: known?.serviceAccount.position ?? s.at?.identity ?? s.position,
      description: `tool server identity ${label(ref)} (${label(s.ref)} runs as it)`,
      missing: compHint(ref)
    });
  }
  return out;
}
function shadowMessage(e, agent, catalogFile, base = "<base>") {
  const who = `${agent.agent.kind} ${agent.agent.namespace ?? "default"}/${agent.agent.name}`;
  return `shadow component: ${e.description} is reachable by ${who} but ${catalogFile} has no ${e.missing}; \`threatcat diff --base ${base} --write\` adds it with the library's threats`;
}
function label(r) {
  return `${r.kind} ${r.namespace ? `${r.namespace}/` : ""}${r.name}`;
}
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

// src/analyse/rules/shadow-component.ts
var shadowComponent = {
  id: "shadow-component",
  severity: "error",
  summary: "An MCP server, model, tool server identity, delegation target, memory store or identity in the agent's manifests that no catalog component covers.",
  help: "Run `threatcat diff --base <ref> --write` (ref: the branch the change started from): it adds the element's component and the library's threats for it, as init would. Or add a component whose trustSource names the object, with its threats, by hand.",
  check(ctx) {
    const hits = [];
    for (const { catalog, globs, surface } of ctx.catalogs) {
      if (globs.every((g) => g.files.length === 0)) continue;
      if (!surface) continue;
      for (const e of shadowElements(catalog.data, surface)) {
        hits.push({
          catalog,
          path: ["components"],
          key: true,
          at: e.position,
          subject: e.subject,
          message: shadowMessage(e, surface, catalog.file)
        });
      }
    }
    return hits;
  }
};

// src/analyse/rules/surface-malformed.ts
var surfaceMalformed = {
  id: "surface-malformed",
  severity: "error",
  summary: "A manifest object of a known kind (kagent, RBAC, ToolHive, KServe\u2026) has a field of the wrong shape.",
  help: "Correct the field named in the message so the object matches its CRD; until then threatcat cannot tell what the agent reaches through it.",
  check(ctx) {
    const hits = [];
    const seen = /* @__PURE__ */ new Set();
    for (const { catalog, surfaceProblems } of ctx.catalogs) {
      for (const p of surfaceProblems) {
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
  help: "Nothing to fix: keep ingesting evidence until the baseline converges (14 days observed, nothing new in the last 7).",
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

// src/analyse/reopen-table.ts
var TOOL_CALL_ENVELOPE = ["sdk-callback", "mcp-log"];
var TOOL_LIST_ASPECTS = /* @__PURE__ */ new Set(["tools", "allowed-tools", "tool-hash"]);
var narrowed = (e) => e.direction === "narrowed";
var connection = (t, e, c) => {
  if (isInfrastructureCompromise(t) && !e.scope.inCluster) return false;
  return touches(t, c.componentsFor(e.scope.ref)) || hasEnvelopeEvidence(t);
};
var REOPEN_TABLE = {
  "mcp-connection-added": {
    invalidates: "the tool-call envelope: threats that touch that server's component, or whose evidence is a tool-call signal (sdk-callback, mcp-log); compromise-class threats of layer L4 only when the server runs in the cluster (an image, a command or a workload)",
    narrowing: "never a narrowing (a server leaving is mcp-connection-removed)",
    matches: connection
  },
  "mcp-connection-removed": {
    invalidates: "the tool-call envelope: threats that touch that server's component, or whose evidence is a tool-call signal (sdk-callback, mcp-log); compromise-class threats of layer L4 only when the server ran in the cluster",
    narrowing: "always a narrowing, and it re-opens the same threats as an addition: signals that compare tool calls with a converged baseline were converged on calls to that server",
    matches: connection
  },
  "model-version-updated": {
    invalidates: "the prompt-response distribution: threats that touch the inference component (the one whose trustSource is the changed model object, else every inference component); compromise-class threats of layer L4 (containers, images, nodes) only when the serving runtime changed; never threats that touch no inference component",
    narrowing: "a model removed: threats that touch exactly its component",
    matches: (t, e, c) => {
      if (narrowed(e)) return touches(t, c.componentsFor(e.scope.ref));
      if (isInfrastructureCompromise(t) && e.scope.aspect !== "runtime") return false;
      return touches(t, c.inferenceComponentsFor(e.scope.ref));
    }
  },
  "tool-surface-modified": {
    invalidates: "the tool-call envelope of those tools: threats that name one of the tools (capability.tools or an evidence signal's match.tool), or touch the server's component \u2014 for a change of the tool list or of a tool's description only coercion-class threats; for a delegation edge, threats that touch the delegations[] entry to that agent (else any delegation entry)",
    narrowing: "tools removed: threats that name one of them; a delegation removed: threats that touch exactly its entry; credentials, host paths, a permission profile or caller authentication narrowed: nothing",
    matches: (t, e, c) => {
      const aspect = e.scope.aspect ?? "";
      if (aspect === "delegation") {
        if (narrowed(e)) return touches(t, c.exactDelegationsFor(e.scope.ref));
        return touches(t, c.delegationsFor(e.scope.ref));
      }
      const tools = e.scope.tools ?? [];
      if (narrowed(e)) return TOOL_LIST_ASPECTS.has(aspect) && namesTool(t, tools, { specific: true });
      if (namesTool(t, tools)) return true;
      if (TOOL_LIST_ASPECTS.has(aspect) && t.class === "compromise") return false;
      return touches(t, c.componentsFor(e.scope.ref));
    }
  },
  "autonomy-tier-changed": {
    invalidates: "the blast radius of coercion: every coercion-class threat of the agent",
    narrowing: "nothing: a tool that now waits for approval, or a lower tier, leaves a coerced agent less to do alone",
    matches: (t, e) => !narrowed(e) && t.class === "coercion"
  },
  "permissions-changed": {
    invalidates: "reachable capability: threats whose capability.rules intersect an added or removed permission, or whose kube-audit signal watches a request it allows, or that touch the agent's identity component",
    narrowing: "permissions removed: threats whose capability.rules intersect one of them, or whose kube-audit signal watches a request it allowed; a cloud role removed: nothing",
    matches: (t, e, c) => {
      if (narrowed(e)) return rulesIntersect(t, e.scope.removed ?? []) || watchesRequest(t, e.scope.removed ?? []);
      const perms = [...e.scope.added ?? [], ...e.scope.removed ?? []];
      return touches(t, c.identityComponentsFor(e.scope.identity)) || rulesIntersect(t, perms) || watchesRequest(t, perms);
    }
  }
};
var CatalogView = class {
  constructor(data) {
    this.data = data;
  }
  data;
  /** Components whose trustSource is this object. */
  componentsFor(ref) {
    if (!ref) return [];
    return this.data.components.filter((c) => sameObject(c.trustSource, ref)).map((c) => c.id);
  }
  inferenceComponentsFor(ref) {
    const inference = this.data.components.filter((c) => c.category === "inference");
    const exact = ref ? inference.filter((c) => sameObject(c.trustSource, ref)) : [];
    return (exact.length > 0 ? exact : inference).map((c) => c.id);
  }
  /** Delegation entries to exactly that agent, and components whose trustSource is it. */
  exactDelegationsFor(ref) {
    if (!ref) return [];
    const exact = (this.data.delegations ?? []).filter(
      (d) => d.to.agent === ref.name && (!d.to.namespace || !ref.namespace || d.to.namespace === ref.namespace)
    );
    return [...exact.map((d) => d.id), ...this.componentsFor(ref)];
  }
  /** Delegation entries to that agent (else every delegation: an edge changed, and they all carry it). */
  delegationsFor(ref) {
    const exact = this.exactDelegationsFor(ref);
    return exact.length > 0 ? exact : (this.data.delegations ?? []).map((d) => d.id);
  }
  /** Identity components of that Kubernetes username (else every identity component of the agent). */
  identityComponentsFor(identity) {
    const ids = this.data.components.filter((c) => c.category === "identity");
    const m = identity ? /^system:serviceaccount:([^:]+):([^:]+)$/.exec(identity) : null;
    const exact = m ? ids.filter((c) => sameObject(c.trustSource, { kind: "ServiceAccount", namespace: m[1], name: m[2] })) : [];
    return (exact.length > 0 ? exact : ids).map((c) => c.id);
  }
  coversIdentity(identity) {
    const m = /^system:serviceaccount:([^:]+):([^:]+)$/.exec(identity);
    return m !== null && this.data.components.some(
      (c) => sameObject(c.trustSource, { kind: "ServiceAccount", namespace: m[1], name: m[2] })
    );
  }
};
function sameObject(source, ref) {
  return source.kind === ref.kind && source.name === ref.name && (source.namespace === void 0 || ref.namespace === void 0 || source.namespace === ref.namespace);
}
function isInfrastructureCompromise(t) {
  return t.class === "compromise" && (t.layer === "L4" || t.layer === "cross-layer" && !!t.layers?.includes("L4"));
}
function touches(t, ids) {
  return ids.length > 0 && t.components.some((c) => ids.includes(c));
}
function hasEnvelopeEvidence(t) {
  return t.evidence.some((e) => TOOL_CALL_ENVELOPE.includes(e.source));
}
function asList(m) {
  return m === void 0 ? [] : Array.isArray(m) ? m : [m];
}
function namesTool(t, tools, opts = {}) {
  if (tools.length === 0) return false;
  const names = [
    ...t.capability?.tools ?? [],
    ...t.evidence.flatMap((e) => asList(e.signal.match?.tool))
  ].filter((n) => !opts.specific || /[^*]/.test(n));
  return names.some((n) => tools.some((tool) => globMatch(n, tool) || tool.endsWith(`/${n}`)));
}
function globMatch(pattern, value) {
  if (!pattern.includes("*")) return pattern === value;
  const re = new RegExp(
    `^${pattern.split("*").map((p) => p.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`
  );
  return re.test(value);
}
function rulesIntersect(t, perms) {
  const rules = t.capability?.rules ?? [];
  if (rules.length === 0 || perms.length === 0) return false;
  return rules.some((rule) => perms.some((p) => ruleReaches(rule, p)));
}
function watchesRequest(t, perms) {
  if (perms.length === 0) return false;
  return t.evidence.some((e) => {
    if (e.source !== "kube-audit" || !e.signal.match) return false;
    const resources = asList(e.signal.match.resource);
    if (resources.length === 0) return false;
    const verbs = asList(e.signal.match.verb);
    const groups = asList(e.signal.match.apiGroup);
    const rule = {
      resources,
      verbs: verbs.length > 0 ? verbs : ["*"],
      ...groups.length > 0 ? { apiGroups: groups } : {}
    };
    return perms.some((p) => ruleReaches(rule, p));
  });
}
function ruleReaches(rule, p) {
  if (p.nonResourceURL) return false;
  const policy = { verbs: rule.verbs, apiGroups: rule.apiGroups ?? ["*"], resources: rule.resources };
  const wildcard = p.verb === "*" || p.apiGroup === "*" || p.resource === "*" || p.resource.startsWith("*/");
  if (!wildcard) {
    const [resource, subresource] = p.resource.split("/", 2);
    return policyRuleAllows(policy, {
      verb: p.verb,
      apiGroup: p.apiGroup,
      resource,
      ...subresource ? { subresource } : {}
    });
  }
  const verbOk = p.verb === "*" || policy.verbs.some((v) => v === "*" || v === p.verb);
  const groupOk = p.apiGroup === "*" || policy.apiGroups.some((g) => g === "*" || g === p.apiGroup);
  const resOk = policy.resources.some(
    (r) => r === "*" || p.resource === "*" || r === p.resource || p.resource.startsWith("*/") && r.endsWith(p.resource.slice(1)) || r.startsWith("*/") && p.resource.endsWith(r.slice(1))
  );
  return verbOk && groupOk && resOk;
}

// src/analyse/registry.ts
var DOCS_URI = `https://github.com/threatcat/threatcat/blob/v${VERSION}/docs/findings.md`;
var INPUT = [
  {
    id: UNREADABLE_INPUT,
    kind: "input",
    severity: "error",
    summary: "A catalog, baseline or configuration file cannot be read or parsed.",
    help: "Fix the file at the line named (YAML syntax, duplicate key, binary content, size); the command exits 2 until it reads."
  },
  {
    id: SCHEMA_RULE,
    kind: "input",
    severity: "error",
    summary: "The catalog does not conform to schema/catalog.schema.json.",
    help: "Correct the field named in the message (its type, enum value or required key); an editor with the schema shows the allowed values."
  },
  {
    id: MANIFEST_RULE,
    kind: "input",
    severity: "error",
    summary: "A manifest the agent points at cannot be parsed.",
    help: "Fix the manifest syntax at the line named, or leave the file out of agent.manifests."
  },
  {
    id: MALFORMED_RECORD,
    kind: "input",
    severity: "warning",
    summary: "A record of an evidence file that `threatcat ingest` cannot read; it is counted and skipped.",
    help: "Check the line named: a truncated or binary line means the export was cut or mixed with another stream; a record of another format needs `--source NAME` or a file of its own."
  },
  {
    id: MANIFEST_NOT_RENDERED,
    kind: "input",
    severity: "note",
    summary: "A Kustomize app or Helm chart in the agent's manifests was not rendered (no kubectl or kustomize, a remote base, Helm), so its objects were not read as the cluster would get them.",
    help: "For a Helm chart, commit its rendered output (`helm template RELEASE CHART_DIR > rendered.yaml`) and list it in agent.manifests; for Kustomize, install kubectl (v1.27+) or kustomize v5, or vendor the remote base into the repository."
  }
];
var REOPEN = [
  {
    id: REOPEN_PENDING,
    kind: "reopen",
    severity: "error",
    summary: "A change to the agent surface invalidates the evidence of a closed or accepted threat, and the catalog does not yet re-open it.",
    help: "Run `threatcat diff --base <base branch> --write` and commit the catalog, or set the Action input `mode: commit` to have the Action push the same edit."
  },
  {
    id: THREAT_REOPENED,
    kind: "reopen",
    severity: "note",
    summary: "A threat re-opened by a change to the agent surface.",
    help: "Re-validate its evidence signals against runtime data (threatcat ingest) to close it again."
  },
  {
    id: EVIDENCE_INVALIDATED,
    kind: "reopen",
    severity: "note",
    summary: "An open threat whose evidence a change to the agent surface invalidates.",
    help: "Nothing blocks the PR: once the change is deployed, validate the threat's signals against behaviour observed after it (`threatcat ingest`), which closes it again."
  }
];
var EVENT_FIX = {
  "mcp-connection-added": "models a new server (a component with its threats) and re-opens the threats whose tool-call evidence the connection invalidates",
  "mcp-connection-removed": "re-opens the threats whose tool-call evidence covered the removed connection",
  "model-version-updated": "re-opens the threats whose evidence was observed with the previous model",
  "tool-surface-modified": "re-opens the threats whose evidence covered the previous tools",
  "autonomy-tier-changed": "re-opens the coercion threats, whose blast radius the new tier changes",
  "permissions-changed": "re-opens the threats whose reachable capability the grants change (revoke a grant the agent does not need instead of widening it)"
};
var EVENTS = SURFACE_EVENT_TYPES.map((t) => ({
  id: t,
  kind: "event",
  severity: "warning",
  summary: `Agent surface change (${t}): invalidates ${REOPEN_TABLE[t].invalidates}.`,
  help: `Run \`threatcat diff --base <base branch> --write\` and commit the catalog: it ${EVENT_FIX[t]}. Then validate their signals against runtime evidence from after the change (\`threatcat ingest\`).`
}));
var RULE_ENTRIES = RULES.map((r) => ({
  id: r.id,
  kind: "rule",
  severity: r.severity,
  summary: r.summary,
  help: r.help
}));
var FINDING_TYPES = [...INPUT, ...RULE_ENTRIES, ...EVENTS, ...REOPEN].map((e) => ({
  ...e,
  helpUri: `${DOCS_URI}#${e.id}`
}));
var BY_ID = new Map(FINDING_TYPES.map((t) => [t.id, t]));
function findingType(id) {
  return BY_ID.get(id);
}
var CONFIGURABLE_IDS = FINDING_TYPES.filter(
  (t) => t.id !== UNREADABLE_INPUT && t.id !== MALFORMED_RECORD && t.kind !== "event"
).map((t) => t.id);
function applySeverities(findings, severities) {
  const out = [];
  for (const f of findings) {
    const s = severities[f.rule] ?? f.severity;
    if (s !== "off") out.push(s === f.severity ? f : { ...f, severity: s });
  }
  return out;
}
function isFailing(findings, failOn) {
  if (failOn === "never") return false;
  return findings.some(
    (f) => f.severity === "error" || failOn === "warning" && f.severity === "warning" && findingType(f.rule)?.kind !== "event"
  );
}

// src/render/workflow-commands.ts
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
var COMMAND = { error: "error", warning: "warning", note: "notice" };
function workflowCommand(a) {
  const props = [
    `file=${escapeProperty(a.file)}`,
    `line=${a.line}`,
    ...a.column ? [`col=${a.column}`] : [],
    `title=${escapeProperty(a.title)}`
  ];
  return `::${COMMAND[a.severity]} ${props.join(",")}::${escapeData(a.message)}`;
}
function findingAnnotation(f) {
  return {
    severity: f.severity,
    file: f.file,
    line: f.line,
    column: f.column,
    title: `threatcat ${f.rule}`,
    message: f.message
  };
}
function renderFindingsGithub(findings) {
  return findings.map((f) => `${workflowCommand(findingAnnotation(f))}
`).join("");
}
var PER_STEP_LIMIT = 10;
function selectAnnotations(items) {
  const sorted = [...items].sort(
    (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.file.localeCompare(b.file) || a.line - b.line
  );
  const used = { error: 0, warning: 0, note: 0 };
  const shown = [];
  for (const a of sorted) {
    if (used[a.severity] >= PER_STEP_LIMIT) continue;
    used[a.severity] += 1;
    shown.push(a);
  }
  return { shown, dropped: items.length - shown.length };
}

// src/render/sarif.ts
import { createHash } from "node:crypto";
var LEVEL = { error: "error", warning: "warning", note: "note" };
function renderSarif(findings, opts) {
  const used = [...new Set(findings.map((f) => f.rule))];
  const rules = used.map(
    (id) => findingType(id) ?? { id, kind: "rule", severity: "error", summary: id, help: id, helpUri: DOCS_URI }
  );
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
              // Code scanning shows help.markdown on the alert: what it means, how to fix it, and the docs section.
              help: {
                text: `How to fix: ${r.help} (${r.helpUri})`,
                markdown: `${r.summary}

**How to fix:** ${r.help}

[More in docs/findings.md](${r.helpUri})`
              },
              helpUri: r.helpUri,
              defaultConfiguration: { level: LEVEL[r.severity] },
              properties: { tags: ["security", "threat-model"] }
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
            level: LEVEL[f.severity],
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

export {
  shadowElements,
  shadowMessage,
  RULES,
  REOPEN_TABLE,
  CatalogView,
  findingType,
  CONFIGURABLE_IDS,
  applySeverities,
  isFailing,
  escapeData,
  workflowCommand,
  findingAnnotation,
  renderFindingsGithub,
  selectAnnotations,
  renderSarif
};
