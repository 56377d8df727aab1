import type { ManifestFile } from '../../model/manifest.js';
import type { AgentSurface, SurfaceRef } from '../../model/surface.js';
import type { Position } from '../../model/finding.js';
import type { Rule, RuleHit } from './rule.js';

/**
 * An agent that names an object a Kustomize build renamed. namePrefix and nameSuffix rename every object, but
 * kustomize rewrites the references to them only in the fields it knows: a kagent Agent's `modelConfig`, its MCP
 * server, agent-as-tool and memory references and `serviceAccountName` keep the old name unless the kustomization's `configurations:` give a
 * nameReference for them. In the cluster the agent then finds no model, tool server or ServiceAccount of that
 * name; here its surface held only the name, so a change to the renamed object (its model version, its RBAC)
 * reached nothing and `diff` said 0 events.
 */
export const referenceRenamed: Rule = {
  id: 'reference-renamed',
  severity: 'error',
  summary:
    'The agent names a model, MCP server or ServiceAccount by a name its Kustomize build renamed (namePrefix, nameSuffix): the reference points at nothing, and changes to the renamed object are not followed.',
  help: "Teach kustomize the agent's reference fields (a `configurations:` file with a nameReference for the kind, e.g. ModelConfig referenced by Agent spec/declarative/modelConfig), or write the renamed name in the overlay.",
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const { catalog, manifests, surface } of ctx.catalogs) {
      if (!surface) continue;
      for (const { ref, position, what } of unresolvedReferences(surface)) {
        const renamed = renamedObject(manifests, ref);
        if (!renamed) continue;
        const agent = `${surface.agent.kind} ${surface.agent.name}`;
        hits.push({
          catalog,
          path: ['agent', 'workload'],
          at: position,
          subject: `${ref.kind}/${ref.name}`,
          message: `${agent} names ${what} ${ref.kind} ${ref.name}, but its Kustomize build renamed that object to ${renamed.name} (${renamed.file}:${renamed.line}) and left the reference as it was: the agent will not find it, and threatcat cannot follow it. Add a nameReference for this field to the kustomization's configurations, or patch the reference to ${renamed.name} in the overlay.`,
        });
      }
    }
    return hits;
  },
};

/** The surface's references the agent's manifests did not resolve, where the agent names them. */
function unresolvedReferences(s: AgentSurface): Array<{ ref: SurfaceRef; position: Position; what: string }> {
  const out: Array<{ ref: SurfaceRef; position: Position; what: string }> = [];
  for (const m of s.models) if (!m.definedAt) out.push({ ref: m.ref, position: m.position, what: 'its model' });
  for (const t of s.mcpServers)
    if (!t.definedAt && t.url === undefined) out.push({ ref: t.ref, position: t.position, what: 'its MCP server' });
  for (const d of s.delegations)
    if (!d.definedAt) out.push({ ref: d.ref, position: d.position, what: 'the agent it delegates to,' });
  for (const m of s.memory) if (!m.definedAt) out.push({ ref: m.ref, position: m.position, what: 'its memory' });
  const sa = s.serviceAccount;
  if (sa && !sa.definedAt) out.push({ ref: sa, position: sa.position, what: 'its identity,' });
  return out;
}

/** An object of the agent's own manifests (not a followed reference) rendered from a source object of that name. */
function renamedObject(
  manifests: readonly ManifestFile[],
  ref: SurfaceRef,
): { name: string; file: string; line: number } | undefined {
  for (const m of manifests) {
    if (m.reference) continue;
    for (const o of m.objects) {
      if (o.kind !== ref.kind || o.renamedFrom !== ref.name) continue;
      if (ref.namespace !== undefined && o.namespace !== undefined && o.namespace !== ref.namespace) continue;
      return { name: o.name, file: o.position.file, line: o.position.line };
    }
  }
  return undefined;
}
