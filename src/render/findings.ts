import type { Finding } from '../model/finding.js';
import { renderFindingsText, type TextStyle } from './findings-text.js';
import { renderFindingsJson } from './findings-json.js';
import { renderFindingsGithub } from './workflow-commands.js';
import { renderSarif } from './sarif.js';
import { VERSION } from '../version.js';

export const FINDING_FORMATS = ['text', 'json', 'sarif', 'github'] as const;
export type FindingFormat = (typeof FINDING_FORMATS)[number];

export function renderFindings(
  format: FindingFormat,
  findings: Finding[],
  catalogs: string[],
  style: TextStyle = {},
): string {
  switch (format) {
    case 'json':
      return renderFindingsJson(findings, catalogs);
    case 'github':
      return renderFindingsGithub(findings);
    case 'sarif':
      return renderSarif(findings, { version: VERSION, category: 'threatcat/validate/' });
    default:
      return renderFindingsText(findings, catalogs.length, style);
  }
}
