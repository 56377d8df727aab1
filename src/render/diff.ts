import type { Finding } from '../model/finding.js';
import type { DiffEvent, DiffResult } from '../deliver/run-diff.js';
import { SURFACE_EVENT_TYPES } from '../model/surface-event.js';
import { REOPEN_TABLE, SHADOW_RULE } from '../analyse/reopen-plan.js';
import { permissionLabel } from '../analyse/surface-diff.js';
import { escapeData, escapeProperty } from './workflow-commands.js';
import { oneLine } from '../model/inert-text.js';
import { renderSarif, type SarifRule } from './sarif.js';
import { knownRules } from './findings.js';
import { VERSION } from '../version.js';

export const DIFF_FORMATS = ['text', 'json', 'github', 'sarif'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

export function renderDiff(format: DiffFormat, r: DiffResult): string {
  switch (format) {
    case 'json':
      return renderDiffJson(r);
    case 'github':
      return renderDiffGithub(r);
    case 'sarif':
      return renderSarif([...r.findings, ...r.events.map(eventAsFinding)], {
        version: VERSION,
        rules: diffRules(),
        category: 'threatcat/diff/',
      });
    default:
      return renderDiffText(r);
  }
}

/** The stable JSON shape documented in docs/diff.md. */
export function diffJson(r: DiffResult) {
  return {
    base: r.base.ref,
    head: r.head.ref,
    commits: { base: r.base.commit, ...(r.head.commit ? { head: r.head.commit } : {}) },
    events: r.events.map((e) => ({
      type: e.type,
      agent: e.agent,
      catalog: e.catalog,
      file: e.file,
      line: e.line,
      column: e.column,
      subject: e.subject,
      before: e.before,
      after: e.after,
      ...(e.scope.tools && e.scope.tools.length > 0 ? { tools: e.scope.tools } : {}),
      ...(e.type === 'permissions-changed' && e.scope.identity ? { identity: e.scope.identity } : {}),
      ...(e.scope.added && e.scope.added.length > 0 ? { added: e.scope.added } : {}),
      ...(e.scope.removed && e.scope.removed.length > 0 ? { removed: e.scope.removed } : {}),
    })),
    reopen: r.reopen.map((x) => ({
      catalog: x.catalog,
      threat: x.threat,
      status: x.status,
      events: x.events,
      subjects: x.subjects,
    })),
    alreadyOpen: r.alreadyOpen.map((x) => ({ catalog: x.catalog, threat: x.threat, events: x.events })),
    findings: r.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      file: f.file,
      line: f.line,
      column: f.column,
      message: f.message,
      ...(f.subject ? { subject: f.subject } : {}),
    })),
    written: r.written,
    pending: r.pending,
  };
}

function renderDiffJson(r: DiffResult): string {
  return `${JSON.stringify(diffJson(r), null, 2)}\n`;
}

export function describeChange(e: DiffEvent): string {
  if (e.type === 'permissions-changed' && (e.scope.added?.length || e.scope.removed?.length)) {
    const parts = [
      ...(e.scope.added ?? []).map((p) => `+ ${permissionLabel(p)}`),
      ...(e.scope.removed ?? []).map((p) => `- ${permissionLabel(p)}`),
    ];
    return parts.join(', ');
  }
  return `${show(e.before)} → ${show(e.after)}`;
}

function show(v: unknown): string {
  if (v === null || v === undefined) return '(none)';
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return `[${v.map(show).join(', ')}]`;
  if (typeof v === 'object')
    return Object.entries(v as Record<string, unknown>)
      .map(([k, x]) => `${k}=${show(x)}`)
      .join(' ');
  return String(v);
}

