import type { Component, Threat, ThreatCatalog } from '../model/catalog.js';
import type { SurfaceRef } from '../model/surface.js';
import type { PermissionTuple, SurfaceEvent, SurfaceEventType } from '../model/surface-event.js';
import { policyRuleAllows, type PolicyRule } from './rbac-match.js';

/**
 * The built-in re-open table: which catalog entries each surface event invalidates. Pure.
 * Documented in docs/reopen.md; keep both in step.
 *
 * Every rule reads the event's direction. A widening (or a change with no order) re-opens the event's whole scope;
 * a narrowing re-opens only the threats that name what went away (the removed server's component or its tool-call
 * envelope, the removed tools, the removed permission rules, the removed delegation edge or model component): a
 * threat whose evidence held for a larger surface still holds for a smaller one, unless it is about the part that
 * is gone.
 */

/** Telemetry that sees the tool-call envelope (which tools are called, with what, by whom). */
export const TOOL_CALL_ENVELOPE = ['sdk-callback', 'mcp-log'] as const;

/**
 * Server facets that change only what the model may call and how it is described: the code and the containers
 * behind the tools are the same, so compromise-class threats (an exploited image, a container escape, a stolen
 * token) are not concerned unless they name one of the tools.
 */
const TOOL_LIST_ASPECTS = new Set(['tools', 'allowed-tools', 'tool-hash', 'builtin-tools']);

export interface ReopenRule {
  /** What the event invalidates, for people (docs/reopen.md and `diff --help`). */
  invalidates: string;
  /** What a narrowing of that type re-opens, for people. */
  narrowing: string;
  /** Does this event invalidate this threat's evidence? */
  matches(threat: Threat, event: SurfaceEvent, ctx: CatalogView): boolean;
}

const narrowed = (e: SurfaceEvent) => e.direction === 'narrowed';

/**
 * A server connected or disconnected: the tool-call envelope. Threats about exploited containers or images are
 * concerned only by a server whose code runs in the cluster (a remote endpoint adds no container).
 */
const connection: ReopenRule['matches'] = (t, e, c) => {
  if (isInfrastructureCompromise(t) && !e.scope.inCluster) return false;
  return touches(t, c.componentsFor(e.scope.ref)) || hasEnvelopeEvidence(t);
};

export const REOPEN_TABLE: Record<SurfaceEventType, ReopenRule> = {
  'mcp-connection-added': {
    invalidates:
      "the tool-call envelope: threats that touch that server's component, or whose evidence is a tool-call signal (sdk-callback, mcp-log); compromise-class threats of layer L4 only when the server runs in the cluster (an image, a command or a workload)",
    narrowing: 'never a narrowing (a server leaving is mcp-connection-removed)',
    matches: connection,
  },
  'mcp-connection-removed': {
    invalidates:
      "the tool-call envelope: threats that touch that server's component, or whose evidence is a tool-call signal (sdk-callback, mcp-log); compromise-class threats of layer L4 only when the server ran in the cluster",
    narrowing:
      'always a narrowing, and it re-opens the same threats as an addition: signals that compare tool calls with a converged baseline were converged on calls to that server',
    matches: connection,
  },
  'model-version-updated': {
    invalidates:
      'the prompt-response distribution: threats that touch the inference component (the one whose trustSource is the changed model object, else every inference component); compromise-class threats of layer L4 (containers, images, nodes) only when the serving runtime changed; never threats that touch no inference component',
    narrowing: 'a model removed: threats that touch exactly its component',
    matches: (t, e, c) => {
      if (narrowed(e)) return touches(t, c.componentsFor(e.scope.ref));
      if (isInfrastructureCompromise(t) && e.scope.aspect !== 'runtime') return false;
      return touches(t, c.inferenceComponentsFor(e.scope.ref));
    },
  },
  'tool-surface-modified': {
    invalidates:
      "the tool-call envelope of those tools: threats that name one of the tools (capability.tools or an evidence signal's match.tool), or touch the server's component — for a change of the tool list or of a tool's description only coercion-class threats; for a delegation edge or the credentials sent along it, threats that touch the delegations[] entry to that agent (else any delegation entry); for a memory store (aspect memory), threats that touch the store's component",
    narrowing:
      'tools removed: threats that name one of them; a delegation removed: threats that touch exactly its entry; credentials (of a server or a delegation), host paths, a permission profile or caller authentication narrowed, or a memory store removed: nothing',
    matches: (t, e, c) => {
      const aspect = e.scope.aspect ?? '';
      if (aspect === 'delegation') {
        if (narrowed(e)) return touches(t, c.exactDelegationsFor(e.scope.ref));
        return touches(t, c.delegationsFor(e.scope.ref));
      }
      // The credentials sent along a delegation edge: fewer re-open nothing, as a server's.
      if (aspect === 'delegation-credentials') return !narrowed(e) && touches(t, c.delegationsFor(e.scope.ref));
      const tools = e.scope.tools ?? [];
      // A signal matching every tool (`tool: "*"`) does not name the one that went away.
      if (narrowed(e)) return TOOL_LIST_ASPECTS.has(aspect) && namesTool(t, tools, { specific: true });
      if (namesTool(t, tools)) return true;
      if (TOOL_LIST_ASPECTS.has(aspect) && t.class === 'compromise') return false;
      return touches(t, c.componentsFor(e.scope.ref));
    },
  },
  'autonomy-tier-changed': {
    invalidates: 'the blast radius of coercion: every coercion-class threat of the agent',
    narrowing: 'nothing: a tool that now waits for approval, or a lower tier, leaves a coerced agent less to do alone',
    matches: (t, e) => !narrowed(e) && t.class === 'coercion',
  },
  'permissions-changed': {
    invalidates:
      "reachable capability: threats whose capability.rules intersect an added or removed permission, or whose kube-audit signal watches a request it allows, or that touch the agent's identity component (the only match for network egress widened)",
    narrowing:
      'permissions removed: threats whose capability.rules intersect one of them, or whose kube-audit signal watches a request it allowed; a cloud role removed, or network egress narrowed: nothing',
    matches: (t, e, c) => {
      if (narrowed(e)) return rulesIntersect(t, e.scope.removed ?? []) || watchesRequest(t, e.scope.removed ?? []);
      const perms = [...(e.scope.added ?? []), ...(e.scope.removed ?? [])];
      return (
        touches(t, c.identityComponentsFor(e.scope.identity)) || rulesIntersect(t, perms) || watchesRequest(t, perms)
      );
    },
  },
};

