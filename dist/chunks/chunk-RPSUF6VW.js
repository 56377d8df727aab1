import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);
import {
  ruleAllows
} from "./chunk-3L5YRJF5.js";
import {
  blastOf
} from "./chunk-ANXZMRTR.js";

// src/analyse/evidence/reachable.ts
var UNOBSERVABLE_VERBS = /* @__PURE__ */ new Set(["bind", "escalate", "impersonate", "use", "approve", "sign"]);
function reachableCapability(declared, apiRows) {
  const result = { used: [], dormant: [], unobservable: [], wildcards: [], denied: [] };
  const allowed = apiRows.filter((r) => r.decision === "allow");
  const seen = /* @__PURE__ */ new Set();
  for (const p of declared) {
    const entry = toEntry(p);
    const key = `${entry.identity}\0${entry.apiGroup}\0${entry.resource}\0${entry.verb}\0${entry.namespace}\0${(entry.resourceNames ?? []).join(",")}`;
    if (seen.has(key)) continue;
    seen.add(key);
    let count = 0;
    for (const r of allowed) if (r.identity === p.identity && rowMatches(p, r)) count += r.count;
    if (p.wildcard) result.wildcards.push({ ...entry, used: count > 0 });
    if (count > 0) result.used.push({ ...entry, count });
    else if (UNOBSERVABLE_VERBS.has(p.verb)) result.unobservable.push(entry);
    else result.dormant.push(entry);
  }
  const identities = new Set(declared.map((p) => p.identity));
  for (const r of apiRows) {
    if (r.decision !== "forbid" || identities.size > 0 && !identities.has(r.identity)) continue;
    result.denied.push({
      identity: r.identity,
      apiGroup: r.apiGroup,
      resource: r.resource || r.path,
      verb: r.verb,
      namespace: r.namespace,
      names: r.names,
      count: r.count,
      last: r.last
    });
  }
  const order = (a, b) => b.blast - a.blast || keyOf(a).localeCompare(keyOf(b));
  result.dormant.sort(order);
  result.unobservable.sort(order);
  result.wildcards.sort(order);
  result.used.sort(order);
  result.denied.sort(
    (a, b) => `${a.identity} ${a.resource} ${a.verb}`.localeCompare(`${b.identity} ${b.resource} ${b.verb}`)
  );
  return result;
}
function deniedOf(identities, apiRows) {
  return reachableCapability(
    [],
    apiRows.filter((r) => identities.has(r.identity))
  ).denied;
}
function keyOf(e) {
  return `${e.identity} ${e.namespace} ${e.apiGroup} ${e.resource} ${e.verb}`;
}
function toEntry(p) {
  const resource = p.nonResourceURL ?? p.resource;
  const e = {
    identity: p.identity,
    apiGroup: p.apiGroup,
    resource,
    verb: p.verb,
    namespace: p.namespace,
    blast: blastOf(p).score,
    wildcard: p.wildcard
  };
  if (p.resourceNames && p.resourceNames.length > 0) e.resourceNames = [...p.resourceNames];
  return e;
}
function rowMatches(p, r) {
  if (r.path) return ruleAllows(p, { verb: r.verb, nonResourceURL: r.path });
  const slash = r.resource.indexOf("/");
  const req = {
    verb: r.verb,
    apiGroup: r.apiGroup,
    resource: slash === -1 ? r.resource : r.resource.slice(0, slash),
    subresource: slash === -1 ? void 0 : r.resource.slice(slash + 1),
    namespace: r.namespace || void 0
  };
  if (!p.resourceNames || p.resourceNames.length === 0) return ruleAllows(p, req);
  return r.names.some((name) => ruleAllows(p, { ...req, name }));
}

export {
  UNOBSERVABLE_VERBS,
  reachableCapability,
  deniedOf
};
