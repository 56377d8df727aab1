import type {
  ReportCatalog,
  ReportDormantIdentity,
  ReportEvidence,
  ReportThreat,
  ReportValidation,
} from '../analyse/report.js';
import { formatScore } from '../analyse/aivss.js';
import { componentsDiagram } from './mermaid.js';

/** What a report was made from: threatcat's version and the git state of the files it read. */
export interface ReportSource {
  version: string;
  /** Undefined outside a git work tree. */
  git?: { commit?: string; dirty: boolean };
}

/** "commit 1a2b3c4d5e6f", with "(working tree, uncommitted changes)" when the files read differ from it. */
export function sourceText(s: ReportSource): string {
  if (!s.git) return 'a directory outside git';
  const dirty = s.git.dirty ? ' (working tree, uncommitted changes)' : '';
  return s.git.commit ? `commit ${s.git.commit.slice(0, 12)}${dirty}` : `no commit yet${dirty}`;
}

/** Why a threat has no AIVSS score, and how to give it one (the report's reader asks). */
export const NO_SCORE_NOTE =
  'n/a: the threat has no CVSS base score yet, and AIVSS amplifies a CVSS v4.0 base score. Add cvss: { base: <0-10>, exploitMaturity: poc } to the threat (docs/aivss.md); it then gets a score and moves into place.';

export interface EvidenceRow extends ReportEvidence {
  /** validated | fired | gap | proposed */
  state: string;
  stateText: string;
}

export interface ThreatRow extends ReportThreat {
  /** Anchor of its detail section (generated, never from the catalog). */
  anchor: string;
  score: string;
  severity: string;
  vector: string;
  scored: boolean;
  layerText: string;
  owaspText: string;
  /** One line on the status: why open, until when accepted, what closed it. */
  statusText: string;
  evidenceRows: EvidenceRow[];
  /** The validated signals that closed it (closed threats). */
  closedBy: Array<{ source: string; signal: string; at: string; snapshot: string; events: number }>;
  reopenedText?: string;
  acceptanceText?: string;
}

export interface ThreatGroup {
  status: 'open' | 'accepted' | 'closed';
  title: string;
  /** What the group means, one line. */
  note: string;
  rows: ThreatRow[];
}

export interface DormantView extends ReportDormantIdentity {
  rows: Array<ReportDormantIdentity['groups'][number] & { verbsText: string; scopeText: string }>;
}

/** What both the Markdown and the HTML templates see: the report model plus display strings. */
export interface ReportView {
  generated: string;
  today: string;
  source: ReportSource & { text: string };
  noScoreNote: string;
  catalogs: Array<
    ReportCatalog & {
      diagram: string;
      threatRows: ThreatRow[];
      /** Open, then accepted, then closed; each by AIVSS, highest first. Empty groups are left out. */
      threatGroups: ThreatGroup[];
      /** Threats in the order of the groups (the detail sections). */
      details: ThreatRow[];
      unscored: number;
      dormantGroups: DormantView[];
      observation: string;
      provisionalNote: string;
    }
  >;
  totals: { catalogs: number; open: number; closed: number; accepted: number; dormant: number };
}

export function reportView(
  report: ReportCatalog[],
  opts: { today: string; generated: string; source?: ReportSource },
): ReportView {
  const totals = { catalogs: report.length, open: 0, closed: 0, accepted: 0, dormant: 0 };
  for (const r of report) {
    totals.open += r.counts.open;
    totals.closed += r.counts.closed;
    totals.accepted += r.counts.accepted;
    totals.dormant += r.dormant.length;
  }
  const source = opts.source ?? { version: '' };
  return {
    generated: opts.generated,
    today: opts.today,
    source: { ...source, text: sourceText(source) },
    noScoreNote: NO_SCORE_NOTE,
    totals,
    catalogs: report.map((r, ci) => {
      const threatRows = r.threats.map((t, ti) => threatRow(r, t, `t-${ci}-${ti}`));
      const threatGroups = groups(threatRows);
      return {
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
        threatRows,
        threatGroups,
        details: threatGroups.flatMap((g) => g.rows),
        unscored: threatRows.filter((t) => !t.scored).length,
        dormantGroups: r.dormantByIdentity.map((d) => ({
          ...d,
          rows: d.groups.map((g) => ({
            ...g,
            verbsText: g.verbs.join(', '),
            scopeText: g.namespace === '*' ? 'all namespaces' : g.namespace,
          })),
        })),
      };
    }),
  };
}

