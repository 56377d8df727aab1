import type { ManifestFile, ManifestObject } from '../../model/manifest.js';
import type { Position } from '../../model/finding.js';
import type { DeclaredPermission, SurfaceProblem, SurfaceRef } from '../../model/surface.js';
import { ANY_NAMESPACE, FieldReader, ManifestIndex, refOf } from './fields.js';
import { builtinClusterRoles, isBuiltinRole } from './builtin-roles.js';

/**
 * Declared permissions from plain RBAC manifests (rbac.authorization.k8s.io/v1): ServiceAccount, Role, ClusterRole
 * (aggregation computed from the manifests), RoleBinding, ClusterRoleBinding. Resolution follows
 * kubernetes pkg/registry/rbac/validation/rule.go; facts in formats.md §5. A ClusterRole the manifests do not
 * define is looked up among the API server's built-in roles (builtin-roles.ts), and aggregation unites the
 * manifests' ClusterRoles with the built-in ones, as the aggregation controller does in a live cluster.
 */

const RBAC_GROUP = 'rbac.authorization.k8s.io';

/** Who is asking: a username and the groups the API server gives it. */
export interface RbacIdentity {
  username: string;
  groups: string[];
}

/** A ServiceAccount username gets system:serviceaccounts, system:serviceaccounts:<ns> and system:authenticated. */
export function identityOf(username: string, extraGroups: readonly string[] = []): RbacIdentity {
  const m = /^system:serviceaccount:([^:]+):([^:]+)$/.exec(username);
  const groups = m
    ? ['system:serviceaccounts', `system:serviceaccounts:${m[1]}`, 'system:authenticated']
    : ['system:authenticated'];
  return { username, groups: [...new Set([...groups, ...extraGroups])] };
}

/** One rule of a role, with where it is written (and which ClusterRole it came from, after aggregation). */
interface SourcedRule {
  verbs: string[];
  apiGroups: string[];
  resources: string[];
  resourceNames: string[];
  nonResourceURLs: string[];
  position: Position;
  from: SurfaceRef;
  key: string;
  /** From a built-in ClusterRole (its position is in threatcat's data file, not in the repository). */
  builtin: boolean;
}

/** RBAC objects of a set of manifests, indexed once; ask it for any number of identities. */
export class RbacIndex {
  readonly problems: SurfaceProblem[];
  private readonly index: ManifestIndex;
  private readonly fields = new FieldReader();
  private readonly rulesCache = new Map<ManifestObject, SourcedRule[]>();
  private readonly bindings: ManifestObject[];

  constructor(files: readonly ManifestFile[] | ManifestIndex) {
    this.index = files instanceof ManifestIndex ? files : new ManifestIndex(files);
    this.problems = this.fields.problems;
    this.bindings = [
      ...this.index.ofKind('ClusterRoleBinding', RBAC_GROUP),
      ...this.index.ofKind('RoleBinding', RBAC_GROUP),
    ].sort(byPosition);
    // Read every role once so malformed ones are reported even if no identity asks for them.
    for (const kind of ['Role', 'ClusterRole']) for (const r of this.index.ofKind(kind, RBAC_GROUP)) this.rulesOf(r);
    for (const b of this.bindings) this.indexSubjects(b);
  }

  /** Bindings by the subject keys they name, so asking for one identity does not scan every binding. */
  private readonly bySubject = new Map<string, ManifestObject[]>();
  /** ServiceAccount subjects without a namespace in a RoleBinding without one: they match any namespace. */
  private readonly bySaName = new Map<string, ManifestObject[]>();
  /** Every ServiceAccount subject by name, for an identity whose own namespace is unknown (it matches any). */
  private readonly byAnySaName = new Map<string, ManifestObject[]>();

