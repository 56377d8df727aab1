import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);
import {
  UNOBSERVABLE_VERBS
} from "./chunk-RPSUF6VW.js";
import {
  htmlTemplate,
  markdownTemplate
} from "./chunk-YVBHI7S2.js";
import {
  mermaidLabel
} from "./chunk-GC3LWGRX.js";
import {
  daysUntil
} from "./chunk-XW6MC7SD.js";
import {
  baselineConvergence,
  ruleAllows,
  schemaFindings
} from "./chunk-3L5YRJF5.js";
import {
  PROVISIONAL_VERSIONS,
  aars,
  formatScore,
  threatAivss
} from "./chunk-2LPVWLPB.js";
import {
  VERSION
} from "./chunk-PLN32GDA.js";
import {
  EXIT,
  parseCommandArgs,
  pickFormat
} from "./chunk-RAOOECVX.js";
import {
  RbacIndex,
  baselinePathFor,
  blastOf,
  declaredPermissions,
  packageRoot,
  readConfig,
  readManifestText,
  readWorkspace,
  require_dist,
  resolveRoot,
  sourceState,
  writeFileAtomic
} from "./chunk-ANXZMRTR.js";
import {
  __toESM,
  oneLine
} from "./chunk-TIATFUQ4.js";

// src/app/report.ts
import { resolve } from "node:path";

