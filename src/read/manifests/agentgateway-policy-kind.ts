import type { NodePath } from '../../model/catalog.js';
import type { ManifestObject } from '../../model/manifest.js';
import type { SurfaceRef } from '../../model/surface.js';
import { groupOf, type ManifestIndex } from './fields.js';
import type { ReadContext } from './kagent.js';
import { labelSelectorMatches } from './rbac.js';
import type { AuthorizationRule, PolicyBlock } from './agentgateway-policies.js';
import { AGENTGATEWAY_MERGE, AGENTGATEWAY_TRAFFIC_CHECKS } from './agentgateway-traffic-checks.js';
import { checksOnEveryRoute, NO_CHECKS, type TrafficChecks } from './gateway-caller-checks.js';

/**
 * AgentgatewayPolicy (agentgateway.dev/v1alpha1, the only version, served and stored): policies attached from
 * outside to what they name in `spec.targetRefs` (group, kind, name, optional `sectionName`) or select in
 * `spec.targetSelectors` (group, kind, `matchLabels`, optional `sectionName`), in the policy's namespace. Its
 * `spec.backend` holds the same fields as an AgentgatewayBackend's `spec.policies` (BackendFull: `auth`, `ai`,
 * `mcp`); `spec.traffic.authorization` is a CEL rule on the HTTP requests of a route or gateway. Source:
 * controller/api/v1alpha1/agentgateway/agentgateway_policy_types.go and shared_types.go
 * (LocalPolicyTargetReferenceWithSectionName) at agentgateway 75b4e6ce6e0e.
 *
 * Which backend a policy reaches: an AgentgatewayBackend target (a `sectionName` names one MCP target or AI provider,
 * `backend` the single provider: controller/pkg/agentgateway/plugins/reference_indexes.go `validateBackendSection`);
 * an HTTPRoute or GRPCRoute target, every backend its rules' `backendRefs` name (a `sectionName` names a rule); a
 * Gateway target, the backends of the routes whose `parentRefs` name it (a `sectionName` names a listener). The
 * gateway takes backend policies most precise first: route rule, route, sub-backend, backend, listener, gateway
 * (crates/agentgateway/src/store/binds.rs `internal_backend_policies`), after the backend's own inline policies.
 *
 * A policy on a route or gateway applies to requests that come that way. The manifests do not say which route the
 * agent uses, so such a policy counts only when it covers every route of the manifests that reaches the backend
 * (and there is one): a narrowing on one way in is no narrowing when another is open.
 */
const GROUP = 'agentgateway.dev';
const GATEWAY_GROUP = 'gateway.networking.k8s.io';
const KGATEWAY_GROUP = 'gateway.kgateway.dev';
/** The gateway backend kinds policies attach to through routes: agentgateway's, and kgateway 2.0's own `Backend`. */
const BACKEND_GROUPS: Record<string, string> = { AgentgatewayBackend: GROUP, Backend: KGATEWAY_GROUP };
const ROUTE_KINDS = ['HTTPRoute', 'GRPCRoute'];

/** Precedence ranks, most precise first (inline policies come before all of them). */
const RANK = { routeRule: 0, route: 1, subBackend: 2, backend: 3, listener: 4, gateway: 5 } as const;

/** What the AgentgatewayPolicy objects of the manifests attach to one entry (MCP target, AI provider) of a backend. */
export interface Attached {
  /** `spec.backend` of each policy that applies, most precise first. */
  blocks: PolicyBlock[];
  /** `spec.traffic.authorization` of route and gateway policies that cover every way in. */
  traffic: AuthorizationRule[];
  /** The authentication, external authorization and rate limits of `spec.traffic` that hold on every route in. */
  checks: TrafficChecks;
}

interface Target {
  /** Where it is written: `spec.<key>[index]`. */
  key: string;
  index: number;
  kind: string;
  group: string;
  name?: string;
  labels?: Record<string, unknown>;
  section?: string;
}

/** A route that sends requests to the backend: which of its rules do, and which gateways (and listeners) it hangs on. */
interface Way {
  route: ManifestObject;
  rules: Array<string | undefined>;
  /** The Gateways it hangs on, in their namespace (`parentRefs[].namespace`, else the route's). */
  parents: Array<{ name: string; namespace?: string; section?: string }>;
}

