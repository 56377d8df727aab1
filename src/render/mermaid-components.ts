import type { ThreatCatalog } from '../model/catalog.js';
import { mermaidLabel } from './markdown-escape.js';

export interface ComponentFact {
  id: string;
  kind: 'component' | 'delegation';
  category: string;
  trustSource: string;
  changed: boolean;
}

/** Components and delegation edges of one agent, with the ones a PR touched marked. */
export function componentFacts(data: ThreatCatalog, changed: Set<string>): ComponentFact[] {
  return [
    ...(data.components ?? []).map(
      (c): ComponentFact => ({
        id: c.id,
        kind: 'component',
        category: c.category,
        trustSource: `${c.trustSource.kind}/${c.trustSource.name}`,
        changed: changed.has(c.id),
      }),
    ),
    ...(data.delegations ?? []).map(
      (d): ComponentFact => ({
        id: d.id,
        kind: 'delegation',
        category: `delegation to ${d.to.agent}`,
        trustSource: `${d.trustSource.kind}/${d.trustSource.name}`,
        changed: changed.has(d.id),
      }),
    ),
  ];
}

/** GitHub renders ```mermaid; Mermaid rejects large diagrams, so keep to a few dozen nodes. */
export const MAX_DIAGRAM_NODES = 40;

export function componentDiagram(agent: string, facts: ComponentFact[]): string {
  const lines = ['flowchart LR', `  agent(["${mermaidLabel(agent)} · agent"])`];
  const shown = facts.slice(0, MAX_DIAGRAM_NODES);
  shown.forEach((f, i) => {
    const label = `${mermaidLabel(f.id)} · ${mermaidLabel(f.category)}${f.changed ? ' · changed' : ''}`;
    if (f.kind === 'delegation') {
      lines.push(`  n${i}[["${label}"]]`, `  agent -.-> n${i}`);
    } else {
      lines.push(`  n${i}["${label}"]`, `  agent --> n${i}`);
    }
  });
  if (facts.length > shown.length) lines.push(`  more["… ${facts.length - shown.length} more"]`, '  agent --- more');
  const changed = shown.map((f, i) => (f.changed ? `n${i}` : '')).filter(Boolean);
  lines.push('  classDef changed fill:#ffe8cc,stroke:#d9480f,stroke-width:3px');
  if (changed.length) lines.push(`  class ${changed.join(',')} changed`);
  return `${lines.join('\n')}\n`;
}
