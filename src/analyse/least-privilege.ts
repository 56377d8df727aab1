import type { ObservedRequest, ObservedRequests } from '../model/baseline.js';
import type { DeclaredPermission, RbacRequest } from '../model/surface.js';
import { ruleAllows } from './rbac-match.js';
import { blastOf } from './evidence/blast.js';
import { UNOBSERVABLE_VERBS } from './evidence/reachable.js';
import { byVerb } from './report.js';

/**
 * Least privilege from the observed baseline (the method's Enforce step): per agent identity, the RBAC that grants
 * exactly the API requests that were allowed during the observation window — wildcards expanded to what was
 * used, dormant grants left out — and what that changes against the declared RBAC. Pure.
 *
 * Exactness: one rule per scope × apiGroup × resource[/subresource] (or non-resource URL) with the verbs used on
 * it, so a rule allows no verb, resource or namespace that was not observed together. Namespaced requests go to a
 * Role in their namespace; cluster-scoped and all-namespace requests, and non-resource URLs, to a ClusterRole
 * bound cluster-wide (the only way Kubernetes grants them). Object names are not observed completely (an audit
 * summary keeps 32 per row), so rules are not limited by name — except where every declared rule that covers the
 * use is limited by name: the generated rule keeps those names, so it is never broader than what was declared.
 */

export interface LeastPrivilegeAgent {
  /** The catalog file (repository-relative). */
  catalog: string;
  agent: string;
  /** The agent's own identity and its tool servers' identities, as the manifests name them. */
  identities: string[];
  /** Declared RBAC of those identities (from the manifests). */
  declared: DeclaredPermission[];
  /** The baseline's allowed API requests; absent when no kube-audit evidence for the agent has been ingested. */
  requests?: ObservedRequests;
}

export interface LeastPrivilegeInput {
  agents: LeastPrivilegeAgent[];
  /**
   * What the API server grants every identity without any binding in the manifests (the bootstrap bindings of
   * system:discovery, system:basic-user, system:public-info-viewer…), per identity.
   */
  implicit?: (identity: string) => DeclaredPermission[];
}

export interface RuleUse {
  verb: string;
  count: number;
  first: string;
  last: string;
}

export interface GeneratedRule {
  apiGroups?: string[];
  resources?: string[];
  resourceNames?: string[];
  nonResourceURLs?: string[];
  verbs: string[];
  /** Per verb: the allowed requests observed, and the last use. */
  uses: RuleUse[];
  /** Some observed use is allowed by no declared rule: it was granted outside these manifests. */
  undeclared: boolean;
  /** Every use is also granted to every identity by these built-in ClusterRoles (bootstrap bindings). */
  implicitlyGrantedBy?: string[];
}

export interface GeneratedRole {
  kind: 'Role' | 'ClusterRole';
  name: string;
  /** Role only. */
  namespace?: string;
  rules: GeneratedRule[];
}

export type DiffAction = 'remove' | 'narrow' | 'keep';

/** One declared grant (verbs merged) and what least privilege does to it. */
export interface DiffLine {
  action: DiffAction;
  /** "ClusterRoleBinding x → ClusterRole y" */
  via: string;
  apiGroup: string;
  resource: string;
  nonResourceURL?: string;
  resourceNames?: string[];
  /** "*" (all namespaces and cluster-scoped, a ClusterRoleBinding) or the RoleBinding's namespace. */
  namespace: string;
  verbs: string[];
  wildcard: boolean;
  blast: number;
  /** remove: why; narrow: what it becomes. */
  detail: string;
}

/** A generated grant no declared rule gives (granted outside the manifests, or by the API server's defaults). */
export interface AddedLine {
  apiGroup: string;
  resource: string;
  nonResourceURL?: string;
  namespace: string;
  verbs: string[];
  implicitlyGrantedBy?: string[];
}

export interface IdentityPolicy {
  identity: string;
  serviceAccount: { namespace: string; name: string };
  agents: string[];
  catalogs: string[];
  /** kube-audit evidence covers this identity (some agent using it has `requests` in its baseline). */
  observed: boolean;
  window?: { from: string; to: string };
  /** Allowed requests observed, all verbs and resources. */
  requests: number;
  /** The ClusterRole first (when there is one), then the Roles by namespace. */
  roles: GeneratedRole[];
  diff: DiffLine[];
  added: AddedLine[];
  summary: { declared: number; removed: number; narrowed: number; kept: number; generatedRules: number };
}

