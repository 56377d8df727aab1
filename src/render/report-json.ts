import type { ReportCatalog } from '../analyse/report.js';

/** The stable JSON of `threatcat report --format json` (docs/report.md). Exactly these keys. */
export function renderReportJson(report: ReportCatalog[]): string {
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
      })),
    })),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
