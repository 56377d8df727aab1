import type { ThreatCatalog, Threat, Acceptance } from '../model/catalog.js';
import { aars as aarsOf, PROVISIONAL_VERSIONS, threatAivss, type AivssScore } from './aivss.js';
import { daysUntil } from './rules/acceptances.js';

/**
 * The whole picture of each catalog, for people: what `threatcat report` renders. Pure: catalogs and today's
 * date in, a plain model out. Convergence data (observation windows, validated signals, dormant permissions)
 * is read from what the catalog holds; a Day-1 catalog has none of it, and the model says so (null / 0).
 */

export type EffectiveStatus = Threat['status'];

export interface ReportThreat {
  id: string;
  title: string;
  /** The status that counts: an acceptance past its reReviewBy date counts as open again. */
  status: EffectiveStatus;
  /** As written in the catalog. */
  declaredStatus: EffectiveStatus;
  class: Threat['class'];
  layer: Threat['layer'];
  layers: string[];
  owasp: string[];
  components: string[];
  aivss?: AivssScore;
  signals: number;
  validatedSignals: number;
  acceptance?: Acceptance & { expired: boolean };
}

export interface ReportComponent {
  id: string;
  category: string;
  /** kind/name of the manifest object. */
  source: string;
  /** Threats touching it that count as open. */
  openThreats: number;
}

export interface ReportDelegation {
  id: string;
  to: string;
  direction: 'outbound' | 'inbound';
  openThreats: number;
}

export interface ReportDormant {
  identity: string;
  permission: string;
  namespace: string;
  blast: number;
  disposition?: string;
  wildcard: boolean;
}

export interface ReportAcceptance {
  subject: string;
  what: string;
  by: string;
  reReviewBy: string;
  /** Days until the re-review date; negative when past (the entry counts as open again). */
  days: number;
}

export interface ReportGap {
  threat: string;
  source: string;
  signal: string;
}

export interface ReportCatalog {
  file: string;
  agent: string;
  namespace: string;
  workload: string;
  autonomyTier: string;
  aivssVersion: string;
  provisional: boolean;
  aars: number;
  counts: { open: number; closed: number; accepted: number };
  threats: ReportThreat[];
  components: ReportComponent[];
  delegations: ReportDelegation[];
  dormant: ReportDormant[];
  /** Longest observation window recorded in the catalog, in days; null before any (Day 1). */
  daysObserved: number | null;
  /** Signals validated against a snapshot that produced no event: the proposed signal may not work. */
  gaps: ReportGap[];
  /** Signals not validated yet. */
  unvalidatedSignals: number;
  /** Acceptances due for re-review within the warning window, or already past it. */
  acceptances: ReportAcceptance[];
}

export interface ReportInput {
  catalogs: Array<{ file: string; data: ThreatCatalog }>;
  today: string;
  acceptanceWarningDays: number;
}

export function buildReport(input: ReportInput): ReportCatalog[] {
  return input.catalogs.map(({ file, data }) => reportCatalog(file, data, input.today, input.acceptanceWarningDays));
}

