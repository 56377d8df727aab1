import type { Component, Delegation, ThreatCatalog } from '../model/catalog.js';
import type { Position } from '../model/finding.js';
import type { AgentSurface, SurfaceRef } from '../model/surface.js';

/**
 * Shadow components: what the agent's manifests make reachable — an MCP server, a model, a delegation target,
 * a memory store, an identity — that no component of the catalog names as its trustSource (and, for a
 * delegation, no `delegations[]` entry points `to`). The one implementation: `validate` reports every one,
 * `diff` those in the files a change touched, both with the same words at the same place (the manifest node
 * that references the element, since that is the line the author wrote).
 * kagent's implicit default ModelConfig (an Agent that names none) is not reported: nothing references it.
 */
export interface ShadowElement {
  /** Stable identity of the element (kind/namespace/name). */
  subject: string;
  ref: SurfaceRef;
  category: 'inference' | 'mcp-tool' | 'delegation' | 'rag-memory' | 'identity';
  position: Position;
  /** Other places the manifests reference the same element (one finding per element, at `position`). */
  alsoAt: Position[];
  /** For people: "MCP server RemoteMCPServer agents/x (https://…)". */
  description: string;
  /** What the catalog lacks: "component with trustSource { kind: …, name: … }". */
  missing: string;
}

export function shadowElements(data: ThreatCatalog, surface: AgentSurface): ShadowElement[] {
  const components = data.components ?? [];
  const delegations = data.delegations ?? [];
  const out: ShadowElement[] = [];
  // One element is one finding, wherever the manifests reference it (an MCP server two agents' files name, a
  // model used both as the agent's LLM and for memory embeddings).
  const seen = new Map<string, ShadowElement>();
  const add = (e: Omit<ShadowElement, 'subject' | 'alsoAt'>) => {
    const subject = refKey(e.ref);
    const first = seen.get(`${e.category}:${subject}`);
    if (first) {
      const at = (p: Position) => `${p.file}:${p.line}`;
      if (![first.position, ...first.alsoAt].some((p) => at(p) === at(e.position))) first.alsoAt.push(e.position);
      return;
    }
    const element = { subject, alsoAt: [], ...e };
    seen.set(`${e.category}:${subject}`, element);
    out.push(element);
  };
  const compHint = (ref: SurfaceRef) => `component with trustSource { kind: ${ref.kind}, name: ${ref.name} }`;
  for (const m of surface.models) {
    if (m.implicit || covered(components, m.ref)) continue;
    add({
      ref: m.ref,
      category: 'inference',
      position: m.position,
      description: `${m.use === 'agent' ? '' : `${m.use} `}model ${label(m.ref)}${m.model ? ` (${m.model})` : ''}`,
      missing: compHint(m.ref),
    });
  }
  for (const s of surface.mcpServers) {
    if (covered(components, s.ref)) continue;
    const where = s.url ?? s.image ?? s.command;
    add({
      ref: s.ref,
      category: 'mcp-tool',
      position: s.position,
      description: `MCP server ${label(s.ref)}${where ? ` (${where})` : ''}`,
      missing: compHint(s.ref),
    });
  }
  for (const d of surface.delegations) {
    if (delegationCovered(delegations, d.ref) || covered(components, d.ref)) continue;
    add({
      ref: d.ref,
      category: 'delegation',
      position: d.position,
      description: `delegation target ${label(d.ref)}`,
      missing: `delegations[] entry with to.agent: ${d.ref.name}`,
    });
  }
  for (const mem of surface.memory) {
    // An agent's built-in memory has the Agent itself as its object: only a rag-memory component covers it.
    const own = mem.ref.kind === surface.agent.kind && mem.ref.name === surface.agent.name;
    if (covered(own ? components.filter((c) => c.category === 'rag-memory') : components, mem.ref)) continue;
    add({
      ref: mem.ref,
      category: 'rag-memory',
      position: mem.position,
      description: `memory (${mem.engine}) ${label(mem.ref)}`,
      missing: own
        ? `rag-memory component with trustSource { kind: ${mem.ref.kind}, name: ${mem.ref.name} }`
        : compHint(mem.ref),
    });
  }
  // The identity the agent runs as once overlays are applied: a component of another ServiceAccount does not
  // cover it (an overlay that swaps the account would leave the old one standing, unnoticed). A catalog may name
  // the account through another object, such as a workload-identity binding: an identity component whose trust
  // source is not a ServiceAccount still counts.
  const sa = surface.serviceAccount;
  const ref = sa && { kind: 'ServiceAccount', name: sa.name, ...(sa.namespace ? { namespace: sa.namespace } : {}) };
  if (
    sa &&
    ref &&
    !covered(components, ref) &&
    !components.some((c) => c.category === 'identity' && c.trustSource.kind !== 'ServiceAccount')
  ) {
    add({
      ref,
      category: 'identity',
      position: sa.position,
      description: `identity ${label(ref)}`,
      missing: compHint(ref),
    });
  }
  // The identities MCP tools run with (tools execute with the server's credentials, not the agent's): each is a
  // component of its own, as `init` models it.
  for (const s of surface.mcpServers) {
    const m = s.identity ? /^system:serviceaccount:([^:]+):([^:]+)$/.exec(s.identity) : null;
    if (!m || s.identity === surface.identity) continue;
    const ref = { kind: 'ServiceAccount', name: m[2], ...(m[1] !== '*' ? { namespace: m[1] } : {}) };
    if (covered(components, ref)) continue;
    const known = surface.toolIdentities?.find((t) => t.identity === s.identity);
    add({
      ref,
      category: 'identity',
      position: known?.serviceAccount.position ?? s.at?.identity ?? s.position,
      description: `tool server identity ${label(ref)} (${label(s.ref)} runs as it)`,
      missing: compHint(ref),
    });
  }
  return out;
}

/**
 * The finding's words, the same in validate and diff, naming the command that models the element (`base`: the
 * ref the change is compared with, when the caller knows it).
 */
export function shadowMessage(e: ShadowElement, agent: AgentSurface, catalogFile: string, base = '<base>'): string {
  const who = `${agent.agent.kind} ${agent.agent.namespace ?? 'default'}/${agent.agent.name}`;
  return (
    `shadow component: ${e.description} is reachable by ${who} but ${catalogFile} has no ${e.missing}; ` +
    `\`threatcat diff --base ${base} --write\` adds it with the library's threats`
  );
}

function label(r: SurfaceRef): string {
  return `${r.kind} ${r.namespace ? `${r.namespace}/` : ''}${r.name}`;
}

function refKey(r: SurfaceRef): string {
  return `${r.kind}/${r.namespace ?? ''}/${r.name}`;
}

/** Namespaces only have to agree when both sides give one. */
function sameNs(a: string | undefined, b: string | undefined): boolean {
  return a === undefined || b === undefined || a === b;
}

function covered(components: readonly Component[], ref: SurfaceRef): boolean {
  return components.some(
    (c) =>
      c.trustSource.kind === ref.kind &&
      c.trustSource.name === ref.name &&
      sameNs(c.trustSource.namespace, ref.namespace),
  );
}

function delegationCovered(delegations: readonly Delegation[], ref: SurfaceRef): boolean {
  return delegations.some(
    (d) =>
      d.to.agent === ref.name && sameNs(d.to.namespace, ref.namespace) && (d.direction ?? 'outbound') === 'outbound',
  );
}
