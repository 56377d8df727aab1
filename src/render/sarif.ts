import { createHash } from 'node:crypto';
import type { Finding } from '../model/finding.js';
import { DOCS_URI, findingType, type FindingType } from '../analyse/registry.js';

export interface SarifOptions {
  version: string;
  /** runAutomationDetails.id category, e.g. "threatcat/validate/". */
  category: string;
  /** Per-result security severity (e.g. a threat's AIVSS score), keyed by finding. */
  securitySeverityOf?: (f: Finding) => number | undefined;
}

const LEVEL = { error: 'error', warning: 'warning', note: 'note' } as const;

/**
 * SARIF 2.1.0 for GitHub code scanning: repo-relative URIs, stable rule ids, and fingerprints that do not
 * depend on the line (so moving an entry does not close and re-create its alert). We set
 * primaryLocationLineHash ourselves: upload-sarif would otherwise hash the line's text, and raw API uploads
 * without it duplicate alerts.
 */
export function renderSarif(findings: Finding[], opts: SarifOptions): string {
  // The rules table lists the rules the results use, described by the registry (ids are the same everywhere).
  const used = [...new Set(findings.map((f) => f.rule))];
  const rules = used.map(
    (id): FindingType =>
      findingType(id) ?? { id, kind: 'rule', severity: 'error', summary: id, help: id, helpUri: DOCS_URI },
  );
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const seen = new Map<string, number>();
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'threatcat',
            semanticVersion: opts.version,
            informationUri: 'https://github.com/threatcat/threatcat',
            rules: rules.map((r) => ({
              id: r.id,
              name: camel(r.id),
              shortDescription: { text: r.summary.slice(0, 1024) },
              fullDescription: { text: r.summary.slice(0, 1024) },
              // Code scanning shows help.markdown on the alert: what it means, how to fix it, and the docs section.
              help: {
                text: `How to fix: ${r.help} (${r.helpUri})`,
                markdown: `${r.summary}\n\n**How to fix:** ${r.help}\n\n[More in docs/findings.md](${r.helpUri})`,
              },
              helpUri: r.helpUri,
              defaultConfiguration: { level: LEVEL[r.severity] },
              properties: { tags: ['security', 'threat-model'] },
            })),
          },
        },
        automationDetails: { id: opts.category },
        results: findings.map((f) => {
          const sev = opts.securitySeverityOf?.(f);
          const id = fingerprint(f);
          // GitHub code scanning matches alerts across runs on primaryLocationLineHash only ("<hash>:<occurrence>").
          const occurrence = (seen.get(id) ?? 0) + 1;
          seen.set(id, occurrence);
          return {
            ruleId: f.rule,
            ruleIndex: index.get(f.rule),
            level: LEVEL[f.severity],
            message: { text: f.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: encodeURI(f.file), uriBaseId: '%SRCROOT%' },
                  region: { startLine: f.line, startColumn: f.column },
                },
              },
            ],
            partialFingerprints: { primaryLocationLineHash: `${id.slice(0, 16)}:${occurrence}`, 'threatcat/v1': id },
            ...(sev !== undefined ? { properties: { 'security-severity': Math.max(0.1, sev).toFixed(1) } } : {}),
          };
        }),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

/** Identity of a finding that survives line moves: rule, file and what it is about (never its line). */
export function fingerprint(f: Finding): string {
  return createHash('sha256')
    .update(`${f.rule}\u0000${f.file}\u0000${f.key ?? f.subject ?? f.message}`)
    .digest('hex')
    .slice(0, 32);
}

function camel(id: string): string {
  return id
    .split(/[-/]/)
    .map((p) => p.charAt(0).toUpperCase() + p.slice(1))
    .join('');
}
