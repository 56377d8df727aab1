import type { Component, Delegation } from '../../model/catalog.js';
import type { Position } from '../../model/finding.js';
import type { SurfaceRef } from '../../model/surface.js';
import { findAgentSurface, readSurfaceCached } from '../../read/manifests/surface.js';
import type { Rule, RuleHit } from './rule.js';

/**
 * A shadow component: something the agent's manifests make reachable — an MCP server, a model, a delegation
 * target, a vector store or memory — that no component of the catalog names as its trustSource (and, for a
 * delegation, no `delegations[]` entry points `to`). Reported where the manifest references it, since that is
 * the line the author wrote; the message names the catalog that lacks the component.
 * kagent's implicit default ModelConfig (an Agent that names none) is not reported: nothing in the repository
 * references it.
 */
export const shadowComponent: Rule = {
  id: 'shadow-component',
  severity: 'error',
  summary:
    "An MCP server, model, delegation target or memory store in the agent's manifests that no catalog component covers.",
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const { catalog, manifests, globs } of ctx.catalogs) {
      if (globs.every((g) => g.files.length === 0)) continue;
      const surface = findAgentSurface(manifests, catalog.data.agent.workload, readSurfaceCached(manifests));
      if (!surface) continue; // workload-missing says so
      const components = catalog.data.components ?? [];
      const delegations = catalog.data.delegations ?? [];
      const agent = `${surface.agent.kind} ${surface.agent.namespace}/${surface.agent.name}`;
      const seen = new Set<string>();
      const report = (what: string, ref: SurfaceRef, at: Position, detail: string, hint: string) => {
        const key = `${refKey(ref)}@${at.file}:${at.line}`;
        if (seen.has(key)) return;
        seen.add(key);
        hits.push({
          catalog,
          path: ['components'],
          key: true,
          at,
          subject: refKey(ref),
          message: `shadow component: ${what} ${ref.kind} ${ref.namespace ? `${ref.namespace}/` : ''}${ref.name}${detail} is reachable by ${agent} but ${catalog.file} has no ${hint}`,
        });
      };
      const compHint = (ref: SurfaceRef) => `component with trustSource { kind: ${ref.kind}, name: ${ref.name} }`;
      for (const m of surface.models) {
        if (m.implicit || covered(components, m.ref)) continue;
        report(
          `${m.use === 'agent' ? '' : `${m.use} `}model`,
          m.ref,
          m.position,
          m.model ? ` (${m.model})` : '',
          compHint(m.ref),
        );
      }
      for (const s of surface.mcpServers) {
        if (covered(components, s.ref)) continue;
        const where = s.url ?? s.image ?? s.command;
        report('MCP server', s.ref, s.position, where ? ` (${where})` : '', compHint(s.ref));
      }
      for (const d of surface.delegations) {
        if (delegationCovered(delegations, d.ref) || covered(components, d.ref)) continue;
        report('delegation target', d.ref, d.position, '', `delegations[] entry with to.agent: ${d.ref.name}`);
      }
      for (const mem of surface.memory) {
        // An agent's built-in memory has the Agent itself as its object: only a rag-memory component covers it.
        const own = mem.ref.kind === surface.agent.kind && mem.ref.name === surface.agent.name;
        if (covered(own ? components.filter((c) => c.category === 'rag-memory') : components, mem.ref)) continue;
        report(
          `memory (${mem.engine})`,
          mem.ref,
          mem.position,
          '',
          own
            ? `rag-memory component with trustSource { kind: ${mem.ref.kind}, name: ${mem.ref.name} }`
            : compHint(mem.ref),
        );
      }
    }
    return hits;
  },
};

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
