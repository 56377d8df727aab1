import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);
import {
  MCP_CLIENT_CONFIG
} from "./chunk-2AQNGLJS.js";

// src/read/manifests/fields.ts
var FieldReader = class {
  problems = [];
  raw(o, path) {
    let v = o.body;
    for (const seg of path) {
      if (v === null || typeof v !== "object") return void 0;
      v = v[seg];
    }
    return v;
  }
  /** A string (numbers and booleans are accepted as written: YAML turns `3000` or `true` into non-strings). */
  str(o, path) {
    const v = this.raw(o, path);
    if (v === void 0 || v === null) return void 0;
    if (typeof v === "string") return v;
    if (typeof v === "number" || typeof v === "boolean") return String(v);
    this.bad(o, path, "a string");
    return void 0;
  }
  bool(o, path) {
    const v = this.raw(o, path);
    if (v === void 0 || v === null) return void 0;
    if (typeof v === "boolean") return v;
    if (v === "true" || v === "false") return v === "true";
    this.bad(o, path, "a boolean");
    return void 0;
  }
  list(o, path) {
    const v = this.raw(o, path);
    if (v === void 0 || v === null) return void 0;
    if (Array.isArray(v)) return v;
    this.bad(o, path, "a list");
    return void 0;
  }
  /** A list of strings; other items are reported and dropped. */
  strings(o, path) {
    const items = this.list(o, path);
    if (!items) return void 0;
    const out = [];
    items.forEach((item, i) => {
      if (typeof item === "string") out.push(item);
      else if (typeof item === "number" || typeof item === "boolean") out.push(String(item));
      else this.bad(o, [...path, i], "a string");
    });
    return out;
  }
  map(o, path) {
    const v = this.raw(o, path);
    if (v === void 0 || v === null) return void 0;
    if (typeof v === "object" && !Array.isArray(v)) return v;
    this.bad(o, path, "a mapping");
    return void 0;
  }
  seen = /* @__PURE__ */ new Set();
  /** Reported once, however many readers look at the same field. */
  problem(position, message) {
    const key = `${position.file}:${position.line}:${position.column}:${message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.problems.push({ position, message });
  }
  bad(o, path, expected) {
    this.problem(o.locate(path), `${o.kind} ${o.name}: ${fieldPath(path)} must be ${expected}`);
  }
};
function fieldPath(path) {
  return path.map((seg, i) => typeof seg === "number" ? `[${seg}]` : i === 0 ? seg : `.${seg}`).join("");
}
function groupOf(apiVersion) {
  const i = apiVersion.lastIndexOf("/");
  return i < 0 ? "" : apiVersion.slice(0, i);
}
function refOf(o, namespace) {
  const ns = o.namespace ?? namespace;
  return { kind: o.kind, name: o.name, ...ns !== void 0 ? { namespace: ns } : {}, apiVersion: o.apiVersion };
}
var ManifestIndex = class {
  constructor(files) {
    this.files = files;
    for (const f of files) {
      for (const o of f.objects) {
        push(this.byKind, o.kind, o);
        push(this.byKindName, `${o.kind}\0${o.name}`, o);
      }
    }
  }
  files;
  byKind = /* @__PURE__ */ new Map();
  byKindName = /* @__PURE__ */ new Map();
  ofKind(kind, group) {
    const list = this.byKind.get(kind) ?? [];
    return group === void 0 ? list : list.filter((o) => groupOf(o.apiVersion) === group);
  }
  find(kind, name, namespace, group) {
    let fallback;
    for (const o of this.byKindName.get(`${kind}\0${name}`) ?? []) {
      if (group !== void 0 && groupOf(o.apiVersion) !== group) continue;
      if (namespace === void 0 || o.namespace === namespace) return o;
      if (o.namespace === void 0) fallback ??= o;
    }
    return fallback;
  }
};
function push(map, key, value) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
function saUsername(namespace, name) {
  return `system:serviceaccount:${namespace}:${name}`;
}

// src/read/manifests/rbac.ts
var RBAC_GROUP = "rbac.authorization.k8s.io";
function identityOf(username, extraGroups = []) {
  const m = /^system:serviceaccount:([^:]+):([^:]+)$/.exec(username);
  const groups = m ? ["system:serviceaccounts", `system:serviceaccounts:${m[1]}`, "system:authenticated"] : ["system:authenticated"];
  return { username, groups: [.../* @__PURE__ */ new Set([...groups, ...extraGroups])] };
}
var RbacIndex = class {
  problems;
  index;
  fields = new FieldReader();
  rulesCache = /* @__PURE__ */ new Map();
  bindings;
  constructor(files) {
    this.index = files instanceof ManifestIndex ? files : new ManifestIndex(files);
    this.problems = this.fields.problems;
    this.bindings = [
      ...this.index.ofKind("ClusterRoleBinding", RBAC_GROUP),
      ...this.index.ofKind("RoleBinding", RBAC_GROUP)
    ].sort(byPosition);
    for (const kind of ["Role", "ClusterRole"]) for (const r of this.index.ofKind(kind, RBAC_GROUP)) this.rulesOf(r);
    for (const b of this.bindings) this.indexSubjects(b);
  }
  /** Bindings by the subject keys they name, so asking for one identity does not scan every binding. */
  bySubject = /* @__PURE__ */ new Map();
  /** ServiceAccount subjects without a namespace in a RoleBinding without one: they match any namespace. */
  bySaName = /* @__PURE__ */ new Map();
  indexSubjects(b) {
    const add = (map, key) => {
      const list = map.get(key);
      if (!list) map.set(key, [b]);
      else if (list[list.length - 1] !== b) list.push(b);
    };
    for (const s of this.fields.list(b, ["subjects"]) ?? []) {
      if (s === null || typeof s !== "object") continue;
      const { kind, name, namespace } = s;
      if (typeof name !== "string") continue;
      if (kind === "User") add(this.bySubject, `user:${name}`);
      else if (kind === "Group") add(this.bySubject, `group:${name}`);
      else if (kind === "ServiceAccount") {
        const ns = typeof namespace === "string" && namespace !== "" ? namespace : b.kind === "RoleBinding" ? b.namespace : void 0;
        if (ns !== void 0) add(this.bySubject, `user:system:serviceaccount:${ns}:${name}`);
        else add(this.bySaName, name);
      }
    }
  }
  candidateBindings(who) {
    const set = /* @__PURE__ */ new Set();
    for (const b of this.bySubject.get(`user:${who.username}`) ?? []) set.add(b);
    for (const g of who.groups) for (const b of this.bySubject.get(`group:${g}`) ?? []) set.add(b);
    const sa = /^system:serviceaccount:[^:]+:([^:]+)$/.exec(who.username)?.[1];
    if (sa !== void 0) for (const b of this.bySaName.get(sa) ?? []) set.add(b);
    return this.bindings.length < set.size * 8 ? this.bindings.filter((b) => set.has(b)) : [...set].sort(byPosition);
  }
  /**
   * Every permission granted to the identity: one entry per apiGroup × resource × verb × namespace scope
   * (binding namespace, or "*" for ClusterRoleBindings), in binding order, without duplicates.
   * `namespace` is used for RoleBindings written without metadata.namespace (deployed with `-n`):
   * they are taken to be in the identity's namespace.
   */
  permissionsOf(identity) {
    const who = typeof identity === "string" ? identityOf(identity) : identity;
    const saNs = /^system:serviceaccount:([^:]+):/.exec(who.username)?.[1];
    const out = [];
    const seen = /* @__PURE__ */ new Set();
    for (const b of this.candidateBindings(who)) {
      const cluster = b.kind === "ClusterRoleBinding";
      const bindingNs = cluster ? void 0 : b.namespace ?? saNs ?? "default";
      if (!this.subjectsMatch(b, who, bindingNs)) continue;
      const roleKind = this.fields.str(b, ["roleRef", "kind"]);
      const roleName = this.fields.str(b, ["roleRef", "name"]);
      if (!roleName || roleKind !== "Role" && roleKind !== "ClusterRole") {
        this.fields.problem(
          b.locate(["roleRef"]),
          `${b.kind} ${b.name}: roleRef needs kind Role or ClusterRole and a name`
        );
        continue;
      }
      if (cluster && roleKind === "Role") {
        this.fields.problem(b.locate(["roleRef", "kind"]), `ClusterRoleBinding ${b.name}: roleRef cannot be a Role`);
        continue;
      }
      const role = this.index.find(roleKind, roleName, roleKind === "Role" ? bindingNs : void 0, RBAC_GROUP);
      if (!role) continue;
      const roleRef = {
        kind: roleKind,
        name: roleName,
        ...roleKind === "Role" ? { namespace: bindingNs } : {}
      };
      const bindingRef = refOf(b, bindingNs);
      const scope = cluster ? "*" : bindingNs;
      for (const rule of this.rulesOf(role)) {
        const common = {
          identity: who.username,
          namespace: scope,
          binding: bindingRef,
          role: roleRef,
          position: rule.position,
          ...rule.from.name !== role.name ? { aggregatedFrom: rule.from } : {}
        };
        const names = rule.resourceNames.length > 0 ? { resourceNames: rule.resourceNames } : {};
        const push2 = (p) => {
          const key = [
            p.apiGroup,
            p.resource,
            p.verb,
            p.namespace,
            p.nonResourceURL ?? "",
            (p.resourceNames ?? []).join(",")
          ].join("\0");
          if (seen.has(key)) return;
          seen.add(key);
          out.push(p);
        };
        for (const g of rule.apiGroups)
          for (const r of rule.resources)
            for (const v of rule.verbs) {
              push2({
                ...common,
                ...names,
                apiGroup: g,
                resource: r,
                verb: v,
                wildcard: g === "*" || r.includes("*") || v === "*"
              });
            }
        if (cluster) {
          for (const u of rule.nonResourceURLs)
            for (const v of rule.verbs) {
              push2({
                ...common,
                apiGroup: "",
                resource: "",
                verb: v,
                nonResourceURL: u,
                wildcard: u.includes("*") || v === "*"
              });
            }
        }
      }
    }
    return out;
  }
  subjectsMatch(b, who, bindingNs) {
    const subjects = this.fields.list(b, ["subjects"]) ?? [];
    return subjects.some((s) => {
      if (s === null || typeof s !== "object") return false;
      const { kind, name, namespace } = s;
      if (typeof name !== "string") return false;
      if (kind === "User") return name === who.username;
      if (kind === "Group") return who.groups.includes(name);
      if (kind === "ServiceAccount") {
        const ns = typeof namespace === "string" && namespace !== "" ? namespace : bindingNs;
        return ns !== void 0 && `system:serviceaccount:${ns}:${name}` === who.username;
      }
      return false;
    });
  }
  /** The rules a role grants: its own, or for an aggregated ClusterRole the union of the ClusterRoles it selects. */
  rulesOf(role, visiting = /* @__PURE__ */ new Set()) {
    const cached = this.rulesCache.get(role);
    if (cached) return cached;
    const own = this.ownRules(role);
    let rules = own;
    const selectors = role.kind === "ClusterRole" ? this.fields.list(role, ["aggregationRule", "clusterRoleSelectors"]) : void 0;
    if (selectors) {
      visiting.add(role);
      const members = this.index.ofKind("ClusterRole", RBAC_GROUP).filter((c) => c !== role && selectors.some((sel) => labelSelectorMatches(sel, labelsOf(c)))).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
      if (members.length > 0) {
        const union = [];
        const keys = /* @__PURE__ */ new Set();
        for (const m of members) {
          if (visiting.has(m)) continue;
          for (const r of this.rulesOf(m, visiting)) {
            if (keys.has(r.key)) continue;
            keys.add(r.key);
            union.push(r);
          }
        }
        rules = union;
      }
      visiting.delete(role);
    }
    this.rulesCache.set(role, rules);
    return rules;
  }
  ownRules(role) {
    const f = this.fields;
    const list = f.list(role, ["rules"]) ?? [];
    const out = [];
    list.forEach((_, i) => {
      const P = ["rules", i];
      if (f.map(role, P) === void 0) return;
      const rule = {
        verbs: f.strings(role, [...P, "verbs"]) ?? [],
        apiGroups: f.strings(role, [...P, "apiGroups"]) ?? [],
        resources: f.strings(role, [...P, "resources"]) ?? [],
        resourceNames: f.strings(role, [...P, "resourceNames"]) ?? [],
        nonResourceURLs: f.strings(role, [...P, "nonResourceURLs"]) ?? []
      };
      if (rule.verbs.length === 0) {
        f.problem(role.locate(P), `${role.kind} ${role.name}: rules[${i}] has no verbs`);
        return;
      }
      if (rule.resources.length > 0 && rule.apiGroups.length === 0) {
        f.problem(
          role.locate(P),
          `${role.kind} ${role.name}: rules[${i}] names resources but no apiGroups (use "" for the core group)`
        );
      }
      out.push({
        ...rule,
        position: role.locate(P),
        from: refOf(role),
        key: JSON.stringify([rule.verbs, rule.apiGroups, rule.resources, rule.resourceNames, rule.nonResourceURLs])
      });
    });
    return out;
  }
};
function byPosition(a, b) {
  return a.position.file < b.position.file ? -1 : a.position.file > b.position.file ? 1 : a.position.line - b.position.line;
}
function declaredPermissions(files, identity) {
  return new RbacIndex(files).permissionsOf(identity);
}
function labelsOf(o) {
  const labels = o.body.metadata?.labels;
  if (!labels || typeof labels !== "object") return {};
  const out = {};
  for (const [k, v] of Object.entries(labels)) if (v !== null && v !== void 0) out[k] = String(v);
  return out;
}
function labelSelectorMatches(selector, labels) {
  if (!selector || typeof selector !== "object") return false;
  const { matchLabels, matchExpressions } = selector;
  if (matchLabels && typeof matchLabels === "object") {
    for (const [k, v] of Object.entries(matchLabels)) {
      if (labels[k] !== String(v)) return false;
    }
  }
  if (Array.isArray(matchExpressions)) {
    for (const e of matchExpressions) {
      if (!e || typeof e !== "object") return false;
      const { key, operator, values } = e;
      if (typeof key !== "string") return false;
      const vals = Array.isArray(values) ? values.map(String) : [];
      const has = Object.hasOwn(labels, key);
      const ok = operator === "In" ? has && vals.includes(labels[key]) : operator === "NotIn" ? !has || !vals.includes(labels[key]) : operator === "Exists" ? has : operator === "DoesNotExist" ? !has : false;
      if (!ok) return false;
    }
  }
  return true;
}

// src/model/tool-hash.ts
import { createHash } from "node:crypto";
function toolHash(tool) {
  const pinned = { name: tool.name };
  if (tool.description !== void 0) pinned.description = tool.description;
  if (tool.inputSchema !== void 0) pinned.inputSchema = tool.inputSchema;
  if (tool.annotations !== void 0) pinned.annotations = tool.annotations;
  return createHash("sha256").update(canonicalJson(pinned)).digest("hex");
}
function canonicalJson(value) {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map((v) => v === void 0 ? "null" : canonicalJson(v)).join(",")}]`;
  const obj = value;
  const keys = Object.keys(obj).filter((k) => obj[k] !== void 0).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(",")}}`;
}

// src/read/manifests/kagent.ts
var KAGENT_GROUP = "kagent.dev";
var DEFAULT_MODEL_CONFIG = "default-model-config";
function isKagentAgent(o) {
  return o.kind === "Agent" && groupOf(o.apiVersion) === KAGENT_GROUP;
}
function readKagentAgent(agent, ctx) {
  return agent.apiVersion === "kagent.dev/v1alpha1" ? readV1alpha1(agent, ctx) : readV1alpha2(agent, ctx);
}
function base(agent, type, saName, saPath) {
  const namespace = agent.namespace ?? "default";
  const sa = saName ?? agent.name;
  return {
    agent: { kind: agent.kind, name: agent.name, namespace, apiVersion: agent.apiVersion, position: agent.position },
    type,
    // kagent generates a Deployment named after the Agent.
    workload: { kind: "Deployment", name: agent.name, namespace },
    serviceAccount: {
      kind: "ServiceAccount",
      name: sa,
      namespace,
      position: saPath ? agent.locate(saPath) : agent.position
    },
    identity: saUsername(namespace, sa),
    models: [],
    mcpServers: [],
    delegations: [],
    memory: [],
    autonomy: { tier: "autonomous", approvalTools: [], position: agent.position }
  };
}
function readV1alpha2(agent, ctx) {
  const { fields: f } = ctx;
  const typeRaw = f.str(agent, ["spec", "type"]);
  const type = typeRaw ?? (f.raw(agent, ["spec", "byo"]) !== void 0 && f.raw(agent, ["spec", "declarative"]) === void 0 ? "BYO" : "Declarative");
  if (type !== "Declarative" && type !== "BYO") {
    f.problem(
      agent.locate(["spec", "type"]),
      `Agent ${agent.name}: spec.type must be Declarative or BYO, not '${type}'`
    );
  }
  if (type === "BYO") {
    const saPath2 = ["spec", "byo", "deployment", "serviceAccountName"];
    const s2 = base(agent, "BYO", f.str(agent, saPath2), f.raw(agent, saPath2) !== void 0 ? saPath2 : void 0);
    s2.autonomy = { tier: "autonomous", approvalTools: [], position: agent.locate(["spec", "byo"]) };
    return s2;
  }
  const D = ["spec", "declarative"];
  const saPath = [...D, "deployment", "serviceAccountName"];
  const s = base(agent, "Declarative", f.str(agent, saPath), f.raw(agent, saPath) !== void 0 ? saPath : void 0);
  const ns = s.agent.namespace;
  if (f.map(agent, D) === void 0) {
    if (agent.apiVersion === "kagent.dev/v1alpha2")
      f.problem(agent.locate(["spec"]), `Agent ${agent.name}: a Declarative agent needs spec.declarative`);
    return s;
  }
  const mc = f.str(agent, [...D, "modelConfig"]);
  s.models.push(
    modelFromConfig(
      agent,
      mc ?? DEFAULT_MODEL_CONFIG,
      ns,
      "agent",
      mc === void 0 ? D : [...D, "modelConfig"],
      mc === void 0,
      ctx
    )
  );
  const memMc = f.str(agent, [...D, "memory", "modelConfig"]);
  if (f.map(agent, [...D, "memory"])) {
    s.memory.push({
      ref: { kind: agent.kind, name: agent.name, namespace: ns, apiVersion: agent.apiVersion },
      engine: "kagent",
      position: agent.locate([...D, "memory"]),
      definedAt: agent.position
    });
    if (memMc) s.models.push(modelFromConfig(agent, memMc, ns, "memory", [...D, "memory", "modelConfig"], false, ctx));
  }
  const sumPath = [...D, "context", "compaction", "summarizer", "modelConfig"];
  const sumMc = f.str(agent, sumPath);
  if (sumMc) s.models.push(modelFromConfig(agent, sumMc, ns, "compaction", sumPath, false, ctx));
  const tools = f.list(agent, [...D, "tools"]) ?? [];
  tools.forEach((t, i) => {
    const P = [...D, "tools", i];
    if (t === null || typeof t !== "object" || Array.isArray(t)) {
      f.problem(agent.locate(P), `Agent ${agent.name}: tools[${i}] must be a mapping with type McpServer or Agent`);
      return;
    }
    const item = t;
    const kind = typeof item.type === "string" ? item.type : item.agent !== void 0 ? "Agent" : "McpServer";
    if (kind === "Agent") {
      const d = delegationRef(agent, [...P, "agent"], ns, ctx);
      if (d) s.delegations.push(d);
    } else if (kind === "McpServer") {
      const m = mcpToolRef(agent, [...P, "mcpServer"], ns, ctx);
      if (m) s.mcpServers.push(m);
    } else {
      f.problem(
        agent.locate([...P, "type"]),
        `Agent ${agent.name}: tools[${i}].type must be McpServer or Agent, not '${kind}'`
      );
    }
  });
  s.autonomy = autonomyOf(
    s,
    tools.length > 0 ? agent.locate([...D, "tools"]) : agent.locate(D),
    f.bool(agent, [...D, "executeCodeBlocks"])
  );
  return s;
}
function readV1alpha1(agent, ctx) {
  const { fields: f } = ctx;
  const saPath = ["spec", "deployment", "serviceAccountName"];
  const s = base(agent, "Declarative", f.str(agent, saPath), f.raw(agent, saPath) !== void 0 ? saPath : void 0);
  const ns = s.agent.namespace;
  const mc = f.str(agent, ["spec", "modelConfig"]);
  s.models.push(
    modelFromConfig(
      agent,
      mc ?? DEFAULT_MODEL_CONFIG,
      ns,
      "agent",
      mc === void 0 ? ["spec"] : ["spec", "modelConfig"],
      mc === void 0,
      ctx
    )
  );
  (f.strings(agent, ["spec", "memory"]) ?? []).forEach((name, i) => {
    const [mns, mname] = splitNsName(name, ns);
    const mem = ctx.index.find("Memory", mname, mns, KAGENT_GROUP);
    s.memory.push({
      ref: { kind: "Memory", name: mname, namespace: mns, apiVersion: mem?.apiVersion ?? "kagent.dev/v1alpha1" },
      engine: mem && f.str(mem, ["spec", "provider"])?.toLowerCase() || "kagent-memory",
      position: agent.locate(["spec", "memory", i]),
      ...mem ? { definedAt: mem.position } : {}
    });
  });
  const tools = f.list(agent, ["spec", "tools"]) ?? [];
  tools.forEach((t, i) => {
    const P = ["spec", "tools", i];
    if (t === null || typeof t !== "object" || Array.isArray(t)) {
      f.problem(agent.locate(P), `Agent ${agent.name}: tools[${i}] must be a mapping with type McpServer or Agent`);
      return;
    }
    const item = t;
    const kind = typeof item.type === "string" ? item.type : item.agent !== void 0 ? "Agent" : "McpServer";
    if (kind === "Agent") {
      const refStr = f.str(agent, [...P, "agent", "ref"]);
      if (refStr === void 0) {
        const d = delegationRef(agent, [...P, "agent"], ns, ctx);
        if (d) s.delegations.push(d);
        return;
      }
      const [dns, dname] = splitNsName(refStr, ns);
      s.delegations.push(delegation(agent, dname, dns, agent.locate([...P, "agent", "ref"]), ctx));
    } else if (kind === "McpServer") {
      const ts = f.str(agent, [...P, "mcpServer", "toolServer"]);
      if (ts === void 0) {
        const m = mcpToolRef(agent, [...P, "mcpServer"], ns, ctx);
        if (m) s.mcpServers.push(m);
        return;
      }
      const [tns, tname] = splitNsName(ts, ns);
      const server = mcpServerByKind("ToolServer", tname, tns, agent.locate([...P, "mcpServer", "toolServer"]), ctx);
      const toolNames = f.strings(agent, [...P, "mcpServer", "toolNames"]);
      if (toolNames) {
        server.allowedTools = toolNames;
        server.at = { ...server.at, toolNames: agent.locate([...P, "mcpServer", "toolNames"]) };
      }
      s.mcpServers.push(server);
    } else {
      f.problem(
        agent.locate([...P, "type"]),
        `Agent ${agent.name}: tools[${i}].type must be McpServer or Agent, not '${kind}'`
      );
    }
  });
  s.autonomy = autonomyOf(s, tools.length > 0 ? agent.locate(["spec", "tools"]) : agent.position, void 0);
  return s;
}
function splitNsName(s, defaultNs) {
  const i = s.indexOf("/");
  return i < 0 ? [defaultNs, s] : [s.slice(0, i), s.slice(i + 1)];
}
function delegationRef(agent, path, ns, ctx) {
  const { fields: f } = ctx;
  if (f.raw(agent, path) === void 0) {
    f.problem(
      agent.locate(path.slice(0, -1)),
      `Agent ${agent.name}: ${fieldPath(path)} must name the Agent to delegate to`
    );
    return void 0;
  }
  if (f.map(agent, path) === void 0) return void 0;
  const name = f.str(agent, [...path, "name"]);
  if (!name) {
    f.problem(agent.locate(path), `Agent ${agent.name}: ${fieldPath(path)}.name is required`);
    return void 0;
  }
  const dns = f.str(agent, [...path, "namespace"]) ?? ns;
  return delegation(agent, name, dns, agent.locate([...path, "name"]), ctx);
}
function delegation(agent, name, ns, position, ctx) {
  const target = ctx.index.find("Agent", name, ns, KAGENT_GROUP);
  return {
    ref: { kind: "Agent", name, namespace: ns, apiVersion: target?.apiVersion ?? agent.apiVersion },
    position,
    ...target ? { definedAt: target.position } : {}
  };
}
function mcpToolRef(agent, path, ns, ctx) {
  const { fields: f } = ctx;
  if (f.raw(agent, path) === void 0) {
    f.problem(
      agent.locate(path.slice(0, -1)),
      `Agent ${agent.name}: ${fieldPath(path)} must reference an MCP server (apiGroup, kind, name)`
    );
    return void 0;
  }
  if (f.map(agent, path) === void 0) return void 0;
  const name = f.str(agent, [...path, "name"]);
  if (!name) {
    f.problem(agent.locate(path), `Agent ${agent.name}: ${fieldPath(path)}.name is required`);
    return void 0;
  }
  const group = f.str(agent, [...path, "apiGroup"]) ?? "";
  const kindRaw = f.str(agent, [...path, "kind"]) ?? "";
  let kind;
  if (kindRaw === "" || kindRaw === "MCPServer") kind = "MCPServer";
  else if (kindRaw === "RemoteMCPServer") kind = "RemoteMCPServer";
  else if (kindRaw === "Service" && (group === "" || group === "core")) kind = "Service";
  else if (kindRaw === "ToolServer") kind = "ToolServer";
  else {
    f.problem(
      agent.locate([...path, "kind"]),
      `Agent ${agent.name}: ${fieldPath(path)}.kind '${kindRaw}' is not an MCP server kind (MCPServer, RemoteMCPServer, Service)`
    );
    return void 0;
  }
  const sns = f.str(agent, [...path, "namespace"]) ?? ns;
  const server = mcpServerByKind(kind, name, sns, agent.locate([...path, "name"]), ctx);
  const at = { ...server.at };
  const toolNames = f.strings(agent, [...path, "toolNames"]);
  if (toolNames) {
    server.allowedTools = toolNames;
    at.toolNames = agent.locate([...path, "toolNames"]);
  }
  const approval = f.strings(agent, [...path, "requireApproval"]);
  if (approval) {
    server.requireApproval = approval;
    at.requireApproval = agent.locate([...path, "requireApproval"]);
    approval.forEach((tool, j) => {
      if (toolNames && !toolNames.includes(tool)) {
        f.problem(
          agent.locate([...path, "requireApproval", j]),
          `Agent ${agent.name}: requireApproval tool '${tool}' is not in toolNames of ${kind} ${name}`
        );
      }
    });
  }
  server.at = at;
  return server;
}
function mcpServerByKind(kind, name, ns, referencedAt, ctx) {
  const group = kind === "Service" ? "" : KAGENT_GROUP;
  const o = ctx.index.find(kind, name, ns, group);
  const server = o ? serverObject(o, ns, ctx) : { ref: { kind, name, namespace: ns, ...group ? {} : { apiVersion: "v1" } }, position: referencedAt };
  server.position = referencedAt;
  return server;
}
function serverObject(o, ns, ctx) {
  const kind = o.kind;
  switch (kind) {
    case "RemoteMCPServer":
      return remoteMcpServer(o, ns, ctx);
    case "MCPServer":
      return kmcpServer(o, ns, ctx);
    case "ToolServer":
      return toolServer(o, ns, ctx);
    default:
      return mcpService(o, ns, ctx);
  }
}
function remoteMcpServer(o, ns, ctx) {
  const f = ctx.fields;
  const s = {
    ref: refOf(o, ns),
    position: o.position,
    definedAt: o.position,
    url: f.str(o, ["spec", "url"]),
    transport: f.str(o, ["spec", "protocol"]) ?? "STREAMABLE_HTTP",
    at: { url: o.locate(["spec", "url"]), transport: o.locate(["spec", "protocol"]) }
  };
  if (f.raw(o, ["spec", "url"]) === void 0)
    f.problem(o.locate(["spec"]), `RemoteMCPServer ${o.name}: spec.url is required`);
  attachDiscoveredTools(s, o, ctx);
  return s;
}
function kmcpServer(o, ns, ctx) {
  const f = ctx.fields;
  const D = ["spec", "deployment"];
  const port = f.str(o, [...D, "port"]) ?? "3000";
  const sa = f.str(o, [...D, "serviceAccountName"]);
  const namespace = o.namespace ?? ns;
  const command = f.str(o, [...D, "cmd"]);
  const args = f.strings(o, [...D, "args"]);
  return {
    ref: refOf(o, ns),
    position: o.position,
    definedAt: o.position,
    // The kagent translator's URL for a kmcp server (streamable HTTP).
    url: `http://${o.name}.${namespace}:${port}/mcp`,
    image: f.str(o, [...D, "image"]),
    ...command !== void 0 ? { command } : {},
    ...args ? { args } : {},
    transport: f.str(o, ["spec", "transportType"]),
    ...sa ? { identity: saUsername(namespace, sa) } : {},
    at: {
      url: o.locate([...D, "port"]),
      image: o.locate([...D, "image"]),
      command: o.locate([...D, "cmd"]),
      args: o.locate([...D, "args"]),
      transport: o.locate(["spec", "transportType"]),
      identity: o.locate([...D, "serviceAccountName"])
    }
  };
}
function toolServer(o, ns, ctx) {
  const f = ctx.fields;
  const C = ["spec", "config"];
  const s = { ref: refOf(o, ns), position: o.position, definedAt: o.position, at: {} };
  const which = ["stdio", "sse", "streamableHttp"].filter((k) => f.raw(o, [...C, k]) !== void 0);
  if (which.length !== 1) {
    f.problem(o.locate(C), `ToolServer ${o.name}: spec.config needs exactly one of stdio, sse, streamableHttp`);
  }
  const t = which[0];
  if (t === "stdio") {
    s.transport = "stdio";
    s.command = f.str(o, [...C, "stdio", "command"]);
    const args = f.strings(o, [...C, "stdio", "args"]);
    if (args) s.args = args;
    s.at = {
      command: o.locate([...C, "stdio", "command"]),
      args: o.locate([...C, "stdio", "args"]),
      transport: o.locate([...C, "stdio"])
    };
  } else if (t) {
    s.transport = t;
    s.url = f.str(o, [...C, t, "url"]);
    s.at = { url: o.locate([...C, t, "url"]), transport: o.locate([...C, t]) };
  }
  attachDiscoveredTools(s, o, ctx);
  return s;
}
function mcpService(o, ns, ctx) {
  const f = ctx.fields;
  const A = ["metadata", "annotations"];
  const namespace = o.namespace ?? ns;
  let port = f.str(o, [...A, "kagent.dev/mcp-service-port"]);
  if (port === void 0) {
    const ports = (f.list(o, ["spec", "ports"]) ?? []).filter(
      (p) => p !== null && typeof p === "object"
    );
    const chosen = ports.length === 1 ? ports[0] : ports.find((p) => p.appProtocol === "mcp");
    if (chosen && (typeof chosen.port === "number" || typeof chosen.port === "string")) port = String(chosen.port);
  }
  const path = f.str(o, [...A, "kagent.dev/mcp-service-path"]) ?? "";
  const labelled = f.str(o, ["metadata", "labels", "kagent.dev/mcp-service"]) === "true";
  if (!labelled) {
    f.problem(o.position, `Service ${o.name} is used as an MCP server but lacks the label kagent.dev/mcp-service=true`);
  }
  return {
    ref: refOf(o, ns),
    position: o.position,
    definedAt: o.position,
    ...port !== void 0 ? { url: `http://${o.name}.${namespace}:${port}${path}` } : {},
    transport: f.str(o, [...A, "kagent.dev/mcp-service-protocol"]),
    at: {
      url: o.locate([...A, "kagent.dev/mcp-service-port"]),
      transport: o.locate([...A, "kagent.dev/mcp-service-protocol"])
    }
  };
}
function attachDiscoveredTools(s, o, ctx) {
  const tools = discoveredTools(o, ctx);
  if (tools) {
    s.tools = tools;
    s.at.tools = o.locate(["status", "discoveredTools"]);
  }
}
function discoveredTools(o, ctx) {
  const f = ctx.fields;
  const list = f.list(o, ["status", "discoveredTools"]);
  if (!list) return void 0;
  const tools = [];
  list.forEach((t, i) => {
    const P = ["status", "discoveredTools", i];
    const name = f.str(o, [...P, "name"]);
    if (!name) {
      f.problem(o.locate(P), `${o.kind} ${o.name}: status.discoveredTools[${i}] has no name`);
      return;
    }
    const description = f.str(o, [...P, "description"]);
    const t2 = t;
    const inputSchema = t2.inputSchema;
    const annotations = t2.annotations;
    tools.push({
      name,
      ...description !== void 0 ? { description } : {},
      sha256: toolHash({ name, description, inputSchema, annotations }),
      position: o.locate(P)
    });
  });
  return tools;
}
function modelFromConfig(agent, name, ns, use, refPath, implicit, ctx) {
  const f = ctx.fields;
  const o = ctx.index.find("ModelConfig", name, ns, KAGENT_GROUP);
  const m = {
    ref: { kind: "ModelConfig", name, namespace: ns, apiVersion: o?.apiVersion ?? "kagent.dev/v1alpha2" },
    use,
    position: agent.locate(refPath),
    ...implicit ? { implicit: true } : {}
  };
  if (!o) return m;
  m.definedAt = o.position;
  m.provider = f.str(o, ["spec", "provider"]);
  m.model = f.str(o, ["spec", "model"]);
  if (m.model === void 0) f.problem(o.locate(["spec"]), `ModelConfig ${o.name}: spec.model is required`);
  m.at = { model: o.locate(["spec", "model"]), provider: o.locate(["spec", "provider"]) };
  for (const [block, key] of ENDPOINTS) {
    const v = f.str(o, ["spec", block, key]);
    if (v !== void 0) {
      m.endpoint = v;
      m.at.endpoint = o.locate(["spec", block, key]);
      break;
    }
  }
  return m;
}
var ENDPOINTS = [
  ["openAI", "baseUrl"],
  ["anthropic", "baseUrl"],
  ["ollama", "host"],
  ["azureOpenAI", "azureEndpoint"],
  ["sapAICore", "baseUrl"],
  ["gemini", "baseUrl"]
];
function autonomyOf(s, position, codeExecution) {
  const approvalTools = [];
  let approved = 0;
  let unapproved = s.delegations.length;
  for (const m of s.mcpServers) {
    const approval = m.requireApproval ?? [];
    for (const t of approval) approvalTools.push(`${m.ref.name}/${t}`);
    approved += approval.length;
    const callable = m.allowedTools ?? m.tools?.map((t) => t.name);
    if (callable === void 0 || callable.some((t) => !approval.includes(t))) unapproved++;
  }
  approvalTools.sort();
  const tier = approved === 0 ? unapproved === 0 ? "manual" : "autonomous" : unapproved === 0 ? "manual" : "approval";
  const firstApproval = s.mcpServers.find((m) => m.at?.requireApproval)?.at?.requireApproval;
  return {
    tier,
    approvalTools,
    position: firstApproval ?? position,
    ...codeExecution !== void 0 ? { codeExecution } : {}
  };
}