export interface LeastPrivilege {
  identities: IdentityPolicy[];
  /** Identities that least privilege cannot be generated for (not a ServiceAccount), with why. */
  skipped: Array<{ identity: string; reason: string }>;
}

const SA = /^system:serviceaccount:([a-z0-9]([-a-z0-9]*[a-z0-9])?):([a-z0-9]([-a-z0-9.]*[a-z0-9])?)$/;

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;

/** The Role/ClusterRole and binding name for an identity: one set of objects per ServiceAccount. */
export function generatedName(sa: { namespace: string; name: string }): string {
  return `threatcat:${sa.namespace}:${sa.name}`;
}

export function leastPrivilege(input: LeastPrivilegeInput): LeastPrivilege {
  interface Acc {
    agents: Set<string>;
    catalogs: Set<string>;
    declared: Map<string, DeclaredPermission>;
    windows: Array<{ from: string; to: string }>;
    requests: Map<string, ObservedRequest>;
  }
  const byIdentity = new Map<string, Acc>();
  const invalid: LeastPrivilege['skipped'] = [];
  const acc = (identity: string): Acc => {
    let a = byIdentity.get(identity);
    if (!a) {
      a = { agents: new Set(), catalogs: new Set(), declared: new Map(), windows: [], requests: new Map() };
      byIdentity.set(identity, a);
    }
    return a;
  };
  for (const agent of input.agents) {
    const ids = new Set([...agent.identities, ...(agent.requests?.allowed ?? []).map((r) => r.identity)]);
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
      if (r.namespace !== '' && !DNS_LABEL.test(r.namespace)) {
        // Evidence is input like any other: a namespace no cluster can have is not written into a Role.
        invalid.push({
          identity: r.identity,
          reason: `a request in namespace ${JSON.stringify(r.namespace)}, not a valid namespace name, is left out`,
        });
        continue;
      }
      // A tool server's identity is in the baseline of every agent that uses it: the same requests, counted
      // once per baseline. Take the largest count rather than adding them up.
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

  const out: LeastPrivilege = { identities: [], skipped: invalid };
  for (const [identity, a] of [...byIdentity.entries()].sort(([x], [y]) => x.localeCompare(y))) {
    const m = SA.exec(identity);
    if (!m) {
      out.skipped.push({
        identity,
        reason: identity.startsWith('system:serviceaccount:')
          ? 'the ServiceAccount has no namespace in the manifests, or its name is not valid'
          : 'not a ServiceAccount: RBAC for users and groups is not generated',
      });
      continue;
    }
    const sa = { namespace: m[1], name: m[3] };
    out.identities.push(
      identityPolicy(identity, sa, a, input.implicit ? input.implicit(identity) : [], a.windows.length > 0),
    );
  }
  return out;
}

function identityPolicy(
  identity: string,
  sa: { namespace: string; name: string },
  a: {
    agents: Set<string>;
    catalogs: Set<string>;
    declared: Map<string, DeclaredPermission>;
    windows: Array<{ from: string; to: string }>;
    requests: Map<string, ObservedRequest>;
  },
  implicit: DeclaredPermission[],
  observed: boolean,
): IdentityPolicy {
  const declared = [...a.declared.values()];
  const requests = [...a.requests.values()].sort((x, y) => requestKey(x).localeCompare(requestKey(y)));
  const window = observed
    ? {
        from: a.windows.reduce((m, w) => (w.from < m ? w.from : m), a.windows[0].from),
        to: a.windows.reduce((m, w) => (w.to > m ? w.to : m), a.windows[0].to),
      }
    : undefined;

  // Rules: one per scope × apiGroup × resource (or path) × name restriction, verbs merged.
  interface Group {
    scope: string;
    apiGroup: string;
    resource: string;
    path?: string;
    names?: string[];
    uses: Map<string, RuleUse>;
    undeclared: boolean;
    implicitRoles: Set<string>;
    allImplicit: boolean;
  }
  const groups = new Map<string, Group>();
  for (const r of requests) {
    const req = toRequest(r);
    const covering = declared.filter((p) => allowsIgnoringNames(p, req));
    const names = covering.length > 0 && covering.every((p) => p.resourceNames?.length) ? namesOf(covering) : undefined;
    const implicitBy = implicit.filter((p) => ruleAllows(p, req)).map((p) => p.role.name);
    const scope = r.path ? '' : r.namespace;
    const k = [scope, r.apiGroup, r.resource, r.path ?? '', (names ?? []).join(',')].join('\0');
    let g = groups.get(k);
    if (!g) {
      g = {
        scope,
        apiGroup: r.apiGroup,
        resource: r.resource,
        ...(r.path ? { path: r.path } : {}),
        ...(names ? { names } : {}),
        uses: new Map(),
        undeclared: false,
        implicitRoles: new Set(),
        allImplicit: true,
      };
      groups.set(k, g);
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
  const roles = new Map<string, GeneratedRole>();
  for (const g of [...groups.values()].sort(byGroup)) {
    const roleKey = g.scope === '' ? '' : g.scope;
    let role = roles.get(roleKey);
    if (!role) {
      role =
        g.scope === ''
          ? { kind: 'ClusterRole', name, rules: [] }
          : { kind: 'Role', name, namespace: g.scope, rules: [] };
      roles.set(roleKey, role);
    }
    const uses = [...g.uses.values()].sort((x, y) => byVerb(x.verb, y.verb));
    const rule: GeneratedRule = g.path
      ? { nonResourceURLs: [g.path], verbs: uses.map((u) => u.verb), uses, undeclared: g.undeclared }
      : {
          apiGroups: [g.apiGroup],
          resources: [g.resource],
          ...(g.names ? { resourceNames: g.names } : {}),
          verbs: uses.map((u) => u.verb),
          uses,
          undeclared: g.undeclared,
        };
    if (g.allImplicit && g.implicitRoles.size > 0) rule.implicitlyGrantedBy = [...g.implicitRoles].sort();
    role.rules.push(rule);
  }
  const ordered = [...roles.entries()]
    .sort(([x], [y]) => (x === '' ? -1 : y === '' ? 1 : x.localeCompare(y)))
    .map(([, r]) => r);

  const { diff, summary } = diffDeclared(declared, requests);
  const added: AddedLine[] = [];
  for (const g of [...groups.values()].sort(byGroup)) {
    if (!g.undeclared) continue;
    added.push({
      apiGroup: g.apiGroup,
      resource: g.resource,
      ...(g.path ? { nonResourceURL: g.path } : {}),
      namespace: g.scope,
      verbs: [...g.uses.keys()].sort(byVerb),
      ...(g.allImplicit && g.implicitRoles.size > 0 ? { implicitlyGrantedBy: [...g.implicitRoles].sort() } : {}),
    });
  }
  return {
    identity,
    serviceAccount: sa,
    agents: [...a.agents].sort(),
    catalogs: [...a.catalogs].sort(),
    observed,
    ...(window ? { window } : {}),
    requests: requests.reduce((n, r) => n + r.count, 0),
    roles: ordered,
    diff: observed ? diff : [],
    added,
    summary: { ...summary, generatedRules: ordered.reduce((n, r) => n + r.rules.length, 0) },
  };
}

/** What least privilege does to each declared grant: removed (never used), narrowed (used in part) or kept. */
function diffDeclared(
  declared: readonly DeclaredPermission[],
  requests: readonly ObservedRequest[],
): { diff: DiffLine[]; summary: { declared: number; removed: number; narrowed: number; kept: number } } {
  const summary = { declared: declared.length, removed: 0, narrowed: 0, kept: 0 };
  const lines = new Map<string, DiffLine>();
  for (const p of declared) {
    const uses = requests.filter((r) => allowsIgnoringNames(p, toRequest(r)));
    let action: DiffAction;
    let detail: string;
    if (uses.length === 0) {
      action = 'remove';
      detail = UNOBSERVABLE_VERBS.has(p.verb)
        ? 'cannot be seen in audit logs: grant it by hand if the agent needs it'
        : 'never used in the window';
    } else {
      const usedAs = usedAsText(p, uses);
      if (usedAs) {
        action = 'narrow';
        detail = usedAs;
      } else {
        action = 'keep';
        detail = '';
      }
    }
    summary[action === 'remove' ? 'removed' : action === 'narrow' ? 'narrowed' : 'kept']++;
    const via = `${p.binding.kind} ${p.binding.namespace ? `${p.binding.namespace}/` : ''}${p.binding.name} → ${p.role.kind} ${p.role.name}`;
    const k = [
      action,
      via,
      p.apiGroup,
      p.resource,
      p.nonResourceURL ?? '',
      (p.resourceNames ?? []).join(','),
      p.namespace,
      detail,
    ].join('\0');
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
        ...(p.nonResourceURL !== undefined ? { nonResourceURL: p.nonResourceURL } : {}),
        ...(p.resourceNames?.length ? { resourceNames: [...p.resourceNames] } : {}),
        namespace: p.namespace,
        verbs: [p.verb],
        wildcard: p.wildcard,
        blast,
        detail,
      });
    }
  }
  const order: Record<DiffAction, number> = { remove: 0, narrow: 1, keep: 2 };
  const diff = [...lines.values()]
    .map((l) => ({ ...l, verbs: l.verbs.sort(byVerb) }))
    .sort(
      (x, y) =>
        order[x.action] - order[y.action] ||
        y.blast - x.blast ||
        x.via.localeCompare(y.via) ||
        `${x.apiGroup}/${x.resource}${x.nonResourceURL ?? ''}`.localeCompare(
          `${y.apiGroup}/${y.resource}${y.nonResourceURL ?? ''}`,
        ) ||
        x.namespace.localeCompare(y.namespace),
    );
  return { diff, summary };
}

