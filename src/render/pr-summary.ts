import type { Finding, Severity } from '../model/finding.js';
import { isPending, modelLines, type Analysis } from '../model/analysis.js';
import type { DiffEvent } from '../model/diff-result.js';
import { componentDiagram, componentFacts, type ComponentFact } from './mermaid-components.js';
import { markdownTemplate } from './handlebars-env.js';
import { eventView, type ChangeMark, type EventView } from './event-view.js';
import { formatScore, threatAivss } from '../analyse/aivss.js';
import { findingType } from '../analyse/registry.js';
import { VERSION } from '../version.js';

/** GitHub rejects comment bodies over 65,536 characters; leave room for the runner's own additions. */
export const COMMENT_BUDGET = 60_000;

/** The rule `diff --write` answers for a new element (a component and its threats): one problem with its event. */
const SHADOW_RULE = 'shadow-component';

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

/** A surface event as the comment shows it: its facts, and the threats whose evidence it invalidates. */
export interface ChangeView extends EventView {
  threats: string[];
}

/** One thing to fix, said once. */
export interface ProblemView {
  severity: Severity;
  kind: 'uncovered' | 'reopen' | 'finding';
  file: string;
  line: number;
  /** uncovered: the change that brings the element in. */
  change?: ChangeView;
  /** uncovered: the catalog that lacks a component for it. */
  catalog?: string;
  /** reopen: the threat. */
  threat?: ReopenedView;
  /** finding: the rule and its message. */
  rule?: string;
  message?: string;
  /** finding: what to do, from the registry (our own words, Markdown). */
  fix?: string;
}

/** The exact commands that fix what `diff --write` fixes, or `validate` checks. */
export interface NextStepView {
  /** Shell lines, run from the repository root on the PR branch. */
  commands: string;
  /** The Action could make the same edit with `mode: commit`. */
  offerCommitMode: boolean;
  /** Some problems need a person (fix the file named); the commands only check them. */
  byHand: boolean;
  /** The catalogs need `diff --write`. */
  write: boolean;
  /** Problems that block the PR. */
  count: number;
}

export interface AgentView {
  agent: string;
  catalog: string;
  diagram: string;
  facts: ComponentFact[];
  counts: Record<ChangeMark, number>;
}

export interface SummaryView {
  marker: string;
  /** No agent and no catalog touched, nothing to fix: one line. */
  quiet: boolean;
  status: 'fail' | 'pass';
  verdict: string;
  failOn: string;
  base?: string;
  head?: string;
  version: string;
  diffAvailable: boolean;
  counts: { errors: number; warnings: number; changes: number; threats: number };
  nextStep?: NextStepView;
  problems: ProblemView[];
  changes: ChangeView[];
  reopened: ReopenedView[];
  /** What the change brings into the catalogs' model (or takes out), one line each, and whether it is written. */
  modelled?: Array<{ catalog: string; line: string }>;
  modelPending?: boolean;
  /** Notes: information, nothing to fix. */
  notices: Finding[];
  agents: AgentView[];
  notes: string[];
  runUrl?: string;
  omitted: { reopened: number; changes: number; problems: number; diagrams: boolean };
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
  /** The PR's base branch, for the commands (`origin/<baseRef>`). */
  baseRef?: string;
  /** The Action's working-directory relative to the repository root ('.' for the root). */
  workingDirectory?: string;
  /** The Action could push the catalog edit itself (same-repository PR with a token, not already in commit mode). */
  canOfferCommitMode?: boolean;
  /** The PR touches no agent and no catalog (undefined: not known; the events decide). */
  surfaceTouched?: boolean;
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
      pending: r.kind === 'reopen' && isPending(r),
    };
  });
}

/** The shadow-component finding about the element an event brings in, if any (same place, or same object). */
export function uncoveredFinding(e: DiffEvent, findings: readonly Finding[]): Finding | undefined {
  const ref = e.scope.ref;
  const key = ref ? `${ref.kind}/${ref.namespace ?? ''}/${ref.name}` : undefined;
  return findings.find(
    (f) =>
      f.rule === SHADOW_RULE && ((f.file === e.file && f.line === e.line) || (key !== undefined && f.subject === key)),
  );
}

