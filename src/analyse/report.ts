import type { ThreatCatalog, Threat, Acceptance } from '../model/catalog.js';
import { aars as aarsOf, PROVISIONAL_VERSIONS, threatAivss, type AivssScore } from './aivss.js';
import { daysUntil } from './rules/acceptances.js';

/**
 * The whole picture of each catalog, for people: what `threatcat report` renders. Pure: catalogs and today's
 * date in, a plain model out. Convergence data (observation windows, validated signals, dormant permissions)
 * is read from what the catalog holds; a Day-1 catalog has none of it, and the model says so (null / 0).
 */

export type EffectiveStatus = Threat['status'];

/** When, against which snapshot and on how many events a signal was validated or fired (written by ingest). */
export interface ReportValidation {
  at: string;
  snapshot: string;
  events: number;
}

export interface ReportEvidence {
  source: string;
  signal: string;
  validated?: ReportValidation;
  fired?: ReportValidation;
}

export interface ReportCapability {
  description?: string;
  /** RBAC-style rules as people read them: "get, list secrets, configmaps". */
  rules: string[];
  tools: string[];
}

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
  description?: string;
  capability?: ReportCapability;
  mitigations: string[];
  references: string[];
  evidence: ReportEvidence[];
  /** The last re-open (threatcat diff or ingest): which event, when, at which git ref, what changed. */
  reopened?: { event: string; at: string; ref?: string; subject?: string };
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

/** Dormant permissions of one identity on one resource and scope, verbs merged (what people act on). */
export interface ReportDormantGroup {
  /** "apps/deployments", "pods/exec", "secrets (agent-config)", or a non-resource URL. */
  permission: string;
  namespace: string;
  verbs: string[];
  /** The highest blast score of the verbs. */
  blast: number;
  /** "revoke", or per disposition when the verbs differ ("revoke: get; none: list"). */
  disposition: string;
  wildcard: boolean;
}

export interface ReportDormantIdentity {
  identity: string;
  component?: string;
  /** Dormant entries (identity × resource × verb × scope) before grouping. */
  entries: number;
  groups: ReportDormantGroup[];
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
  /** The same dormant permissions grouped by identity, then resource and scope, with the verbs merged. */
  dormantByIdentity: ReportDormantIdentity[];
  /** Longest observation window (catalog permissions[].observedWindow, or the baseline's window), whole days; null before any (Day 1). */
  daysObserved: number | null;
  /** Runtime evidence has been ingested for this catalog (a window, a baseline, or a validated/fired signal). */
  observed: boolean;
  /** The per-Deployment baseline: learning until a 14-day window with 7 quiet days, then converged (drift re-opens). */
  baseline: { state: 'none' | 'empty' | 'learning' | 'converged'; reason: string };
  /** After an observation: signals of open threats that were neither validated nor fired (they produced nothing). */
  gaps: ReportGap[];
  signals: number;
  validatedSignals: number;
  firedSignals: number;
  /** Acceptances due for re-review within the warning window, or already past it. */
  acceptances: ReportAcceptance[];
}

/** The Deployment-level baseline beside a catalog (written by `threatcat ingest`), when there is one. */
export interface BaselineWindow {
  from: string;
  to: string;
  /** Convergence of the baseline (src/analyse/evidence/baseline.ts baselineConvergence), when known. */
  convergence?: { state: 'empty' | 'learning' | 'converged'; reason: string };
}

export interface ReportInput {
  catalogs: Array<{ file: string; data: ThreatCatalog; baseline?: BaselineWindow }>;
  today: string;
  acceptanceWarningDays: number;
}

export function buildReport(input: ReportInput): ReportCatalog[] {
  return input.catalogs.map(({ file, data, baseline }) =>
    reportCatalog(file, data, baseline, input.today, input.acceptanceWarningDays),
  );
}

