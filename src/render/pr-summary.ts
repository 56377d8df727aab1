import type { Finding } from '../model/finding.js';
import { modelLines, type AnalysedCatalog, type Analysis } from '../model/analysis.js';
import type { DiffEvent } from '../model/diff-result.js';
import { componentDiagram, componentFacts, type ComponentFact } from './mermaid-components.js';
import { markdownTemplate } from './handlebars-env.js';
import { formatScore, threatAivss } from '../analyse/aivss.js';

/** GitHub rejects comment bodies over 65,536 characters; leave room for the runner's own additions. */
export const COMMENT_BUDGET = 60_000;

export interface ReopenedView {
  threat: string;
  title: string;
  class: string;
  layer: string;
  layers: string[];
  events: string[];
  catalog: string;
  line?: number;
  cvss?: string;
  exploitMaturity?: string;
  aivss?: string;
  /** For SARIF's security-severity. */
  aivssScore?: number;
  aivssSeverity?: string;
  status: string;
  /** reopen: the catalog must re-open it (pending until written); open: already open, its evidence is stale too. */
  kind: 'reopen' | 'open';
  pending: boolean;
}

export interface AgentView {
  agent: string;
  catalog: string;
  diagram: string;
  facts: ComponentFact[];
  changedCount: number;
}

export interface SummaryView {
  marker: string;
  status: 'fail' | 'pass';
  failOn: string;
  base?: string;
  head?: string;
  diffAvailable: boolean;
  counts: {
    events: number;
    reopened: number;
    concerned: number;
    findings: number;
    errors: number;
    warnings: number;
    notes: number;
  };
  reopened: ReopenedView[];
  /** What the change brings into the catalogs' model (or takes out), one line each, and whether it is written. */
  modelled?: Array<{ catalog: string; line: string }>;
  modelPending?: boolean;
  events: Array<DiffEvent & { beforeText?: string; afterText?: string }>;
  findings: Finding[];
  agents: AgentView[];
  notes: string[];
  runUrl?: string;
  omitted: { reopened: number; events: number; findings: number; diagrams: boolean };
}

export interface SummaryInput {
  analysis: Analysis;
  failing: boolean;
  failOn: string;
  marker: string;
  base?: string;
  head?: string;
  notes: string[];
  runUrl?: string;
}

/** AIVSS computed from the catalog's inputs (the agent's factors and the threat's CVSS base); none without a base. */
export function reopenedViews(analysis: Analysis): ReopenedView[] {
  const byFile = new Map(analysis.catalogs.map((c) => [c.file, c]));
  const entries = [
    ...(analysis.diff?.reopen ?? []).map((r) => ({ ...r, kind: 'reopen' as const })),
    ...(analysis.diff?.alreadyOpen ?? []).map((r) => ({ ...r, kind: 'open' as const })),
  ];
  return entries.map((r) => {
    const cat = byFile.get(r.catalog);
    const t = cat?.data.threats.find((x) => x.id === r.threat);
    const score = t && cat?.data.agent.aivss ? threatAivss(t, cat.data.agent.aivss) : undefined;
    return {
      threat: r.threat,
      title: t?.title ?? '',
      class: t?.class ?? '',
      layer: t?.layer ?? '',
      layers: t?.layers ?? [],
      events: r.events,
      catalog: r.catalog,
      line: cat?.threatLines.get(r.threat),
      cvss: t?.cvss ? formatScore(t.cvss.base) : undefined,
      exploitMaturity: t?.cvss?.exploitMaturity,
      aivss: score ? formatScore(score.score) : undefined,
      aivssScore: score?.score,
      aivssSeverity: score?.severity,
      status: t?.status ?? '',
      kind: r.kind,
      pending: r.kind === 'reopen' && r.pending !== false,
    };
  });
}

