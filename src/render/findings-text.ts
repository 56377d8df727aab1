import type { Finding } from '../model/finding.js';

/** `file:line:col  severity  rule  message`, then a one-line summary. */
export function renderFindingsText(findings: Finding[], catalogCount: number): string {
  const lines = findings.map((f) => `${f.file}:${f.line}:${f.column}  ${f.severity}  ${f.rule}  ${oneLine(f.message)}`);
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

/** Untrusted text must not forge extra output lines. */
export function oneLine(s: string): string {
  return s.replace(/[\r\n]+/g, ' ').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '?');
}