function reportCatalog(
  file: string,
  c: ThreatCatalog,
  baseline: BaselineWindow | undefined,
  today: string,
  warningDays: number,
): ReportCatalog {
  const profile = c.agent.aivss;
  const threats = c.threats.map((t) => reportThreat(t, profile, today)).sort(byScore);
  const counts = { open: 0, closed: 0, accepted: 0 };
  for (const t of threats) counts[t.status]++;
  const openBy = (id: string) => threats.filter((t) => t.status === 'open' && t.components.includes(id)).length;

  const dormant: ReportDormant[] = [];
  let daysObserved: number | null = null;
  const acceptances: ReportAcceptance[] = [];
  const baselineDays = baseline?.from && baseline.to ? wholeDays(baseline) : null;
  for (const p of c.permissions ?? []) {
    if (p.observedWindow) daysObserved = Math.max(daysObserved ?? 0, wholeDays(p.observedWindow));
    for (const d of p.dormant) {
      const permission = `${d.verb} ${d.apiGroup ? `${d.apiGroup}/` : ''}${d.resource}${d.resourceNames?.length ? ` (${d.resourceNames.join(', ')})` : ''}`;
      dormant.push({
        identity: p.identity,
        permission,
        namespace: d.namespace,
        blast: d.blast,
        disposition: d.disposition,
        wildcard: d.wildcard ?? false,
      });
      if (d.disposition === 'accepted' && d.acceptance?.reReviewBy) {
        acceptances.push({
          subject: `${p.identity} ${permission}`,
          what: 'dormant permission',
          by: d.acceptance.by,
          reReviewBy: d.acceptance.reReviewBy,
          days: daysUntil(today, d.acceptance.reReviewBy),
        });
      }
    }
  }
  dormant.sort((a, b) => b.blast - a.blast || a.permission.localeCompare(b.permission));
  for (const t of threats) {
    if (t.declaredStatus === 'accepted' && t.acceptance?.reReviewBy) {
      acceptances.push({
        subject: t.id,
        what: 'threat',
        by: t.acceptance.by,
        reReviewBy: t.acceptance.reReviewBy,
        days: daysUntil(today, t.acceptance.reReviewBy),
      });
    }
  }
  const dueAcceptances = acceptances
    .filter((a) => a.days <= warningDays)
    .sort((a, b) => a.days - b.days || a.subject.localeCompare(b.subject));

  const observed =
    daysObserved !== null ||
    baselineDays !== null ||
    c.threats.some((t) => t.evidence.some((e) => e.validated || e.fired));
  const gaps: ReportGap[] = [];
  let validatedSignals = 0;
  let firedSignals = 0;
  let signals = 0;
  for (const t of c.threats) {
    for (const e of t.evidence) {
      signals++;
      if (e.validated) validatedSignals++;
      if (e.fired) firedSignals++;
      // ingest writes `validated` or `fired` on every signal it could evaluate; after an observation, a signal of
      // an open threat with neither produced nothing usable: a gap (no data, no reader, or not converged yet).
      if (observed && t.status === 'open' && !e.validated && !e.fired)
        gaps.push({ threat: t.id, source: e.source, signal: e.signal.description });
    }
  }
  const window = [daysObserved, baselineDays].filter((d): d is number => d !== null);

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
    components: c.components.map((x) => ({
      id: x.id,
      category: x.category,
      source: `${x.trustSource.kind} ${x.trustSource.name}`,
      openThreats: openBy(x.id),
    })),
    delegations: (c.delegations ?? []).map((d) => ({
      id: d.id,
      to: `${d.to.namespace ? `${d.to.namespace}/` : ''}${d.to.agent}`,
      direction: d.direction ?? 'outbound',
      openThreats: openBy(d.id),
    })),
    dormant,
    dormantByIdentity: groupDormant(c.permissions ?? []),
    daysObserved: window.length > 0 ? Math.max(...window) : null,
    observed,
    baseline: baseline?.convergence ?? { state: 'none', reason: 'no baseline yet: run threatcat ingest --write' },
    gaps,
    signals,
    validatedSignals,
    firedSignals,
    acceptances: dueAcceptances,
  };
}