/**
 * How a used declared grant is narrowed, in words; "" when it is kept as it is. A wildcard becomes the verbs and
 * resources used; a ClusterRoleBinding's grant used only inside some namespaces becomes Roles in those.
 */
function usedAsText(p: DeclaredPermission, uses: readonly ObservedRequest[]): string {
  const parts: string[] = [];
  if (p.wildcard) {
    const used = [
      ...new Set(
        uses.map((u) =>
          u.path ? `${u.verb} ${u.path}` : `${u.verb} ${u.apiGroup ? `${u.apiGroup}/` : ''}${u.resource}`,
        ),
      ),
    ].sort();
    parts.push(`wildcard used only as ${listText(used)}`);
  }
  if (p.namespace === '*' && p.nonResourceURL === undefined && uses.every((u) => u.namespace !== '')) {
    const namespaces = [...new Set(uses.map((u) => u.namespace))].sort();
    parts.push(
      `cluster-wide grant used only in namespace${namespaces.length === 1 ? '' : 's'} ${listText(namespaces)}`,
    );
  }
  return parts.join('; ');
}

function listText(xs: readonly string[], max = 6): string {
  return xs.length <= max ? xs.join(', ') : `${xs.slice(0, max).join(', ')} and ${xs.length - max} more`;
}

/** The request an observed aggregate stands for (without an object name: names are not kept). */
export function toRequest(r: ObservedRequest): RbacRequest {
  if (r.path) return { verb: r.verb, nonResourceURL: r.path };
  const slash = r.resource.indexOf('/');
  return {
    verb: r.verb,
    apiGroup: r.apiGroup,
    resource: slash === -1 ? r.resource : r.resource.slice(0, slash),
    ...(slash === -1 ? {} : { subresource: r.resource.slice(slash + 1) }),
    ...(r.namespace ? { namespace: r.namespace } : {}),
  };
}

