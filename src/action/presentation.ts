import type { Finding } from '../model/finding.js';
import type { Analysis } from './analysis.js';
import type { Annotation } from './annotations.js';
import { isBaseSide, isPending, type SurfaceEvent } from './differ.js';
import type { ReviewCandidate } from '../analyse/review-plan.js';
import type { LineEdit } from '../analyse/suggestions.js';
import { reopenedViews, type ReopenedView } from '../render/pr-summary.js';
import { markdownTemplate } from '../render/handlebars-env.js';
import { oneLine } from '../render/findings-text.js';

/** Re-opened threats as findings (SARIF results, annotations), on the threat's line in its catalog. */
export function reopenFindings(analysis: Analysis, pendingFails: boolean): Array<Finding & { aivss?: number }> {
  return reopenedViews(analysis).map((v) => {
    const pending = pendingFails && v.pending;
    const what =
      v.kind === 'open'
        ? `${v.threat} (open) is concerned by ${v.events.join(', ')}: its evidence must be re-validated`
        : `${v.threat} is re-opened by ${v.events.join(', ')}${pending ? ' and the catalog does not record it yet' : ''}`;
    return {
      rule: pending ? 'reopen-pending' : v.kind === 'open' ? 'evidence-invalidated' : 'threat-reopened',
      severity: pending ? 'error' : 'note',
      file: v.catalog,
      line: v.line ?? 1,
      column: 1,
      message: `${what}: ${v.title}`,
      subject: v.threat,
      aivss: v.aivssScore,
    };
  });
}

/** Surface events as findings, at the changed manifest node. */
export function eventFindings(analysis: Analysis): Finding[] {
  return (analysis.diff?.events ?? []).map((e) => ({
    rule: `surface/${e.type}`,
    severity: 'warning',
    file: e.file,
    line: e.line,
    column: 1,
    message: `${e.type} (agent ${e.agent})${e.subject ? `: ${e.subject}` : ''}${
      threatsFor(analysis, e).length
        ? `; concerns ${threatsFor(analysis, e)
            .map((t) => t.threat)
            .join(', ')}`
        : ''
    }`,
    subject: `${e.agent}/${e.type}/${e.subject ?? ''}`,
  }));
}

function threatsFor(analysis: Analysis, e: SurfaceEvent): ReopenedView[] {
  return reopenedViews(analysis).filter(
    (r) => r.events.includes(e.type) && (e.catalog === undefined || e.catalog === r.catalog),
  );
}

export function toAnnotations(findings: Finding[]): Annotation[] {
  return findings.map((f) => ({
    severity: f.severity,
    file: f.file,
    line: f.line,
    column: f.column,
    title: `threatcat ${f.rule}`,
    message: oneLine(f.message),
  }));
}

const short = (v: unknown): string | undefined => {
  if (v === undefined || v === null) return undefined;
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > 160 ? `${s.slice(0, 157)}…` : s;
};

/** Inline comment candidates: every event and finding (the plan keeps those on lines of the diff). */
export function reviewCandidates(analysis: Analysis): ReviewCandidate[] {
  const t = markdownTemplate('review-comment.md.hbs');
  const events = (analysis.diff?.events ?? []).map(
    (e): ReviewCandidate => ({
      path: e.file,
      line: e.line,
      severity: 'warning',
      ...(isBaseSide(e) ? { side: 'LEFT' as const } : {}),
      body: t({
        kind: 'event',
        event: { ...e, beforeText: short(e.before), afterText: short(e.after) },
        threats: threatsFor(analysis, e),
      }).trim(),
      summary: `${e.type} (agent ${e.agent})${e.subject ? `: ${e.subject}` : ''}`,
    }),
  );
  const findings = analysis.findings.map(
    (f): ReviewCandidate => ({
      path: f.file,
      line: f.line,
      severity: f.severity,
      body: t({ kind: 'finding', finding: f }).trim(),
      summary: `${f.rule}: ${oneLine(f.message)}`,
    }),
  );
  return [...events, ...findings];
}

/** Suggestion candidates: the catalog edits `threatcat diff --write` would make, one per changed line range. */
export function suggestionCandidates(
  analysis: Analysis,
  edits: Map<string, LineEdit[]>,
  base: string,
): ReviewCandidate[] {
  const t = markdownTemplate('review-comment.md.hbs');
  const out: ReviewCandidate[] = [];
  for (const [file, list] of edits) {
    const entries = (analysis.diff?.reopen ?? []).filter((r) => r.catalog === file && isPending(r));
    if (entries.length === 0) continue;
    const threats = entries.map((r) => r.threat);
    const events = [...new Set(entries.flatMap((r) => r.events))];
    for (const e of list) {
      out.push({
        path: file,
        line: e.end,
        ...(e.start < e.end ? { startLine: e.start } : {}),
        severity: 'error',
        body: t({ kind: 'suggestion', threats, events, base: base.slice(0, 12), replacement: e.replacement }).trim(),
        summary: `re-open pending for ${threats.join(', ')} (suggested catalog edit at lines ${e.start}-${e.end})`,
        // The replacement carries the run's time and head: the same pending re-open is the same suggestion.
        key: `suggestion\u0000${threats.join(',')}\u0000${events.join(',')}`,
      });
    }
  }
  return out;
}

/** error: error findings and pending re-opens; warning: also warnings (surface events are information, not warnings to fix). */
export function isFailing(findings: Finding[], failOn: 'error' | 'warning' | 'never'): boolean {
  return (
    failOn !== 'never' &&
    findings.some(
      (f) =>
        f.severity === 'error' || (failOn === 'warning' && f.severity === 'warning' && !f.rule.startsWith('surface/')),
    )
  );
}
