export type Severity = 'error' | 'warning' | 'note';

/** When a check fails: on an error, also on a warning, or never (`--fail-on`, the Action's `fail-on`). */
export type FailOn = 'error' | 'warning' | 'never';
export const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'never'];

export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, note: 2 };

/** A position in a file; line and column are 1-based. */
export interface Position {
  file: string;
  line: number;
  column: number;
}

/** One problem, as every renderer shows it. `file` is relative to the repository root, with forward slashes. */
export interface Finding extends Position {
  rule: string;
  severity: Severity;
  message: string;
  /** Catalog entry the finding is about (threat or component id), for fingerprints and grouping. */
  subject?: string;
  /**
   * What the finding is about, stable when lines move (e.g. `threats[K8S-01].components[1]`): with `rule` and
   * `file`, the identity of the finding for SARIF fingerprints. Falls back to `subject`, then `message`.
   */
  key?: string;
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    a.file.localeCompare(b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    a.rule.localeCompare(b.rule)
  );
}