// src/read/manifests/toolhive.ts
var TOOLHIVE_GROUP = "toolhive.stacklok.dev";
function readToolHive(o, ctx, out) {
  if (o.kind !== "MCPServer" || groupOf(o.apiVersion) !== TOOLHIVE_GROUP) return;
  out.mcpServers.push(toolhiveServer(o, ctx));
}
function toolhiveServer(o, ctx) {
  const f = ctx.fields;
  const ns = o.namespace ?? "default";
  const image = f.str(o, ["spec", "image"]);
  if (image === void 0) f.problem(o.locate(["spec"]), `MCPServer ${o.name}: spec.image is required`);
  const portPath = f.raw(o, ["spec", "proxyPort"]) !== void 0 ? ["spec", "proxyPort"] : ["spec", "port"];
  const port = f.str(o, portPath) ?? "8080";
  const sa = f.str(o, ["spec", "serviceAccount"]);
  const args = f.strings(o, ["spec", "args"]);
  const at = {
    image: o.locate(["spec", "image"]),
    transport: o.locate(["spec", "transport"]),
    url: o.locate(portPath),
    args: o.locate(["spec", "args"]),
    identity: o.locate(["spec", "serviceAccount"])
  };
  const s = {
    ref: refOf(o, ns),
    position: o.position,
    definedAt: o.position,
    // Clients reach the server through the operator's proxy Service mcp-<name>-proxy.
    url: `http://mcp-${o.name}-proxy.${ns}:${port}`,
    ...image !== void 0 ? { image } : {},
    ...args ? { args } : {},
    transport: f.str(o, ["spec", "transport"]) ?? "stdio",
    // The operator creates <name>-sa for the server pod unless spec.serviceAccount names one.
    identity: saUsername(ns, sa ?? `${o.name}-sa`),
    proxyIdentity: saUsername(ns, `${o.name}-proxy-runner`),
    at
  };
  const ptype = f.str(o, ["spec", "permissionProfile", "type"]);
  const pname = f.str(o, ["spec", "permissionProfile", "name"]);
  if (ptype !== void 0 || pname !== void 0) {
    const key = f.str(o, ["spec", "permissionProfile", "key"]);
    s.permissionProfile = `${ptype ?? "builtin"}:${pname ?? ""}${key ? `/${key}` : ""}`;
    at.permissionProfile = o.locate(["spec", "permissionProfile"]);
  }
  const toolConfig = f.str(o, ["spec", "toolConfigRef", "name"]);
  if (toolConfig !== void 0) {
    const cfg = ctx.index.find("MCPToolConfig", toolConfig, ns, TOOLHIVE_GROUP);
    at.toolConfig = o.locate(["spec", "toolConfigRef", "name"]);
    if (cfg) applyToolConfig(s, cfg, ctx);
  }
  return s;
}
function applyToolConfig(s, cfg, ctx) {
  const f = ctx.fields;
  const filter = f.strings(cfg, ["spec", "toolsFilter"]);
  const overrides = f.map(cfg, ["spec", "toolsOverride"]) ?? {};
  const at = s.at;
  if (filter) {
    s.allowedTools = filter;
    at.toolNames = cfg.locate(["spec", "toolsFilter"]);
  }
  const names = filter ?? Object.keys(overrides);
  const tools = [];
  for (const original of names) {
    const P = ["spec", "toolsOverride", original];
    const ov = f.map(cfg, P);
    if (!ov) {
      tools.push({ name: original, position: cfg.locate(["spec", "toolsFilter", names.indexOf(original)]) });
      continue;
    }
    const name = f.str(cfg, [...P, "name"]) ?? original;
    const description = f.str(cfg, [...P, "description"]);
    const annotations = ov.annotations;
    tools.push({
      name,
      ...description !== void 0 ? { description } : {},
      ...description !== void 0 || annotations !== void 0 ? { sha256: toolHash({ name, description, annotations }) } : {},
      position: cfg.locate(P)
    });
  }
  if (tools.length > 0) {
    s.tools = tools;
    at.tools = cfg.locate(["spec", "toolsOverride"]);
  }
}