  private indexSubjects(b: ManifestObject): void {
    const add = (map: Map<string, ManifestObject[]>, key: string) => {
      const list = map.get(key);
      if (!list) map.set(key, [b]);
      else if (list[list.length - 1] !== b) list.push(b);
    };
    for (const s of this.fields.list(b, ['subjects']) ?? []) {
      if (s === null || typeof s !== 'object') continue;
      const { kind, name, namespace } = s as Record<string, unknown>;
      if (typeof name !== 'string') continue;
      if (kind === 'User') add(this.bySubject, `user:${name}`);
      else if (kind === 'Group') add(this.bySubject, `group:${name}`);
      else if (kind === 'ServiceAccount') {
        const ns =
          typeof namespace === 'string' && namespace !== ''
            ? namespace
            : b.kind === 'RoleBinding'
              ? b.namespace
              : undefined;
        if (ns !== undefined) add(this.bySubject, `user:system:serviceaccount:${ns}:${name}`);
        else add(this.bySaName, name);
        add(this.byAnySaName, name);
      }
    }
  }

  private candidateBindings(who: RbacIdentity): ManifestObject[] {
    const set = new Set<ManifestObject>();
    for (const b of this.bySubject.get(`user:${who.username}`) ?? []) set.add(b);
    for (const g of who.groups) for (const b of this.bySubject.get(`group:${g}`) ?? []) set.add(b);
    const m = /^system:serviceaccount:([^:]+):([^:]+)$/.exec(who.username);
    if (m) for (const b of (m[1] === ANY_NAMESPACE ? this.byAnySaName : this.bySaName).get(m[2]) ?? []) set.add(b);
    // Keep the manifest order of the bindings.
    return this.bindings.length < set.size * 8 ? this.bindings.filter((b) => set.has(b)) : [...set].sort(byPosition);
  }

  /**
   * Every permission granted to the identity: one entry per apiGroup × resource × verb × namespace scope
   * (binding namespace, or "*" for ClusterRoleBindings), in binding order, without duplicates.
   * `namespace` is used for RoleBindings written without metadata.namespace (deployed with `-n`):
   * they are taken to be in the identity's namespace.
   */
  permissionsOf(identity: string | RbacIdentity): DeclaredPermission[] {
    const who = typeof identity === 'string' ? identityOf(identity) : identity;
    // An identity of an object written without a namespace (ANY_NAMESPACE) matches its subjects in any namespace.
    const ns = /^system:serviceaccount:([^:]+):/.exec(who.username)?.[1];
    const saNs = ns === ANY_NAMESPACE ? undefined : ns;
    const out: DeclaredPermission[] = [];
    const seen = new Set<string>();
    for (const b of this.candidateBindings(who)) {
      const cluster = b.kind === 'ClusterRoleBinding';
      // Neither the binding nor the identity says where: where kubectl puts an object applied without -n.
      const bindingNs = cluster ? undefined : (b.namespace ?? saNs ?? 'default');
      const subject = this.matchingSubject(b, who, bindingNs);
      if (subject < 0) continue;
      const roleKind = this.fields.str(b, ['roleRef', 'kind']);
      const roleName = this.fields.str(b, ['roleRef', 'name']);
      if (!roleName || (roleKind !== 'Role' && roleKind !== 'ClusterRole')) {
        this.fields.problem(
          b.locate(['roleRef']),
          `${b.kind} ${b.name}: roleRef needs kind Role or ClusterRole and a name`,
        );
        continue;
      }
      if (cluster && roleKind === 'Role') {
        this.fields.problem(b.locate(['roleRef', 'kind']), `ClusterRoleBinding ${b.name}: roleRef cannot be a Role`);
        continue;
      }
      const role =
        this.index.find(roleKind, roleName, roleKind === 'Role' ? bindingNs : undefined, RBAC_GROUP) ??
        (roleKind === 'ClusterRole' ? builtinClusterRoles().find('ClusterRole', roleName, undefined) : undefined);
      // A missing role contributes nothing (rules are additive), as in the API server.
      if (!role) continue;
      const roleIsBuiltin = isBuiltinRole(role);
      const roleRef: SurfaceRef = {
        kind: roleKind,
        name: roleName,
        ...(roleKind === 'Role' ? { namespace: bindingNs } : {}),
      };
      const bindingRef = refOf(b);
      const scope = cluster ? '*' : bindingNs!;
      // Where the binding names the identity and the role: the same for every rule, so located once.
      const bindingAt = { subject: b.locate(['subjects', subject]), roleRef: b.locate(['roleRef', 'name']) };
      for (const rule of this.rulesOf(role)) {
        // A built-in rule is not written in the repository: it is reported where the repository brings it in,
        // the binding's roleRef (or the aggregationRule of the repository's own aggregated ClusterRole).
        const position = !rule.builtin
          ? rule.position
          : roleIsBuiltin
            ? b.locate(['roleRef', 'name'])
            : role.locate(['aggregationRule']);
        const aggregatedFrom = rule.from.name !== role.name ? rule.from : undefined;
        const resourceNames = rule.resourceNames.length > 0 ? rule.resourceNames : undefined;
        // Written out field by field, in the order JSON shows them: an object spread from a shared `common` takes
        // three times the memory, and a large diff keeps thousands of these in its surfaces.
        const push = (apiGroup: string, resource: string, verb: string, nonResourceURL: string | undefined) => {
          const names = nonResourceURL === undefined ? resourceNames : undefined;
          const key = `${apiGroup}\u0000${resource}\u0000${verb}\u0000${scope}\u0000${nonResourceURL ?? ''}\u0000${(names ?? []).join(',')}`;
          if (seen.has(key)) return;
          seen.add(key);
          const p = {
            identity: who.username,
            namespace: scope,
            binding: bindingRef,
            bindingAt,
            role: roleRef,
            position,
          } as DeclaredPermission;
          if (aggregatedFrom) p.aggregatedFrom = aggregatedFrom;
          if (roleIsBuiltin) p.builtinRole = true;
          if (names) p.resourceNames = names;
          p.apiGroup = apiGroup;
          p.resource = resource;
          p.verb = verb;
          if (nonResourceURL !== undefined) p.nonResourceURL = nonResourceURL;
          p.wildcard =
            nonResourceURL !== undefined
              ? nonResourceURL.includes('*') || verb === '*'
              : apiGroup === '*' || resource.includes('*') || verb === '*';
          out.push(p);
        };
        for (const g of rule.apiGroups)
          for (const r of rule.resources) for (const v of rule.verbs) push(g, r, v, undefined);
        // Non-resource URLs are only checked cluster-wide (a RoleBinding cannot grant them).
        if (cluster) for (const u of rule.nonResourceURLs) for (const v of rule.verbs) push('', '', v, u);
      }
    }
    return out;
  }

