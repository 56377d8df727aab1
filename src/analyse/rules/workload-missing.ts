import type { Rule, RuleHit } from './rule.js';

/**
 * The catalog's workload must be defined by its manifests. A kagent Agent generates a Deployment of the
 * same name, so either object satisfies a Deployment or Agent workload.
 */
export const workloadMissing: Rule = {
  id: 'workload-missing',
  severity: 'error',
  summary: "The agent's workload (Deployment, StatefulSet, DaemonSet or kagent Agent) is not in its manifests.",
  help: "Name the agent's real workload in agent.workload (kind, name, namespace), or include its manifest in agent.manifests.",
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const { catalog, manifests, globs } of ctx.catalogs) {
      if (globs.every((g) => g.files.length === 0)) continue; // manifest-path-unmatched says it already
      const w = catalog.data.agent.workload;
      const accepted = w.kind === 'Deployment' || w.kind === 'Agent' ? ['Deployment', 'Agent'] : [w.kind];
      // A file read only to follow a reference (another team's folder) does not define this agent.
      const found = manifests.some(
        (m) =>
          !m.reference &&
          m.objects.some(
            (o) =>
              accepted.includes(o.kind) &&
              o.name === w.name &&
              (o.namespace ?? w.namespace) === w.namespace &&
              (o.kind !== 'Agent' || o.apiVersion.startsWith('kagent.dev/')),
          ),
      );
      if (!found) {
        hits.push({
          catalog,
          path: ['agent', 'workload', 'name'],
          message: `workload ${w.kind} ${w.namespace}/${w.name} is not defined in the agent's manifests (${globs.map((g) => g.pattern).join(', ')})`,
        });
      }
    }
    return hits;
  },
};
