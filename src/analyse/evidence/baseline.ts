import type { Convergence } from '../../model/ingest-result.js';

export type { Convergence } from '../../model/ingest-result.js';
import type { Row } from '../../model/observation.js';
import type { AttributedRow } from './attribution.js';
import type {
  Baseline,
  BaselineBehaviour,
  BehaviourKind,
  ObservedRequest,
  ObservedRequests,
} from '../../model/baseline.js';

export const CONVERGENCE_WINDOW_DAYS = 14;
export const CONVERGENCE_QUIET_DAYS = 7;

const DAY_MS = 86_400_000;

/**
 * Is the baseline converged? A window of at least 14 days with nothing new in its last 7. Pure; measured on
 * the evidence's own time (the window), not the wall clock, so replaying old evidence gives the same answer.
 * validate and report show this state.
 */
export function baselineConvergence(b: Baseline | undefined): Convergence {
  if (!b || b.behaviours.length === 0)
    return { state: 'empty', windowDays: 0, quietDays: 0, reason: 'no behaviour observed yet' };
  const to = Date.parse(b.window.to);
  const windowDays = Math.floor((to - Date.parse(b.window.from)) / DAY_MS);
  const lastNewAt = b.behaviours.reduce((m, x) => (x.first > m ? x.first : m), '');
  const quietDays = Math.floor((to - Date.parse(lastNewAt)) / DAY_MS);
  if (windowDays < CONVERGENCE_WINDOW_DAYS) {
    return {
      state: 'learning',
      windowDays,
      quietDays,
      lastNewAt,
      reason: `observed ${windowDays} of ${CONVERGENCE_WINDOW_DAYS} days`,
    };
  }
  if (quietDays < CONVERGENCE_QUIET_DAYS) {
    return {
      state: 'learning',
      windowDays,
      quietDays,
      lastNewAt,
      reason: `new behaviour ${quietDays} days before the end of the window (needs ${CONVERGENCE_QUIET_DAYS} quiet days)`,
    };
  }
  return {
    state: 'converged',
    windowDays,
    quietDays,
    lastNewAt,
    reason: `${windowDays}-day window, nothing new in the last ${quietDays} days`,
  };
}

/** The behaviour a row shows, if it is one the baseline tracks. */
export function behaviourOf(row: Row): { kind: BehaviourKind; key: string } | undefined {
  switch (row.type) {
    case 'api':
      return {
        kind: 'api',
        key: `${row.verb} ${row.path || (row.apiGroup ? `${row.apiGroup}/${row.resource}` : row.resource)}`,
      };
    case 'tool':
      return { kind: 'tool', key: row.server ? `${row.server}/${row.tool}` : row.tool };
    case 'exec':
      return { kind: 'exec', key: row.binary };
    case 'endpoint':
      return { kind: 'endpoint', key: `${row.direction} ${row.endpoint}` };
    default:
      return undefined;
  }
}

export interface DriftEvent {
  kind: BehaviourKind;
  key: string;
  first: string;
  /** Telemetry source that showed it. */
  source: Row['source'];
  count: number;
}

export interface BaselineUpdate {
  baseline: Baseline;
  /** State before this snapshot: drift is only drift against a converged baseline. */
  before: Convergence;
  after: Convergence;
  drift: DriftEvent[];
  changed: boolean;
}

/**
 * Merges a snapshot's attributed rows into the baseline. Behaviour not in a converged baseline is drift.
 * A snapshot already merged (same digest) changes nothing. Pure.
 *
 * `auditWindow` is the snapshot's kube-audit window (all of the audit log's events): when given, the allowed API
 * requests of the agent's identities are merged into `requests`, the input of least-privilege RBAC.
 */