  /** Index of the first subject of the binding that names the identity, or -1. */
  private matchingSubject(b: ManifestObject, who: RbacIdentity, bindingNs: string | undefined): number {
    const subjects = this.fields.list(b, ['subjects']) ?? [];
    return subjects.findIndex((s) => {
      if (s === null || typeof s !== 'object') return false;
      const { kind, name, namespace } = s as Record<string, unknown>;
      if (typeof name !== 'string') return false;
      if (kind === 'User') return name === who.username;
      if (kind === 'Group') return who.groups.includes(name);
      if (kind === 'ServiceAccount') {
        if (who.username === `system:serviceaccount:${ANY_NAMESPACE}:${name}`) return true;
        const ns = typeof namespace === 'string' && namespace !== '' ? namespace : bindingNs;
        return ns !== undefined && `system:serviceaccount:${ns}:${name}` === who.username;
      }
      return false;
    });
  }

  /** The rules a role grants: its own, or for an aggregated ClusterRole the union of the ClusterRoles it selects. */
  private rulesOf(role: ManifestObject, visiting = new Set<ManifestObject>()): SourcedRule[] {
    const cached = this.rulesCache.get(role);
    if (cached) return cached;
    const own = this.ownRules(role);
    let rules = own;
    const selectors =
      role.kind === 'ClusterRole' ? this.fields.list(role, ['aggregationRule', 'clusterRoleSelectors']) : undefined;
    if (selectors) {
      visiting.add(role);
      const local = this.index.ofKind('ClusterRole', RBAC_GROUP);
      const localNames = new Set(local.map((c) => c.name));
      // The live cluster aggregates every ClusterRole with the label: the built-in ones too (view into edit,
      // edit into admin), unless the manifests redefine one of that name.
      const candidates = [
        ...local,
        ...builtinClusterRoles()
          .ofKind('ClusterRole', RBAC_GROUP)
          .filter((c) => !localNames.has(c.name)),
      ];
      const members = candidates
        .filter((c) => c !== role && selectors.some((sel) => labelSelectorMatches(sel, labelsOf(c))))
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      if (members.length > 0) {
        // The aggregation controller overwrites .rules with this union; written rules are ignored.
        const union: SourcedRule[] = [];
        const keys = new Set<string>();
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

  private ownRules(role: ManifestObject): SourcedRule[] {
    const f = this.fields;
    const list = f.list(role, ['rules']) ?? [];
    const out: SourcedRule[] = [];
    list.forEach((_, i) => {
      const P = ['rules', i];
      if (f.map(role, P) === undefined) return;
      const rule = {
        verbs: f.strings(role, [...P, 'verbs']) ?? [],
        apiGroups: f.strings(role, [...P, 'apiGroups']) ?? [],
        resources: f.strings(role, [...P, 'resources']) ?? [],
        resourceNames: f.strings(role, [...P, 'resourceNames']) ?? [],
        nonResourceURLs: f.strings(role, [...P, 'nonResourceURLs']) ?? [],
      };
      if (rule.verbs.length === 0) {
        f.problem(role.locate(P), `${role.kind} ${role.name}: rules[${i}] has no verbs`);
        return;
      }
      if (rule.resources.length > 0 && rule.apiGroups.length === 0) {
        f.problem(
          role.locate(P),
          `${role.kind} ${role.name}: rules[${i}] names resources but no apiGroups (use "" for the core group)`,
        );
      }
      out.push({
        ...rule,
        position: role.locate(P),
        from: refOf(role),
        key: JSON.stringify([rule.verbs, rule.apiGroups, rule.resources, rule.resourceNames, rule.nonResourceURLs]),
        builtin: isBuiltinRole(role),
      });
    });
    return out;
  }
}

function byPosition(a: ManifestObject, b: ManifestObject): number {
  return a.position.file < b.position.file
    ? -1
    : a.position.file > b.position.file
      ? 1
      : a.position.line - b.position.line;
}

/** Declared permissions of one identity (a username such as system:serviceaccount:agents:k8s-agent-sa). */
export function declaredPermissions(
  files: readonly ManifestFile[] | ManifestIndex,
  identity: string | RbacIdentity,
): DeclaredPermission[] {
  return new RbacIndex(files).permissionsOf(identity);
}

function labelsOf(o: ManifestObject): Record<string, string> {
  const labels = (o.body.metadata as { labels?: unknown } | undefined)?.labels;
  if (!labels || typeof labels !== 'object') return {};
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(labels)) if (v !== null && v !== undefined) out[k] = String(v);
  return out;
}

/** metav1.LabelSelector: matchLabels AND matchExpressions (In, NotIn, Exists, DoesNotExist); an empty selector selects everything, a missing one nothing. */
export function labelSelectorMatches(selector: unknown, labels: Record<string, string>): boolean {
  if (!selector || typeof selector !== 'object') return false;
  const { matchLabels, matchExpressions } = selector as { matchLabels?: unknown; matchExpressions?: unknown };
  if (matchLabels && typeof matchLabels === 'object') {
    for (const [k, v] of Object.entries(matchLabels)) {
      if (labels[k] !== String(v)) return false;
    }
  }
  if (Array.isArray(matchExpressions)) {
    for (const e of matchExpressions) {
      if (!e || typeof e !== 'object') return false;
      const { key, operator, values } = e as { key?: unknown; operator?: unknown; values?: unknown };
      if (typeof key !== 'string') return false;
      const vals = Array.isArray(values) ? values.map(String) : [];
      const has = Object.hasOwn(labels, key);
      const ok =
        operator === 'In'
          ? has && vals.includes(labels[key])
          : operator === 'NotIn'
            ? !has || !vals.includes(labels[key])
            : operator === 'Exists'
              ? has
              : operator === 'DoesNotExist'
                ? !has
                : false;
      if (!ok) return false;
    }
  }
  // metav1.LabelSelectorAsSelector: an empty selector selects everything.
  return true;
}
