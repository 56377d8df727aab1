import type { Component, ReopenEvent, Threat, ThreatCatalog } from '../model/catalog.js';
import type { Finding } from '../model/finding.js';
import type { AgentSurface, SurfaceRef } from '../model/surface.js';
import type { PermissionTuple, SurfaceEvent, SurfaceEventType } from '../model/surface-event.js';
import { SURFACE_EVENT_TYPES } from '../model/surface-event.js';
import { policyRuleAllows, type PolicyRule } from './rbac-match.js';
import { refLabel } from './surface-diff.js';

/**
 * The scoped re-open plan: which catalog entries each surface event invalidates. Pure.
 * The built-in table below is documented in docs/reopen.md; keep both in step.
 * A threat's `reopenOn` list replaces the table for that threat: it re-opens on every event of the listed
 * types for its agent, and on no other.
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

export interface ReopenEntry {
  catalog: string;
  threat: string;
  /** Index in the catalog's threats list (for the writer). */
  index: number;
  status: Threat['status'];
  /** Event types that re-open it, in table order. */
  events: SurfaceEventType[];
  /** The events' subjects, for the `reopened.subject` record and for people. */
  subjects: string[];
}

export interface CatalogPlanInput {
  /** Repository-relative path of the catalog. */
  file: string;
  data: ThreatCatalog;
  events: SurfaceEvent[];
  /** The agent's surface in head (for shadow-component findings). */
  head?: AgentSurface;
}

export interface ReopenPlan {
  /** Closed or accepted threats the events invalidate: these must go back to open. */
  reopen: ReopenEntry[];
  /** Threats already open that the events also concern (nothing to write). */
  alreadyOpen: ReopenEntry[];
  /** Surface elements in the events that no component covers. */
  findings: Finding[];
}

export const SHADOW_RULE = 'shadow-component';

export function planReopen(inputs: readonly CatalogPlanInput[]): ReopenPlan {
  const plan: ReopenPlan = { reopen: [], alreadyOpen: [], findings: [] };
  for (const input of inputs) {
    if (input.events.length === 0) continue;
    const view = new CatalogView(input.data);
    input.data.threats.forEach((threat, index) => {
      const hits = input.events.filter((e) => threatReopensOn(threat, e, view));
      if (hits.length === 0) return;
      const types = SURFACE_EVENT_TYPES.filter((t) => hits.some((e) => e.type === t));
      const entry: ReopenEntry = {
        catalog: input.file,
        threat: threat.id,
        index,
        status: threat.status,
        events: types,
        subjects: [...new Set(hits.map((e) => e.subject))],
      };
      (threat.status === 'open' ? plan.alreadyOpen : plan.reopen).push(entry);
    });
    plan.findings.push(...shadowFindings(input, view));
  }
  return plan;
}

export function threatReopensOn(threat: Threat, event: SurfaceEvent, view: CatalogView): boolean {
  if (threat.reopenOn) return (threat.reopenOn as ReopenEvent[]).includes(event.type);
  return REOPEN_TABLE[event.type].matches(threat, event, view);
}

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

/**
 * Elements an event brings into the surface that no component (or delegation) of the catalog covers: the same
 * rule as validate's shadow-component (same id and default severity), limited to what this change touched.
 */
function shadowFindings(input: CatalogPlanInput, view: CatalogView): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  const add = (e: SurfaceEvent, what: string, fix: string) => {
    // One finding per uncovered element, at the first line the change touches it.
    const key = what;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({
      rule: SHADOW_RULE,
      severity: 'error',
      file: e.file,
      line: e.line,
      column: e.column,
      message: `shadow component: ${what} is reachable by agent ${e.agent} since this change, but no component of ${input.file} covers it (${fix})`,
      subject: what,
    });
  };
  for (const e of input.events) {
    const ref = e.scope.ref;
    if (e.after === null) continue;
    if (
      ref &&
      (e.type === 'mcp-connection-added' || (e.type === 'tool-surface-modified' && e.scope.aspect !== 'delegation'))
    ) {
      if (view.componentsFor(ref).length === 0)
        add(
          e,
          `MCP server ${refLabel(ref)}`,
          `add an mcp-tool component with trustSource kind ${ref.kind}, name ${ref.name}`,
        );
    } else if (ref && e.type === 'model-version-updated') {
      if (view.componentsFor(ref).length === 0 && !view.data.components.some((c) => c.category === 'inference')) {
        add(
          e,
          `model ${refLabel(ref)}`,
          `add an inference component with trustSource kind ${ref.kind}, name ${ref.name}`,
        );
      }
    } else if (ref && e.type === 'tool-surface-modified' && e.scope.aspect === 'delegation') {
      const covered =
        (view.data.delegations ?? []).some((d) => d.to.agent === ref.name) || view.componentsFor(ref).length > 0;
      if (!covered) add(e, `delegation to ${refLabel(ref)}`, `add a delegations entry to agent ${ref.name}`);
    } else if (
      e.type === 'permissions-changed' &&
      e.scope.identity &&
      !view.coversIdentity(e.scope.identity) &&
      !view.data.components.some((c) => c.category === 'identity')
    ) {
      add(e, `identity ${e.scope.identity}`, 'add an identity component with trustSource kind ServiceAccount');
    }
  }
  return out;
}
