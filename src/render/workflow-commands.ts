import type { Finding } from '../model/finding.js';

/** GitHub workflow command escaping: data and properties differ (properties also escape ':' and ','). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const LEVEL = { error: 'error', warning: 'warning', note: 'notice' } as const;

/** `::error file=…,line=…,col=…,title=…::message` lines, most severe first. */
export function renderFindingsGithub(findings: Finding[]): string {
  return (
    findings
      .map(
        (f) =>
          `::${LEVEL[f.severity]} file=${escapeProperty(f.file)},line=${f.line},col=${f.column},title=${escapeProperty(`threatcat ${f.rule}`)}::${escapeData(f.message)}`,
      )
      .join('\n') + (findings.length ? '\n' : '')
  );
}