/** The policies attached to `backend`, per entry (`section`: an MCP target's or AI provider's name). */
export function attachedPolicies(backend: ManifestObject, ctx: ReadContext): (section: string | undefined) => Attached {
  // Targets are local references (the policy's namespace): checked per target, since a route or a Gateway may live
  // in another namespace than the backend.
  const policies = ctx.index
    .ofKind('AgentgatewayPolicy', GROUP)
    .filter((p) => ctx.fields.raw(p, ['spec']) !== undefined);
  if (policies.length === 0) return () => ({ blocks: [], traffic: [], checks: NO_CHECKS });
  const ways = waysInIndex(backend, ctx.index);
  const checks = checksOnEveryRoute(
    policiesPerRoute(backend, ctx, 'AgentgatewayPolicy'),
    AGENTGATEWAY_TRAFFIC_CHECKS,
    ctx,
    AGENTGATEWAY_MERGE,
  );
  return (section) => {
    const found: Array<{ rank: number; block?: PolicyBlock; traffic?: AuthorizationRule }> = [];
    for (const p of policies) {
      const rank = rankFor(p, backend, section, ways, ctx);
      if (rank === undefined) continue;
      if (ctx.fields.map(p, ['spec', 'backend']) !== undefined)
        found.push({ rank, block: { o: p, path: ['spec', 'backend'] } });
      const T: NodePath = ['spec', 'traffic', 'authorization'];
      if (rank !== RANK.backend && rank !== RANK.subBackend && ctx.fields.map(p, T) !== undefined)
        found.push({
          rank,
          traffic: {
            action: ctx.fields.str(p, [...T, 'action']) ?? 'Allow',
            exprs: ctx.fields.strings(p, [...T, 'policy', 'matchExpressions']) ?? [],
            at: p.locate(T),
            exprsAt: p.locate([...T, 'policy', 'matchExpressions']),
            traffic: true,
          },
        });
    }
    found.sort((a, b) => a.rank - b.rank);
    return {
      blocks: found.flatMap((x) => (x.block ? [x.block] : [])),
      traffic: found.flatMap((x) => (x.traffic ? [x.traffic] : [])),
      checks,
    };
  };
}

/**
 * The kgateway TrafficPolicy objects (gateway.kgateway.dev) attached to a kgateway `Backend`, most precise first. A
 * TrafficPolicy targets routes, Gateways and their listeners only (traffic_policy_types.go `targetRefs may only
 * reference Gateway, HTTPRoute, GRPCRoute, or ListenerSet resources`), so like a route policy above it counts only
 * when it covers every route of the manifests to the backend.
 */
export function trafficPoliciesOn(backend: ManifestObject, ctx: ReadContext): ManifestObject[] {
  const policies = ctx.index
    .ofKind('TrafficPolicy', KGATEWAY_GROUP)
    .filter((p) => ctx.fields.raw(p, ['spec']) !== undefined);
  if (policies.length === 0) return [];
  const ways = waysInIndex(backend, ctx.index);
  return policies
    .map((p) => ({ p, rank: rankFor(p, backend, undefined, ways, ctx) }))
    .filter((x): x is { p: ManifestObject; rank: number } => x.rank !== undefined)
    .sort((a, b) => a.rank - b.rank)
    .map((x) => x.p);
}

/** Checks of the kind itself (the CRD's own rules), so a policy that cannot attach is not silently ignored. */
export function checkAgentgatewayPolicy(o: ManifestObject, ctx: ReadContext): void {
  const f = ctx.fields;
  const refs = f.raw(o, ['spec', 'targetRefs']) !== undefined;
  const selectors = f.raw(o, ['spec', 'targetSelectors']) !== undefined;
  if (refs === selectors)
    f.problem(
      o.locate(['spec']),
      `AgentgatewayPolicy ${o.name}: spec needs exactly one of targetRefs, targetSelectors${refs ? ' (has both)' : ''}`,
    );
  const T = mcpOnSection(o, ctx);
  if (T)
    f.problem(
      o.locate(T),
      `AgentgatewayPolicy ${o.name}: spec.backend.mcp may not target an AgentgatewayBackend sectionName (the API server rejects the policy)`,
    );
}