export function summaryView(input: SummaryInput): SummaryView {
  const { analysis } = input;
  const reopened = reopenedViews(analysis);
  const events = analysis.diff?.events ?? [];
  const threatsOf = (e: DiffEvent) =>
    reopened.filter((r) => r.catalog === e.catalog && r.events.includes(e.type)).map((r) => r.threat);

  // Each problem once: a new element no component covers is one problem, told with the change that brings it in.
  const folded = new Set<Finding>();
  const problems: ProblemView[] = [];
  const changes: ChangeView[] = [];
  for (const e of events) {
    const change: ChangeView = { ...eventView(e), threats: threatsOf(e) };
    const shadow = e.after !== null && e.after !== undefined ? uncoveredFinding(e, analysis.findings) : undefined;
    if (shadow) {
      folded.add(shadow);
      problems.push({
        severity: shadow.severity,
        kind: 'uncovered',
        file: e.file,
        line: e.line,
        change,
        catalog: e.catalog,
      });
    } else {
      changes.push(change);
    }
  }
  for (const r of reopened.filter((x) => x.pending)) {
    problems.push({ severity: 'error', kind: 'reopen', file: r.catalog, line: r.line ?? 1, threat: r });
  }
  const notices: Finding[] = [];
  for (const f of analysis.findings) {
    if (folded.has(f)) continue;
    if (f.severity === 'note') {
      notices.push(f);
      continue;
    }
    const type = findingType(f.rule);
    problems.push({
      severity: f.severity,
      kind: 'finding',
      file: f.file,
      line: f.line,
      rule: f.rule,
      message: f.message,
      ...(type ? { fix: type.help } : {}),
    });
  }
  // Errors first, then warnings; the order within each stays the analysis's (by file and line).
  problems.sort((a, b) => rank(a.severity) - rank(b.severity));

  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.filter((p) => p.severity === 'warning').length;
  const touched = input.surfaceTouched ?? events.length > 0;
  const agents = agentViews(analysis, events);
  const view: SummaryView = {
    marker: input.marker,
    quiet: false,
    status: input.failing ? 'fail' : 'pass',
    verdict: verdict(input.failing, errors, warnings, events.length, touched, analysis.diffAvailable),
    failOn: input.failOn,
    base: input.base?.slice(0, 12),
    head: input.head?.slice(0, 12),
    version: VERSION,
    diffAvailable: analysis.diffAvailable,
    counts: { errors, warnings, changes: events.length, threats: reopened.length },
    nextStep: nextStep(problems, input),
    problems,
    changes,
    reopened,
    modelled: (analysis.diff?.model ?? []).flatMap((m) => modelLines(m).map((line) => ({ catalog: m.catalog, line }))),
    modelPending: Boolean(analysis.diff?.modelPending),
    notices,
    agents,
    notes: input.notes,
    runUrl: input.runUrl,
    omitted: { reopened: 0, changes: 0, problems: 0, diagrams: false },
  };
  return view;
}

/** The one line a PR that changes no agent gets (when a comment is wanted at all: the Action's comment-when). */
export function quietView(view: SummaryView): SummaryView {
  return { ...view, quiet: true };
}

/** A PR needs no comment: it touches no agent and no catalog, and leaves nothing to fix. */
export function isQuiet(view: SummaryView, surfaceTouched: boolean | undefined): boolean {
  const touched = surfaceTouched ?? view.counts.changes > 0;
  return !touched && view.problems.length === 0 && view.notes.length === 0 && view.diffAvailable;
}

