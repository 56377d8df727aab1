import type { InitResult } from '../analyse/init-catalog.js';

/** What `threatcat init` wrote, for people. */
export function summaryText(file: string, r: InitResult): string {
  const c = r.catalog;
  const byCategory = new Map<string, number>();
  for (const comp of c.components) byCategory.set(comp.category, (byCategory.get(comp.category) ?? 0) + 1);
  const layers = [...new Set(c.threats.map((t) => t.layer))];
  const classes = new Map<string, number>();
  for (const t of c.threats) classes.set(t.class, (classes.get(t.class) ?? 0) + 1);
  return [
    `wrote ${file}`,
    `  components: ${[...byCategory].map(([k, n]) => `${k} ${n}`).join(', ')}${c.delegations?.length ? `; delegations ${c.delegations.length}` : ''}`,
    `  threats: ${c.threats.length} open (${[...classes].map(([k, n]) => `${k} ${n}`).join(', ')}) across ${layers.join(', ')}`,
    `  AIVSS v${c.agent.aivss.version} factors proposed from the manifests (reasons in the file); review owners, factors and CVSS bases, then run threatcat validate --fix to recompute the AIVSS scores`,
    '',
  ].join('\n');
}

export function summaryJson(file: string, r: InitResult) {
  const c = r.catalog;
  return {
    file,
    agent: c.agent.name,
    components: c.components.map((x) => ({ id: x.id, category: x.category })),
    delegations: (c.delegations ?? []).map((d) => ({ id: d.id, to: d.to.agent })),
    threats: c.threats.map((t) => ({
      id: t.id,
      class: t.class,
      layer: t.layer,
      status: t.status,
      aivss: t.aivss ?? null,
    })),
    skipped: r.skipped,
  };
}