/** Components touched by the PR: those of re-opened threats, and those whose trust source an event names. */
function changedComponents(cat: AnalysedCatalog, analysis: Analysis): Set<string> {
  const changed = new Set<string>();
  for (const r of [...(analysis.diff?.reopen ?? []), ...(analysis.diff?.alreadyOpen ?? [])]) {
    if (r.catalog !== cat.file) continue;
    for (const c of cat.data.threats.find((t) => t.id === r.threat)?.components ?? []) changed.add(c);
  }
  const subjects = (analysis.diff?.events ?? []).filter((e) => e.catalog === cat.file).map((e) => e.subject ?? '');
  for (const c of [...cat.data.components, ...(cat.data.delegations ?? [])]) {
    const name = c.trustSource.name;
    // subjects read like "RemoteMCPServer agents/kagent-tool-server"
    if (
      subjects.some((s) => s.startsWith(`${c.trustSource.kind} `) && (s.endsWith(`/${name}`) || s.endsWith(` ${name}`)))
    )
      changed.add(c.id);
  }
  return changed;
}

function short(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > 160 ? `${s.slice(0, 157)}…` : s;
}

export function summaryView(input: SummaryInput): SummaryView {
  const { analysis } = input;
  const count = (s: Finding['severity']) => analysis.findings.filter((f) => f.severity === s).length;
  const reopened = reopenedViews(analysis);
  const events = (analysis.diff?.events ?? []).map((e) => ({
    ...e,
    beforeText: short(e.before),
    afterText: short(e.after),
  }));
  return {
    marker: input.marker,
    status: input.failing ? 'fail' : 'pass',
    failOn: input.failOn,
    base: input.base?.slice(0, 12),
    head: input.head?.slice(0, 12),
    diffAvailable: analysis.diffAvailable,
    counts: {
      events: events.length,
      reopened: reopened.filter((r) => r.kind === 'reopen').length,
      concerned: reopened.filter((r) => r.kind === 'open').length,
      findings: analysis.findings.length,
      errors: count('error'),
      warnings: count('warning'),
      notes: count('note'),
    },
    reopened,
    modelled: (analysis.diff?.model ?? []).flatMap((m) => modelLines(m).map((line) => ({ catalog: m.catalog, line }))),
    modelPending: Boolean(analysis.diff?.modelPending),
    events,
    findings: analysis.findings,
    agents: analysis.catalogs.map((cat) => {
      const facts = componentFacts(cat.data, changedComponents(cat, analysis));
      return {
        agent: cat.data.agent.name,
        catalog: cat.file,
        diagram: componentDiagram(cat.data.agent.name, facts),
        facts,
        changedCount: facts.filter((f) => f.changed).length,
      };
    }),
    notes: input.notes,
    runUrl: input.runUrl,
    omitted: { reopened: 0, events: 0, findings: 0, diagrams: false },
  };
}

/**
 * Renders within `budget` characters. Sections give way in order (diagrams, then the long tails of findings,
 * events and re-opened threats); the marker line always survives, so the next run still finds the comment.
 */
export function renderSummary(view: SummaryView, template: string, budget: number): string {
  const render = (v: SummaryView) => markdownTemplate(template)(v);
  let v = view;
  let out = render(v);
  const shrink: Array<(x: SummaryView) => SummaryView> = [
    (x) => ({ ...x, agents: x.agents.map((a) => ({ ...a, diagram: '' })), omitted: { ...x.omitted, diagrams: true } }),
    ...[100, 25, 5, 0].flatMap((n) => [
      (x: SummaryView) => cap(x, 'findings', n),
      (x: SummaryView) => cap(x, 'events', n),
    ]),
    (x) => ({ ...x, agents: [] }),
    ...[50, 10, 0].map((n) => (x: SummaryView) => cap(x, 'reopened', n)),
  ];
  for (const step of shrink) {
    if (out.length <= budget) return out;
    v = step(v);
    out = render(v);
  }
  if (out.length <= budget) return out;
  const note = '\n\n_(truncated: see the job summary for the full report)_\n';
  const body = out.replace(view.marker, '');
  return `${view.marker}\n${body.slice(0, budget - view.marker.length - note.length - 1)}${note}`;
}

function cap(v: SummaryView, key: 'findings' | 'events' | 'reopened', n: number): SummaryView {
  const list = v[key] as unknown[];
  if (list.length <= n) return v;
  return { ...v, [key]: list.slice(0, n), omitted: { ...v.omitted, [key]: v.omitted[key] + list.length - n } };
}
