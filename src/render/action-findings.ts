import type { Finding } from '../model/finding.js';
import { isBaseSide, isPending, modelLines, type Analysis } from '../model/analysis.js';
import type { DiffEvent } from '../model/diff-result.js';
import type { ReviewCandidate } from '../analyse/review-plan.js';
import type { LineEdit } from '../analyse/suggestions.js';
import { EVIDENCE_INVALIDATED, REOPEN_PENDING, THREAT_REOPENED } from '../analyse/finding-ids.js';
import { reopenedViews, type ReopenedView } from './pr-summary.js';
import { markdownTemplate } from './handlebars-env.js';
import { oneLine } from './findings-text.js';
import { eventFindings } from './event-findings.js';
import { findingAnnotation, type Annotation } from './workflow-commands.js';

/** Every finding of a PR run: validate's, the diff's, one per surface event, one per concerned threat. */
export function allFindings(analysis: Analysis): Array<Finding & { aivss?: number }> {
  const diff = analysis.diff;
  return [
    ...analysis.findings,
    ...(diff ? eventFindings(diff.events, diff.reopen, diff.alreadyOpen) : []),
    ...reopenFindings(analysis),
  ];
}

/** Re-opened threats as findings (SARIF results, annotations), on the threat's line in its catalog. */
export function reopenFindings(analysis: Analysis): Array<Finding & { aivss?: number }> {
  return reopenedViews(analysis).map((v) => {
    const what =
      v.kind === 'open'
        ? `${v.threat} (open) is concerned by ${v.events.join(', ')}: its evidence must be re-validated`
        : `${v.threat} is re-opened by ${v.events.join(', ')}${v.pending ? ' and the catalog does not record it yet' : ''}`;
    return {
      rule: v.pending ? REOPEN_PENDING : v.kind === 'open' ? EVIDENCE_INVALIDATED : THREAT_REOPENED,
      severity: v.pending ? 'error' : 'note',
      file: v.catalog,
      line: v.line ?? 1,
      column: 1,
      message: `${what}: ${v.title}`,
      subject: v.threat,
      aivss: v.aivssScore,
    };
  });
}

function threatsFor(analysis: Analysis, e: DiffEvent): ReopenedView[] {
  return reopenedViews(analysis).filter(
    (r) => r.events.includes(e.type) && (e.catalog === undefined || e.catalog === r.catalog),
  );
}

export function toAnnotations(findings: Finding[]): Annotation[] {
  return findings.map((f) => ({ ...findingAnnotation(f), message: oneLine(f.message) }));
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
    const modelled = analysis.diff?.modelPending
      ? (analysis.diff.model ?? []).filter((m) => m.catalog === file).flatMap(modelLines)
      : [];
    if (entries.length === 0 && modelled.length === 0) continue;
    const threats = entries.map((r) => r.threat);
    const events = [...new Set(entries.flatMap((r) => r.events))];
    const what = [
      ...(threats.length > 0 ? [`re-open pending for ${threats.join(', ')}`] : []),
      ...(modelled.length > 0 ? [`model pending (${modelled.length} change${modelled.length === 1 ? '' : 's'})`] : []),
    ].join('; ');
    for (const e of list) {
      out.push({
        path: file,
        line: e.end,
        ...(e.start < e.end ? { startLine: e.start } : {}),
        severity: 'error',
        body: t({
          kind: 'suggestion',
          threats,
          events,
          modelled,
          base: base.slice(0, 12),
          replacement: e.replacement,
        }).trim(),
        summary: `${what} (suggested catalog edit at lines ${e.start}-${e.end})`,
        // The replacement carries the run's time and head: the same pending plan is the same suggestion.
        key: `suggestion\u0000${threats.join(',')}\u0000${events.join(',')}\u0000${modelled.join(',')}`,
      });
    }
  }
  return out;
}
