import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);
import {
  inverse,
  setDirection
} from "./chunk-XW6MC7SD.js";
import {
  elementKey
} from "./chunk-ANXZMRTR.js";

// src/analyse/surface-diff.ts
function diffSurfaces(base, head, opts = {}) {
  const any = head ?? base;
  if (!any) return [];
  const agent = agentName(any);
  const events = [];
  const emit = (type, direction, at2, subject, before, after, scope = {}) => {
    events.push({
      type,
      direction,
      agent,
      file: at2.file,
      line: at2.line,
      column: at2.column,
      subject,
      before,
      after,
      scope
    });
  };
  diffServers(base?.mcpServers ?? [], head?.mcpServers ?? [], emit, opts);
  diffModels(base?.models ?? [], head?.models ?? [], emit, opts.findValue);
  diffDelegations(base?.delegations ?? [], head?.delegations ?? [], emit);
  diffAutonomy(base, head, emit, events);
  if (opts.annotations && base && head) diffAnnotations(opts.annotations.base, opts.annotations.head, emit);
  diffPermissions(base, head, emit, opts.findValue);
  return events.sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.type.localeCompare(b.type) || a.subject.localeCompare(b.subject)
  );
}
function refKey(r) {
  return `${r.kind}/${r.namespace ?? ""}/${r.name}`;
}
function refLabel(r) {
  return `${r.kind} ${r.namespace ? `${r.namespace}/` : ""}${r.name}`;
}
function agentName(s) {
  return `${s.agent.namespace ? `${s.agent.namespace}/` : ""}${s.agent.name}`;
}
function byKey(items) {
  const m = /* @__PURE__ */ new Map();
  for (const i of items) if (!m.has(elementKey(i))) m.set(elementKey(i), i);
  return m;
}
function connection(s) {
  return compact({ url: s.url, transport: s.transport, image: s.image, command: s.command });
}
function at(s, ...fields) {
  for (const f of fields) if (s.at?.[f]) return s.at[f];
  return s.position;
}
function implementation(s) {
  return compact({ image: s.image, command: s.command, args: s.args?.join(" ") });
}
function diffServers(base, head, emit, opts) {
  const b = byKey(base);
  const h = byKey(head);
  for (const [key, hs] of h) {
    const bs = b.get(key);
    const subject = `${refLabel(hs.ref)}${hs.target !== void 0 ? ` target ${hs.target}` : ""}`;
    if (!bs) {
      emit(
        "mcp-connection-added",
        "widened",
        hs.position,
        subject,
        null,
        { ...connection(hs), ...hs.allowedTools ? { allowedTools: sorted(hs.allowedTools) } : {} },
        {
          ref: hs.ref,
          tools: sorted(hs.allowedTools ?? (hs.tools ?? []).map((t) => t.name)),
          ...inCluster(hs) ? { inCluster: true } : {}
        }
      );
      continue;
    }
    if (bs.url !== hs.url || bs.transport !== hs.transport) {
      emit(
        "mcp-connection-added",
        "changed",
        bs.url !== hs.url ? at(hs, "url") : at(hs, "transport"),
        `${subject}: endpoint`,
        compact({ url: bs.url, transport: bs.transport }),
        compact({ url: hs.url, transport: hs.transport }),
        { ref: hs.ref, aspect: "endpoint", tools: sorted(hs.allowedTools ?? (hs.tools ?? []).map((t) => t.name)) }
      );
    }
    const bi = implementation(bs);
    const hi = implementation(hs);
    if (!sameData(bi, hi)) {
      const field = bi.image !== hi.image ? "image" : bi.command !== hi.command ? "command" : "args";
      emit("tool-surface-modified", "changed", at(hs, field), `${subject}: ${field}`, bi, hi, {
        ref: hs.ref,
        aspect: "implementation",
        tools: sorted(hs.allowedTools ?? (hs.tools ?? []).map((t) => t.name))
      });
    }
    if ((bs.permissionProfile ?? "") !== (hs.permissionProfile ?? "")) {
      emit(
        "tool-surface-modified",
        profileDirection(bs.permissionProfile, hs.permissionProfile),
        at(hs, "permissionProfile"),
        `${subject}: permission profile`,
        bs.permissionProfile ?? null,
        hs.permissionProfile ?? null,
        { ref: hs.ref, aspect: "permission-profile" }
      );
    }
    if ((bs.identity ?? "") !== (hs.identity ?? "")) {
      emit(
        "tool-surface-modified",
        "changed",
        at(hs, "identity"),
        `${subject}: server identity`,
        bs.identity ?? null,
        hs.identity ?? null,
        { ref: hs.ref, aspect: "server-identity" }
      );
    }
    diffServerAccess(bs, hs, subject, emit);
    let allowChange;
    if (!sameSet(bs.allowedTools, hs.allowedTools)) {
      const before = bs.allowedTools ? sorted(bs.allowedTools) : null;
      const after = hs.allowedTools ? sorted(hs.allowedTools) : null;
      const all = sorted((hs.tools ?? bs.tools ?? []).map((t) => t.name));
      allowChange = symmetricDifference(before ?? all, after ?? all);
      const list = at(hs, "toolNames", "toolsFilter", "allowedTools");
      const firstAdded = (hs.allowedTools ?? []).find((t) => !(bs.allowedTools ?? []).includes(t));
      emit(
        "tool-surface-modified",
        setDirection(before ?? all, after ?? all),
        firstAdded && opts.findValue?.(list, firstAdded, "head") || list,
        `${subject}: allowed tools`,
        before ?? "all",
        after ?? "all",
        { ref: hs.ref, aspect: "allowed-tools", tools: allowChange }
      );
    }
    diffTools(bs, hs, subject, emit, opts, allowChange);
    if (!sameSet(bs.requireApproval ?? [], hs.requireApproval ?? [])) {
      const before = sorted(bs.requireApproval ?? []);
      const after = sorted(hs.requireApproval ?? []);
      const list = at(hs, "requireApproval");
      const firstAdded = (hs.requireApproval ?? []).find((t) => !before.includes(t));
      emit(
        "autonomy-tier-changed",
        inverse(setDirection(before, after)),
        firstAdded && opts.findValue?.(list, firstAdded, "head") || list,
        `${subject}: tools that wait for approval`,
        before,
        after,
        { ref: hs.ref, aspect: "approval", tools: symmetricDifference(before, after) }
      );
    }
  }
  for (const [key, bs] of b) {
    if (h.has(key)) continue;
    emit(
      "mcp-connection-removed",
      "narrowed",
      bs.position,
      `${refLabel(bs.ref)}${bs.target !== void 0 ? ` target ${bs.target}` : ""}`,
      { ...connection(bs), ...bs.allowedTools ? { allowedTools: sorted(bs.allowedTools) } : {} },
      null,
      {
        ref: bs.ref,
        tools: sorted(bs.allowedTools ?? (bs.tools ?? []).map((t) => t.name)),
        ...inCluster(bs) ? { inCluster: true } : {}
      }
    );
  }
}
function inCluster(s) {
  return Boolean(s.image || s.workload || s.command);
}
function diffServerAccess(bs, hs, subject, emit) {
  const facets = [
    ["credentials", "credentials", "credentials", "credential"],
    ["hostPaths", "host paths", "host-paths", "hostPath"]
  ];
  for (const [field, label, aspect, prefix] of facets) {
    if (sameSet(bs[field] ?? [], hs[field] ?? [])) continue;
    const before = sorted(bs[field] ?? []);
    const after = sorted(hs[field] ?? []);
    const added = after.find((x) => !before.includes(x));
    const where = added !== void 0 ? at(hs, `${prefix}:${added}`, field) : at(hs, field);
    emit("tool-surface-modified", setDirection(before, after), where, `${subject}: ${label}`, before, after, {
      ref: hs.ref,
      aspect
    });
  }
  if ((bs.authentication ?? "") !== (hs.authentication ?? "")) {
    emit(
      "tool-surface-modified",
      hs.authentication === "none" ? "widened" : bs.authentication === "none" ? "narrowed" : "changed",
      at(hs, "authentication"),
      `${subject}: caller authentication`,
      bs.authentication ?? null,
      hs.authentication ?? null,
      { ref: hs.ref, aspect: "authentication" }
    );
  }
  const bu = new Set(bs.upstreams ?? []);
  const hu = new Set(hs.upstreams ?? []);
  for (const u of sorted([...hu].filter((x) => !bu.has(x))))
    emit("mcp-connection-added", "widened", at(hs, `upstream:${u}`), `${subject}: upstream ${u}`, null, u, {
      ref: hs.ref,
      aspect: "upstream"
    });
  for (const u of sorted([...bu].filter((x) => !hu.has(x))))
    emit("mcp-connection-removed", "narrowed", at(bs, `upstream:${u}`), `${subject}: upstream ${u}`, u, null, {
      ref: hs.ref,
      aspect: "upstream"
    });
}
function diffTools(bs, hs, subject, emit, opts, allowChange) {
  if (bs.tools === void 0 && hs.tools === void 0) return;
  const bt = new Map((bs.tools ?? []).map((t) => [t.name, t]));
  const ht = new Map((hs.tools ?? []).map((t) => [t.name, t]));
  const before = sorted([...bt.keys()]);
  const after = sorted([...ht.keys()]);
  const sameAsAllowList = allowChange !== void 0 && sameSet(allowChange, symmetricDifference(before, after));
  if (bs.tools !== void 0 && hs.tools !== void 0 && !sameSet(before, after) && !sameAsAllowList) {
    const firstAdded = (hs.tools ?? []).find((t) => !bt.has(t.name))?.position;
    emit(
      "tool-surface-modified",
      setDirection(before, after),
      firstAdded ?? at(hs, "tools"),
      `${subject}: tools`,
      before,
      after,
      {
        ref: hs.ref,
        aspect: "tools",
        tools: symmetricDifference(before, after)
      }
    );
  }
  for (const [name, tool] of ht) {
    const headHash = toolHash(tool);
    if (headHash === void 0) continue;
    const baseTool = bt.get(name);
    const baseHash = baseTool ? toolHash(baseTool) : void 0;
    const pinned = opts.pinnedHash?.(hs.ref, name);
    const reference = baseHash ?? pinned;
    if (reference !== void 0 && reference !== headHash) {
      emit(
        "tool-surface-modified",
        "changed",
        tool.position ?? at(hs, "tools"),
        `${subject}: tool ${name} description or schema`,
        { sha256: reference, ...baseTool?.description !== void 0 ? { description: baseTool.description } : {} },
        { sha256: headHash, ...tool.description !== void 0 ? { description: tool.description } : {} },
        { ref: hs.ref, aspect: "tool-hash", tools: [name] }
      );
    }
  }
}
function toolHash(t) {
  if (t.sha256) return t.sha256;
  return t.description !== void 0 ? `description:${t.description}` : void 0;
}
function modelFacts(m) {
  return compact({
    provider: m.provider,
    model: m.model,
    revision: m.revision,
    endpoint: m.endpoint,
    runtime: m.runtime
  });
}
function modelKey(m) {
  return `${m.use}:${elementKey(m)}`;
}
function diffModels(base, head, emit, findValue) {
  const b = new Map(base.map((m) => [modelKey(m), m]));
  const h = new Map(head.map((m) => [modelKey(m), m]));
  const unpairedBase = [...b.keys()].filter((k) => !h.has(k));
  const unpairedHead = [...h.keys()].filter((k) => !b.has(k));
  const pairs = [];
  for (const [k, hm] of h) if (b.has(k)) pairs.push([b.get(k), hm]);
  if (unpairedBase.length === 1 && unpairedHead.length === 1) {
    pairs.push([b.get(unpairedBase[0]), h.get(unpairedHead[0])]);
  } else {
    for (const k of unpairedHead) pairs.push([void 0, h.get(k)]);
    for (const k of unpairedBase) pairs.push([b.get(k), void 0]);
  }
  for (const [bm, hm] of pairs) {
    const before = bm ? modelFacts(bm) : null;
    const after = hm ? modelFacts(hm) : null;
    if (before && after && sameData(before, after)) continue;
    const m = hm ?? bm;
    let where = m.position;
    if (bm && hm && elementKey(bm) === elementKey(hm)) {
      const field = ["model", "revision", "endpoint", "runtime", "provider"].find(
        (k) => before[k] !== after[k]
      );
      if (field) {
        where = at(hm, field);
        const value = after[field];
        if (value && findValue) where = findValue(where, value, "head") ?? where;
      }
    }
    const runtime = (before?.runtime ?? "") !== (after?.runtime ?? "");
    emit(
      "model-version-updated",
      !before ? "widened" : !after ? "narrowed" : "changed",
      where,
      `${refLabel(m.ref)}${m.target !== void 0 ? ` ${m.target}` : ""}`,
      before,
      after,
      { ref: m.ref, aspect: runtime ? "runtime" : "model" }
    );
  }
}
function diffDelegations(base, head, emit) {
  const b = byKey(base);
  const h = byKey(head);
  for (const [k, d] of h) {
    if (!b.has(k))
      emit("tool-surface-modified", "widened", d.position, `delegation to ${refLabel(d.ref)}`, null, refLabel(d.ref), {
        ref: d.ref,
        aspect: "delegation"
      });
  }
  for (const [k, d] of b) {
    if (!h.has(k))
      emit("tool-surface-modified", "narrowed", d.position, `delegation to ${refLabel(d.ref)}`, refLabel(d.ref), null, {
        ref: d.ref,
        aspect: "delegation"
      });
  }
}
function diffAutonomy(base, head, emit, events) {
  if (!base || !head) return;
  const ba = base.autonomy;
  const ha = head.autonomy;
  const serverNames = (s) => new Set(s.mcpServers.map((m) => m.ref.name));
  const bn = serverNames(base);
  const hn = serverNames(head);
  const onBoth = (t) => {
    const server = t.slice(0, t.lastIndexOf("/"));
    return bn.has(server) && hn.has(server);
  };
  const joined = [...hn].some((n) => !bn.has(n)) || keysOf(head.delegations).some((k) => !base.delegations.some((d) => elementKey(d) === k));
  const left = [...bn].some((n) => !hn.has(n)) || keysOf(base.delegations).some((k) => !head.delegations.some((d) => elementKey(d) === k));
  const approvalsMoved = !sameSet(ba.approvalTools.filter(onBoth), ha.approvalTools.filter(onBoth));
  if (ba.tier !== ha.tier) {
    const derived = !approvalsMoved && Boolean(ba.codeExecution) === Boolean(ha.codeExecution) && joined !== left ? joined ? "widened" : "narrowed" : void 0;
    emit(
      "autonomy-tier-changed",
      derived ?? tierDirection(ba.tier, ha.tier),
      ha.position,
      "autonomy tier",
      ba.tier,
      ha.tier,
      { aspect: "tier" }
    );
  }
  if (Boolean(ba.codeExecution) !== Boolean(ha.codeExecution)) {
    emit(
      "autonomy-tier-changed",
      ha.codeExecution ? "widened" : "narrowed",
      ha.position,
      "code execution",
      Boolean(ba.codeExecution),
      Boolean(ha.codeExecution),
      { aspect: "code-execution" }
    );
  }
  const perServer = events.some((e) => e.scope.aspect === "approval");
  if (!perServer && approvalsMoved) {
    const before = sorted(ba.approvalTools.filter(onBoth));
    const after = sorted(ha.approvalTools.filter(onBoth));
    emit(
      "autonomy-tier-changed",
      inverse(setDirection(before, after)),
      ha.position,
      "tools that wait for approval",
      before,
      after,
      {
        aspect: "approval",
        tools: symmetricDifference(before, after)
      }
    );
  }
}
function keysOf(items) {
  return items.map((i) => elementKey(i));
}
function diffAnnotations(base, head, emit) {
  for (const key of sorted([...Object.keys(base), ...Object.keys(head)])) {
    const b = base[key];
    const h = head[key];
    if (b?.value === h?.value) continue;
    emit(
      "autonomy-tier-changed",
      tierDirection(b?.value, h?.value),
      (h ?? b).position,
      `annotation ${key}`,
      b?.value ?? null,
      h?.value ?? null,
      { aspect: "annotation" }
    );
  }
}
function permissionTuple(p) {
  return {
    apiGroup: p.apiGroup,
    resource: p.resource,
    verb: p.verb,
    namespace: p.namespace,
    ...p.resourceNames && p.resourceNames.length > 0 ? { resourceNames: sorted(p.resourceNames) } : {},
    ...p.nonResourceURL ? { nonResourceURL: p.nonResourceURL } : {}
  };
}
function permissionLabel(t) {
  if (t.nonResourceURL) return `${t.verb} ${t.nonResourceURL}`;
  const what = `${t.apiGroup ? `${t.apiGroup}/` : ""}${t.resource}${t.resourceNames ? `[${t.resourceNames.join(",")}]` : ""}`;
  return `${t.verb} ${what} in ${t.namespace === "*" ? "all namespaces" : t.namespace}`;
}
function tupleKey(t) {
  return JSON.stringify([t.apiGroup, t.resource, t.verb, t.namespace, t.resourceNames ?? [], t.nonResourceURL ?? ""]);
}
function diffPermissions(base, head, emit, findValue) {
  if (base && head && (base.identity ?? "") !== (head.identity ?? "")) {
    emit(
      "permissions-changed",
      "changed",
      head.serviceAccount?.position ?? head.agent.position,
      `identity of ${agentName(head)}`,
      base.identity ?? null,
      head.identity ?? null,
      { ...head.identity !== void 0 ? { identity: head.identity } : {}, aspect: "identity" }
    );
  }
  const own = head?.identity ?? base?.identity;
  if (own !== void 0) {
    diffCloudRole(own, base?.serviceAccount, head?.serviceAccount, emit);
    diffGrants(own, base?.permissions ?? [], head?.permissions ?? [], emit, findValue);
  }
  const bt = new Map((base?.toolIdentities ?? []).map((t) => [t.identity, t]));
  const ht = new Map((head?.toolIdentities ?? []).map((t) => [t.identity, t]));
  for (const id of sorted([...bt.keys(), ...ht.keys()])) {
    if (id === own) continue;
    diffCloudRole(id, bt.get(id)?.serviceAccount, ht.get(id)?.serviceAccount, emit);
    diffGrants(id, bt.get(id)?.permissions ?? [], ht.get(id)?.permissions ?? [], emit, findValue);
  }
}
function diffCloudRole(identity, base, head, emit) {
  const before = base?.cloudIdentity;
  const after = head?.cloudIdentity;
  if ((before ?? "") === (after ?? "")) return;
  const where = after !== void 0 ? at(head, "cloudIdentity") : at(base, "cloudIdentity");
  const direction = before === void 0 ? "widened" : after === void 0 ? "narrowed" : "changed";
  emit("permissions-changed", direction, where, `${identity}: cloud role`, before ?? null, after ?? null, {
    identity,
    aspect: "cloud-role"
  });
}
function diffGrants(id, basePerms, headPerms, emit, findValue) {
  const index = (perms) => {
    const m = /* @__PURE__ */ new Map();
    for (const p of perms) {
      const tuple = permissionTuple(p);
      const k = tupleKey(tuple);
      if (!m.has(k)) m.set(k, { tuple, position: p.position, perm: p });
    }
    return m;
  };
  const b = index(basePerms);
  const h = index(headPerms);
  const rolesByBinding = (perms) => {
    const m = /* @__PURE__ */ new Map();
    for (const p of perms) {
      const k = refKey(p.binding);
      m.set(k, (m.get(k) ?? /* @__PURE__ */ new Set()).add(refKey(p.role)));
    }
    return m;
  };
  const rolesOf = { base: rolesByBinding(basePerms), head: rolesByBinding(headPerms) };
  const site = (p, other) => {
    if (p.builtinRole || !p.bindingAt) return { position: p.position, rule: !p.builtinRole };
    const roles = other.get(refKey(p.binding));
    if (!roles) return { position: p.bindingAt.subject, rule: false };
    if (!roles.has(refKey(p.role))) return { position: p.bindingAt.roleRef, rule: false };
    return { position: p.position, rule: true };
  };
  const group = (from, other, otherRoles) => {
    const groups = /* @__PURE__ */ new Map();
    for (const [k, v] of from) {
      if (other.has(k)) continue;
      const where = site(v.perm, otherRoles);
      const gk = `${where.position.file}:${where.position.line}`;
      const g = groups.get(gk) ?? { ...where, tuples: [], perms: [] };
      g.tuples.push(v.tuple);
      g.perms.push(v.perm);
      groups.set(gk, g);
    }
    return [...groups.values()];
  };
  const pinpoint = (g, other, state) => {
    if (!findValue || !g.rule) return g.position;
    const t = g.tuples[0];
    const others = [...other.values()].map((o) => o.tuple);
    const same = (o, ...keys) => keys.every((k) => o[k] === t[k]);
    const value = others.some((o) => same(o, "apiGroup", "resource", "namespace")) ? t.verb : others.some((o) => same(o, "apiGroup", "verb", "namespace")) ? t.resource : void 0;
    return (value && value !== "*" ? findValue(g.position, value, state) : void 0) ?? g.position;
  };
  for (const g of group(h, b, rolesOf.base)) {
    const { words, scope } = grantFacts(g.perms);
    emit(
      "permissions-changed",
      "widened",
      pinpoint(g, b, "head"),
      `${id}: ${g.tuples.length} permission${g.tuples.length === 1 ? "" : "s"} added${words}`,
      null,
      g.tuples.map(permissionLabel),
      { identity: id, added: g.tuples, removed: [], ...scope }
    );
  }
  for (const g of group(b, h, rolesOf.head)) {
    const { words, scope } = grantFacts(g.perms);
    emit(
      "permissions-changed",
      "narrowed",
      pinpoint(g, h, "base"),
      `${id}: ${g.tuples.length} permission${g.tuples.length === 1 ? "" : "s"} removed${words}`,
      g.tuples.map(permissionLabel),
      null,
      { identity: id, added: [], removed: g.tuples, ...scope }
    );
  }
}
function grantFacts(perms) {
  const roles = sorted(perms.filter((p) => p.builtinRole).map((p) => p.role.name));
  const wild = perms.filter((p) => p.wildcard).map((p) => permissionLabel(permissionTuple(p)));
  const words = (roles.length > 0 ? ` through the built-in ClusterRole ${roles.join(", ")}` : "") + (wild.length > 0 ? `, including wildcard grant${wild.length === 1 ? "" : "s"} (${wild.join("; ")})` : "");
  return {
    words,
    scope: {
      ...roles.length > 0 ? { builtinRoles: roles } : {},
      ...wild.length > 0 ? { wildcard: true } : {}
    }
  };
}
var TIER_RANK = { manual: 0, approval: 1, autonomous: 2 };
function tierDirection(before, after) {
  const b = before === void 0 ? void 0 : TIER_RANK[before];
  const a = after === void 0 ? void 0 : TIER_RANK[after];
  if (b === void 0 || a === void 0 || a === b) return "changed";
  return a > b ? "widened" : "narrowed";
}
var PROFILE_RANK = { "builtin:none": 0, "builtin:network": 1 };
function profileDirection(before, after) {
  const b = before === void 0 ? void 0 : PROFILE_RANK[before];
  const a = after === void 0 ? void 0 : PROFILE_RANK[after];
  if (b === void 0 || a === void 0 || a === b) return "changed";
  return a > b ? "widened" : "narrowed";
}
function compact(o) {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== void 0 && v !== ""));
}
function sorted(a) {
  return [...new Set(a)].sort();
}
function sameSet(a, b) {
  if (a === void 0 || b === void 0) return a === b;
  const sa = sorted(a);
  const sb = sorted(b);
  return sa.length === sb.length && sa.every((x, i) => x === sb[i]);
}
function symmetricDifference(a, b) {
  const sa = new Set(a);
  const sb = new Set(b);
  return sorted([...a.filter((x) => !sb.has(x)), ...b.filter((x) => !sa.has(x))]);
}
function sameData(a, b) {
  const ka = Object.keys(a).sort();
  const kb = Object.keys(b).sort();
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && a[k] === b[k]);
}
function pinnedHashes(data) {
  return (server, tool) => {
    const c = data.components.find(
      (x) => x.tools && x.trustSource.kind === server.kind && x.trustSource.name === server.name && (!x.trustSource.namespace || !server.namespace || x.trustSource.namespace === server.namespace)
    );
    return c?.tools?.find((t) => t.name === tool)?.sha256;
  };
}

