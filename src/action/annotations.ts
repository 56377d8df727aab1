import type { Severity } from '../model/finding.js';
import { SEVERITY_RANK } from '../model/finding.js';
import { escapeData, escapeProperty } from '../render/workflow-commands.js';

export interface Annotation {
  severity: Severity;
  file: string;
  line: number;
  column?: number;
  title: string;
  message: string;
}

/** GitHub keeps 10 error and 10 warning annotations per step (and drops the rest silently); notices likewise. */
export const PER_STEP_LIMIT = 10;

const COMMAND = { error: 'error', warning: 'warning', note: 'notice' } as const;

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

export function annotationCommand(a: Annotation): string {
  const props = [
    `file=${escapeProperty(a.file)}`,
    `line=${a.line}`,
    ...(a.column ? [`col=${a.column}`] : []),
    `title=${escapeProperty(a.title)}`,
  ];
  return `::${COMMAND[a.severity]} ${props.join(',')}::${escapeData(a.message)}`;
}
