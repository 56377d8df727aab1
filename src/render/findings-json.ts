import type { Finding } from '../model/finding.js';

/** The stable JSON shape documented in the README: `{ catalogs, findings }`. */
export function renderFindingsJson(findings: Finding[], catalogs: string[]): string {
  const out = {
    catalogs,
    findings: findings.map(findingJson),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** One finding as every command's JSON shows it (the documented fields only). */
export function findingJson(f: Finding) {
  return {
    rule: f.rule,
    severity: f.severity,
    file: f.file,
    line: f.line,
    column: f.column,
    message: f.message,
    ...(f.subject ? { subject: f.subject } : {}),
  };
}