function reportCatalog(file: string, c: ThreatCatalog, today: string, warningDays: number): ReportCatalog {
  const profile = c.agent.aivss;
  const threats = c.threats.map((t) => reportThreat(t, profile, today)).sort(byScore);
  const counts = { open: 0, closed: 0, accepted: 0 };
  for (const t of threats) counts[t.status]++;
  const openBy = (id: string) => threats.filter((t) => t.status === 'open' && t.components.includes(id)).length;

  const dormant: ReportDormant[] = [];
  let daysObserved: number | null = null;
  const acceptances: ReportAcceptance[] = [];
  for (const p of c.permissions ?? []) {
    if (p.observedWindow) {
      const days = Math.max(0, Math.round((Date.parse(p.observedWindow.to) - Date.parse(p.observedWindow.from)) / 86_400_000));
      daysObserved = Math.max(daysObserved ?? 0, days);
    }
    for (const d of p.dormant) {
      const permission = `${d.verb} ${d.apiGroup ? `${d.apiGroup}/` : ''}${d.resource}${d.resourceNames?.length ? ` (${d.resourceNames.join(', ')})` : ''}`;
      dormant.push({ identity: p.identity, permission, namespace: d.namespace, blast: d.blast, disposition: d.disposition, wildcard: d.wildcard ?? false });
      if (d.disposition === 'accepted' && d.acceptance?.reReviewBy) {
        acceptances.push({
          subject: `${p.identity} ${permission}`, what: 'dormant permission', by: d.acceptance.by,
          reReviewBy: d.acceptance.reReviewBy, days: daysUntil(today, d.acceptance.reReviewBy),
        });
      }
    }
  }
  dormant.sort((a, b) => b.blast - a.blast || a.permission.localeCompare(b.permission));
  for (const t of threats) {
    if (t.declaredStatus === 'accepted' && t.acceptance?.reReviewBy) {
      acceptances.push({ subject: t.id, what: 'threat', by: t.acceptance.by, reReviewBy: t.acceptance.reReviewBy, days: daysUntil(today, t.acceptance.reReviewBy) });
    }
  }
  const dueAcceptances = acceptances.filter((a) => a.days <= warningDays).sort((a, b) => a.days - b.days || a.subject.localeCompare(b.subject));

  const gaps: ReportGap[] = [];
  let unvalidated = 0;
  for (const t of c.threats) {
    for (const e of t.evidence) {
      if (!e.validated) unvalidated++;
      else if (e.validated.events === 0 && t.status !== 'closed') gaps.push({ threat: t.id, source: e.source, signal: e.signal.description });
    }
  }

  return {
    file,
    agent: c.agent.name,
    namespace: c.agent.workload.namespace,
    workload: `${c.agent.workload.kind} ${c.agent.workload.namespace}/${c.agent.workload.name}`,
    autonomyTier: c.agent.autonomyTier,
    aivssVersion: profile.version,
    provisional: PROVISIONAL_VERSIONS.has(profile.version),
    aars: aarsOf(profile.factors),
    counts,
    threats,
    components: c.components.map((x) => ({ id: x.id, category: x.category, source: `${x.trustSource.kind} ${x.trustSource.name}`, openThreats: openBy(x.id) })),
    delegations: (c.delegations ?? []).map((d) => ({
      id: d.id, to: `${d.to.namespace ? `${d.to.namespace}/` : ''}${d.to.agent}`, direction: d.direction ?? 'outbound', openThreats: openBy(d.id),
    })),
    dormant,
    daysObserved,
    gaps,
    unvalidatedSignals: unvalidated,
    acceptances: dueAcceptances,
  };
}

function reportThreat(t: Threat, profile: ThreatCatalog['agent']['aivss'], today: string): ReportThreat {
  const expired = t.status === 'accepted' && (!t.acceptance?.reReviewBy || daysUntil(today, t.acceptance.reReviewBy) < 0);
  return {
    id: t.id,
    title: t.title,
    status: expired ? 'open' : t.status,
    declaredStatus: t.status,
    class: t.class,
    layer: t.layer,
    layers: t.layers ?? [],
    owasp: t.owasp ?? [],
    components: t.components,
    aivss: threatAivss(t, profile),
    signals: t.evidence.length,
    validatedSignals: t.evidence.filter((e) => e.validated).length,
    ...(t.acceptance ? { acceptance: { ...t.acceptance, expired } } : {}),
  };
}

/** Highest AIVSS first; unscored threats (no CVSS) last; then by id for a stable order. */
function byScore(a: ReportThreat, b: ReportThreat): number {
  const sa = a.aivss?.score ?? -1;
  const sb = b.aivss?.score ?? -1;
  return sb - sa || a.id.localeCompare(b.id);
}
