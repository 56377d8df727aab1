import type { Finding } from '../model/finding.js';
import { isBaseSide, isPending, modelLines, type Analysis } from '../model/analysis.js';
import type { DiffEvent } from '../model/diff-result.js';
import type { ReviewCandidate } from '../analyse/review-plan.js';
import type { LineEdit } from '../analyse/suggestions.js';
import { EVIDENCE_INVALIDATED, REOPEN_PENDING, THREAT_REOPENED } from '../analyse/finding-ids.js';
import { reopenedViews, uncoveredFinding, type ReopenedView } from './pr-summary.js';
import { eventView } from './event-view.js';
import { findingType } from '../analyse/registry.js';
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

/**
 * Annotations, each problem once: where a new element no component covers is reported (shadow-component), the
 * event that brought it in is the same news at the same line.
 */
export function toAnnotations(findings: Finding[]): Annotation[] {
  const shadows = new Set(findings.filter((f) => f.rule === 'shadow-component').map((f) => `${f.file}:${f.line}`));
  return findings
    .filter((f) => !(findingType(f.rule)?.kind === 'event' && shadows.has(`${f.file}:${f.line}`)))
    .map((f) => ({ ...findingAnnotation(f), message: oneLine(f.message) }));
}

/**
 * Inline comment candidates: every event and finding (the plan keeps those on lines of the diff). A new element no
 * component covers is one comment: the event says what came in, and that the catalog lacks it.
 */
export function reviewCandidates(analysis: Analysis, baseRef: string): ReviewCandidate[] {
  const t = markdownTemplate('review-comment.md.hbs');
  const folded = new Set<Finding>();
  const events = (analysis.diff?.events ?? []).map((e): ReviewCandidate => {
    const shadow = e.after !== null && e.after !== undefined ? uncoveredFinding(e, analysis.findings) : undefined;
    if (shadow) folded.add(shadow);
    return {
      path: e.file,
      line: e.line,
      severity: shadow ? shadow.severity : 'warning',
      ...(isBaseSide(e) ? { side: 'LEFT' as const } : {}),
      body: t({
        kind: 'event',
        event: eventView(e),
        threats: threatsFor(analysis, e),
        uncovered: shadow ? { catalog: e.catalog } : undefined,
        command: diffWriteCommand(baseRef),
      }).trim(),
      summary: `${e.type} (agent ${e.agent})${e.subject ? `: ${e.subject}` : ''}${shadow ? ' — not in the threat model' : ''}`,
    };
  });
  const findings = analysis.findings
    .filter((f) => !folded.has(f))
    .map(
      (f): ReviewCandidate => ({
        path: f.file,
        line: f.line,
        severity: f.severity,
        body: t({ kind: 'finding', finding: f, fix: findingType(f.rule)?.help }).trim(),
        summary: `${f.rule}: ${oneLine(f.message)}`,
      }),
    );
  return [...events, ...findings];
}

/** Suggestion candidates: the catalog edits `threatcat diff --write` would make, one per changed line range. */
export function suggestionCandidates(
  analysis: Analysis,
  edits: Map<string, LineEdit[]>,
  /** What the commands compare with: `origin/<the PR's base branch>`. */
  baseRef: string,
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
          command: diffWriteCommand(baseRef),
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

/** The command that applies the plan, as the comments offer it. */
function diffWriteCommand(baseRef: string): string {
  return `npx threatcat diff --base ${baseRef} --write`;
}