function renderDiffText(r: DiffResult): string {
  const lines: string[] = [];
  const headName = r.head.commit ? `${r.head.ref} (${r.head.commit.slice(0, 12)})` : r.head.ref;
  lines.push(`threatcat diff ${r.base.ref} (${r.base.commit.slice(0, 12)}) → ${headName}`);
  const byAgent = new Map<string, DiffEvent[]>();
  for (const e of r.events) {
    const k = `${e.agent} (${e.catalog})`;
    byAgent.set(k, [...(byAgent.get(k) ?? []), e]);
  }
  for (const [agent, events] of byAgent) {
    lines.push('', `agent ${agent}`);
    for (const e of events) lines.push(`  ${e.file}:${e.line}  ${e.type}  ${e.subject}: ${describeChange(e)}`);
  }
  if (r.reopen.length > 0) {
    lines.push('', r.written.length > 0 ? 'Re-opened:' : 'To re-open (run with --write to apply):');
    for (const x of r.reopen) lines.push(`  ${x.catalog}  ${x.threat} (was ${x.status})  ← ${x.events.join(', ')}`);
  }
  if (r.alreadyOpen.length > 0) {
    lines.push('', 'Also concerned (already open):');
    for (const x of r.alreadyOpen) lines.push(`  ${x.catalog}  ${x.threat}  ← ${x.events.join(', ')}`);
  }
  if (r.findings.length > 0) {
    lines.push('', 'Findings:');
    for (const f of r.findings) lines.push(`  ${f.file}:${f.line}:${f.column}: ${f.severity} [${f.rule}] ${f.message}`);
  }
  const n = r.events.length;
  const summary = `${n} surface event${n === 1 ? '' : 's'}, ${r.reopen.length} threat${r.reopen.length === 1 ? '' : 's'} ${r.written.length > 0 ? 're-opened' : 'to re-open'}, ${r.findings.length} finding${r.findings.length === 1 ? '' : 's'}`;
  lines.push('', r.written.length > 0 ? `${summary}; wrote ${r.written.join(', ')}` : summary);
  // Each entry is one line: names, refs and values inside it come from the pull request.
  return `${lines.map(oneLine).join('\n')}\n`;
}

/** Workflow commands: findings as validate prints them, each event as a warning on the changed line. */
function renderDiffGithub(r: DiffResult): string {
  const level = { error: 'error', warning: 'warning', note: 'notice' } as const;
  const reopenedBy = (e: DiffEvent) =>
    r.reopen.filter((x) => x.catalog === e.catalog && x.events.includes(e.type)).map((x) => x.threat);
  const out = [
    ...r.findings.map(
      (f) =>
        `::${level[f.severity]} file=${escapeProperty(f.file)},line=${f.line},col=${f.column},title=${escapeProperty(`threatcat ${f.rule}`)}::${escapeData(f.message)}`,
    ),
    ...r.events.map((e) => {
      const threats = reopenedBy(e);
      const tail = threats.length > 0 ? ` Re-opens ${threats.join(', ')} in ${e.catalog}.` : '';
      return `::warning file=${escapeProperty(e.file)},line=${e.line},col=${e.column},title=${escapeProperty(`threatcat ${e.type}`)}::${escapeData(`${e.subject}: ${describeChange(e)}.${tail}`)}`;
    }),
  ];
  return out.join('\n') + (out.length ? '\n' : '');
}

function eventAsFinding(e: DiffEvent): Finding {
  return {
    rule: e.type,
    severity: 'warning',
    file: e.file,
    line: e.line,
    column: e.column,
    message: `${e.subject}: ${describeChange(e)} (agent ${e.agent}, catalog ${e.catalog})`,
    subject: `${e.catalog}#${e.subject}`,
  };
}

function diffRules(): SarifRule[] {
  const rules: SarifRule[] = [
    ...SURFACE_EVENT_TYPES.map((t) => ({
      id: t,
      summary: `Agent surface change (${t}); invalidates ${REOPEN_TABLE[t].invalidates}.`,
      severity: 'warning' as const,
    })),
    ...knownRules(),
    {
      id: SHADOW_RULE,
      summary: 'A surface element (MCP server, model, delegation, identity) that no catalog component covers.',
      severity: 'error',
    },
    { id: 'surface-malformed', summary: 'A manifest object of a known kind is malformed.', severity: 'error' },
  ];
  // validate's registry may already describe the shared rules: one entry per id.
  return rules.filter((r, i) => rules.findIndex((x) => x.id === r.id) === i);
}
