import type { Finding, Severity } from '../model/finding.js';
import { SEVERITY_RANK } from '../model/finding.js';
import { visibleControls } from '../model/inert-text.js';

/**
 * GitHub workflow command escaping: data and properties differ (properties also escape ':' and ','). Other control
 * and invisible characters, which GitHub passes through, are made visible escapes first (inert-text.ts).
 */
export function escapeData(s: string): string {
  return visibleControls(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One `::error`/`::warning`/`::notice` annotation. */
export interface Annotation {
  severity: Severity;
  file: string;
  line: number;
  column?: number;
  title: string;
  message: string;
}

const COMMAND = { error: 'error', warning: 'warning', note: 'notice' } as const;

/** The one place a workflow command line is built: `::error file=…,line=…,col=…,title=…::message`. */
export function workflowCommand(a: Annotation): string {
  const props = [
    `file=${escapeProperty(a.file)}`,
    `line=${a.line}`,
    ...(a.column ? [`col=${a.column}`] : []),
    `title=${escapeProperty(a.title)}`,
  ];
  return `::${COMMAND[a.severity]} ${props.join(',')}::${escapeData(a.message)}`;
}

export function findingAnnotation(f: Finding): Annotation {
  return {
    severity: f.severity,
    file: f.file,
    line: f.line,
    column: f.column,
    title: `threatcat ${f.rule}`,
    message: f.message,
  };
}

/** Findings as workflow commands, one per line. */
export function renderFindingsGithub(findings: readonly Finding[]): string {
  return findings.map((f) => `${workflowCommand(findingAnnotation(f))}\n`).join('');
}

/** GitHub keeps 10 error and 10 warning annotations per step (and drops the rest silently); notices likewise. */
export const PER_STEP_LIMIT = 10;

/** Most severe first, at most PER_STEP_LIMIT of each level; the rest are counted so the log can say so. */
export function selectAnnotations(items: Annotation[]): { shown: Annotation[]; dropped: number } {
  const sorted = [...items].sort(
    (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.file.localeCompare(b.file) || a.line - b.line,
  );
  const used: Record<Severity, number> = { error: 0, warning: 0, note: 0 };
  const shown: Annotation[] = [];
  for (const a of sorted) {
    if (used[a.severity] >= PER_STEP_LIMIT) continue;
    used[a.severity] += 1;
    shown.push(a);
  }
  return { shown, dropped: items.length - shown.length };
}