/**
 * The selector or reference that names an AgentgatewayBackend `sectionName` in a policy with `backend.mcp`: the CRD
 * rejects such a policy (agentgateway_policy_types.go XValidation "backend.mcp may not target an AgentgatewayBackend
 * sectionName" at 75b4e6ce6e0e), so it never exists in the cluster and none of its rules hold.
 */
function mcpOnSection(p: ManifestObject, ctx: ReadContext): NodePath | undefined {
  const f = ctx.fields;
  const targets = targetsOf(p, ctx);
  if (f.raw(p, ['spec', 'backend', 'mcp']) === undefined) return undefined;
  const i = targets.findIndex((t) => t.kind === 'AgentgatewayBackend' && t.section !== undefined);
  return i < 0 ? undefined : ['spec', targets[i].key, targets[i].index];
}

function targetsOf(p: ManifestObject, ctx: ReadContext): Target[] {
  const f = ctx.fields;
  const out: Target[] = [];
  for (const key of ['targetRefs', 'targetSelectors']) {
    (f.list(p, ['spec', key]) ?? []).forEach((_, i) => {
      const T = ['spec', key, i];
      const kind = f.str(p, [...T, 'kind']);
      if (kind === undefined) {
        f.problem(p.locate(T), `${p.kind} ${p.name}: spec.${key}[${i}].kind is required`);
        return;
      }
      const name = key === 'targetRefs' ? f.str(p, [...T, 'name']) : undefined;
      const labels = key === 'targetSelectors' ? f.map(p, [...T, 'matchLabels']) : undefined;
      if (name === undefined && labels === undefined) {
        const field = key === 'targetRefs' ? 'name' : 'matchLabels';
        f.problem(p.locate(T), `${p.kind} ${p.name}: spec.${key}[${i}].${field} is required`);
        return;
      }
      out.push({
        key,
        index: i,
        kind,
        group: f.str(p, [...T, 'group']) ?? '',
        ...(name !== undefined ? { name } : {}),
        ...(labels !== undefined ? { labels } : {}),
        ...(f.str(p, [...T, 'sectionName']) !== undefined ? { section: f.str(p, [...T, 'sectionName']) } : {}),
      });
    });
  }
  return out;
}

/** How precisely the policy attaches to this entry of the backend; undefined when it does not reach it. */
function rankFor(
  p: ManifestObject,
  backend: ManifestObject,
  section: string | undefined,
  ways: Way[],
  ctx: ReadContext,
): number | undefined {
  let best: number | undefined;
  if (mcpOnSection(p, ctx)) return undefined;
  for (const t of targetsOf(p, ctx)) {
    if (t.kind === 'AgentgatewayBackend' && t.group === GROUP && backend.kind === 'AgentgatewayBackend') {
      if (!sameNamespace(p, backend.namespace) || !names(t, backend, ctx)) continue;
      if (t.section !== undefined && t.section !== section) continue;
      const r = t.section !== undefined ? RANK.subBackend : RANK.backend;
      best = Math.min(best ?? r, r);
    }
  }
  const onWays = wayRanks(p, ways, ctx);
  if (ways.length > 0 && ways.every((w) => onWays.has(w))) {
    const wayRank = Math.min(...onWays.values());
    best = Math.min(best ?? wayRank, wayRank);
  }
  return best;
}

