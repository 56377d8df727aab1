import type { DiffResult } from '../model/diff-result.js';
import { findingLine, type TextStyle } from './findings-text.js';
import { renderFindingsGithub } from './workflow-commands.js';
import { renderSarif } from './sarif.js';
import { findingJson } from './findings-json.js';
import { eventFindings } from './event-findings.js';
import { oneLine } from '../model/inert-text.js';
import { VERSION } from '../version.js';

export const DIFF_FORMATS = ['text', 'json', 'github', 'sarif'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

export function renderDiff(format: DiffFormat, r: DiffResult, style: TextStyle = {}): string {
  switch (format) {
    case 'json':
      return renderDiffJson(r);
    case 'github':
      return renderDiffGithub(r);
    case 'sarif':
      return renderSarif([...r.findings, ...eventFindings(r.events, r.reopen, r.alreadyOpen)], {
        version: VERSION,
        category: 'threatcat/diff/',
      });
    default:
      return renderDiffText(r, style);
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
      direction: e.direction,
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
      ...(e.scope.wildcard ? { wildcard: true } : {}),
      ...(e.scope.builtinRoles && e.scope.builtinRoles.length > 0 ? { builtinRoles: e.scope.builtinRoles } : {}),
    })),
    reopen: r.reopen.map((x) => ({
      catalog: x.catalog,
      threat: x.threat,
      status: x.status,
      events: x.events,
      subjects: x.subjects,
    })),
    alreadyOpen: r.alreadyOpen.map((x) => ({ catalog: x.catalog, threat: x.threat, events: x.events })),
    model: r.model,
    findings: r.findings.map(findingJson),
    written: r.written,
    pending: r.pending,
  };
}

function renderDiffJson(r: DiffResult): string {
  return `${JSON.stringify(diffJson(r), null, 2)}\n`;
}

/**
 * Events and findings in the one text line every command uses (`file:line:col  severity  rule  message`, an
 * event's rule being its type), then the re-open plan and a summary.
 */
function renderDiffText(r: DiffResult, style: TextStyle): string {
  const lines: string[] = [];
  const headName = r.head.commit ? `${r.head.ref} (${r.head.commit.slice(0, 12)})` : r.head.ref;
  lines.push(`threatcat diff ${r.base.ref} (${r.base.commit.slice(0, 12)}) → ${headName}`);
  const changes = [...eventFindings(r.events, []), ...r.findings];
  if (changes.length > 0) lines.push('', ...changes.map((f) => findingLine(f, style)));
  if (r.reopen.length > 0) {
    lines.push('', r.written.length > 0 ? 'Re-opened:' : 'To re-open (run with --write to apply):');
    for (const x of r.reopen) lines.push(`  ${x.catalog}  ${x.threat} (was ${x.status})  ← ${x.events.join(', ')}`);
  }
  if (r.alreadyOpen.length > 0) {
    lines.push('', 'Also concerned (already open):');
    for (const x of r.alreadyOpen) lines.push(`  ${x.catalog}  ${x.threat}  ← ${x.events.join(', ')}`);
  }
  if (r.model.length > 0) {
    lines.push('', r.written.length > 0 ? 'Modelled:' : 'To model (run with --write to apply):');
    for (const m of r.model) {
      for (const c of m.components) lines.push(`  ${m.catalog}  + ${c.category} ${c.id} (${c.subject})`);
      for (const t of m.threats)
        lines.push(`  ${m.catalog}  + threat ${t.id} (${t.components.join(', ')})${t.reason ? `: ${t.reason}` : ''}`);
      for (const x of m.extended) lines.push(`  ${m.catalog}  ~ threat ${x.threat} gains ${x.components.join(', ')}`);
      for (const x of m.removed) lines.push(`  ${m.catalog}  - ${x.id} marked removed (${x.subject})`);
      for (const t of m.orphaned) lines.push(`  ${m.catalog}  - threat ${t} marked orphaned`);
    }
  }
  const n = r.events.length;
  const summary = `${n} surface event${n === 1 ? '' : 's'}, ${r.reopen.length} threat${r.reopen.length === 1 ? '' : 's'} ${r.written.length > 0 ? 're-opened' : 'to re-open'}, ${r.findings.length} finding${r.findings.length === 1 ? '' : 's'}`;
  lines.push('', r.written.length > 0 ? `${summary}; wrote ${r.written.join(', ')}` : summary);
  // Each entry is one line: names, refs and values inside it come from the pull request.
  return `${lines.map(oneLine).join('\n')}\n`;
}

/** Workflow commands: findings as validate prints them, then each event as a warning on the changed line. */
function renderDiffGithub(r: DiffResult): string {
  return renderFindingsGithub([...r.findings, ...eventFindings(r.events, r.reopen)]);
}
