import type { Finding } from '../model/finding.js';
import { oneLine } from '../model/inert-text.js';

export { oneLine } from '../model/inert-text.js';

/** `file:line:col  severity  rule  message`, then a one-line summary. */
export function renderFindingsText(findings: Finding[], catalogCount: number): string {
  const lines = findings.map(
    (f) => `${oneLine(f.file)}:${f.line}:${f.column}  ${f.severity}  ${oneLine(f.rule)}  ${oneLine(f.message)}`,
  );
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