// src/render/markdown-escape.ts
var ENTITY = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "@": "&#64;&#8203;",
  "#": "&#35;&#8203;",
  "|": "&#124;"
};
function escapeMarkdown(value, opts = {}) {
  const special = opts.keepReferences ? /[&<>"|\\`*_[\]~!]/g : /[&<>"@#|\\`*_[\]~!]|:\/\/|\bwww\./gi;
  return visible(value).replace(
    special,
    (c) => c === "://" ? "&#58;//" : /^www\.$/i.test(c) ? `${c.slice(0, 3)}&#46;` : ENTITY[c] ?? `\\${c}`
  ).replace(/^(\s*)([-+=#>])/, "$1\\$2").replace(/^(\s*)(\d+)\./, "$1$2\\.");
}
function visible(value) {
  const s = value === void 0 || value === null ? "" : String(value);
  return s.replace(/[\r\n\u0085\u2028\u2029]+/g, " ").replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, "\uFFFD");
}
function codeSpan(value, opts = {}) {
  let s = visible(value);
  if (opts.table) s = s.replace(/\|/g, "\\|");
  const longest = Math.max(0, ...(s.match(/`+/g) ?? []).map((r) => r.length));
  const fence = "`".repeat(longest + 1);
  const pad = s.startsWith("`") || s.endsWith("`") || s === "" ? " " : "";
  return `${fence}${pad}${s}${pad}${fence}`;
}
function fencedBlock(lang, content) {
  const longest = Math.max(2, ...(content.match(/`+/g) ?? []).map((r) => r.length));
  const fence = "`".repeat(longest + 1);
  return `${fence}${lang}
${content}${content === "" || content.endsWith("\n") ? "" : "\n"}${fence}`;
}
function mermaidLabel(value, max = 80) {
  const s = (value === void 0 || value === null ? "" : String(value)).replace(/\s+/g, " ").slice(0, max);
  return s.replace(/[^A-Za-z0-9 _.,/+-]/g, (c) => `#${c.codePointAt(0)};`);
}

// src/render/event-view.ts
var MAX_VALUE = 120;
var LABELS = {
  allowedTools: "tools",
  transport: "transport",
  url: "url",
  image: "image",
  command: "command",
  args: "args",
  provider: "provider",
  model: "model",
  revision: "revision",
  endpoint: "endpoint",
  runtime: "runtime"
};
var ASPECT_LABEL = {
  tools: "tools",
  "allowed-tools": "tools",
  approval: "tools"
};
function eventView(e) {
  const mark = changeMark(e);
  const direction = e.direction;
  return {
    type: e.type,
    title: eventTitle(e.type, mark, e.scope.aspect),
    agent: e.agent,
    subject: e.subject,
    file: e.file,
    line: e.line,
    mark,
    facts: changeFacts(e),
    // Only a direction that tells the reviewer something: `changed` (neither wider nor narrower) goes unsaid, and
    // so does the direction of an element added or removed (its title already says it).
    ...(direction === "widened" || direction === "narrowed") && mark === "changed" ? { direction } : {}
  };
}
function changeMark(e) {
  const whole = e.scope.aspect === void 0 || e.scope.aspect === "delegation";
  if (e.type === "permissions-changed" || !whole) return "changed";
  if (e.before === null || e.before === void 0) return "added";
  if (e.after === null || e.after === void 0) return "removed";
  return "changed";
}
function eventTitle(type, mark, aspect) {
  switch (type) {
    case "mcp-connection-added":
      return aspect === void 0 ? "MCP server added" : "MCP connection added";
    case "mcp-connection-removed":
      return aspect === void 0 ? "MCP server removed" : "MCP connection removed";
    case "model-version-updated":
      return mark === "added" ? "Model added" : mark === "removed" ? "Model removed" : "Model updated";
    case "tool-surface-modified":
      if (aspect === "delegation") return mark === "removed" ? "Delegation removed" : "Delegation added";
      return "Tools changed";
    case "autonomy-tier-changed":
      return "Autonomy changed";
    case "permissions-changed":
      return "Permissions changed";
    default:
      return String(type);
  }
}
function changeFacts(e) {
  if (e.type === "permissions-changed" && (e.scope.added?.length || e.scope.removed?.length)) {
    return [
      {
        label: "permissions",
        added: (e.scope.added ?? []).map((p) => `+ ${clip(permissionLabel(p))}`),
        removed: (e.scope.removed ?? []).map((p) => `\u2212 ${clip(permissionLabel(p))}`)
      }
    ];
  }
  if (e.scope.aspect === "delegation") return [];
  const label = ASPECT_LABEL[e.scope.aspect ?? ""];
  const b = e.before;
  const a = e.after;
  if (isRecord(b) || isRecord(a)) {
    const facts = recordFacts(isRecord(b) ? b : void 0, isRecord(a) ? a : void 0);
    const tools = e.scope.tools ?? [];
    if (e.type === "mcp-connection-added" && !isRecord(b) && !facts.some((f) => f.label === "tools") && tools.length)
      facts.push({ label: "tools", added: tools.map((t) => `+${clip(t)}`), removed: [] });
    return facts;
  }
  if (Array.isArray(b) || Array.isArray(a)) return [listFact(label, b, a)];
  const fact = { ...label ? { label } : {}, added: [], removed: [] };
  if (b !== null && b !== void 0) fact.before = scalar(b);
  if (a !== null && a !== void 0) fact.after = scalar(a);
  return [fact];
}
function recordFacts(b, a) {
  const keys = [.../* @__PURE__ */ new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
  const facts = [];
  for (const k of keys) {
    const bv = b?.[k];
    const av = a?.[k];
    if (b && a && JSON.stringify(bv) === JSON.stringify(av)) continue;
    const label = LABELS[k] ?? k;
    if (Array.isArray(bv) || Array.isArray(av)) {
      facts.push(listFact(label, b ? bv ?? [] : null, a ? av ?? [] : null));
      continue;
    }
    const fact = { label, added: [], removed: [] };
    if (!a) fact.after = bv === void 0 || bv === null ? void 0 : scalar(bv);
    else {
      if (bv !== void 0 && bv !== null) fact.before = scalar(bv);
      if (av !== void 0 && av !== null) fact.after = scalar(av);
    }
    if (fact.after === void 0) delete fact.after;
    facts.push(fact);
  }
  return facts;
}
function listFact(label, b, a) {
  const base = Array.isArray(b) ? b.map(scalar) : void 0;
  const head = Array.isArray(a) ? a.map(scalar) : void 0;
  const fact = { ...label ? { label } : {}, added: [], removed: [] };
  if (base && head) {
    fact.added = head.filter((x) => !base.includes(x)).map((x) => `+${x}`);
    fact.removed = base.filter((x) => !head.includes(x)).map((x) => `\u2212${x}`);
    return fact;
  }
  if (head && b !== null && b !== void 0) return { ...fact, before: scalar(b), after: clip(head.join(", ")) };
  if (base && a !== null && a !== void 0) return { ...fact, before: clip(base.join(", ")), after: scalar(a) };
  if (head) fact.added = head.map((x) => `+${x}`);
  else if (base) fact.removed = base.map((x) => `\u2212${x}`);
  return fact;
}
function describeChange(e) {
  const facts = changeFacts(e).map(factText).filter(Boolean);
  return facts.length > 0 ? facts.join("; ") : "changed";
}
function factText(f) {
  const values = f.before !== void 0 && f.after !== void 0 ? `${f.before} \u2192 ${f.after}` : f.after !== void 0 ? f.after : f.before !== void 0 ? `${f.before} \u2192 (none)` : "";
  const parts = [values, ...f.added, ...f.removed].filter(Boolean);
  return [f.label, ...parts].filter(Boolean).join(" ");
}
function factsMarkdown(facts) {
  return facts.map((f) => {
    const values = f.before !== void 0 && f.after !== void 0 ? `${codeSpan(f.before)} \u2192 ${codeSpan(f.after)}` : f.after !== void 0 ? codeSpan(f.after) : f.before !== void 0 ? `${codeSpan(f.before)} \u2192 (none)` : "";
    const parts = [values, ...[...f.added, ...f.removed].map((x) => codeSpan(x))].filter(Boolean);
    return [f.label ? escapeMarkdown(f.label) : "", ...parts].filter(Boolean).join(" ");
  }).filter(Boolean).join(" \xB7 ");
}
function eventElement(e) {
  if (e.scope.ref) return { ref: e.scope.ref, delegation: e.scope.aspect === "delegation" };
  if (e.type === "permissions-changed" && e.scope.identity) {
    const m = /^system:serviceaccount:([^:]+):([^:]+)$/.exec(e.scope.identity);
    if (m) return { ref: { kind: "ServiceAccount", namespace: m[1], name: m[2] }, delegation: false };
  }
  return void 0;
}
function isRecord(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function scalar(v) {
  if (v === null || v === void 0) return "";
  if (typeof v === "string") return clip(v);
  if (typeof v === "object") return clip(JSON.stringify(v));
  return String(v);
}
function clip(s) {
  return s.length > MAX_VALUE ? `${s.slice(0, MAX_VALUE - 1)}\u2026` : s;
}

export {
  diffSurfaces,
  pinnedHashes,
  escapeMarkdown,
  codeSpan,
  fencedBlock,
  mermaidLabel,
  eventView,
  changeMark,
  describeChange,
  factsMarkdown,
  eventElement
};
