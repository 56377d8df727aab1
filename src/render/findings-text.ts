import type { Finding, Severity } from '../model/finding.js';
import { oneLine } from '../model/inert-text.js';

export { oneLine } from '../model/inert-text.js';

export interface TextStyle {
  /** ANSI colour on the severity word (a terminal that asked for it: see src/cli/io.ts). */
  color?: boolean;
}

/**
 * The one text line for a finding, in every command (validate, diff, ingest) and in the Action's log:
 * `file:line:col  severity  rule  message`. Two spaces apart, so the message may hold single spaces and colons.
 */
export function findingLine(
  f: Pick<Finding, 'file' | 'line' | 'column' | 'severity' | 'rule' | 'message'>,
  style: TextStyle = {},
): string {
  return `${oneLine(f.file)}:${f.line}:${f.column}  ${paint(f.severity, style)}  ${oneLine(f.rule)}  ${oneLine(f.message)}`;
}

/** Every finding on its line, then a one-line summary. */
export function renderFindingsText(findings: Finding[], catalogCount: number, style: TextStyle = {}): string {
  const lines = findings.map((f) => findingLine(f, style));
  lines.push(summaryLine(findings, catalogCount));
  return `${lines.join('\n')}\n`;
}

export function summaryLine(findings: Finding[], catalogCount: number): string {
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  const errors = count('error');
  const warnings = count('warning');
  const notes = count('note');
  const parts = [`${errors} error${errors === 1 ? '' : 's'}`, `${warnings} warning${warnings === 1 ? '' : 's'}`];
  if (notes) parts.push(`${notes} note${notes === 1 ? '' : 's'}`);
  const checked = `${catalogCount} catalog${catalogCount === 1 ? '' : 's'} checked`;
  return `threatcat: ${checked}, ${parts.join(', ')}${errors + warnings + notes === 0 ? ': clean' : ''}`;
}

const SGR: Record<Severity, string> = { error: '1;31', warning: '1;33', note: '1;36' };

/** Only the severity word is coloured: it is what the eye looks for in a long list; the rest stays plain. */
function paint(severity: Severity, style: TextStyle): string {
  return style.color ? `\u001b[${SGR[severity]}m${severity}\u001b[0m` : severity;
}
