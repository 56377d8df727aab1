import type { CatalogDoc, DormantPermission, IdentityPermissions, Threat } from '../../model/catalog.js';
import { reopenEventTypes } from '../../model/catalog.js';
import type { ObservationSummary, TelemetrySource } from '../../model/observation.js';
import type { DeclaredPermission } from '../../model/surface.js';
import { apiRowsOf, attribute, type AgentScope } from './attribution.js';
import type { Baseline } from '../../model/baseline.js';
import { updateBaseline } from './baseline.js';
import type { CatalogPlan, DormantEntry } from '../../model/ingest-result.js';

export type * from '../../model/ingest-result.js';
import { deniedOf, reachableCapability, type PermissionEntry } from './reachable.js';
import { evaluateThreat, type Validation } from './signals.js';

export interface CatalogInput {
  catalog: CatalogDoc;
  scope: AgentScope;
  /** Declared RBAC of the agent's identity and of its tool servers' identities (from the manifests). */
  declared: DeclaredPermission[];
  baseline?: Baseline;
}

export interface IngestInput {
  catalogs: CatalogInput[];
  summary: ObservationSummary;
  /** sha256:<hex> of the snapshot. */
  digest: string;
  /** RFC 3339 */
  now: string;
  maxEvidenceAgeDays: number;
  /**
   * Days a person has to give a newly found dormant permission a disposition (`.threatcat.yaml`
   * `dormantTriageDays`, default 14): recorded as its `triageBy`, so the catalog ingest writes validates until then.
   */
  dormantTriageDays?: number;
}

export const DEFAULT_DORMANT_TRIAGE_DAYS = 14;