/** Lookups from surface elements to the catalog's components and delegations. */
export class CatalogView {
  constructor(readonly data: ThreatCatalog) {}

  /** Components whose trustSource is this object. */
  componentsFor(ref: SurfaceRef | undefined): string[] {
    if (!ref) return [];
    return this.data.components.filter((c) => sameObject(c.trustSource, ref)).map((c) => c.id);
  }

  inferenceComponentsFor(ref: SurfaceRef | undefined): string[] {
    const inference = this.data.components.filter((c) => c.category === 'inference');
    const exact = ref ? inference.filter((c) => sameObject(c.trustSource, ref)) : [];
    return (exact.length > 0 ? exact : inference).map((c) => c.id);
  }

  /** Delegation entries to exactly that agent, and components whose trustSource is it. */
  exactDelegationsFor(ref: SurfaceRef | undefined): string[] {
    if (!ref) return [];
    const exact = (this.data.delegations ?? []).filter(
      (d) => d.to.agent === ref.name && (!d.to.namespace || !ref.namespace || d.to.namespace === ref.namespace),
    );
    return [...exact.map((d) => d.id), ...this.componentsFor(ref)];
  }

  /** Delegation entries to that agent (else every delegation: an edge changed, and they all carry it). */
  delegationsFor(ref: SurfaceRef | undefined): string[] {
    const exact = this.exactDelegationsFor(ref);
    return exact.length > 0 ? exact : (this.data.delegations ?? []).map((d) => d.id);
  }

  /** Identity components of that Kubernetes username (else every identity component of the agent). */
  identityComponentsFor(identity: string | undefined): string[] {
    const ids = this.data.components.filter((c) => c.category === 'identity');
    const m = identity ? /^system:serviceaccount:([^:]+):([^:]+)$/.exec(identity) : null;
    const exact = m
      ? ids.filter((c) => sameObject(c.trustSource, { kind: 'ServiceAccount', namespace: m[1], name: m[2] }))
      : [];
    return (exact.length > 0 ? exact : ids).map((c) => c.id);
  }

  coversIdentity(identity: string): boolean {
    const m = /^system:serviceaccount:([^:]+):([^:]+)$/.exec(identity);
    return (
      m !== null &&
      this.data.components.some((c) =>
        sameObject(c.trustSource, { kind: 'ServiceAccount', namespace: m[1], name: m[2] }),
      )
    );
  }
}

function sameObject(source: Component['trustSource'], ref: SurfaceRef): boolean {
  return (
    source.kind === ref.kind &&
    source.name === ref.name &&
    (source.namespace === undefined || ref.namespace === undefined || source.namespace === ref.namespace)
  );
}

