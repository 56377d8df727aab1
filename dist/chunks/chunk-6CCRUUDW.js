import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);

// src/model/catalog.ts
function asCatalogDoc(loaded) {
  return loaded;
}
function reopenEventTypes(t) {
  return t.reopenOn?.map((x) => typeof x === "string" ? x : x.event);
}

// src/analyse/rbac-match.ts
function policyRuleAllows(rule, req) {
  if (req.nonResourceURL !== void 0) {
    return verbMatches(rule.verbs, req.verb) && nonResourceURLMatches(rule.nonResourceURLs, req.nonResourceURL);
  }
  const combined = req.subresource ? `${req.resource ?? ""}/${req.subresource}` : req.resource ?? "";
  return verbMatches(rule.verbs, req.verb) && apiGroupMatches(rule.apiGroups, req.apiGroup ?? "") && resourceMatches(rule.resources, combined, req.subresource ?? "") && resourceNameMatches(rule.resourceNames, req.name ?? "");
}
function ruleAllows(p, req) {
  if (!scopeAllows(p, req)) return false;
  if (p.nonResourceURL !== void 0) {
    return req.nonResourceURL !== void 0 && policyRuleAllows({ verbs: [p.verb], nonResourceURLs: [p.nonResourceURL] }, req);
  }
  if (req.nonResourceURL !== void 0) return false;
  return policyRuleAllows(
    { verbs: [p.verb], apiGroups: [p.apiGroup], resources: [p.resource], resourceNames: p.resourceNames },
    req
  );
}
function scopeAllows(p, req) {
  if (p.namespace === "*") return true;
  if (req.nonResourceURL !== void 0) return false;
  return req.namespace !== void 0 && req.namespace !== "" && req.namespace === p.namespace;
}
function verbMatches(verbs, verb) {
  return (verbs ?? []).some((v) => v === "*" || v === verb);
}
function apiGroupMatches(groups, group) {
  return (groups ?? []).some((g) => g === "*" || g === group);
}
function resourceMatches(resources, combined, subresource) {
  for (const r of resources ?? []) {
    if (r === "*" || r === combined) return true;
    if (subresource === "") continue;
    if (r.length === subresource.length + 2 && r.startsWith("*/") && r.endsWith(subresource)) return true;
  }
  return false;
}
function resourceNameMatches(names, name) {
  if (!names || names.length === 0) return true;
  return names.includes(name);
}
function nonResourceURLMatches(urls, url) {
  for (const u of urls ?? []) {
    if (u === "*" || u === url) return true;
    if (u.endsWith("*") && url.startsWith(u.slice(0, -1))) return true;
  }
  return false;
}

export {
  policyRuleAllows,
  ruleAllows,
  asCatalogDoc,
  reopenEventTypes
};