// src/read/manifests/bootstrap-bindings.ts
var BOOTSTRAP_BINDINGS = `
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: "system:basic-user" }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: "system:basic-user" }
subjects: [{ apiGroup: rbac.authorization.k8s.io, kind: Group, name: "system:authenticated" }]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: "system:discovery" }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: "system:discovery" }
subjects: [{ apiGroup: rbac.authorization.k8s.io, kind: Group, name: "system:authenticated" }]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: "system:public-info-viewer" }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: "system:public-info-viewer" }
subjects:
  - { apiGroup: rbac.authorization.k8s.io, kind: Group, name: "system:authenticated" }
  - { apiGroup: rbac.authorization.k8s.io, kind: Group, name: "system:unauthenticated" }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: "system:service-account-issuer-discovery" }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: "system:service-account-issuer-discovery" }
subjects: [{ apiGroup: rbac.authorization.k8s.io, kind: Group, name: "system:serviceaccounts" }]
`;
var index;
function bootstrapPermissions(identity) {
  index ??= new RbacIndex([readManifestText(BOOTSTRAP_BINDINGS, "threatcat:bootstrap-cluster-role-bindings")]);
  return index.permissionsOf(identity);
}

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
    dormantByIdentity: groupDormant(c.permissions ?? []),
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
    ...t.acceptance ? { acceptance: { ...t.acceptance, expired } } : {},
    ...t.description ? { description: t.description } : {},
    ...t.capability ? { capability: capabilityOf(t.capability) } : {},
    mitigations: t.mitigations ?? [],
    references: t.references ?? [],
    evidence: t.evidence.map((e) => ({
      source: e.source,
      signal: e.signal.description,
      ...e.validated ? { validated: { ...e.validated } } : {},
      ...e.fired ? { fired: { ...e.fired } } : {}
    })),
    ...t.reopened ? { reopened: { ...t.reopened } } : {}
  };
}
function capabilityOf(c) {
  return {
    ...c.description ? { description: c.description } : {},
    rules: (c.rules ?? []).map((r) => {
      const groups2 = r.apiGroups?.filter((g) => g !== "") ?? [];
      const prefix = groups2.length > 0 ? `${groups2.join("|")}/` : "";
      return `${r.verbs.join(", ")} ${r.resources.map((x) => `${prefix}${x}`).join(", ")}`;
    }),
    tools: c.tools ?? []
  };
}
var VERB_ORDER = ["get", "list", "watch", "create", "update", "patch", "delete", "deletecollection", "*"];
function byVerb(a, b) {
  const ia = VERB_ORDER.indexOf(a);
  const ib = VERB_ORDER.indexOf(b);
  if (ia !== -1 || ib !== -1) return (ia === -1 ? 99 : ia) - (ib === -1 ? 99 : ib);
  return a.localeCompare(b);
}
function groupDormant(permissions) {
  const out = [];
  for (const p of permissions) {
    if (p.dormant.length === 0) continue;
    const groups2 = /* @__PURE__ */ new Map();
    for (const d of p.dormant) {
      const permission = `${d.apiGroup ? `${d.apiGroup}/` : ""}${d.resource}${d.resourceNames?.length ? ` (${d.resourceNames.join(", ")})` : ""}`;
      const key = `${permission}\0${d.namespace}`;
      let g = groups2.get(key);
      if (!g) {
        g = {
          permission,
          namespace: d.namespace,
          verbs: [],
          blast: d.blast,
          disposition: "",
          wildcard: false,
          byDisposition: /* @__PURE__ */ new Map()
        };
        groups2.set(key, g);
      }
      if (!g.verbs.includes(d.verb)) g.verbs.push(d.verb);
      g.blast = Math.max(g.blast, d.blast);
      g.wildcard ||= d.wildcard ?? false;
      const disposition = d.disposition ?? "none";
      g.byDisposition.set(disposition, [...g.byDisposition.get(disposition) ?? [], d.verb]);
    }
    const rows = [...groups2.values()].map(({ byDisposition, ...g }) => ({
      ...g,
      verbs: g.verbs.sort(byVerb),
      disposition: byDisposition.size === 1 ? [...byDisposition.keys()][0] : [...byDisposition.entries()].map(([k, verbs]) => `${k}: ${verbs.join(", ")}`).join("; ")
    }));
    rows.sort(
      (a, b) => b.blast - a.blast || a.permission.localeCompare(b.permission) || a.namespace.localeCompare(b.namespace)
    );
    out.push({
      identity: p.identity,
      ...p.component ? { component: p.component } : {},
      entries: p.dormant.length,
      groups: rows
    });
  }
  return out;
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

// src/analyse/least-privilege.ts
var SA = /^system:serviceaccount:([a-z0-9]([-a-z0-9]*[a-z0-9])?):([a-z0-9]([-a-z0-9.]*[a-z0-9])?)$/;
var DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
function generatedName(sa) {
  return `threatcat:${sa.namespace}:${sa.name}`;
}
function leastPrivilege(input) {
  const byIdentity = /* @__PURE__ */ new Map();
  const invalid = [];
  const acc = (identity) => {
    let a = byIdentity.get(identity);
    if (!a) {
      a = { agents: /* @__PURE__ */ new Set(), catalogs: /* @__PURE__ */ new Set(), declared: /* @__PURE__ */ new Map(), windows: [], requests: /* @__PURE__ */ new Map() };
      byIdentity.set(identity, a);
    }
    return a;
  };
  for (const agent of input.agents) {
    const ids = /* @__PURE__ */ new Set([...agent.identities, ...(agent.requests?.allowed ?? []).map((r) => r.identity)]);
    for (const id of ids) {
      const a = acc(id);
      a.agents.add(agent.agent);
      a.catalogs.add(agent.catalog);
      if (agent.requests) a.windows.push(agent.requests.window);
    }
    for (const p of agent.declared) {
      if (!ids.has(p.identity)) continue;
      acc(p.identity).declared.set(permissionKey(p), p);
    }
    for (const r of agent.requests?.allowed ?? []) {
      if (r.namespace !== "" && !DNS_LABEL.test(r.namespace)) {
        invalid.push({
          identity: r.identity,
          reason: `a request in namespace ${JSON.stringify(r.namespace)}, not a valid namespace name, is left out`
        });
        continue;
      }
      const requests = acc(r.identity).requests;
      const k = requestKey(r);
      const have = requests.get(k);
      if (!have) requests.set(k, { ...r });
      else {
        have.count = Math.max(have.count, r.count);
        if (r.first < have.first) have.first = r.first;
        if (r.last > have.last) have.last = r.last;
      }
    }
  }
  const out = { identities: [], skipped: invalid };
  for (const [identity, a] of [...byIdentity.entries()].sort(([x], [y]) => x.localeCompare(y))) {
    const m = SA.exec(identity);
    if (!m) {
      out.skipped.push({
        identity,
        reason: identity.startsWith("system:serviceaccount:") ? "the ServiceAccount has no namespace in the manifests, or its name is not valid" : "not a ServiceAccount: RBAC for users and groups is not generated"
      });
      continue;
    }
    const sa = { namespace: m[1], name: m[3] };
    out.identities.push(
      identityPolicy(identity, sa, a, input.implicit ? input.implicit(identity) : [], a.windows.length > 0)
    );
  }
  return out;
}
function identityPolicy(identity, sa, a, implicit, observed) {
  const declared = [...a.declared.values()];
  const requests = [...a.requests.values()].sort((x, y) => requestKey(x).localeCompare(requestKey(y)));
  const window = observed ? {
    from: a.windows.reduce((m, w) => w.from < m ? w.from : m, a.windows[0].from),
    to: a.windows.reduce((m, w) => w.to > m ? w.to : m, a.windows[0].to)
  } : void 0;
  const groups2 = /* @__PURE__ */ new Map();
  for (const r of requests) {
    const req = toRequest(r);
    const covering = declared.filter((p) => allowsIgnoringNames(p, req));
    const names = covering.length > 0 && covering.every((p) => p.resourceNames?.length) ? namesOf(covering) : void 0;
    const implicitBy = implicit.filter((p) => ruleAllows(p, req)).map((p) => p.role.name);
    const scope = r.path ? "" : r.namespace;
    const k = [scope, r.apiGroup, r.resource, r.path ?? "", (names ?? []).join(",")].join("\0");
    let g = groups2.get(k);
    if (!g) {
      g = {
        scope,
        apiGroup: r.apiGroup,
        resource: r.resource,
        ...r.path ? { path: r.path } : {},
        ...names ? { names } : {},
        uses: /* @__PURE__ */ new Map(),
        undeclared: false,
        implicitRoles: /* @__PURE__ */ new Set(),
        allImplicit: true
      };
      groups2.set(k, g);
    }
    if (covering.length === 0) g.undeclared = true;
    if (implicitBy.length === 0) g.allImplicit = false;
    for (const role of implicitBy) g.implicitRoles.add(role);
    const use = g.uses.get(r.verb);
    if (!use) g.uses.set(r.verb, { verb: r.verb, count: r.count, first: r.first, last: r.last });
    else {
      use.count += r.count;
      if (r.first < use.first) use.first = r.first;
      if (r.last > use.last) use.last = r.last;
    }
  }
  const name = generatedName(sa);
  const roles = /* @__PURE__ */ new Map();
  for (const g of [...groups2.values()].sort(byGroup)) {
    const roleKey = g.scope === "" ? "" : g.scope;
    let role = roles.get(roleKey);
    if (!role) {
      role = g.scope === "" ? { kind: "ClusterRole", name, rules: [] } : { kind: "Role", name, namespace: g.scope, rules: [] };
      roles.set(roleKey, role);
    }
    const uses = [...g.uses.values()].sort((x, y) => byVerb(x.verb, y.verb));
    const rule = g.path ? { nonResourceURLs: [g.path], verbs: uses.map((u) => u.verb), uses, undeclared: g.undeclared } : {
      apiGroups: [g.apiGroup],
      resources: [g.resource],
      ...g.names ? { resourceNames: g.names } : {},
      verbs: uses.map((u) => u.verb),
      uses,
      undeclared: g.undeclared
    };
    if (g.allImplicit && g.implicitRoles.size > 0) rule.implicitlyGrantedBy = [...g.implicitRoles].sort();
    role.rules.push(rule);
  }
  const ordered = [...roles.entries()].sort(([x], [y]) => x === "" ? -1 : y === "" ? 1 : x.localeCompare(y)).map(([, r]) => r);
  const { diff, summary } = diffDeclared(declared, requests);
  const added = [];
  for (const g of [...groups2.values()].sort(byGroup)) {
    if (!g.undeclared) continue;
    added.push({
      apiGroup: g.apiGroup,
      resource: g.resource,
      ...g.path ? { nonResourceURL: g.path } : {},
      namespace: g.scope,
      verbs: [...g.uses.keys()].sort(byVerb),
      ...g.allImplicit && g.implicitRoles.size > 0 ? { implicitlyGrantedBy: [...g.implicitRoles].sort() } : {}
    });
  }
  return {
    identity,
    serviceAccount: sa,
    agents: [...a.agents].sort(),
    catalogs: [...a.catalogs].sort(),
    observed,
    ...window ? { window } : {},
    requests: requests.reduce((n, r) => n + r.count, 0),
    roles: ordered,
    diff: observed ? diff : [],
    added,
    summary: { ...summary, generatedRules: ordered.reduce((n, r) => n + r.rules.length, 0) }
  };
}
function diffDeclared(declared, requests) {
  const summary = { declared: declared.length, removed: 0, narrowed: 0, kept: 0 };
  const lines = /* @__PURE__ */ new Map();
  for (const p of declared) {
    const uses = requests.filter((r) => allowsIgnoringNames(p, toRequest(r)));
    let action;
    let detail;
    if (uses.length === 0) {
      action = "remove";
      detail = UNOBSERVABLE_VERBS.has(p.verb) ? "cannot be seen in audit logs: grant it by hand if the agent needs it" : "never used in the window";
    } else {
      const usedAs = usedAsText(p, uses);
      if (usedAs) {
        action = "narrow";
        detail = usedAs;
      } else {
        action = "keep";
        detail = "";
      }
    }
    summary[action === "remove" ? "removed" : action === "narrow" ? "narrowed" : "kept"]++;
    const via = `${p.binding.kind} ${p.binding.namespace ? `${p.binding.namespace}/` : ""}${p.binding.name} \u2192 ${p.role.kind} ${p.role.name}`;
    const k = [
      action,
      via,
      p.apiGroup,
      p.resource,
      p.nonResourceURL ?? "",
      (p.resourceNames ?? []).join(","),
      p.namespace,
      detail
    ].join("\0");
    const line = lines.get(k);
    const blast = blastOf(p).score;
    if (line) {
      if (!line.verbs.includes(p.verb)) line.verbs.push(p.verb);
      line.blast = Math.max(line.blast, blast);
      line.wildcard ||= p.wildcard;
    } else {
      lines.set(k, {
        action,
        via,
        apiGroup: p.apiGroup,
        resource: p.resource,
        ...p.nonResourceURL !== void 0 ? { nonResourceURL: p.nonResourceURL } : {},
        ...p.resourceNames?.length ? { resourceNames: [...p.resourceNames] } : {},
        namespace: p.namespace,
        verbs: [p.verb],
        wildcard: p.wildcard,
        blast,
        detail
      });
    }
  }
  const order = { remove: 0, narrow: 1, keep: 2 };
  const diff = [...lines.values()].map((l) => ({ ...l, verbs: l.verbs.sort(byVerb) })).sort(
    (x, y) => order[x.action] - order[y.action] || y.blast - x.blast || x.via.localeCompare(y.via) || `${x.apiGroup}/${x.resource}${x.nonResourceURL ?? ""}`.localeCompare(
      `${y.apiGroup}/${y.resource}${y.nonResourceURL ?? ""}`
    ) || x.namespace.localeCompare(y.namespace)
  );
  return { diff, summary };
}
function usedAsText(p, uses) {
  const parts = [];
  if (p.wildcard) {
    const used = [
      ...new Set(
        uses.map(
          (u) => u.path ? `${u.verb} ${u.path}` : `${u.verb} ${u.apiGroup ? `${u.apiGroup}/` : ""}${u.resource}`
        )
      )
    ].sort();
    parts.push(`wildcard used only as ${listText(used)}`);
  }
  if (p.namespace === "*" && p.nonResourceURL === void 0 && uses.every((u) => u.namespace !== "")) {
    const namespaces = [...new Set(uses.map((u) => u.namespace))].sort();
    parts.push(
      `cluster-wide grant used only in namespace${namespaces.length === 1 ? "" : "s"} ${listText(namespaces)}`
    );
  }
  return parts.join("; ");
}
function listText(xs, max = 6) {
  return xs.length <= max ? xs.join(", ") : `${xs.slice(0, max).join(", ")} and ${xs.length - max} more`;
}
function toRequest(r) {
  if (r.path) return { verb: r.verb, nonResourceURL: r.path };
  const slash = r.resource.indexOf("/");
  return {
    verb: r.verb,
    apiGroup: r.apiGroup,
    resource: slash === -1 ? r.resource : r.resource.slice(0, slash),
    ...slash === -1 ? {} : { subresource: r.resource.slice(slash + 1) },
    ...r.namespace ? { namespace: r.namespace } : {}
  };
}
function allowsIgnoringNames(p, req) {
  if (!p.resourceNames?.length) return ruleAllows(p, req);
  const { resourceNames: _names, ...unnamed } = p;
  return ruleAllows(unnamed, req);
}
function namesOf(ps) {
  return [...new Set(ps.flatMap((p) => p.resourceNames ?? []))].sort();
}
function permissionKey(p) {
  return [
    p.identity,
    p.apiGroup,
    p.resource,
    p.nonResourceURL ?? "",
    p.verb,
    p.namespace,
    (p.resourceNames ?? []).join(","),
    p.binding.kind,
    p.binding.namespace ?? "",
    p.binding.name,
    p.role.kind,
    p.role.name
  ].join("\0");
}
function requestKey(r) {
  return [r.identity, r.namespace, r.apiGroup, r.resource, r.path ?? "", r.verb].join("\0");
}
function byGroup(x, y) {
  return x.scope.localeCompare(y.scope) || (x.path ?? "").localeCompare(y.path ?? "") || x.apiGroup.localeCompare(y.apiGroup) || x.resource.localeCompare(y.resource);
}

// src/render/rbac-yaml.ts
var import_yaml = __toESM(require_dist(), 1);
var RBAC = "rbac.authorization.k8s.io/v1";
var MANAGED_BY = { "app.kubernetes.io/managed-by": "threatcat" };
function renderRbacYaml(lp, meta) {
  const header = [
    `Least-privilege RBAC generated by threatcat ${meta.version} on ${meta.generated}`,
    `from the observed baselines (${meta.source}).`,
    "Each rule grants one apiGroup and resource with exactly the verbs observed on it, in the namespaces",
    "observed (cluster-wide only for cluster-scoped and all-namespace requests); its comment gives the allowed",
    "requests and the last use. Dormant grants are left out; wildcards are expanded to what was used.",
    "Check with kubectl apply --dry-run=server -f <this file>, apply it, then remove the declared grants",
    'marked "remove" or "narrow" below (kubectl apply only adds: it never removes a binding).'
  ];
  let carry = [...header];
  for (const s of lp.skipped) carry.push("", `Skipped ${s.identity}: ${s.reason}.`);
  const docs = [];
  for (const id of lp.identities) {
    const comments = identityComments(id);
    const objects = objectsOf(id);
    if (objects.length === 0) {
      carry.push("", ...comments);
      continue;
    }
    objects[0].commentBefore = commentText([...carry, ...carry.length > 0 ? [""] : [], ...comments]);
    carry = [];
    docs.push(...objects);
  }
  if (docs.length === 0) {
    const text = commentText([...carry, "", "Nothing to apply: no identity has an observed request."]);
    return `${text.split("\n").map((l) => `#${l}`).join("\n")}
`;
  }
  if (carry.length > 0) docs[docs.length - 1].comment = commentText(carry);
  return docs.map((d) => d.toString({ lineWidth: 0, flowCollectionPadding: false })).join("---\n");
}
function objectsOf(id) {
  const name = generatedName(id.serviceAccount);
  const subject = { kind: "ServiceAccount", name: id.serviceAccount.name, namespace: id.serviceAccount.namespace };
  const annotations = {
    "threatcat.dev/identity": id.identity,
    "threatcat.dev/agents": id.agents.join(","),
    ...id.window ? { "threatcat.dev/observed": `${id.window.from}/${id.window.to}` } : {}
  };
  const metadata = (namespace) => ({
    name,
    ...namespace ? { namespace } : {},
    labels: { ...MANAGED_BY },
    annotations: { ...annotations }
  });
  const out = [];
  for (const role of id.roles) {
    const roleDoc = new import_yaml.Document({
      apiVersion: RBAC,
      kind: role.kind,
      metadata: metadata(role.namespace),
      rules: role.rules.map(ruleBody)
    });
    flowLists(roleDoc);
    const rules = roleDoc.get("rules", true);
    if ((0, import_yaml.isSeq)(rules))
      for (const [i, item] of rules.items.entries()) item.commentBefore = ruleComment(role.rules[i]);
    out.push(roleDoc);
    const binding = new import_yaml.Document({
      apiVersion: RBAC,
      kind: role.kind === "ClusterRole" ? "ClusterRoleBinding" : "RoleBinding",
      metadata: metadata(role.namespace),
      roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: role.kind, name },
      subjects: [subject]
    });
    out.push(binding);
  }
  return out;
}
function ruleBody(r) {
  if (r.nonResourceURLs) return { nonResourceURLs: r.nonResourceURLs, verbs: r.verbs };
  return {
    apiGroups: r.apiGroups ?? [],
    resources: r.resources ?? [],
    ...r.resourceNames ? { resourceNames: r.resourceNames } : {},
    verbs: r.verbs
  };
}
function flowLists(doc) {
  const rules = doc.get("rules", true);
  if (!(0, import_yaml.isSeq)(rules)) return;
  for (const item of rules.items) {
    if (!(0, import_yaml.isMap)(item)) continue;
    for (const pair of item.items) if ((0, import_yaml.isSeq)(pair.value)) pair.value.flow = true;
  }
}
function ruleComment(r) {
  const lines = r.uses.map(
    (u) => `${u.verb}: ${u.count} allowed request${u.count === 1 ? "" : "s"}, last ${timeText(u.last)}`
  );
  if (r.implicitlyGrantedBy)
    lines.push(`also granted to every ServiceAccount by the built-in ${r.implicitlyGrantedBy.join(", ")}`);
  else if (r.undeclared) lines.push("not granted by the declared RBAC (granted outside these manifests)");
  return commentText(lines);
}
function identityComments(id) {
  const who = `ServiceAccount ${id.serviceAccount.namespace}/${id.serviceAccount.name} (agent${id.agents.length === 1 ? "" : "s"} ${id.agents.join(", ")})`;
  if (!id.observed)
    return [
      `${who}: no kube-audit evidence ingested for it, nothing generated.`,
      "Run threatcat ingest --write with the cluster audit log, then this report again."
    ];
  const lines = [
    `${who}: ${id.requests} allowed request${id.requests === 1 ? "" : "s"} observed ${timeText(id.window.from)} to ${timeText(id.window.to)};`,
    `${id.summary.generatedRules} generated rule${id.summary.generatedRules === 1 ? "" : "s"}${id.roles.length === 0 ? ": it needs no RBAC" : ""}.`
  ];
  const s = id.summary;
  lines.push(
    s.declared === 0 ? "Declared RBAC: none in these manifests." : `Declared RBAC, ${s.declared} grant${s.declared === 1 ? "" : "s"}: ${s.removed} removed, ${s.narrowed} narrowed, ${s.kept} kept.`
  );
  const rows = [];
  let via = "";
  for (const d of id.diff) {
    if (d.via !== via) {
      via = d.via;
      rows.push(`${via}:`);
    }
    rows.push([
      d.action,
      `${d.verbs.join(",")} ${permissionText(d)}`,
      scopeText(d.namespace),
      `blast ${d.blast}`,
      d.detail
    ]);
  }
  if (id.added.length > 0) rows.push("Observed, not granted by the declared RBAC:");
  for (const a of id.added) rows.push(addedRow(a));
  lines.push(...table(rows));
  return lines;
}
function addedRow(a) {
  return [
    "add",
    `${a.verbs.join(",")} ${a.nonResourceURL ?? `${a.apiGroup ? `${a.apiGroup}/` : ""}${a.resource}`}`,
    a.nonResourceURL ? "cluster" : a.namespace === "" ? "cluster-wide" : `ns ${a.namespace}`,
    "",
    a.implicitlyGrantedBy ? `already granted to every ServiceAccount by ${a.implicitlyGrantedBy.join(", ")}` : "granted outside these manifests"
  ];
}
function permissionText(d) {
  if (d.nonResourceURL !== void 0) return d.nonResourceURL;
  const r = `${d.apiGroup ? `${d.apiGroup}/` : ""}${d.resource}`;
  return d.resourceNames ? `${r} (${d.resourceNames.join(", ")})` : r;
}
function scopeText(ns) {
  return ns === "*" ? "all namespaces" : `ns ${ns}`;
}
function table(rows) {
  const cells = rows.filter((r) => Array.isArray(r));
  const widths = (cells[0] ?? []).map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  return rows.map(
    (r) => typeof r === "string" ? `  ${r}` : `    ${r.map((c, i) => i === r.length - 1 ? c : c.padEnd(widths[i])).join("  ")}`.replace(/\s+$/, "")
  );
}
function timeText(t) {
  return `${t.slice(0, 10)} ${t.slice(11, 16)} UTC`;
}
function commentText(lines) {
  return lines.map((l) => ` ${l.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]/g, " ")}`.replace(/^ $/, "")).join("\n");
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
function renderReportJson(report, source) {
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
        aivss: t.aivss ? { score: t.aivss.score, severity: t.aivss.severity, vector: t.aivss.vector } : null,
        declaredStatus: t.declaredStatus,
        description: t.description ?? null,
        components: t.components,
        capability: t.capability ?? null,
        mitigations: t.mitigations,
        acceptance: t.acceptance ? {
          by: t.acceptance.by,
          reason: t.acceptance.reason,
          reReviewBy: t.acceptance.reReviewBy ?? null,
          expired: t.acceptance.expired
        } : null,
        evidence: t.evidence.map((e) => ({
          source: e.source,
          signal: e.signal,
          validated: e.validated ?? null,
          fired: e.fired ?? null
        })),
        reopened: t.reopened ?? null
      })),
      daysObserved: r.daysObserved,
      baseline: r.baseline.state,
      dormantByIdentity: r.dormantByIdentity.map((d) => ({
        identity: d.identity,
        entries: d.entries,
        groups: d.groups.map((g) => ({
          permission: g.permission,
          namespace: g.namespace,
          verbs: g.verbs,
          blast: g.blast,
          disposition: g.disposition
        }))
      }))
    })),
    ...source ? {
      source: {
        threatcat: source.version,
        commit: source.git?.commit ?? null,
        dirty: source.git ? source.git.dirty : null
      }
    } : {}
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
function sourceText(s) {
  if (!s.git) return "a directory outside git";
  const dirty = s.git.dirty ? " (working tree, uncommitted changes)" : "";
  return s.git.commit ? `commit ${s.git.commit.slice(0, 12)}${dirty}` : `no commit yet${dirty}`;
}
var NO_SCORE_NOTE = "n/a: the threat has no CVSS base score yet, and AIVSS amplifies a CVSS v4.0 base score. Add cvss: { base: <0-10>, exploitMaturity: poc } to the threat (docs/aivss.md); it then gets a score and moves into place.";
function reportView(report, opts) {
  const totals = { catalogs: report.length, open: 0, closed: 0, accepted: 0, dormant: 0 };
  for (const r of report) {
    totals.open += r.counts.open;
    totals.closed += r.counts.closed;
    totals.accepted += r.counts.accepted;
    totals.dormant += r.dormant.length;
  }
  const source = opts.source ?? { version: "" };
  return {
    generated: opts.generated,
    today: opts.today,
    source: { ...source, text: sourceText(source) },
    noScoreNote: NO_SCORE_NOTE,
    totals,
    catalogs: report.map((r, ci) => {
      const threatRows = r.threats.map((t, ti) => threatRow(r, t, `t-${ci}-${ti}`));
      const threatGroups = groups(threatRows);
      return {
        ...r,
        diagram: componentsDiagram(r),
        observation: [
          r.daysObserved !== null ? `${r.daysObserved} day${r.daysObserved === 1 ? "" : "s"} observed` : r.observed ? "runtime evidence ingested, no observation window recorded" : "no runtime evidence ingested yet (Day 1 hypothesis)",
          // An empty baseline says nothing the days observed do not.
          ...r.baseline.state === "learning" || r.baseline.state === "converged" ? [`baseline ${r.baseline.state} (${r.baseline.reason})`] : []
        ].join("; "),
        provisionalNote: r.provisional ? " (provisional: the v0.8 formula is reconstructed, not from the published PDF)" : "",
        threatRows,
        threatGroups,
        details: threatGroups.flatMap((g) => g.rows),
        unscored: threatRows.filter((t) => !t.scored).length,
        dormantGroups: r.dormantByIdentity.map((d) => ({
          ...d,
          rows: d.groups.map((g) => ({
            ...g,
            verbsText: g.verbs.join(", "),
            scopeText: g.namespace === "*" ? "all namespaces" : g.namespace
          }))
        }))
      };
    })
  };
}
var GROUPS = [
  {
    status: "open",
    title: "Open",
    note: "No validated signal closes them, or an acceptance expired: the exposure now."
  },
  { status: "accepted", title: "Accepted", note: "Risk accepted by a named owner until a re-review date." },
  { status: "closed", title: "Closed", note: "A named runtime signal was validated against evidence." }
];
function groups(rows) {
  return GROUPS.map((g) => ({ ...g, rows: rows.filter((t) => t.status === g.status) })).filter(
    (g) => g.rows.length > 0
  );
}
function threatRow(r, t, anchor) {
  const evidenceRows = t.evidence.map((e) => evidenceRow(e, r.observed && t.status === "open"));
  const closedBy = t.evidence.flatMap(
    (e) => e.validated && t.status === "closed" ? [
      {
        source: e.source,
        signal: e.signal,
        at: dateText(e.validated.at),
        snapshot: shortSnapshot(e.validated.snapshot),
        events: e.validated.events
      }
    ] : []
  );
  const reopenedText = t.reopened ? `re-opened ${dateText(t.reopened.at)} by ${t.reopened.event}${t.reopened.subject ? `: ${t.reopened.subject}` : ""}${t.reopened.ref ? ` (git ${t.reopened.ref})` : ""}` : void 0;
  const acceptanceText = t.acceptance ? `accepted by ${t.acceptance.by}${t.acceptance.at ? ` on ${t.acceptance.at}` : ""}: ${t.acceptance.reason}; re-review by ${t.acceptance.reReviewBy ?? "(no date)"}` : void 0;
  return {
    ...t,
    anchor,
    score: t.aivss ? formatScore(t.aivss.score) : "n/a",
    severity: t.aivss ? t.aivss.severity : "n/a",
    vector: t.aivss ? t.aivss.vector : "no CVSS base",
    scored: t.aivss !== void 0,
    layerText: t.layer === "cross-layer" && t.layers.length > 0 ? `cross-layer (${t.layers.join("+")})` : t.layer,
    owaspText: t.owasp.join(", "),
    statusText: statusText(t, closedBy),
    evidenceRows,
    closedBy,
    ...reopenedText ? { reopenedText } : {},
    ...acceptanceText ? { acceptanceText } : {}
  };
}
function statusText(t, closedBy) {
  if (t.status === "accepted" && t.acceptance) return `until ${t.acceptance.reReviewBy ?? "(no date)"}`;
  if (t.status === "closed") {
    const last = closedBy.reduce(
      (m, c) => !m || c.at > m.at ? c : m,
      void 0
    );
    return last ? `closed ${last.at} (${last.source})` : "closed (no validated signal recorded)";
  }
  if (t.acceptance?.expired) return `acceptance expired ${t.acceptance.reReviewBy ?? "(no re-review date)"}`;
  if (t.reopened) return `re-opened ${dateText(t.reopened.at)} (${t.reopened.event})`;
  return "open";
}
function evidenceRow(e, gapWhenEmpty) {
  const parts = [];
  if (e.validated) parts.push(`validated ${validationText(e.validated)}`);
  if (e.fired) parts.push(`fired ${validationText(e.fired)}`);
  const state = e.fired ? "fired" : e.validated ? "validated" : gapWhenEmpty ? "gap" : "proposed";
  const stateText = parts.length > 0 ? parts.join("; ") : gapWhenEmpty ? "gap: produced nothing in the evidence ingested" : "proposed, not evaluated yet";
  return { ...e, state, stateText };
}
function validationText(v) {
  return `${dateText(v.at)} \xB7 snapshot ${shortSnapshot(v.snapshot)} \xB7 ${v.events} event${v.events === 1 ? "" : "s"}`;
}
function dateText(at) {
  return at.slice(0, 10);
}
function shortSnapshot(s) {
  return s.length > 19 ? `${s.slice(0, 19)}\u2026` : s;
}

// src/app/report.ts
var REPORT_FORMATS = ["markdown", "html", "json", "rbac"];
async function runReport(opts) {
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
  const generated = `${opts.now.toISOString().slice(0, 16).replace("T", " ")} UTC`;
  const source = reportSource(await sourceState(opts.root, filesRead(ws.catalogs)));
  const view = () => reportView(report, { today, generated, source });
  let rbac;
  let text;
  if (opts.format === "rbac") {
    rbac = leastPrivilege({ agents: ws.catalogs.map(leastPrivilegeInput), implicit: bootstrapPermissions });
    text = renderRbacYaml(rbac, { version: VERSION, source: sourceText(source), generated });
  } else if (opts.format === "json") text = renderReportJson(report, source);
  else if (opts.format === "html") text = renderReportHtml(view());
  else text = renderReportMarkdown(view());
  let written;
  if (opts.output) {
    written = resolve(opts.root, opts.output);
    writeFileAtomic(written, text, { createDirs: true });
  }
  return { ok: true, config, text, catalogs: report.length, written, baselineWarnings, ...rbac ? { rbac } : {} };
}
function reportSource(state) {
  return { version: VERSION, ...state ? { git: state } : {} };
}
function filesRead(catalogs) {
  const files = /* @__PURE__ */ new Set();
  for (const c of catalogs) {
    files.add(c.loaded.file);
    files.add(baselinePathFor(c.loaded.file));
    for (const m of c.manifests) files.add(m.file);
  }
  return [...files].sort();
}
function leastPrivilegeInput(c) {
  const data = c.loaded.data;
  const w = data.agent.workload;
  const surface = c.surface;
  const identity = surface?.identity ?? (w.serviceAccount ? `system:serviceaccount:${w.namespace}:${w.serviceAccount}` : void 0);
  const identities = identity ? [identity] : [];
  const declared = surface ? [...surface.permissions] : identity ? declaredPermissions(c.manifests, identity) : [];
  for (const t of surface?.toolIdentities ?? []) {
    if (identities.includes(t.identity)) continue;
    identities.push(t.identity);
    declared.push(...t.permissions);
  }
  return {
    catalog: c.loaded.file,
    agent: data.agent.name,
    identities,
    declared,
    ...c.baseline?.requests ? { requests: c.baseline.requests } : {}
  };
}
function baselineWindow(baseline) {
  if (!baseline?.window.from || !baseline.window.to) return void 0;
  const { state, reason } = baselineConvergence(baseline);
  return { from: baseline.window.from, to: baseline.window.to, convergence: { state, reason } };
}

// src/cli/commands/report.ts
var SPEC = {
  name: "report",
  help: `Usage: threatcat report [PATH...] [--format markdown|html|json|rbac] [--output FILE] [-C DIR] [--config FILE]

The whole picture, for people: per agent, the components diagram, threats (open, then accepted, then
closed) with a detail section each, convergence (signal gaps, dormant permissions, days observed),
acceptances near expiry, and the commit it was made from.
Without PATH, every catalog under DIR. markdown (default) uses a Mermaid diagram; html is one
self-contained file that renders offline and prints; json is stable (docs/report.md).
rbac writes least-privilege RBAC from the observed baseline: per agent identity, the Roles, ClusterRoles
and bindings that grant exactly the API requests allowed in the ingested kube-audit evidence, each rule
commented with its request count and last use, and what it removes from the declared RBAC (kubectl
apply -f takes the file; docs/report.md).
PATH and --output are relative to DIR (like git -C).
Exit: 0 written, 2 usage error, unreadable or schema-invalid catalog (run threatcat validate), or
rbac without any kube-audit evidence in the baselines (run threatcat ingest --write first).
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
  const out = await runReport({
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
    for (const f of out.invalid) io.stderr(`${oneLine(f.file)}:${f.line}:${f.column}: ${oneLine(f.message)}
`);
    io.stderr("threatcat: report needs valid catalogs; run threatcat validate for the details\n");
    return EXIT.usage;
  }
  if (out.catalogs === 0)
    io.stderr(`threatcat: no catalogs found under ${root} (looked for ${out.config.catalogs.join(", ")})
`);
  if (out.rbac) {
    const observed = out.rbac.identities.filter((i) => i.observed);
    if (out.catalogs > 0 && observed.length === 0) {
      io.stderr(
        "threatcat: report --format rbac: no baseline holds kube-audit evidence for these agents; run threatcat ingest --write with the cluster audit log first\n"
      );
      return EXIT.usage;
    }
    const rules = observed.reduce((n, i) => n + i.summary.generatedRules, 0);
    const removed = observed.reduce((n, i) => n + i.summary.removed, 0);
    const narrowed = observed.reduce((n, i) => n + i.summary.narrowed, 0);
    const declared = observed.reduce((n, i) => n + i.summary.declared, 0);
    io.stderr(
      `threatcat: least privilege for ${observed.length} identit${observed.length === 1 ? "y" : "ies"}: ${rules} rule${rules === 1 ? "" : "s"}; of ${declared} declared grant${declared === 1 ? "" : "s"}, ${removed} removed and ${narrowed} narrowed
`
    );
  }
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
