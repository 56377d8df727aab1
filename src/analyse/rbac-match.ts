import type { DeclaredPermission, RbacRequest } from '../model/surface.js';

/**
 * Kubernetes RBAC matching, exactly as the authorizer does it (plugin/pkg/auth/authorizer/rbac/rbac.go RuleAllows
 * and pkg/apis/rbac/v1/evaluation_helpers.go). Pure.
 */

/** A PolicyRule as written in a Role or ClusterRole (also the shape of a catalog threat's capability.rules). */
export interface PolicyRule {
  verbs?: readonly string[];
  apiGroups?: readonly string[];
  resources?: readonly string[];
  resourceNames?: readonly string[];
  nonResourceURLs?: readonly string[];
}

/** Does this RBAC rule allow the request? (RuleAllows: resource requests and non-resource URLs.) */
export function policyRuleAllows(rule: PolicyRule, req: RbacRequest): boolean {
  if (req.nonResourceURL !== undefined) {
    return verbMatches(rule.verbs, req.verb) && nonResourceURLMatches(rule.nonResourceURLs, req.nonResourceURL);
  }
  const combined = req.subresource ? `${req.resource ?? ''}/${req.subresource}` : (req.resource ?? '');
  return (
    verbMatches(rule.verbs, req.verb) &&
    apiGroupMatches(rule.apiGroups, req.apiGroup ?? '') &&
    resourceMatches(rule.resources, combined, req.subresource ?? '') &&
    resourceNameMatches(rule.resourceNames, req.name ?? '')
  );
}

/**
 * Does this declared permission allow the request? RuleAllows on the permission's single apiGroup/resource/verb,
 * plus the binding's scope: a RoleBinding's permission ("namespace": N) only covers requests in N; a
 * ClusterRoleBinding's ("namespace": "*") covers every namespace and cluster-scoped requests. Non-resource URLs
 * are only granted through ClusterRoleBindings.
 */
export function ruleAllows(p: DeclaredPermission, req: RbacRequest): boolean {
  if (!scopeAllows(p, req)) return false;
  if (p.nonResourceURL !== undefined) {
    return (
      req.nonResourceURL !== undefined &&
      policyRuleAllows({ verbs: [p.verb], nonResourceURLs: [p.nonResourceURL] }, req)
    );
  }
  if (req.nonResourceURL !== undefined) return false;
  return policyRuleAllows(
    { verbs: [p.verb], apiGroups: [p.apiGroup], resources: [p.resource], resourceNames: p.resourceNames },
    req,
  );
}

export function scopeAllows(p: DeclaredPermission, req: RbacRequest): boolean {
  if (p.namespace === '*') return true;
  if (req.nonResourceURL !== undefined) return false;
  return req.namespace !== undefined && req.namespace !== '' && req.namespace === p.namespace;
}

export function verbMatches(verbs: readonly string[] | undefined, verb: string): boolean {
  return (verbs ?? []).some((v) => v === '*' || v === verb);
}

export function apiGroupMatches(groups: readonly string[] | undefined, group: string): boolean {
  return (groups ?? []).some((g) => g === '*' || g === group);
}

/** `*` matches resources and subresources; `*\/sub` matches that subresource of any resource; otherwise exact. */
export function resourceMatches(
  resources: readonly string[] | undefined,
  combined: string,
  subresource: string,
): boolean {
  for (const r of resources ?? []) {
    if (r === '*' || r === combined) return true;
    if (subresource === '') continue;
    if (r.length === subresource.length + 2 && r.startsWith('*/') && r.endsWith(subresource)) return true;
  }
  return false;
}

/** Empty = any name. Otherwise the request must carry a listed name (so list/watch/create never match). */
export function resourceNameMatches(names: readonly string[] | undefined, name: string): boolean {
  if (!names || names.length === 0) return true;
  return names.includes(name);
}

export function nonResourceURLMatches(urls: readonly string[] | undefined, url: string): boolean {
  for (const u of urls ?? []) {
    if (u === '*' || u === url) return true;
    if (u.endsWith('*') && url.startsWith(u.slice(0, -1))) return true;
  }
  return false;
}
