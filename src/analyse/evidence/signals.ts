import type { Evidence, Threat } from '../../model/catalog.js';
import type { Row, TelemetrySource } from '../../model/observation.js';
import type { Attribution } from './attribution.js';
import type { Convergence, DriftEvent } from './baseline.js';
import { splitExecBinary } from '../../model/exec-binary.js';

/** Sources threatcat has a reader for; signals on the others are always gaps. */
export const READABLE_SOURCES: ReadonlySet<TelemetrySource> = new Set([
  'kube-audit',
  'ebpf',
  'sdk-callback',
  'mcp-log',
  'iam-events',
]);

export interface Validation {
  at: string;
  snapshot: string;
  events: number;
}

export type SignalResult =
  | { index: number; outcome: 'validated'; record: Validation }
  | { index: number; outcome: 'fired'; record: Validation }
  | { index: number; outcome: 'gap'; reason: string };

export interface ThreatResult {
  threat: string;
  signals: SignalResult[];
  /** The status the threat should have now. */
  status: Threat['status'];
  /** Set when this snapshot re-opens it. */
  reopened?: { event: 'signal-fired' | 'baseline-drift'; at: string; subject: string };
  /** A closure whose evidence is older than maxEvidenceAgeDays. */
  lapsed: boolean;
}

export interface SignalContext {
  attribution: Attribution;
  /** sha256:<hex> of the snapshot. */
  snapshot: string;
  /** RFC 3339: the ingest time (evidence age is measured against it). */
  now: string;
  maxEvidenceAgeDays: number;
  /** Readers that produced data at all in this snapshot (for the gap's "why"). */
  sourcesInSnapshot: ReadonlySet<TelemetrySource>;
  /** Baseline state before this snapshot (drift needs a converged one), and the drift it showed. */
  convergence: Convergence;
  /** Baseline state with this snapshot merged, to say how far it is. */
  convergenceAfter?: Convergence;
  drift: readonly DriftEvent[];
  /** "<namespace>/<name>" and identity, for gap messages. */
  workload: string;
  identity?: string;
}

type MatchField =
  | 'verb'
  | 'apiGroup'
  | 'resource'
  | 'namespace'
  | 'name'
  | 'decision'
  | 'server'
  | 'tool'
  | 'outcome'
  | 'binary'
  | 'path'
  | 'endpoint'
  | 'rule'
  | 'eventName';

/** Row types a match field applies to. */
const FIELD_TYPES: Record<MatchField, ReadonlyArray<Row['type']>> = {
  verb: ['api'],
  apiGroup: ['api'],
  resource: ['api'],
  namespace: ['api'],
  name: ['api'],
  decision: ['api', 'cloud'],
  server: ['tool'],
  tool: ['tool'],
  outcome: ['tool'],
  binary: ['exec'],
  path: ['file', 'api'],
  endpoint: ['endpoint'],
  rule: ['alert'],
  eventName: ['cloud'],
};

/** Drift kinds each source can show. */
const DRIFT_KINDS: Partial<Record<TelemetrySource, ReadonlyArray<DriftEvent['kind']>>> = {
  'kube-audit': ['api'],
  ebpf: ['exec', 'endpoint'],
  'sdk-callback': ['tool'],
  'mcp-log': ['tool'],
  'iam-events': [],
};

const DAY_MS = 86_400_000;

/**
 * Evaluates one threat's evidence signals against the attributed summary. Pure.
 * - the signal's source has no events for the agent → gap (named, with why);
 * - its match fires on an attributed row of that source → fired (the threat re-opens with signal-fired);
 * - otherwise → validated, at the newest event of that source for the agent.
 * All signals validated (now, or earlier and still fresh) and none fired (now or before: a `fired` record stays
 * until a person removes it) → closed. A closure whose evidence is older than maxEvidenceAgeDays lapses to open.
 */
export function evaluateThreat(threat: Threat, ctx: SignalContext): ThreatResult {
  const signals = threat.evidence.map((e, index) => evaluateSignal(e, index, ctx));
  const fired = signals.filter((s) => s.outcome === 'fired');
  const cutoff = new Date(Date.parse(ctx.now) - ctx.maxEvidenceAgeDays * DAY_MS).toISOString();
  const fresh = (v: Validation | undefined) => v !== undefined && v.at >= cutoff;
  if (fired.length > 0) {
    const first = fired[0] as Extract<SignalResult, { outcome: 'fired' }>;
    const latest = fired.reduce(
      (m, s) => ((s as { record: Validation }).record.at > m ? (s as { record: Validation }).record.at : m),
      first.record.at,
    );
    const e = threat.evidence[first.index];
    return {
      threat: threat.id,
      signals,
      status: 'open',
      reopened: { event: 'signal-fired', at: latest, subject: `${e.source}: ${e.signal.description}` },
      lapsed: false,
    };
  }
  // A signal that fired once keeps the threat open until someone investigates and removes the `fired` record:
  // later quiet evidence does not prove the earlier event harmless.
  const allValidated =
    threat.evidence.length > 0 &&
    threat.evidence.every((e, i) => {
      if (e.fired) return false;
      const s = signals[i];
      if (s.outcome === 'validated') return true;
      return fresh(e.validated);
    });
  if (threat.status === 'accepted') return { threat: threat.id, signals, status: 'accepted', lapsed: false };
  if (allValidated) return { threat: threat.id, signals, status: 'closed', lapsed: false };
  const lapsed = threat.status === 'closed';
  if (lapsed) {
    // Name each stale signal as a gap, so the lapse says why.
    threat.evidence.forEach((e, i) => {
      const s = signals[i];
      if (s.outcome === 'gap' && e.validated && !fresh(e.validated)) {
        s.reason = `${s.reason}; last validated ${e.validated.at.slice(0, 10)}, older than ${ctx.maxEvidenceAgeDays} days`;
      }
    });
  }
  return { threat: threat.id, signals, status: 'open', lapsed };
}