// src/read/manifests/kserve.ts
var KSERVE_GROUP = "serving.kserve.io";
var FRAMEWORKS = [
  "sklearn",
  "xgboost",
  "tensorflow",
  "pytorch",
  "triton",
  "onnx",
  "huggingface",
  "pmml",
  "lightgbm",
  "paddle"
];
function readKServe(o, ctx, out) {
  if (groupOf(o.apiVersion) !== KSERVE_GROUP) return;
  if (o.kind === "InferenceService") out.models.push(inferenceService(o, ctx));
  else if (o.kind === "LLMInferenceService") out.models.push(llmInferenceService(o, ctx));
}
function inferenceService(o, ctx) {
  const f = ctx.fields;
  const ns = o.namespace ?? "default";
  const P = ["spec", "predictor"];
  if (f.map(o, P) === void 0)
    f.problem(o.locate(["spec"]), `InferenceService ${o.name}: spec.predictor is required`);
  const sa = f.str(o, [...P, "serviceAccountName"]);
  const m = {
    ref: refOf(o, ns),
    use: "serving",
    position: o.position,
    definedAt: o.position,
    at: {},
    ...sa ? { identity: saUsername(ns, sa) } : {}
  };
  const M = [...P, "model"];
  if (f.map(o, M) !== void 0) {
    m.provider = f.str(o, [...M, "modelFormat", "name"]);
    m.model = f.str(o, [...M, "storageUri"]);
    m.revision = f.str(o, [...M, "modelFormat", "version"]);
    const runtime = f.str(o, [...M, "runtime"]);
    const runtimeVersion = f.str(o, [...M, "runtimeVersion"]);
    if (runtime !== void 0 || runtimeVersion !== void 0)
      m.runtime = `${runtime ?? ""}${runtimeVersion ? `:${runtimeVersion}` : ""}`;
    m.at = {
      model: o.locate([...M, "storageUri"]),
      provider: o.locate([...M, "modelFormat"]),
      revision: o.locate([...M, "modelFormat", "version"]),
      runtime: o.locate([...M, runtimeVersion !== void 0 ? "runtimeVersion" : "runtime"])
    };
    if (m.model === void 0) {
      const uris = f.list(o, [...P, "storageUris"]);
      if (uris && uris.length > 0) {
        m.model = f.str(o, [...P, "storageUris", 0, "uri"]);
        m.at.model = o.locate([...P, "storageUris"]);
      }
    }
  } else {
    const fw = FRAMEWORKS.find((k) => f.raw(o, [...P, k]) !== void 0);
    if (fw) {
      m.provider = fw;
      m.model = f.str(o, [...P, fw, "storageUri"]);
      m.runtime = f.str(o, [...P, fw, "runtimeVersion"]);
      m.at = { model: o.locate([...P, fw, "storageUri"]), provider: o.locate([...P, fw]) };
    }
  }
  return m;
}
function llmInferenceService(o, ctx) {
  const f = ctx.fields;
  const ns = o.namespace ?? "default";
  const uri = f.str(o, ["spec", "model", "uri"]);
  if (uri === void 0)
    f.problem(o.locate(["spec", "model"]), `LLMInferenceService ${o.name}: spec.model.uri is required`);
  const sa = f.str(o, ["spec", "template", "serviceAccountName"]);
  return {
    ref: refOf(o, ns),
    use: "serving",
    position: o.position,
    definedAt: o.position,
    ...uri !== void 0 ? { model: uri } : {},
    ...sa ? { identity: saUsername(ns, sa) } : {},
    at: { model: o.locate(["spec", "model", "uri"]) }
  };
}