function reportThreat(t: Threat, profile: ThreatCatalog['agent']['aivss'], today: string): ReportThreat {
  const expired =
    t.status === 'accepted' && (!t.acceptance?.reReviewBy || daysUntil(today, t.acceptance.reReviewBy) < 0);
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
    ...(t.description ? { description: t.description } : {}),
    ...(t.capability ? { capability: capabilityOf(t.capability) } : {}),
    mitigations: t.mitigations ?? [],
    references: t.references ?? [],
    evidence: t.evidence.map((e) => ({
      source: e.source,
      signal: e.signal.description,
      ...(e.validated ? { validated: { ...e.validated } } : {}),
      ...(e.fired ? { fired: { ...e.fired } } : {}),
    })),
    ...(t.reopened ? { reopened: { ...t.reopened } } : {}),
  };
}

function capabilityOf(c: NonNullable<Threat['capability']>): ReportCapability {
  return {
    ...(c.description ? { description: c.description } : {}),
    rules: (c.rules ?? []).map((r) => {
      const groups = r.apiGroups?.filter((g) => g !== '') ?? [];
      const prefix = groups.length > 0 ? `${groups.join('|')}/` : '';
      return `${r.verbs.join(', ')} ${r.resources.map((x) => `${prefix}${x}`).join(', ')}`;
    }),
    tools: c.tools ?? [],
  };
}

/** Verbs in the order people read them (reads, writes, deletes), then the others alphabetically. */
const VERB_ORDER = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete', 'deletecollection', '*'];
export function byVerb(a: string, b: string): number {
  const ia = VERB_ORDER.indexOf(a);
  const ib = VERB_ORDER.indexOf(b);
  if (ia !== -1 || ib !== -1) return (ia === -1 ? 99 : ia) - (ib === -1 ? 99 : ib);
  return a.localeCompare(b);
}

/** Dormant entries by identity, then by resource and scope with the verbs merged; highest blast first. */
function groupDormant(permissions: NonNullable<ThreatCatalog['permissions']>): ReportDormantIdentity[] {
  const out: ReportDormantIdentity[] = [];
  for (const p of permissions) {
    if (p.dormant.length === 0) continue;
    const groups = new Map<string, ReportDormantGroup & { byDisposition: Map<string, string[]> }>();
    for (const d of p.dormant) {
      const permission = `${d.apiGroup ? `${d.apiGroup}/` : ''}${d.resource}${d.resourceNames?.length ? ` (${d.resourceNames.join(', ')})` : ''}`;
      const key = `${permission}\0${d.namespace}`;
      let g = groups.get(key);
      if (!g) {
        g = {
          permission,
          namespace: d.namespace,
          verbs: [],
          blast: d.blast,
          disposition: '',
          wildcard: false,
          byDisposition: new Map(),
        };
        groups.set(key, g);
      }
      if (!g.verbs.includes(d.verb)) g.verbs.push(d.verb);
      g.blast = Math.max(g.blast, d.blast);
      g.wildcard ||= d.wildcard ?? false;
      const disposition = d.disposition ?? 'none';
      g.byDisposition.set(disposition, [...(g.byDisposition.get(disposition) ?? []), d.verb]);
    }
    const rows = [...groups.values()].map(({ byDisposition, ...g }) => ({
      ...g,
      verbs: g.verbs.sort(byVerb),
      disposition:
        byDisposition.size === 1
          ? [...byDisposition.keys()][0]
          : [...byDisposition.entries()].map(([k, verbs]) => `${k}: ${verbs.join(', ')}`).join('; '),
    }));
    rows.sort(
      (a, b) => b.blast - a.blast || a.permission.localeCompare(b.permission) || a.namespace.localeCompare(b.namespace),
    );
    out.push({
      identity: p.identity,
      ...(p.component ? { component: p.component } : {}),
      entries: p.dormant.length,
      groups: rows,
    });
  }
  return out;
}

function wholeDays(w: { from: string; to: string }): number {
  const days = Math.floor((Date.parse(w.to) - Date.parse(w.from)) / 86_400_000);
  return Number.isFinite(days) ? Math.max(0, days) : 0;
}

/** Highest AIVSS first; unscored threats (no CVSS) last; then by id for a stable order. */
function byScore(a: ReportThreat, b: ReportThreat): number {
  const sa = a.aivss?.score ?? -1;
  const sb = b.aivss?.score ?? -1;
  return sb - sa || a.id.localeCompare(b.id);
}
