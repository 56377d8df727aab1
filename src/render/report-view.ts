import type { ReportCatalog } from '../analyse/report.js';
import { formatScore } from '../analyse/aivss.js';
import { componentsDiagram } from './mermaid.js';

/** What both the Markdown and the HTML templates see: the report model plus display strings. */
export interface ReportView {
  generated: string;
  today: string;
  catalogs: Array<
    ReportCatalog & {
      diagram: string;
      threatRows: Array<
        ReportCatalog['threats'][number] & {
          score: string;
          severity: string;
          vector: string;
          layerText: string;
          owaspText: string;
        }
      >;
      observation: string;
      provisionalNote: string;
    }
  >;
  totals: { catalogs: number; open: number; closed: number; accepted: number; dormant: number };
}

export function reportView(report: ReportCatalog[], opts: { today: string; generated: string }): ReportView {
  const totals = { catalogs: report.length, open: 0, closed: 0, accepted: 0, dormant: 0 };
  for (const r of report) {
    totals.open += r.counts.open;
    totals.closed += r.counts.closed;
    totals.accepted += r.counts.accepted;
    totals.dormant += r.dormant.length;
  }
  return {
    generated: opts.generated,
    today: opts.today,
    totals,
    catalogs: report.map((r) => ({
      ...r,
      diagram: componentsDiagram(r),
      observation: [
        r.daysObserved !== null
          ? `${r.daysObserved} day${r.daysObserved === 1 ? '' : 's'} observed`
          : r.observed
            ? 'runtime evidence ingested, no observation window recorded'
            : 'no runtime evidence ingested yet (Day 1 hypothesis)',
        // An empty baseline says nothing the days observed do not.
        ...(r.baseline.state === 'learning' || r.baseline.state === 'converged'
          ? [`baseline ${r.baseline.state} (${r.baseline.reason})`]
          : []),
      ].join('; '),
      provisionalNote: r.provisional
        ? ' (provisional: the v0.8 formula is reconstructed, not from the published PDF)'
        : '',
      threatRows: r.threats.map((t) => ({
        ...t,
        score: t.aivss ? formatScore(t.aivss.score) : 'n/a',
        severity: t.aivss ? t.aivss.severity : 'n/a',
        vector: t.aivss ? t.aivss.vector : 'no CVSS base',
        layerText: t.layer === 'cross-layer' && t.layers.length > 0 ? `cross-layer (${t.layers.join('+')})` : t.layer,
        owaspText: t.owasp.join(', '),
      })),
    })),
  };
}