/** How precisely the policy reaches each route to the backend it targets, directly or through its Gateway. */
function wayRanks(p: ManifestObject, ways: Way[], ctx: ReadContext): Map<Way, number> {
  const out = new Map<Way, number>();
  const reach = (w: Way, r: number) => out.set(w, Math.min(out.get(w) ?? r, r));
  for (const t of targetsOf(p, ctx)) {
    if (ROUTE_KINDS.includes(t.kind) && t.group === GATEWAY_GROUP) {
      for (const w of ways) {
        if (w.route.kind !== t.kind || !sameNamespace(p, w.route.namespace) || !names(t, w.route, ctx)) continue;
        if (t.section !== undefined && !w.rules.includes(t.section)) continue;
        reach(w, t.section !== undefined ? RANK.routeRule : RANK.route);
      }
    } else if (t.kind === 'Gateway' && t.group === GATEWAY_GROUP) {
      for (const w of ways) {
        const on = w.parents.filter(
          (x) =>
            sameNamespace(p, x.namespace) &&
            (t.name !== undefined ? x.name === t.name : labelsOfGateway(x, p, ctx, t.labels)),
        );
        const hit = on.find((x) => t.section === undefined || x.section === undefined || x.section === t.section);
        if (hit) reach(w, t.section !== undefined ? RANK.listener : RANK.gateway);
      }
    }
  }
  return out;
}

/**
 * For each route of the manifests that sends requests to the backend, the route and Gateway policies of `kind` that
 * apply along it, least precise first (Gateway, listener, route, route rule): the order in which the gateway merges
 * their traffic fields. No route in the manifests: none.
 */
export function policiesPerRoute(backend: ManifestObject, ctx: ReadContext, kind: string): ManifestObject[][] {
  const group = kind === 'TrafficPolicy' ? KGATEWAY_GROUP : GROUP;
  const policies = ctx.index.ofKind(kind, group).filter((p) => ctx.fields.raw(p, ['spec']) !== undefined);
  const ways = waysInIndex(backend, ctx.index);
  if (policies.length === 0 || ways.length === 0) return [];
  const ranked = policies.filter((p) => !mcpOnSection(p, ctx)).map((p) => ({ p, ranks: wayRanks(p, ways, ctx) }));
  return ways.map((w) =>
    ranked
      .filter((x) => x.ranks.has(w))
      .sort((a, b) => b.ranks.get(w)! - a.ranks.get(w)!)
      .map((x) => x.p),
  );
}

/** Whether a target names (targetRefs) or selects (targetSelectors) the object. */
function names(t: Target, o: ManifestObject, ctx: ReadContext): boolean {
  if (t.name !== undefined) return t.name === o.name;
  const labels = (ctx.fields.map(o, ['metadata', 'labels']) ?? {}) as Record<string, string>;
  return labelSelectorMatches({ matchLabels: t.labels }, labels);
}

function labelsOfGateway(
  parent: { name: string; namespace?: string },
  p: ManifestObject,
  ctx: ReadContext,
  selector: Record<string, unknown> | undefined,
): boolean {
  const g = ctx.index.find('Gateway', parent.name, parent.namespace ?? p.namespace, GATEWAY_GROUP);
  if (!g) return false;
  const labels = (ctx.fields.map(g, ['metadata', 'labels']) ?? {}) as Record<string, string>;
  return labelSelectorMatches({ matchLabels: selector }, labels);
}

/** The HTTPRoutes and GRPCRoutes of the manifests whose rules send requests to the backend (of its kind and group). */
function waysInIndex(backend: ManifestObject, index: ManifestIndex): Way[] {
  const out: Way[] = [];
  for (const kind of ROUTE_KINDS) {
    for (const route of index.ofKind(kind, GATEWAY_GROUP)) {
      const rules: Array<string | undefined> = [];
      const spec = record(route.body.spec);
      const list = Array.isArray(spec.rules) ? spec.rules : [];
      for (const rule of list) {
        const refs = record(rule).backendRefs;
        if (!Array.isArray(refs)) continue;
        const hits = refs.some((r) => {
          const ref = record(r);
          return (
            ref.kind === backend.kind &&
            ref.group === groupOf(backend.apiVersion) &&
            ref.name === backend.name &&
            matchesNamespace(typeof ref.namespace === 'string' ? ref.namespace : route.namespace, backend.namespace)
          );
        });
        if (hits) rules.push(typeof record(rule).name === 'string' ? (record(rule).name as string) : undefined);
      }
      if (rules.length === 0) continue;
      const parents = (Array.isArray(spec.parentRefs) ? spec.parentRefs : [])
        .map(record)
        .filter((r) => (r.kind ?? 'Gateway') === 'Gateway' && typeof r.name === 'string')
        .map((r) => {
          const ns = typeof r.namespace === 'string' ? r.namespace : route.namespace;
          return {
            name: r.name as string,
            ...(ns !== undefined ? { namespace: ns } : {}),
            ...(typeof r.sectionName === 'string' ? { section: r.sectionName } : {}),
          };
        });
      out.push({ route, rules, parents });
    }
  }
  return out;
}