function evaluateSignal(e: Evidence, index: number, ctx: SignalContext): SignalResult {
  const source = e.source as TelemetrySource;
  if (!READABLE_SOURCES.has(source)) {
    return { index, outcome: 'gap', reason: `threatcat has no reader for ${source} evidence` };
  }
  const cov = ctx.attribution.coverage.get(source);
  if (!cov || cov.events === 0) {
    const who = [`workload ${ctx.workload}`, ...(ctx.identity ? [`identity ${ctx.identity}`] : [])].join(' or ');
    const why = ctx.sourcesInSnapshot.has(source)
      ? `the snapshot has ${source} data, but none for ${who}`
      : `the snapshot has no ${source} data`;
    return { index, outcome: 'gap', reason: why };
  }
  const cutoff = new Date(Date.parse(ctx.now) - ctx.maxEvidenceAgeDays * DAY_MS).toISOString();
  const match = e.signal.match as Record<string, unknown> | undefined;
  if (match?.newBehaviour === true) {
    const kinds = DRIFT_KINDS[source] ?? [];
    const drift = ctx.drift.filter((d) => kinds.includes(d.kind) && d.source === source);
    if (drift.length > 0) {
      const at = drift.reduce((m, d) => (d.first > m ? d.first : m), drift[0].first);
      return {
        index,
        outcome: 'fired',
        record: { at, snapshot: ctx.snapshot, events: drift.reduce((n, d) => n + d.count, 0) },
      };
    }
    if (ctx.convergence.state !== 'converged') {
      return { index, outcome: 'gap', reason: notConvergedReason(ctx.convergence, ctx.convergenceAfter) };
    }
  }
  const fields = Object.keys(match ?? {}).filter((k) => k !== 'newBehaviour') as MatchField[];
  if (fields.length > 0) {
    let types: ReadonlyArray<Row['type']> | undefined;
    for (const f of fields) types = (types ?? FIELD_TYPES[f] ?? []).filter((t) => (FIELD_TYPES[f] ?? []).includes(t));
    let events = 0;
    let at = '';
    for (const { row } of ctx.attribution.rows) {
      if (row.source !== source || !types!.includes(row.type)) continue;
      if (fields.every((f) => fieldMatches(row, f, match![f]))) {
        events += row.count;
        if (row.last > at) at = row.last;
      }
    }
    if (events > 0) return { index, outcome: 'fired', record: { at, snapshot: ctx.snapshot, events } };
  }
  if (cov.last < cutoff) {
    return {
      index,
      outcome: 'gap',
      reason: `the newest ${source} event for this agent is from ${cov.last.slice(0, 10)}, older than ${ctx.maxEvidenceAgeDays} days`,
    };
  }
  return { index, outcome: 'validated', record: { at: cov.last, snapshot: ctx.snapshot, events: cov.events } };
}

/**
 * Why a new-behaviour signal could not be judged: drift is measured against the baseline as it was BEFORE this
 * snapshot, so the reason names that state — and, when this snapshot converged it, says so rather than quoting the
 * converged state as the reason it is not converged.
 */
export function notConvergedReason(before: Convergence, after: Convergence | undefined): string {
  if (after?.state === 'converged')
    return `the baseline converged with this snapshot (${after.reason}): new behaviour is told against it from the next snapshot on`;
  const now = after ?? before;
  if (now.state === 'empty') return 'no behaviour of this agent observed yet: new behaviour cannot be told';
  return `the baseline is not converged yet (${now.reason}): new behaviour cannot be told`;
}

function fieldMatches(row: Row, field: MatchField, pattern: unknown): boolean {
  const patterns = (Array.isArray(pattern) ? pattern : [pattern]).map(String);
  const r = row as unknown as Record<string, unknown>;
  if (field === 'name') return row.type === 'api' && row.names.some((n) => patterns.some((p) => glob(p, n)));
  if (field === 'path' && row.type === 'api') return row.path !== '' && patterns.some((p) => glob(p, row.path));
  if (field === 'binary' && row.type === 'exec') return patterns.some((p) => binaryMatches(p, row.binary));
  const value = r[field];
  return typeof value === 'string' && patterns.some((p) => glob(p, value));
}

/**
 * A `binary` pattern against an exec's binary. A multi-call binary's exec that names its tool (`/bin/busybox (sh)`)
 * matches a pattern of the executable (`/bin/busybox`) and a pattern of the tool: one whose last path segment matches
 * the tool's name (`/bin/sh`, `bin/sh` or `sh`). The directory is not compared: a shell run through a `/bin/sh` link to busybox
 * is reported by its resolved path, and the link it was run by is not in the evidence.
 */
function binaryMatches(pattern: string, binary: string): boolean {
  if (glob(pattern, binary)) return true;
  const { path, tool } = splitExecBinary(binary);
  if (!tool) return false;
  return glob(pattern, path) || glob(pattern.slice(pattern.lastIndexOf('/') + 1), tool);
}

const GLOB_CACHE = new Map<string, RegExp>();

/** `*` matches any run of characters (slashes included); everything else is literal. */
export function glob(pattern: string, value: string): boolean {
  if (!pattern.includes('*')) return pattern === value;
  let re = GLOB_CACHE.get(pattern);
  if (!re) {
    re = new RegExp(
      `^${pattern
        .split('*')
        .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
      's',
    );
    GLOB_CACHE.set(pattern, re);
  }
  return re.test(value);
}
