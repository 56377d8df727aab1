import type { Finding } from '../model/finding.js';
import { renderFindingsText } from './findings-text.js';
import { renderFindingsJson } from './findings-json.js';
import { renderFindingsGithub } from './workflow-commands.js';
import { renderSarif, type SarifRule } from './sarif.js';
import { RULES } from '../analyse/rules/index.js';
import { SCHEMA_RULE } from '../analyse/schema-findings.js';
import { MANIFEST_RULE } from '../analyse/validate.js';
import { VERSION } from '../version.js';

export const FINDING_FORMATS = ['text', 'json', 'sarif', 'github'] as const;
export type FindingFormat = (typeof FINDING_FORMATS)[number];

/** Every rule a finding can carry, for SARIF's rule table. */
export function knownRules(): SarifRule[] {
  return [
    { id: SCHEMA_RULE, summary: 'The catalog does not conform to schema/catalog.schema.json.', severity: 'error' },
    {
      id: 'unreadable-input',
      summary: 'A catalog or configuration file cannot be read or parsed as YAML.',
      severity: 'error',
    },
    { id: MANIFEST_RULE, summary: 'A manifest referenced by the agent cannot be parsed.', severity: 'error' },
    ...RULES.map((r) => ({ id: r.id, summary: r.summary, severity: r.severity })),
  ];
}

export function renderFindings(format: FindingFormat, findings: Finding[], catalogs: string[]): string {
  switch (format) {
    case 'json':
      return renderFindingsJson(findings, catalogs);
    case 'github':
      return renderFindingsGithub(findings);
    case 'sarif':
      return renderSarif(findings, { version: VERSION, rules: knownRules(), category: 'threatcat/validate/' });
    default:
      return renderFindingsText(findings, catalogs.length);
  }
}