// src/read/manifests/model-deployments.ts
var WORKLOADS = /* @__PURE__ */ new Set(["Deployment", "StatefulSet", "DaemonSet"]);
function readModelDeployment(o, ctx, out) {
  if (!WORKLOADS.has(o.kind) || !o.apiVersion.startsWith("apps/")) return;
  const f = ctx.fields;
  const T = ["spec", "template", "spec"];
  const ns = o.namespace ?? "default";
  const sa = f.str(o, [...T, "serviceAccountName"]) ?? "default";
  const containers = f.list(o, [...T, "containers"]) ?? [];
  const inits = f.list(o, [...T, "initContainers"]) ?? [];
  containers.forEach((c, i) => {
    if (!c || typeof c !== "object") return;
    const C = [...T, "containers", i];
    const ct = c;
    const image = typeof ct.image === "string" ? ct.image : "";
    const tokens = commandTokens(ct);
    const base2 = {
      ref: refOf(o, ns),
      use: "serving",
      position: o.position,
      definedAt: o.position,
      runtime: image,
      identity: saUsername(ns, sa)
    };
    if (isVllm(image, tokens)) {
      const m = vllmModel(tokens);
      out.models.push({
        ...base2,
        provider: "vLLM",
        ...m.model !== void 0 ? { model: m.model } : {},
        ...m.revision !== void 0 ? { revision: m.revision } : {},
        at: { model: argsPosition(o, C, ct), runtime: o.locate([...C, "image"]) }
      });
    } else if (/(^|\/)ollama\/ollama(:|@|$)/.test(image)) {
      const pulls = [];
      collectOllamaPulls(o, C, ct, pulls);
      inits.forEach((ic, j) => {
        if (ic && typeof ic === "object") collectOllamaPulls(o, [...T, "initContainers", j], ic, pulls);
      });
      const host = envValue(ct, "OLLAMA_HOST");
      const common = { ...base2, provider: "Ollama", ...host !== void 0 ? { endpoint: host } : {} };
      const models = [...new Set(pulls.map((p) => p.model))];
      out.models.push({
        ...common,
        ...models.length > 0 ? { model: models.join(", ") } : {},
        at: { ...pulls.length > 0 ? { model: pulls[0].at } : {}, runtime: o.locate([...C, "image"]) }
      });
    }
  });
}
function isVllm(image, tokens) {
  return /(^|\/)vllm[-/]/.test(image) || /(^|\/)vllm-openai(:|@|$)/.test(image) || tokens.some((t, i) => (t === "vllm" || t.endsWith("/vllm")) && tokens[i + 1] === "serve") || tokens.includes("vllm.entrypoints.openai.api_server");
}
function commandTokens(c) {
  const raw = [...asStrings(c.command), ...asStrings(c.args)].map((s) => expandEnv(s, c));
  return raw.flatMap((s) => s.split(/\s+/)).filter((s) => s.length > 0).map((s) => s.replace(/^["']|["']$/g, ""));
}
function vllmModel(tokens) {
  const flag = (name) => {
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i] === `--${name}`) return tokens[i + 1];
      if (tokens[i].startsWith(`--${name}=`)) return tokens[i].slice(name.length + 3);
    }
    return void 0;
  };
  let model = flag("model");
  if (model === void 0) {
    const i = tokens.indexOf("serve");
    if (i >= 0 && tokens[i + 1] !== void 0 && !tokens[i + 1].startsWith("-")) model = tokens[i + 1];
  }
  return {
    ...model !== void 0 ? { model } : {},
    ...flag("revision") !== void 0 ? { revision: flag("revision") } : {}
  };
}
function collectOllamaPulls(o, C, c, out) {
  const sources = [
    [c.command, [...C, "command"]],
    [c.args, [...C, "args"]],
    [
      c.lifecycle?.postStart?.exec?.command,
      [...C, "lifecycle", "postStart", "exec", "command"]
    ]
  ];
  for (const [value, path] of sources) {
    const text = asStrings(value).join(" ");
    for (const m of text.matchAll(/\bollama\s+(?:pull|run)\s+([^\s;&|"']+)/g)) {
      out.push({ model: m[1].includes(":") ? m[1] : `${m[1]}:latest`, at: o.locate(path) });
    }
  }
}
function argsPosition(o, C, c) {
  return o.locate([...C, c.args !== void 0 ? "args" : "command"]);
}
function asStrings(v) {
  return Array.isArray(v) ? v.filter((x) => typeof x === "string" || typeof x === "number").map(String) : typeof v === "string" ? [v] : [];
}
function envValue(c, name) {
  if (!Array.isArray(c.env)) return void 0;
  const e = c.env.find((x) => x && typeof x === "object" && x.name === name);
  return typeof e?.value === "string" ? e.value : void 0;
}
function expandEnv(s, c) {
  return s.replace(
    /\$?\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g,
    (whole, name) => whole.startsWith("$$") ? whole.slice(1) : envValue(c, name) ?? whole
  );
}

// src/read/manifests/kaito.ts
function readKaito(o, ctx, out) {
  if (o.kind !== "Workspace" || groupOf(o.apiVersion) !== "kaito.sh") return;
  const f = ctx.fields;
  const ns = o.namespace ?? "default";
  if (f.raw(o, ["inference"]) === void 0 && f.raw(o, ["tuning"]) === void 0) {
    const hint = f.raw(o, ["spec"]) !== void 0 ? " (KAITO Workspace has no spec: inference and resource are top-level)" : "";
    f.problem(o.position, `Workspace ${o.name}: no inference or tuning section${hint}`);
    return;
  }
  if (f.raw(o, ["inference"]) === void 0) return;
  const preset = f.str(o, ["inference", "preset", "name"]);
  const image = f.str(o, ["inference", "template", "spec", "containers", 0, "image"]);
  const adapters = (f.list(o, ["inference", "adapters"]) ?? []).map((_, i) => {
    const A = ["inference", "adapters", i, "source"];
    return [f.str(o, [...A, "name"]), f.str(o, [...A, "image"])].filter(Boolean).join("=");
  });
  out.models.push({
    ref: refOf(o, ns),
    use: "serving",
    position: o.position,
    definedAt: o.position,
    provider: "KAITO",
    ...preset !== void 0 ? { model: preset } : {},
    ...image !== void 0 ? { runtime: image } : {},
    ...adapters.length > 0 ? { revision: `adapters: ${adapters.join(", ")}` } : {},
    at: {
      model: o.locate(preset !== void 0 ? ["inference", "preset", "name"] : ["inference", "template"]),
      revision: o.locate(["inference", "adapters"])
    }
  });
}

// src/read/manifests/agentgateway.ts
var KINDS = ["ai", "static", "dynamicForwardProxy", "mcp"];
var PROVIDERS = ["openai", "azureopenai", "anthropic", "gemini", "vertexai", "bedrock"];
function readAgentgateway(o, ctx, out) {
  if (o.kind !== "AgentgatewayBackend" || groupOf(o.apiVersion) !== "agentgateway.dev") return;
  const f = ctx.fields;
  const ns = o.namespace ?? "default";
  const present = KINDS.filter((k) => f.raw(o, ["spec", k]) !== void 0);
  if (present.length !== 1) {
    f.problem(
      o.locate(["spec"]),
      `AgentgatewayBackend ${o.name}: spec needs exactly one of ${KINDS.join(", ")}${present.length > 1 ? ` (has ${present.join(", ")})` : ""}`
    );
  }
  if (present.includes("mcp")) {
    (f.list(o, ["spec", "mcp", "targets"]) ?? []).forEach((_, i) => {
      const P = ["spec", "mcp", "targets", i];
      const name = f.str(o, [...P, "name"]);
      if (!name) {
        f.problem(o.locate(P), `AgentgatewayBackend ${o.name}: spec.mcp.targets[${i}].name is required`);
        return;
      }
      const host = f.str(o, [...P, "static", "host"]);
      const port = f.str(o, [...P, "static", "port"]);
      const protocol = f.str(o, [...P, "static", "protocol"]);
      const path = f.str(o, [...P, "static", "path"]) ?? (protocol === "SSE" ? "/sse" : "/mcp");
      out.mcpServers.push({
        ref: refOf(o, ns),
        target: name,
        position: o.locate(P),
        definedAt: o.position,
        ...host !== void 0 ? { url: `http://${host}${port !== void 0 ? `:${port}` : ""}${path}` } : {},
        ...host !== void 0 ? { transport: protocol ?? "StreamableHTTP" } : {},
        at: {
          url: o.locate([...P, host !== void 0 ? "static" : "selector"]),
          transport: o.locate([...P, "static", "protocol"])
        }
      });
    });
  }
  if (present.includes("ai")) {
    const providerAt = (P) => {
      for (const p of PROVIDERS) {
        if (f.raw(o, [...P, p]) === void 0) continue;
        const model = f.str(o, [...P, p, "model"]);
        out.models.push({
          ref: refOf(o, ns),
          use: "gateway",
          provider: p,
          position: o.locate([...P, p]),
          definedAt: o.position,
          // Without a model the gateway passes on whatever model the request names.
          ...model !== void 0 ? { model } : {},
          at: { model: o.locate([...P, p, "model"]), provider: o.locate([...P, p]) }
        });
      }
    };
    if (f.raw(o, ["spec", "ai", "provider"]) !== void 0) providerAt(["spec", "ai", "provider"]);
    (f.list(o, ["spec", "ai", "groups"]) ?? []).forEach((_, g) => {
      (f.list(o, ["spec", "ai", "groups", g, "providers"]) ?? []).forEach((__, p) => {
        const P = ["spec", "ai", "groups", g, "providers", p];
        providerAt(P);
        providerAt([...P, "provider"]);
      });
    });
  }
}

// src/read/manifests/vector-stores.ts
var WORKLOADS2 = /* @__PURE__ */ new Set(["Deployment", "StatefulSet", "DaemonSet"]);
var IMAGES = [
  [/(^|\/)qdrant\/qdrant$/, "qdrant"],
  [/(^|\/)semitechnologies\/weaviate$/, "weaviate"],
  [/(^|\/)milvusdb\/milvus$/, "milvus"],
  [/(^|\/)(chromadb\/chroma|chroma-core\/chroma)$/, "chroma"],
  [/(^|\/)(pgvector\/pgvector|ankane\/pgvector)$/, "pgvector"]
];
var OPERATOR_KINDS = [
  ["Milvus", "milvus.io", "milvus"],
  ["QdrantCluster", "qdrant.io", "qdrant"]
];
function readVectorStore(o, ctx, out) {
  const ns = o.namespace ?? "default";
  const op = OPERATOR_KINDS.find(([kind, group]) => o.kind === kind && groupOf(o.apiVersion) === group);
  if (op) {
    out.memory.push({ ref: refOf(o, ns), engine: op[2], position: o.position, definedAt: o.position });
    return;
  }
  if (!WORKLOADS2.has(o.kind) || !o.apiVersion.startsWith("apps/")) return;
  const containers = ctx.fields.list(o, ["spec", "template", "spec", "containers"]) ?? [];
  containers.forEach((c, i) => {
    const image = c && typeof c === "object" ? c.image : void 0;
    if (typeof image !== "string") return;
    const engine = IMAGES.find(([re]) => re.test(imageRepository(image)))?.[1];
    if (!engine) return;
    out.memory.push({
      ref: refOf(o, ns),
      engine,
      image,
      position: o.position,
      definedAt: o.position,
      at: { image: o.locate(["spec", "template", "spec", "containers", i, "image"]) }
    });
  });
}
function imageRepository(image) {
  const noDigest = image.split("@")[0];
  const lastSlash = noDigest.lastIndexOf("/");
  const colon = noDigest.lastIndexOf(":");
  return colon > lastSlash ? noDigest.slice(0, colon) : noDigest;
}

// src/read/manifests/mcp-client.ts
var MCP_CLIENT_SERVER_KIND = "MCPClientServer";
var RUN_OPTS_WITH_VALUE = /* @__PURE__ */ new Set([
  "-v",
  "--volume",
  "-e",
  "--env",
  "--env-file",
  "-p",
  "--publish",
  "--name",
  "--network",
  "--net",
  "-w",
  "--workdir",
  "--mount",
  "--entrypoint",
  "-u",
  "--user",
  "--platform",
  "-l",
  "--label",
  "--add-host",
  "--cpus",
  "-m",
  "--memory",
  "--pull"
]);
function readMcpClientConfig(o, ctx, out) {
  if (o.kind !== MCP_CLIENT_CONFIG.kind || o.apiVersion !== MCP_CLIENT_CONFIG.apiVersion) return;
  const f = ctx.fields;
  const key = f.raw(o, ["mcpServers"]) !== void 0 ? "mcpServers" : "servers";
  const servers = f.map(o, [key]) ?? {};
  for (const [name, value] of Object.entries(servers)) {
    const P = [key, name];
    if (!value || typeof value !== "object" || Array.isArray(value)) {
      f.problem(o.locate(P), `${o.name}: ${key}.${name} must be an object`);
      continue;
    }
    const command = f.str(o, [...P, "command"]);
    const args = f.strings(o, [...P, "args"]);
    const url = f.str(o, [...P, "url"]);
    const type = f.str(o, [...P, "type"]) ?? (url !== void 0 ? "http" : "stdio");
    if (command === void 0 && url === void 0) {
      f.problem(o.locate(P), `${o.name}: ${key}.${name} has neither command nor url`);
    }
    const image = command !== void 0 && /(^|\/)(docker|podman)$/.test(command) ? runImage(args ?? []) : void 0;
    out.mcpServers.push({
      ref: { kind: MCP_CLIENT_SERVER_KIND, name },
      position: o.locate(P),
      definedAt: o.locate(P),
      transport: type,
      ...url !== void 0 ? { url } : {},
      ...command !== void 0 ? { command } : {},
      ...args ? { args } : {},
      ...image ? { image } : {},
      at: {
        url: o.locate([...P, "url"]),
        command: o.locate([...P, "command"]),
        args: o.locate([...P, "args"]),
        transport: o.locate([...P, "type"])
      }
    });
  }
}
function runImage(args) {
  const i = args.indexOf("run");
  if (i < 0) return void 0;
  for (let j = i + 1; j < args.length; j++) {
    const a = args[j];
    if (a.startsWith("-")) {
      if (!a.includes("=") && RUN_OPTS_WITH_VALUE.has(a)) j++;
      continue;
    }
    return a;
  }
  return void 0;
}

// src/read/manifests/standalone.ts
var STANDALONE_READERS = [
  readToolHive,
  readKServe,
  readModelDeployment,
  readKaito,
  readAgentgateway,
  readVectorStore,
  readMcpClientConfig
];

// src/read/manifests/surface.ts
function readSurface(files) {
  const index = new ManifestIndex(files);
  const fields = new FieldReader();
  const ctx = { index, fields };
  const rbac = new RbacIndex(index);
  const agents = [];
  for (const f of files) {
    for (const o of f.objects) {
      if (!isKagentAgent(o)) continue;
      const base2 = readKagentAgent(o, ctx);
      resolveServiceAccount(base2.serviceAccount, index, fields, o);
      applyAutonomyAnnotation(base2.autonomy, o, fields);
      agents.push({ ...base2, permissions: rbac.permissionsOf(base2.identity) });
    }
  }
  const inventory = { models: [], mcpServers: [], memory: [] };
  for (const f of files) {
    for (const o of f.objects) {
      for (const read of STANDALONE_READERS) read(o, ctx, inventory);
      if (!isKagentAgent(o))
        applyAutonomyAnnotation({ tier: "autonomous", approvalTools: [], position: o.position }, o, fields);
    }
  }
  return { agents, inventory, problems: [...fields.problems, ...rbac.problems], index, rbac };
}
var cache = /* @__PURE__ */ new WeakMap();
function readSurfaceCached(files) {
  let r = cache.get(files);
  if (!r) {
    r = readSurface(files);
    cache.set(files, r);
  }
  return r;
}
var WORKLOAD_KINDS = ["Deployment", "StatefulSet", "DaemonSet"];
function findAgentSurface(files, workload, read = readSurface(files)) {
  const ns = workload.namespace;
  const sameNs = (x) => ns === void 0 || x === void 0 || x === ns;
  let surface;
  if (workload.kind === "Agent" || workload.kind === "Deployment") {
    surface = read.agents.find((a) => a.agent.name === workload.name && sameNs(a.agent.namespace));
  }
  if (!surface && WORKLOAD_KINDS.includes(workload.kind)) {
    const o = read.index.ofKind(workload.kind).find((w) => w.name === workload.name && sameNs(w.namespace));
    if (o) surface = plainWorkloadSurface(o, ns, read);
  }
  if (!surface) return void 0;
  return {
    ...surface,
    models: [...surface.models, ...read.inventory.models],
    mcpServers: [...surface.mcpServers, ...read.inventory.mcpServers],
    memory: [...surface.memory, ...read.inventory.memory]
  };
}
var CLOUD_IDENTITY = [
  "eks.amazonaws.com/role-arn",
  "iam.gke.io/gcp-service-account",
  "azure.workload.identity/client-id"
];
function resolveServiceAccount(sa, index, f, agent) {
  const o = index.find("ServiceAccount", sa.name, sa.namespace, "");
  const sources = [];
  if (o) {
    sa.definedAt = o.position;
    sources.push([o, ["metadata", "annotations"]]);
  }
  if (agent) {
    for (const d of ["declarative", "byo"])
      sources.push([agent, ["spec", d, "deployment", "serviceAccountConfig", "annotations"]]);
  }
  for (const [obj, path] of sources) {
    for (const key of CLOUD_IDENTITY) {
      const v = f.str(obj, [...path, key]);
      if (v === void 0) continue;
      sa.cloudIdentity = v;
      sa.at = { ...sa.at, cloudIdentity: obj.locate([...path, key]) };
      return;
    }
  }
}
var AUTONOMY_ANNOTATION = "threatcat.dev/autonomy-tier";
var TIERS = ["manual", "approval", "autonomous"];
function applyAutonomyAnnotation(autonomy, o, f) {
  const path = ["metadata", "annotations", AUTONOMY_ANNOTATION];
  const v = f.str(o, path);
  if (v === void 0) return;
  if (!TIERS.includes(v)) {
    f.problem(
      o.locate(path),
      `${o.kind} ${o.name}: annotation ${AUTONOMY_ANNOTATION} must be manual, approval or autonomous, not '${v}'`
    );
    return;
  }
  if (v !== autonomy.tier) autonomy.computedTier = autonomy.tier;
  autonomy.tier = v;
  autonomy.position = o.locate(path);
}
function plainWorkloadSurface(o, ns, read) {
  const f = new FieldReader();
  const namespace = o.namespace ?? ns ?? "default";
  const saPath = ["spec", "template", "spec", "serviceAccountName"];
  const sa = f.str(o, saPath) ?? f.str(o, ["spec", "template", "spec", "serviceAccount"]) ?? "default";
  const identity = saUsername(namespace, sa);
  const serviceAccount = {
    kind: "ServiceAccount",
    name: sa,
    namespace,
    position: o.locate(saPath)
  };
  resolveServiceAccount(serviceAccount, read.index, f);
  const autonomy = { tier: "autonomous", approvalTools: [], position: o.position };
  applyAutonomyAnnotation(autonomy, o, f);
  return {
    agent: { kind: o.kind, name: o.name, namespace, apiVersion: o.apiVersion, position: o.position },
    type: "Workload",
    workload: { kind: o.kind, name: o.name, namespace },
    serviceAccount,
    identity,
    models: [],
    mcpServers: [],
    delegations: [],
    memory: [],
    // Nothing declared pauses a plain workload, unless its annotation says otherwise.
    autonomy,
    permissions: read.rbac.permissionsOf(identity)
  };
}

export {
  declaredPermissions,
  readSurface,
  readSurfaceCached,
  findAgentSurface,
  AUTONOMY_ANNOTATION
};
