import type { Component, Threat, ThreatCatalog } from '../model/catalog.js';
import type { SurfaceRef } from '../model/surface.js';
import type { PermissionTuple, SurfaceEvent, SurfaceEventType } from '../model/surface-event.js';
import { policyRuleAllows, type PolicyRule } from './rbac-match.js';

/**
 * The built-in re-open table: which catalog entries each surface event invalidates. Pure.
 * Documented in docs/reopen.md; keep both in step.
 */

/** Telemetry that sees the tool-call envelope (which tools are called, with what, by whom). */
export const TOOL_CALL_ENVELOPE = ['sdk-callback', 'mcp-log'] as const;

export interface ReopenRule {
  /** What the event invalidates, for people (docs/reopen.md and `diff --help`). */
  invalidates: string;
  /** Does this event invalidate this threat's evidence? */
  matches(threat: Threat, event: SurfaceEvent, ctx: CatalogView): boolean;
}

export const REOPEN_TABLE: Record<SurfaceEventType, ReopenRule> = {
  'mcp-connection-added': {
    invalidates:
      "the tool-call envelope: threats that touch that server's component, or whose evidence is a tool-call signal (sdk-callback, mcp-log)",
    matches: (t, e, c) => touches(t, c.componentsFor(e.scope.ref)) || hasEnvelopeEvidence(t),
  },
  'mcp-connection-removed': {
    invalidates:
      "the tool-call envelope: threats that touch that server's component, or whose evidence is a tool-call signal (sdk-callback, mcp-log)",
    matches: (t, e, c) => touches(t, c.componentsFor(e.scope.ref)) || hasEnvelopeEvidence(t),
  },
  'model-version-updated': {
    invalidates:
      'the prompt-response distribution: threats that touch the inference component (the one whose trustSource is the changed model object, else every inference component); never threats that touch no inference component',
    matches: (t, e, c) => touches(t, c.inferenceComponentsFor(e.scope.ref)),
  },
  'tool-surface-modified': {
    invalidates:
      "the tool-call envelope of those tools: threats that touch the server's (or delegation's) component, list one of the tools in capability.tools, or match one in an evidence signal",
    matches: (t, e, c) => {
      if (e.scope.aspect === 'delegation') return touches(t, c.delegationsFor(e.scope.ref));
      return touches(t, c.componentsFor(e.scope.ref)) || namesTool(t, e.scope.tools ?? []);
    },
  },
  'autonomy-tier-changed': {
    invalidates: 'the blast radius of coercion: every coercion-class threat of the agent',
    matches: (t) => t.class === 'coercion',
  },
  'permissions-changed': {
    invalidates:
      "reachable capability: threats whose capability.rules intersect an added or removed permission, or that touch the agent's identity component",
    matches: (t, e, c) =>
      touches(t, c.identityComponentsFor(e.scope.identity)) ||
      rulesIntersect(t, [...(e.scope.added ?? []), ...(e.scope.removed ?? [])]),
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

  /** Delegation entries to that agent (else every delegation: an edge changed, and they all carry it). */
  delegationsFor(ref: SurfaceRef | undefined): string[] {
    const all = this.data.delegations ?? [];
    const exact = ref
      ? all.filter(
          (d) => d.to.agent === ref.name && (!d.to.namespace || !ref.namespace || d.to.namespace === ref.namespace),
        )
      : [];
    const viaComponent = this.componentsFor(ref);
    return [...(exact.length > 0 ? exact : all).map((d) => d.id), ...viaComponent];
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
function namesTool(t: Threat, tools: readonly string[]): boolean {
  if (tools.length === 0) return false;
  const names = [
    ...(t.capability?.tools ?? []),
    ...t.evidence.flatMap((e) => asList(e.signal.match?.tool as string | string[] | undefined)),
  ];
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