const GROUPS: Array<Omit<ThreatGroup, 'rows'>> = [
  {
    status: 'open',
    title: 'Open',
    note: 'No validated signal closes them, or an acceptance expired: the exposure now.',
  },
  { status: 'accepted', title: 'Accepted', note: 'Risk accepted by a named owner until a re-review date.' },
  { status: 'closed', title: 'Closed', note: 'A named runtime signal was validated against evidence.' },
];

function groups(rows: ThreatRow[]): ThreatGroup[] {
  return GROUPS.map((g) => ({ ...g, rows: rows.filter((t) => t.status === g.status) })).filter(
    (g) => g.rows.length > 0,
  );
}

function threatRow(r: ReportCatalog, t: ReportThreat, anchor: string): ThreatRow {
  const evidenceRows = t.evidence.map((e) => evidenceRow(e, r.observed && t.status === 'open'));
  // A validated signal of a threat open again is history, shown with its evidence, not what closes it.
  const closedBy = t.evidence.flatMap((e) =>
    e.validated && t.status === 'closed'
      ? [
          {
            source: e.source,
            signal: e.signal,
            at: dateText(e.validated.at),
            snapshot: shortSnapshot(e.validated.snapshot),
            events: e.validated.events,
          },
        ]
      : [],
  );
  const reopenedText = t.reopened
    ? `re-opened ${dateText(t.reopened.at)} by ${t.reopened.event}${t.reopened.subject ? `: ${t.reopened.subject}` : ''}${t.reopened.ref ? ` (git ${t.reopened.ref})` : ''}`
    : undefined;
  const acceptanceText = t.acceptance
    ? `accepted by ${t.acceptance.by}${t.acceptance.at ? ` on ${t.acceptance.at}` : ''}: ${t.acceptance.reason}; re-review by ${t.acceptance.reReviewBy ?? '(no date)'}`
    : undefined;
  return {
    ...t,
    anchor,
    score: t.aivss ? formatScore(t.aivss.score) : 'n/a',
    severity: t.aivss ? t.aivss.severity : 'n/a',
    vector: t.aivss ? t.aivss.vector : 'no CVSS base',
    scored: t.aivss !== undefined,
    layerText: t.layer === 'cross-layer' && t.layers.length > 0 ? `cross-layer (${t.layers.join('+')})` : t.layer,
    owaspText: t.owasp.join(', '),
    statusText: statusText(t, closedBy),
    evidenceRows,
    closedBy,
    ...(reopenedText ? { reopenedText } : {}),
    ...(acceptanceText ? { acceptanceText } : {}),
  };
}

function statusText(t: ReportThreat, closedBy: ThreatRow['closedBy']): string {
  if (t.status === 'accepted' && t.acceptance) return `until ${t.acceptance.reReviewBy ?? '(no date)'}`;
  if (t.status === 'closed') {
    const last = closedBy.reduce<ThreatRow['closedBy'][number] | undefined>(
      (m, c) => (!m || c.at > m.at ? c : m),
      undefined,
    );
    return last ? `closed ${last.at} (${last.source})` : 'closed (no validated signal recorded)';
  }
  if (t.acceptance?.expired) return `acceptance expired ${t.acceptance.reReviewBy ?? '(no re-review date)'}`;
  if (t.reopened) return `re-opened ${dateText(t.reopened.at)} (${t.reopened.event})`;
  return 'open';
}

function evidenceRow(e: ReportEvidence, gapWhenEmpty: boolean): EvidenceRow {
  const parts: string[] = [];
  if (e.validated) parts.push(`validated ${validationText(e.validated)}`);
  if (e.fired) parts.push(`fired ${validationText(e.fired)}`);
  const state = e.fired ? 'fired' : e.validated ? 'validated' : gapWhenEmpty ? 'gap' : 'proposed';
  const stateText =
    parts.length > 0
      ? parts.join('; ')
      : gapWhenEmpty
        ? 'gap: produced nothing in the evidence ingested'
        : 'proposed, not evaluated yet';
  return { ...e, state, stateText };
}

function validationText(v: ReportValidation): string {
  return `${dateText(v.at)} · snapshot ${shortSnapshot(v.snapshot)} · ${v.events} event${v.events === 1 ? '' : 's'}`;
}

function dateText(at: string): string {
  return at.slice(0, 10);
}

/** sha256:<first 12 hex>: enough to find the snapshot in git log (ingest --commit names it in full). */
function shortSnapshot(s: string): string {
  return s.length > 19 ? `${s.slice(0, 19)}…` : s;
}