export function updateBaseline(
  current: Baseline | undefined,
  workload: { namespace: string; name: string },
  rows: readonly AttributedRow[],
  digest: string,
  auditWindow?: { from: string; to: string },
): BaselineUpdate {
  const before = baselineConvergence(current);
  if (current?.snapshots?.includes(digest))
    return { baseline: current, before, after: before, drift: [], changed: false };
  const byKey = new Map<string, BaselineBehaviour>();
  for (const b of current?.behaviours ?? []) byKey.set(`${b.kind}\0${b.key}`, { ...b, days: { ...b.days } });
  const drift = new Map<string, DriftEvent>();
  let from = current?.window.from ?? '';
  let to = current?.window.to ?? '';
  for (const { row } of rows) {
    if (!from || row.first < from) from = row.first;
    if (!to || row.last > to) to = row.last;
    const beh = behaviourOf(row);
    if (!beh) continue;
    const k = `${beh.kind}\0${beh.key}`;
    const have = byKey.get(k);
    if (!have) {
      byKey.set(k, { kind: beh.kind, key: beh.key, first: row.first, last: row.last, days: { ...row.days } });
      if (before.state === 'converged') {
        const d = drift.get(k);
        if (d) {
          d.count += row.count;
          if (row.first < d.first) d.first = row.first;
        } else drift.set(k, { kind: beh.kind, key: beh.key, first: row.first, source: row.source, count: row.count });
      }
      continue;
    }
    if (row.first < have.first) have.first = row.first;
    if (row.last > have.last) have.last = row.last;
    for (const [d, n] of Object.entries(row.days)) have.days[d] = (have.days[d] ?? 0) + n;
    const d = drift.get(k);
    if (d) d.count += row.count;
  }
  if (!from) return { baseline: current ?? emptyBaseline(workload), before, after: before, drift: [], changed: false };
  const behaviours = [...byKey.values()]
    .map((b) => ({ ...b, days: Object.fromEntries(Object.entries(b.days).sort(([a], [c]) => a.localeCompare(c))) }))
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.key.localeCompare(b.key));
  const requests = auditWindow ? mergeRequests(current?.requests, rows, auditWindow) : current?.requests;
  const baseline: Baseline = {
    apiVersion: 'threatcat.dev/v1alpha1',
    kind: 'Baseline',
    workload: { ...workload },
    window: { from, to },
    snapshots: [...(current?.snapshots ?? []), digest],
    behaviours,
    ...(requests ? { requests } : {}),
  };
  return {
    baseline,
    before,
    after: baselineConvergence(baseline),
    drift: [...drift.values()].sort((a, b) => a.kind.localeCompare(b.kind) || a.key.localeCompare(b.key)),
    changed: true,
  };
}

/**
 * Allowed API requests per identity × verb × apiGroup × resource × namespace (or path): counts add, first/last
 * take min/max, so merging snapshots in any order gives the same result. Forbidden requests are never a use
 * (a 403 after admission included, as reachable capability counts them), and neither are requests whose
 * decision the audit log does not show.
 */
function mergeRequests(
  current: ObservedRequests | undefined,
  rows: readonly AttributedRow[],
  auditWindow: { from: string; to: string },
): ObservedRequests {
  const key = (r: Omit<ObservedRequest, 'count' | 'first' | 'last'>) =>
    [r.identity, r.verb, r.apiGroup, r.resource, r.namespace, r.path ?? ''].join('\0');
  const byKey = new Map<string, ObservedRequest>();
  for (const r of current?.allowed ?? []) byKey.set(key(r), { ...r });
  for (const { row } of rows) {
    if (row.type !== 'api' || row.decision !== 'allow') continue;
    const req: ObservedRequest = {
      identity: row.identity,
      verb: row.verb,
      apiGroup: row.path ? '' : row.apiGroup,
      resource: row.path ? '' : row.resource,
      namespace: row.path ? '' : row.namespace,
      ...(row.path ? { path: row.path } : {}),
      count: row.count,
      first: row.first,
      last: row.last,
    };
    const k = key(req);
    const have = byKey.get(k);
    if (!have) byKey.set(k, req);
    else {
      have.count += req.count;
      if (req.first < have.first) have.first = req.first;
      if (req.last > have.last) have.last = req.last;
    }
  }
  const from = current && current.window.from < auditWindow.from ? current.window.from : auditWindow.from;
  const to = current && current.window.to > auditWindow.to ? current.window.to : auditWindow.to;
  const allowed = [...byKey.values()].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return { window: { from, to }, allowed };
}

function emptyBaseline(workload: { namespace: string; name: string }): Baseline {
  return {
    apiVersion: 'threatcat.dev/v1alpha1',
    kind: 'Baseline',
    workload: { ...workload },
    window: { from: '', to: '' },
    snapshots: [],
    behaviours: [],
  };
}
