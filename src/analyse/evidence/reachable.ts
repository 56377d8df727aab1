import type { DeniedEntry } from '../../model/ingest-result.js';

export type { DeniedEntry } from '../../model/ingest-result.js';
import type { ApiRow } from '../../model/observation.js';
import type { DeclaredPermission, RbacRequest } from '../../model/surface.js';
import { ruleAllows } from '../rbac-match.js';
import { blastOf } from './blast.js';

/** Verbs RBAC checks that never appear as an audit event's verb: they cannot be observed in use. */
export const UNOBSERVABLE_VERBS = new Set(['bind', 'escalate', 'impersonate', 'use', 'approve', 'sign']);

export interface PermissionEntry {
  identity: string;
  apiGroup: string;
  /** resource[/subresource]; a non-resource URL (starting with /) for non-resource rules. */
  resource: string;
  verb: string;
  namespace: string;
  resourceNames?: string[];
  blast: number;
  wildcard: boolean;
}

export interface Reachability {
  used: Array<PermissionEntry & { count: number }>;
  dormant: PermissionEntry[];
  unobservable: PermissionEntry[];
  /** Wildcard grants, used or not. */
  wildcards: Array<PermissionEntry & { used: boolean }>;
  denied: DeniedEntry[];
}

/**
 * Declared minus observed, per identity. Pure. One entry per declared identity × apiGroup × resource × verb ×
 * namespace scope (the surface reader expands named lists and keeps `*` symbolic). An entry is used when at
 * least one allowed request of that identity matches it under Kubernetes' rules (RuleAllows + binding scope);
 * forbidden requests never count as use and are listed apart.
 */
export function reachableCapability(declared: readonly DeclaredPermission[], apiRows: readonly ApiRow[]): Reachability {
  const result: Reachability = { used: [], dormant: [], unobservable: [], wildcards: [], denied: [] };
  const allowed = apiRows.filter((r) => r.decision === 'allow');
  const seen = new Set<string>();
  for (const p of declared) {
    const entry = toEntry(p);
    const key = `${entry.identity}\0${entry.apiGroup}\0${entry.resource}\0${entry.verb}\0${entry.namespace}\0${(entry.resourceNames ?? []).join(',')}`;
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
    if (r.decision !== 'forbid' || (identities.size > 0 && !identities.has(r.identity))) continue;
    result.denied.push({
      identity: r.identity,
      apiGroup: r.apiGroup,
      resource: r.resource || r.path,
      verb: r.verb,
      namespace: r.namespace,
      names: r.names,
      count: r.count,
      last: r.last,
    });
  }
  const order = (a: PermissionEntry, b: PermissionEntry) => b.blast - a.blast || keyOf(a).localeCompare(keyOf(b));
  result.dormant.sort(order);
  result.unobservable.sort(order);
  result.wildcards.sort(order);
  result.used.sort(order);
  result.denied.sort((a, b) =>
    `${a.identity} ${a.resource} ${a.verb}`.localeCompare(`${b.identity} ${b.resource} ${b.verb}`),
  );
  return result;
}

/** Denied requests of any of these identities (for identities without declared RBAC in the manifests). */
export function deniedOf(identities: ReadonlySet<string>, apiRows: readonly ApiRow[]): DeniedEntry[] {
  return reachableCapability(
    [],
    apiRows.filter((r) => identities.has(r.identity)),
  ).denied;
}

function keyOf(e: PermissionEntry): string {
  return `${e.identity} ${e.namespace} ${e.apiGroup} ${e.resource} ${e.verb}`;
}

function toEntry(p: DeclaredPermission): PermissionEntry {
  const resource = p.nonResourceURL ?? p.resource;
  const e: PermissionEntry = {
    identity: p.identity,
    apiGroup: p.apiGroup,
    resource,
    verb: p.verb,
    namespace: p.namespace,
    blast: blastOf(p).score,
    wildcard: p.wildcard,
  };
  if (p.resourceNames && p.resourceNames.length > 0) e.resourceNames = [...p.resourceNames];
  return e;
}

/** Does a declared permission allow any request aggregated in this row? (Names: the row keeps up to 32.) */
function rowMatches(p: DeclaredPermission, r: ApiRow): boolean {
  if (r.path) return ruleAllows(p, { verb: r.verb, nonResourceURL: r.path });
  const slash = r.resource.indexOf('/');
  const req: RbacRequest = {
    verb: r.verb,
    apiGroup: r.apiGroup,
    resource: slash === -1 ? r.resource : r.resource.slice(0, slash),
    subresource: slash === -1 ? undefined : r.resource.slice(slash + 1),
    namespace: r.namespace || undefined,
  };
  if (!p.resourceNames || p.resourceNames.length === 0) return ruleAllows(p, req);
  return r.names.some((name) => ruleAllows(p, { ...req, name }));
}