/** Names are not observed completely: a name-limited grant covers a use of its verb and resource. */
function allowsIgnoringNames(p: DeclaredPermission, req: RbacRequest): boolean {
  if (!p.resourceNames?.length) return ruleAllows(p, req);
  const { resourceNames: _names, ...unnamed } = p;
  return ruleAllows(unnamed, req);
}

function namesOf(ps: readonly DeclaredPermission[]): string[] {
  return [...new Set(ps.flatMap((p) => p.resourceNames ?? []))].sort();
}

function permissionKey(p: DeclaredPermission): string {
  return [
    p.identity,
    p.apiGroup,
    p.resource,
    p.nonResourceURL ?? '',
    p.verb,
    p.namespace,
    (p.resourceNames ?? []).join(','),
    p.binding.kind,
    p.binding.namespace ?? '',
    p.binding.name,
    p.role.kind,
    p.role.name,
  ].join('\0');
}

function requestKey(r: ObservedRequest): string {
  return [r.identity, r.namespace, r.apiGroup, r.resource, r.path ?? '', r.verb].join('\0');
}

function byGroup(
  x: { scope: string; apiGroup: string; resource: string; path?: string },
  y: { scope: string; apiGroup: string; resource: string; path?: string },
): number {
  return (
    x.scope.localeCompare(y.scope) ||
    (x.path ?? '').localeCompare(y.path ?? '') ||
    x.apiGroup.localeCompare(y.apiGroup) ||
    x.resource.localeCompare(y.resource)
  );
}