function rank(s: Severity): number {
  return s === 'error' ? 0 : s === 'warning' ? 1 : 2;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** One line that says whether the PR can merge as it is, and why not. */
function verdict(
  failing: boolean,
  errors: number,
  warnings: number,
  changes: number,
  touched: boolean,
  diffAvailable: boolean,
): string {
  const warn = warnings > 0 ? `; ${plural(warnings, 'warning', 'warnings')} to look at` : '';
  if (failing) {
    const n = errors > 0 ? errors : warnings;
    const what = errors > 0 ? plural(n, 'problem', 'problems') : plural(n, 'warning', 'warnings');
    return `:x: threatcat: ${what} to fix before this PR passes${errors > 0 ? warn : ''}`;
  }
  if (errors > 0)
    return `:warning: threatcat: ${plural(errors, 'problem', 'problems')} to fix (the check does not fail on them)${warn}`;
  if (!diffAvailable) return `:white_check_mark: threatcat: the catalogs are valid${warn}`;
  if (changes > 0)
    return `:white_check_mark: threatcat: the threat model covers ${changes === 1 ? 'this change' : `these ${changes} changes`} to the agent surface${warn}`;
  if (touched) return `:white_check_mark: threatcat: no agent surface changed; the catalogs are valid${warn}`;
  return `:white_check_mark: threatcat: no agent surface changed${warn}`;
}

/**
 * The commands that lead to the fix, run from the repository root on the PR branch: `diff --write` models what the
 * change brings in and re-opens what it invalidates (the same edits the Action's `mode: commit` pushes); `validate`
 * checks the rest, which a person fixes at the lines named.
 */
function nextStep(problems: readonly ProblemView[], input: SummaryInput): NextStepView | undefined {
  const blocking = problems.filter(
    (p) => p.severity === 'error' || (input.failOn === 'warning' && p.severity === 'warning'),
  );
  if (blocking.length === 0) return undefined;
  const write = blocking.some((p) => p.kind === 'uncovered' || p.kind === 'reopen');
  const byHand = blocking.some((p) => p.kind === 'finding');
  const base = `origin/${shellWord(input.baseRef || 'main')}`;
  const wd = input.workingDirectory && input.workingDirectory !== '.' ? ` -C ${shellWord(input.workingDirectory)}` : '';
  const catalogs = [
    ...new Set(
      blocking.flatMap((p) => (p.kind === 'uncovered' ? [p.catalog ?? ''] : p.kind === 'reopen' ? [p.file] : [])),
    ),
  ].filter(Boolean);
  const lines: string[] = [];
  if (write) {
    lines.push(
      `git fetch origin ${shellWord(input.baseRef || 'main')}`,
      `npx threatcat diff${wd} --base ${base} --write`,
    );
  }
  if (byHand || write) lines.push(`npx threatcat validate${wd}`);
  if (write) {
    lines.push(
      `git add ${catalogs.map(shellWord).join(' ')}`,
      'git commit -m "threatcat: update the threat model for this change"',
    );
  }
  return {
    commands: lines.join('\n'),
    offerCommitMode: write && Boolean(input.canOfferCommitMode),
    byHand,
    write,
    count: blocking.length,
  };
}

/** A word as the shell reads it: quoted unless it is plainly safe (paths and branch names from the PR are data). */
function shellWord(s: string): string {
  return /^[A-Za-z0-9_./@:+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

function agentViews(analysis: Analysis, events: readonly DiffEvent[]): AgentView[] {
  const out: AgentView[] = [];
  for (const cat of analysis.catalogs) {
    const mine = events.filter((e) => e.catalog === cat.file);
    if (mine.length === 0) continue;
    const facts = componentFacts(cat.data, mine);
    const agentMark = mine.some((e) => e.type === 'autonomy-tier-changed') ? 'changed' : undefined;
    const counts = { added: 0, changed: 0, removed: 0 };
    for (const f of facts) if (f.mark) counts[f.mark]++;
    out.push({
      agent: cat.data.agent.name,
      catalog: cat.file,
      diagram: componentDiagram(cat.data.agent.name, facts, agentMark),
      facts: facts.filter((f) => f.mark),
      counts,
    });
  }
  return out;
}

/**
 * Renders within `budget` characters. Sections give way in order (diagrams, then the long tails of changes,
 * problems and threats); the verdict, the next step and the marker always survive, so the next run still finds
 * the comment.
 */
export function renderSummary(view: SummaryView, template: string, budget: number): string {
  const render = (v: SummaryView) => markdownTemplate(template)(v).replace(/\n{3,}/g, '\n\n');
  let v = view;
  let out = render(v);
  const shrink: Array<(x: SummaryView) => SummaryView> = [
    (x) => ({ ...x, agents: x.agents.map((a) => ({ ...a, diagram: '' })), omitted: { ...x.omitted, diagrams: true } }),
    ...[100, 25, 5, 0].flatMap((n) => [
      (x: SummaryView) => cap(x, 'changes', n),
      (x: SummaryView) => cap(x, 'problems', Math.max(n, 5)),
    ]),
    (x) => ({ ...x, agents: [] }),
    ...[50, 10, 0].map((n) => (x: SummaryView) => cap(x, 'reopened', n)),
    (x) => cap(x, 'problems', 0),
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

function cap(v: SummaryView, key: 'changes' | 'problems' | 'reopened', n: number): SummaryView {
  const list = v[key] as unknown[];
  if (list.length <= n) return v;
  return { ...v, [key]: list.slice(0, n), omitted: { ...v.omitted, [key]: v.omitted[key] + list.length - n } };
}
