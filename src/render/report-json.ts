import type { ReportCatalog } from '../analyse/report.js';
import type { ReportSource } from './report-view.js';

/**
 * The JSON of `threatcat report --format json` (docs/report.md). Keys are only ever added: the first six keys of a
 * catalog and of a threat, and the order of `threats` (AIVSS, highest first), are what 0.1 published.
 */
export function renderReportJson(report: ReportCatalog[], source?: ReportSource): string {
  const out = {
    catalogs: report.map((r) => ({
      file: r.file,
      agent: r.agent,
      aars: r.aars,
      counts: { open: r.counts.open, closed: r.counts.closed, accepted: r.counts.accepted },
      dormant: r.dormant.length,
      threats: r.threats.map((t) => ({
        id: t.id,
        title: t.title,
        status: t.status,
        class: t.class,
        layer: t.layer,
        aivss: t.aivss ? { score: t.aivss.score, severity: t.aivss.severity, vector: t.aivss.vector } : null,
        declaredStatus: t.declaredStatus,
        description: t.description ?? null,
        components: t.components,
        capability: t.capability ?? null,
        mitigations: t.mitigations,
        acceptance: t.acceptance
          ? {
              by: t.acceptance.by,
              reason: t.acceptance.reason,
              reReviewBy: t.acceptance.reReviewBy ?? null,
              expired: t.acceptance.expired,
            }
          : null,
        evidence: t.evidence.map((e) => ({
          source: e.source,
          signal: e.signal,
          validated: e.validated ?? null,
          fired: e.fired ?? null,
        })),
        reopened: t.reopened ?? null,
      })),
      daysObserved: r.daysObserved,
      baseline: r.baseline.state,
      dormantByIdentity: r.dormantByIdentity.map((d) => ({
        identity: d.identity,
        entries: d.entries,
        groups: d.groups.map((g) => ({
          permission: g.permission,
          namespace: g.namespace,
          verbs: g.verbs,
          blast: g.blast,
          disposition: g.disposition,
        })),
      })),
    })),
    ...(source
      ? {
          source: {
            threatcat: source.version,
            commit: source.git?.commit ?? null,
            dirty: source.git ? source.git.dirty : null,
          },
        }
      : {}),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
