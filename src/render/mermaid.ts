import type { ReportCatalog } from '../analyse/report.js';
import { mermaidLabel } from './markdown-escape.js';

/** Report diagrams have room for longer labels than a PR comment's. */
const label = (text: string) => mermaidLabel(text, 160);

/**
 * The components diagram of one agent as a Mermaid flowchart. Every text from the catalog goes through
 * `label` (markdown-escape's mermaidLabel): node ids are generated, never taken from the catalog, so nothing a catalog says can become
 * Mermaid syntax, a directive or HTML.
 */
export function componentsDiagram(r: ReportCatalog): string {
  // Top-down: categories side by side under the agent, members stacked, so many components stay readable.
  const lines = ['flowchart TB'];
  lines.push(`  agent(["${label(r.agent)}<br/>${label(r.workload)}<br/>autonomy: ${label(r.autonomyTier)}"])`);
  const categories = ['inference', 'mcp-tool', 'rag-memory', 'identity', 'runtime'];
  const ids = new Map<string, string>();
  categories.forEach((cat, ci) => {
    const members = r.components.filter((c) => c.category === cat);
    if (members.length === 0) return;
    lines.push(`  subgraph cat${ci}["${cat}"]`);
    lines.push('    direction TB');
    const memberIds = members.map((c) => {
      const id = `c${ids.size}`;
      ids.set(c.id, id);
      const open =
        c.openThreats === 0 ? 'no open threat' : `${c.openThreats} open threat${c.openThreats === 1 ? '' : 's'}`;
      lines.push(`    ${id}["${label(c.id)}<br/>${label(c.source)}<br/>${open}"]`);
      return id;
    });
    // Invisible links stack the members in a column; the agent links to the category, not to each member.
    if (memberIds.length > 1) lines.push(`    ${memberIds.join(' ~~~ ')}`);
    lines.push('  end');
    lines.push(`  agent --> cat${ci}`);
  });
  r.delegations.forEach((d, i) => {
    const id = `d${i}`;
    lines.push(`  ${id}[["${label(d.to)}<br/>${d.openThreats} open threat${d.openThreats === 1 ? '' : 's'}"]]`);
    lines.push(d.direction === 'inbound' ? `  ${id} -. delegates .-> agent` : `  agent -. delegates .-> ${id}`);
  });
  const withOpen = [...ids]
    .filter(([cid]) => (r.components.find((c) => c.id === cid)?.openThreats ?? 0) > 0)
    .map(([, id]) => id);
  lines.push('  classDef open fill:#fdecea,stroke:#c0392b,color:#222');
  lines.push('  classDef quiet fill:#eef6ee,stroke:#2e7d32,color:#222');
  if (withOpen.length > 0) lines.push(`  class ${withOpen.join(',')} open`);
  const quiet = [...ids.values()].filter((id) => !withOpen.includes(id));
  if (quiet.length > 0) lines.push(`  class ${quiet.join(',')} quiet`);
  return `${lines.join('\n')}\n`;
}
