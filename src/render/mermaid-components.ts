import type { ThreatCatalog } from '../model/catalog.js';
import type { DiffEvent } from '../model/diff-result.js';
import type { SurfaceRef } from '../model/surface.js';
import { mermaidLabel } from './markdown-escape.js';
import { changeMark, eventElement, type ChangeMark } from './event-view.js';

/** One node of an agent's diagram: a catalog component or delegation, or a surface element no component covers. */
export interface ComponentFact {
  id: string;
  kind: 'component' | 'delegation';
  category: string;
  trustSource: string;
  /** What the PR does to it; absent when the PR leaves it alone. */
  mark?: ChangeMark;
  /** In the manifests (or removed from them) but named by no component of the catalog. */
  uncovered?: boolean;
}

/**
 * The agent's components and delegations, each marked with what the PR's events do to the element it comes from
 * (its trust source); and the elements the events name that no component covers yet — a new MCP server before
 * `diff --write` models it, a removed one — so the diagram shows the change itself, not the catalog's idea of it.
 * A component is marked only when an event names its element: the threats a change re-opens are in the table.
 */
export function componentFacts(data: ThreatCatalog, events: readonly DiffEvent[]): ComponentFact[] {
  const facts: ComponentFact[] = [
    ...(data.components ?? []).map(
      (c): ComponentFact => ({
        id: c.id,
        kind: 'component',
        category: c.category,
        trustSource: `${c.trustSource.kind}/${c.trustSource.name}`,
      }),
    ),
    ...(data.delegations ?? []).map(
      (d): ComponentFact => ({
        id: d.id,
        kind: 'delegation',
        category: `delegation to ${d.to.agent}`,
        trustSource: `${d.trustSource.kind}/${d.trustSource.name}`,
      }),
    ),
  ];
  const extra = new Map<string, ComponentFact>();
  for (const e of events) {
    const el = eventElement(e);
    if (!el) continue;
    const mark = changeMark(e);
    const components = data.components ?? [];
    const d = el.delegation
      ? (data.delegations ?? []).findIndex(
          (x) => x.to.agent === el.ref.name && sameNs(x.to.namespace, el.ref.namespace),
        )
      : -1;
    const c = components.findIndex((x) => covers(x.trustSource, el.ref));
    const known = d >= 0 ? facts[components.length + d] : c >= 0 ? facts[c] : undefined;
    if (known) {
      known.mark = merge(known.mark, mark);
      continue;
    }
    const key = `${el.ref.kind}/${el.ref.namespace ?? ''}/${el.ref.name}`;
    const prior = extra.get(key);
    if (prior) {
      prior.mark = merge(prior.mark, mark);
      continue;
    }
    extra.set(key, {
      id: el.ref.name,
      kind: el.delegation ? 'delegation' : 'component',
      category: el.delegation ? `delegation to ${el.ref.name}` : categoryOf(e.type),
      trustSource: `${el.ref.kind}/${el.ref.name}`,
      mark,
      uncovered: true,
    });
  }
  return [...facts, ...extra.values()];
}

/** Two events on one element: added wins over changed (it is new either way); added and removed is a change. */
function merge(a: ChangeMark | undefined, b: ChangeMark): ChangeMark {
  if (!a || a === b) return b;
  if (a === 'changed' || b === 'changed') return a === 'changed' ? b : a;
  return 'changed';
}

function categoryOf(type: string): string {
  if (type.startsWith('mcp-connection') || type === 'tool-surface-modified') return 'mcp-tool';
  if (type === 'model-version-updated') return 'inference';
  if (type === 'permissions-changed') return 'identity';
  return 'runtime';
}

function sameNs(a: string | undefined, b: string | undefined): boolean {
  return a === undefined || b === undefined || a === b;
}

function covers(ts: { kind: string; name: string; namespace?: string }, ref: SurfaceRef): boolean {
  return ts.kind === ref.kind && ts.name === ref.name && sameNs(ts.namespace, ref.namespace);
}

/** GitHub renders ```mermaid; Mermaid rejects large diagrams, so keep to a few dozen nodes. */
export const MAX_DIAGRAM_NODES = 40;

const MARK_WORDS: Record<ChangeMark, string> = { added: 'added', changed: 'changed', removed: 'removed' };

/**
 * The agent and its components as a Mermaid flowchart, what the PR adds, changes and removes marked by colour
 * and in words (so the marks survive a client that renders no colour). Node ids are generated; every text from
 * a catalog or manifest goes through mermaidLabel, so nothing in them can become Mermaid syntax or HTML.
 */
export function componentDiagram(agent: string, facts: ComponentFact[], agentMark?: ChangeMark): string {
  const agentLabel = `${mermaidLabel(agent)} · agent${agentMark ? ` · ${MARK_WORDS[agentMark]}` : ''}`;
  const lines = ['flowchart LR', `  agent(["${agentLabel}"])`];
  // When the diagram must be cut, what the PR touched stays in it.
  const ordered =
    facts.length > MAX_DIAGRAM_NODES ? [...facts].sort((a, b) => Number(!a.mark) - Number(!b.mark)) : facts;
  const shown = ordered.slice(0, MAX_DIAGRAM_NODES);
  const byMark: Record<ChangeMark, string[]> = { added: [], changed: [], removed: [] };
  shown.forEach((f, i) => {
    const words = [
      mermaidLabel(f.id),
      mermaidLabel(f.category),
      ...(f.mark ? [MARK_WORDS[f.mark]] : []),
      ...(f.uncovered && f.mark !== 'removed' ? ['no component yet'] : []),
    ];
    const label = words.join(' · ');
    const link = f.mark === 'removed' ? '-.-x' : f.kind === 'delegation' ? '-.->' : '-->';
    lines.push(f.kind === 'delegation' ? `  n${i}[["${label}"]]` : `  n${i}["${label}"]`, `  agent ${link} n${i}`);
    if (f.mark) byMark[f.mark].push(`n${i}`);
  });
  if (facts.length > shown.length) lines.push(`  more["… ${facts.length - shown.length} more"]`, '  agent --- more');
  lines.push(
    '  classDef added fill:#d3f9d8,stroke:#2b8a3e,stroke-width:3px',
    '  classDef changed fill:#ffe8cc,stroke:#d9480f,stroke-width:3px',
    '  classDef removed fill:#ffe3e3,stroke:#c92a2a,stroke-width:2px,stroke-dasharray:5 5',
  );
  if (agentMark) byMark[agentMark].push('agent');
  for (const mark of ['added', 'changed', 'removed'] as const) {
    if (byMark[mark].length) lines.push(`  class ${byMark[mark].join(',')} ${mark}`);
  }
  return `${lines.join('\n')}\n`;
}