/** The triage date of a dormant permission found at `now`: that day plus `days`, as YYYY-MM-DD. */
export function triageDate(now: string, days: number): string {
  const d = new Date(`${now.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Threats re-opened by baseline-drift when a threat does not say otherwise (reopenOn): the coercion ones. */
export function reopensOnDrift(t: Threat): boolean {
  const listed = reopenEventTypes(t);
  return listed ? listed.includes('baseline-drift') : t.class === 'coercion';
}

/**
 * What one snapshot means for each catalog: signal outcomes, status changes, dormant permissions, baseline and
 * drift, as surgical catalog edits. Pure: the caller reads inputs and writes outputs.
 */
export function planIngest(input: IngestInput): CatalogPlan[] {
  const sourcesInSnapshot = new Set<TelemetrySource>(input.summary.rows.map((r) => r.source));
  return input.catalogs.map((c) => planCatalog(c, input, sourcesInSnapshot));
}

function planCatalog(c: CatalogInput, input: IngestInput, sourcesInSnapshot: Set<TelemetrySource>): CatalogPlan {
  const file = c.catalog.file;
  const data = c.catalog.data;
  const attribution = attribute(c.scope, input.summary.rows);
  const [ns, name] = c.scope.workload.split('/');
  const snapshotAuditWindow = auditWindow(input.summary);
  const update = updateBaseline(
    c.baseline,
    { namespace: ns, name },
    attribution.rows,
    input.digest,
    snapshotAuditWindow,
  );
  const plan: CatalogPlan = {
    file,
    edits: [],
    convergence: update.after,
    closed: [],
    lapsed: [],
    gaps: [],
    fired: [],
    reopened: [],
    dormant: [],
    newDormant: [],
    unobservable: [],
    wildcards: [],
    denied: [],
    drift: [],
  };
  if (update.changed) plan.baseline = update.baseline;
  plan.drift = update.drift.map((d) => ({
    catalog: file,
    workload: c.scope.workload,
    kind: d.kind,
    behaviour: d.key,
    first: d.first,
    events: d.count,
  }));

  data.threats.forEach((t, i) => {
    const r = evaluateThreat(t, {
      attribution,
      snapshot: input.digest,
      now: input.now,
      maxEvidenceAgeDays: input.maxEvidenceAgeDays,
      sourcesInSnapshot,
      convergence: update.before,
      convergenceAfter: update.after,
      drift: update.drift,
      workload: c.scope.workload,
      identity: c.scope.identity,
    });
    let status = r.status;
    let reopened = r.reopened;
    // As diff does: drift re-opens what was trusted (closed or accepted); an open threat is already not trusted.
    if (
      !reopened &&
      update.drift.length > 0 &&
      reopensOnDrift(t) &&
      (t.status === 'closed' || t.status === 'accepted' || status === 'closed')
    ) {
      const d = update.drift[0];
      status = 'open';
      reopened = {
        event: 'baseline-drift',
        at: update.drift.reduce((m, x) => (x.first > m ? x.first : m), d.first),
        subject: `${update.drift.length} new behaviour(s), first: ${d.kind} ${d.key}`,
      };
    }
    for (const s of r.signals) {
      const e = t.evidence[s.index];
      const path = ['threats', i, 'evidence', s.index];
      if (s.outcome === 'gap') plan.gaps.push({ catalog: file, threat: t.id, source: e.source, reason: s.reason });
      else if (s.outcome === 'validated') {
        if (!sameValidation(e.validated, s.record))
          plan.edits.push({ op: 'set', path: [...path, 'validated'], value: s.record, after: 'signal' });
      } else {
        plan.fired.push({
          catalog: file,
          threat: t.id,
          source: e.source,
          signal: e.signal.description,
          events: s.record.events,
          at: s.record.at,
        });
        if (!sameValidation(e.fired, s.record))
          plan.edits.push({
            op: 'set',
            path: [...path, 'fired'],
            value: s.record,
            after: e.validated ? 'validated' : 'signal',
          });
      }
    }
    if (status !== t.status) plan.edits.push({ op: 'set', path: ['threats', i, 'status'], value: status });
    if (reopened) {
      plan.reopened.push({ catalog: file, threat: t.id, event: reopened.event, subject: reopened.subject });
      const have = t.reopened;
      if (
        !have ||
        have.event !== reopened.event ||
        have.at !== reopened.at ||
        have.subject !== reopened.subject ||
        have.ref !== undefined
      ) {
        plan.edits.push({ op: 'set', path: ['threats', i, 'reopened'], value: reopened, after: 'status' });
      }
    }
    if (status === 'closed' && r.signals.some((s) => s.outcome === 'validated')) plan.closed.push(t.id);
    if (r.lapsed) plan.lapsed.push(t.id);
  });

  planPermissions(
    c,
    attribution,
    plan,
    snapshotAuditWindow,
    triageDate(input.now, input.dormantTriageDays ?? DEFAULT_DORMANT_TRIAGE_DAYS),
  );
  return plan;
}

/** The snapshot's kube-audit window: a cluster's audit log that never shows the agent still proves it idle. */
function auditWindow(summary: ObservationSummary): { from: string; to: string } | undefined {
  let from = '';
  let to = '';
  for (const r of summary.rows) {
    if (r.source !== 'kube-audit') continue;
    if (!from || r.first < from) from = r.first;
    if (!to || r.last > to) to = r.last;
  }
  return from ? { from, to } : undefined;
}

function planPermissions(
  c: CatalogInput,
  attribution: ReturnType<typeof attribute>,
  plan: CatalogPlan,
  snapshotWindow: { from: string; to: string } | undefined,
  triageBy: string,
): void {
  const identities = new Set(attribution.identities.keys());
  const apiRows = [...identities].flatMap((id) => apiRowsOf(attribution, id));
  if (!snapshotWindow) {
    plan.permissionsSkipped = 'the snapshot has no kube-audit events: nothing can be called dormant';
    return;
  }

  const declared = c.declared.filter((p) => identities.has(p.identity));
  const reach = reachableCapability(declared, apiRows);
  plan.denied = [
    ...reach.denied,
    ...deniedOf(new Set([...identities].filter((id) => !declared.some((p) => p.identity === id))), apiRows),
  ];
  plan.dormant = reach.dormant.map(toDormant);
  plan.unobservable = reach.unobservable.map(toDormant);
  plan.wildcards = reach.wildcards.map((w) => ({ ...toDormant(w), used: w.used }));

  const existing = c.catalog.data.permissions ?? [];
  const byIdentity = new Map<string, PermissionEntry[]>();
  for (const e of [...reach.dormant, ...reach.unobservable]) {
    const list = byIdentity.get(e.identity) ?? [];
    list.push(e);
    byIdentity.set(e.identity, list);
  }
  for (const id of new Set(declared.map((p) => p.identity))) if (!byIdentity.has(id)) byIdentity.set(id, []);
  const window = snapshotWindow;
  for (const [identity, entries] of [...byIdentity.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const unobservable = new Set(reach.unobservable.filter((u) => u.identity === identity).map(keyOf));
    const target = entries.map((e) => catalogEntry(e, unobservable.has(keyOf(e)), triageBy));
    const i = existing.findIndex((p) => p.identity === identity);
    if (i === -1) {
      if (target.length === 0) continue;
      const entry: IdentityPermissions = {
        identity,
        ...componentOf(c, identity),
        observedWindow: window,
        dormant: target,
      };
      plan.edits.push({ op: 'append', path: ['permissions'], value: entry });
      for (const t of target) plan.newDormant.push(fromCatalog(identity, t));
      continue;
    }
    const have = existing[i].dormant;
    const haveKeys = new Map(have.map((d, j) => [keyOf(d), j]));
    const targetKeys = new Set(target.map(keyOf));
    const dropped = have.some((d) => !targetKeys.has(keyOf(d)));
    const added = target.filter((t) => !haveKeys.has(keyOf(t)));
    for (const t of added) plan.newDormant.push(fromCatalog(identity, t));
    const base = ['permissions', i];
    if (!sameWindow(existing[i].observedWindow, window))
      plan.edits.push({ op: 'set', path: [...base, 'observedWindow'], value: window, after: 'identity' });
    if (dropped) {
      // Permissions now used (or no longer declared) leave the list; dispositions of the others are kept.
      const kept = target.map((t) => {
        const j = haveKeys.get(keyOf(t));
        return j === undefined ? t : { ...have[j], blast: t.blast };
      });
      plan.edits.push({ op: 'set', path: [...base, 'dormant'], value: kept });
      continue;
    }
    for (const t of target) {
      const j = haveKeys.get(keyOf(t));
      if (j !== undefined && have[j].blast !== t.blast)
        plan.edits.push({ op: 'set', path: [...base, 'dormant', j, 'blast'], value: t.blast });
    }
    for (const t of added) plan.edits.push({ op: 'append', path: [...base, 'dormant'], value: t });
  }
}

function componentOf(c: CatalogInput, identity: string): { component?: string } {
  const m = /^system:serviceaccount:([^:]+):([^:]+)$/.exec(identity);
  if (!m) return {};
  const comp = c.catalog.data.components.find(
    (x) =>
      x.category === 'identity' &&
      x.trustSource.kind === 'ServiceAccount' &&
      x.trustSource.name === m[2] &&
      (x.trustSource.namespace ?? m[1]) === m[1],
  );
  return comp ? { component: comp.id } : {};
}

function keyOf(d: { apiGroup: string; resource: string; verb: string; namespace: string }): string {
  return `${d.apiGroup}\0${d.resource}\0${d.verb}\0${d.namespace}`;
}

function catalogEntry(e: PermissionEntry, unobservable: boolean, triageBy: string): DormantPermission {
  // Key order as people write it: what, where, then the flags and the score.
  const d: Record<string, unknown> = {
    apiGroup: e.apiGroup,
    resource: e.resource,
    verb: e.verb,
    namespace: e.namespace,
  };
  if (e.resourceNames) d.resourceNames = e.resourceNames;
  if (e.wildcard) d.wildcard = true;
  if (unobservable) d.unobservable = true;
  d.blast = e.blast;
  // New here: a person has until then to decide (a warning until the day, an error after).
  d.triageBy = triageBy;
  return d as unknown as DormantPermission;
}

function fromCatalog(identity: string, d: DormantPermission): DormantEntry {
  return {
    identity,
    apiGroup: d.apiGroup,
    resource: d.resource,
    verb: d.verb,
    namespace: d.namespace,
    blast: d.blast,
    wildcard: d.wildcard ?? false,
    ...(d.triageBy ? { triageBy: d.triageBy } : {}),
  };
}

function toDormant(e: PermissionEntry): DormantEntry {
  return {
    identity: e.identity,
    apiGroup: e.apiGroup,
    resource: e.resource,
    verb: e.verb,
    namespace: e.namespace,
    blast: e.blast,
    wildcard: e.wildcard,
  };
}

function sameValidation(a: Validation | undefined, b: Validation): boolean {
  return a !== undefined && a.at === b.at && a.snapshot === b.snapshot && a.events === b.events;
}

function sameWindow(a: { from: string; to: string } | undefined, b: { from: string; to: string }): boolean {
  return a !== undefined && a.from === b.from && a.to === b.to;
}