/** An object written without a namespace matches any (it is applied into the agent's). */
function matchesNamespace(a: string | undefined, b: string | undefined): boolean {
  return a === undefined || b === undefined || a === b;
}

function sameNamespace(o: ManifestObject, ns: string | undefined): boolean {
  return matchesNamespace(o.namespace, ns);
}

function record(v: unknown): Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

/**
 * The names an agent's gateway backends are attached by (references.ts wantedNames): the AgentgatewayBackends (and
 * kgateway Backends, for TrafficPolicy) of its surface, the routes of the manifests read so far that send requests to them, and the Gateways those routes hang on
 * (a policy may target any of them by name); the label values of each of those objects read so far (a policy's
 * `targetSelectors` select them by label), so a Gateway kept in a platform folder is found by its name, then the
 * policies that select it by its labels.
 */
export function gatewayReferenceNames(
  surface: {
    models: Array<{ ref: SurfaceRef; definedAt?: unknown }>;
    mcpServers: Array<{ ref: SurfaceRef; definedAt?: unknown }>;
  },
  index: ManifestIndex,
): string[] {
  const out = new Set<string>();
  const seen = new Set<string>();
  const labelValues = (o: ManifestObject | undefined) => {
    for (const v of Object.values(record(record(o?.body.metadata).labels))) if (typeof v === 'string') out.add(v);
  };
  for (const e of [...surface.models, ...surface.mcpServers]) {
    const group = BACKEND_GROUPS[e.ref.kind];
    if (group === undefined || e.definedAt === undefined || seen.has(`${e.ref.kind}/${e.ref.name}`)) continue;
    if (e.ref.apiVersion !== undefined && groupOf(e.ref.apiVersion) !== group) continue;
    seen.add(`${e.ref.kind}/${e.ref.name}`);
    out.add(e.ref.name);
    const backend = index.find(e.ref.kind, e.ref.name, e.ref.namespace, group);
    if (!backend) continue;
    labelValues(backend);
    for (const w of waysInIndex(backend, index)) {
      out.add(w.route.name);
      labelValues(w.route);
      for (const g of w.parents) {
        out.add(g.name);
        labelValues(index.find('Gateway', g.name, g.namespace, GATEWAY_GROUP));
      }
    }
  }
  return [...out];
}

/**
 * The names by which a changed AgentgatewayPolicy, kgateway TrafficPolicy or route reaches agents (references.ts
 * referringNames): what the policy targets (names, selected label values), the gateway backends a route sends
 * requests to.
 */
export function policyReferringNames(o: ManifestObject): string[] {
  const spec = record(o.body.spec);
  const out: string[] = [];
  if (
    (o.kind === 'AgentgatewayPolicy' && groupOf(o.apiVersion) === GROUP) ||
    (o.kind === 'TrafficPolicy' && groupOf(o.apiVersion) === KGATEWAY_GROUP)
  ) {
    for (const key of ['targetRefs', 'targetSelectors']) {
      const list = spec[key];
      if (!Array.isArray(list)) continue;
      for (const t of list.map(record)) {
        if (typeof t.name === 'string') out.push(t.name);
        for (const v of Object.values(record(t.matchLabels))) if (typeof v === 'string') out.push(v);
      }
    }
  } else if (ROUTE_KINDS.includes(o.kind) && groupOf(o.apiVersion) === GATEWAY_GROUP) {
    for (const rule of Array.isArray(spec.rules) ? spec.rules : []) {
      const refs = record(rule).backendRefs;
      for (const r of Array.isArray(refs) ? refs.map(record) : [])
        if (typeof r.kind === 'string' && BACKEND_GROUPS[r.kind] !== undefined && typeof r.name === 'string')
          out.push(r.name);
    }
  }
  return out;
}