/** An exploited container, image, node or token (MAESTRO L4): new model weights or a new tool list change none of them. */
function isInfrastructureCompromise(t: Threat): boolean {
  return t.class === 'compromise' && (t.layer === 'L4' || (t.layer === 'cross-layer' && !!t.layers?.includes('L4')));
}

function touches(t: Threat, ids: readonly string[]): boolean {
  return ids.length > 0 && t.components.some((c) => ids.includes(c));
}

function hasEnvelopeEvidence(t: Threat): boolean {
  return t.evidence.some((e) => (TOOL_CALL_ENVELOPE as readonly string[]).includes(e.source));
}

function asList(m: string | string[] | undefined): string[] {
  return m === undefined ? [] : Array.isArray(m) ? m : [m];
}

/** The threat names one of the tools: in capability.tools, or in an evidence signal's `tool` match (globs allowed). */
function namesTool(t: Threat, tools: readonly string[], opts: { specific?: boolean } = {}): boolean {
  if (tools.length === 0) return false;
  const names = [
    ...(t.capability?.tools ?? []),
    ...t.evidence.flatMap((e) => asList(e.signal.match?.tool as string | string[] | undefined)),
  ].filter((n) => !opts.specific || /[^*]/.test(n));
  return names.some((n) => tools.some((tool) => globMatch(n, tool) || tool.endsWith(`/${n}`)));
}

function globMatch(pattern: string, value: string): boolean {
  if (!pattern.includes('*')) return pattern === value;
  const re = new RegExp(
    `^${pattern
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return re.test(value);
}

/**
 * Does any of the threat's capability.rules reach one of the permissions? A concrete permission is checked with
 * the authorizer's own RuleAllows; a wildcard permission ("*" verb, group or resource) reaches every rule that
 * names something it covers.
 */
export function rulesIntersect(t: Threat, perms: readonly PermissionTuple[]): boolean {
  const rules = t.capability?.rules ?? [];
  if (rules.length === 0 || perms.length === 0) return false;
  return rules.some((rule) => perms.some((p) => ruleReaches(rule, p)));
}

/**
 * A kube-audit signal that names the requests it watches (`match.resource`, with its verbs and API groups when
 * given) names a capability as surely as capability.rules do: a grant that allows such a request concerns it (the
 * kubelet threat watching nodes/proxy, when the agent is bound to cluster-admin).
 */
function watchesRequest(t: Threat, perms: readonly PermissionTuple[]): boolean {
  if (perms.length === 0) return false;
  return t.evidence.some((e) => {
    if (e.source !== 'kube-audit' || !e.signal.match) return false;
    const resources = asList(e.signal.match.resource as string | string[] | undefined);
    if (resources.length === 0) return false;
    const verbs = asList(e.signal.match.verb as string | string[] | undefined);
    const groups = asList(e.signal.match.apiGroup as string | string[] | undefined);
    const rule = {
      resources: resources as [string, ...string[]],
      verbs: (verbs.length > 0 ? verbs : ['*']) as [string, ...string[]],
      ...(groups.length > 0 ? { apiGroups: groups } : {}),
    };
    return perms.some((p) => ruleReaches(rule, p));
  });
}

function ruleReaches(
  rule: NonNullable<NonNullable<Threat['capability']>['rules']>[number],
  p: PermissionTuple,
): boolean {
  if (p.nonResourceURL) return false;
  // A catalog rule without apiGroups names resources, not groups: it means "in whatever group they live".
  const policy: PolicyRule = { verbs: rule.verbs, apiGroups: rule.apiGroups ?? ['*'], resources: rule.resources };
  const wildcard = p.verb === '*' || p.apiGroup === '*' || p.resource === '*' || p.resource.startsWith('*/');
  if (!wildcard) {
    const [resource, subresource] = p.resource.split('/', 2);
    return policyRuleAllows(policy, {
      verb: p.verb,
      apiGroup: p.apiGroup,
      resource,
      ...(subresource ? { subresource } : {}),
    });
  }
  const verbOk = p.verb === '*' || policy.verbs!.some((v) => v === '*' || v === p.verb);
  const groupOk = p.apiGroup === '*' || policy.apiGroups!.some((g) => g === '*' || g === p.apiGroup);
  const resOk = policy.resources!.some(
    (r) =>
      r === '*' ||
      p.resource === '*' ||
      r === p.resource ||
      (p.resource.startsWith('*/') && r.endsWith(p.resource.slice(1))) ||
      (r.startsWith('*/') && p.resource.endsWith(r.slice(1))),
  );
  return verbOk && groupOk && resOk;
}
