import { type ApiRowKey, normTime } from './summary-builder.js';
import { emptyIdKey, hasId, IdRing, type IdKey, RecentIds, setIdKey } from './recent-ids.js';
import { workloadKeyOfPod } from '../../model/workload-name.js';
import type { ApiRow, Decision } from '../../model/observation.js';
import { BadRecord, isObject, str, type EvidenceReader, type FileToken, type ReadContext } from './reader.js';

/** Bounded memory for stage de-duplication, whatever the log size: a repeat within this many requests is dropped. */
const RECENT_IDS = 50_000;
const MAX_OPEN_LONG_RUNNING = 100_000;
const POD_NAME = 'authentication.kubernetes.io/pod-name';

export function isAuditEvent(o: Record<string, unknown>): boolean {
  return o.kind === 'Event' && typeof o.apiVersion === 'string' && o.apiVersion.startsWith('audit.k8s.io/');
}

/** Unpaired long-running completions held back until the log shows whether it has ResponseStarted stages. */
const MAX_PENDING = 10_000;

/** The fields that key a request's summary row (one row per distinct set): the summary's own key type. */
export type ApiKey = ApiRowKey;

/** One request: its row key, plus the object name and the time, which vary within a row. */
export interface ApiCall extends ApiKey {
  name: string;
  time: string;
  /**
   * Set when the key came from a table of keys already seen (the parallel reader, parallel-audit.ts): the row is
   * then looked up once per key, not once per request.
   */
  key?: KnownKey;
}

/** A key from such a table, with its row once the first request of that key has been counted. */
export interface KnownKey extends ApiKey {
  row?: ApiRow;
}

export const STAGE_RECEIVED = 0;
export const STAGE_STARTED = 1;
export const STAGE_OTHER = 2;

/**
 * What the stateful part of the reader needs from one audit line. Extracting it is pure, so it can run on
 * another thread while the lines are counted, in order, on this one.
 */
export interface AuditLine {
  stage: typeof STAGE_RECEIVED | typeof STAGE_STARTED | typeof STAGE_OTHER;
  /** auditID (empty when absent). */
  id: IdKey;
  /** A long-running request (watch, exec, …) that succeeded: its ResponseComplete repeats its ResponseStarted. */
  longDone: boolean;
  /** Unset for RequestReceived (never validated: that stage folds into its request whatever it holds). */
  call: ApiCall;
}

/**
 * Kubernetes audit events (audit.k8s.io/v1, JSON lines). One request is counted once across its stages:
 * - RequestReceived never counts (it is folded into the request's event);
 * - long-running requests (watch, proxy; exec, attach, portforward) count at ResponseStarted; their successful
 *   ResponseComplete is then dropped — also when its ResponseStarted is in another file or summary part, so a
 *   log split between the two stages still merges exactly. A refused long-running request (no ResponseStarted
 *   is emitted then) counts at ResponseComplete;
 * - a log with no ResponseStarted at all (an audit policy that omits the stage, or a hand-written log): the
 *   successful long-running completions are held back (at most 10,000) until the first ResponseStarted shows
 *   they were counted already, or the input ends (or the limit is hit) without one: then they count;
 * - every other request counts at ResponseComplete (or Panic);
 * - a stage repeated for an auditID already counted (duplicated lines) is dropped, within a bounded window.
 * Every line is accounted for: an event, a stage folded into its request's event (`ctx.folded`), or malformed.
 */
export function kubeAuditReader(): KubeAuditReader {
  /** Long-running requests counted at ResponseStarted, until their ResponseComplete arrives (the last 100,000). */
  const openLong = new IdRing(MAX_OPEN_LONG_RUNNING);
  /** auditIDs counted recently: drops duplicated lines. */
  const recent = new RecentIds(RECENT_IDS);
  /** Does this log carry ResponseStarted stages? Unknown until one is seen or the pending limit is hit. */
  let hasStarted: boolean | undefined;
  /** Held completions, each with the file it came from (for the per-file accounting). */
  let pending: Array<{ call: ApiCall; file: FileToken }> = [];
  /** Reused for every event: the hot path allocates nothing beyond what JSON.parse made. */
  const scratch = emptyAuditLine();
  const record = (ctx: ReadContext, c: ApiCall) => {
    const known = c.key;
    if (known) {
      known.row ??= ctx.builder.apiRow(known);
      ctx.builder.bumpApi(known.row, c.time, c.name);
    } else ctx.builder.api(c, c.time, c.name);
  };
  const release = (ctx: ReadContext) => {
    for (const p of pending) {
      record(ctx, p.call);
      ctx.counted(1, p.file);
    }
    pending = [];
  };
  const workloadOf = workloadCache();

  /** The stateful part: counts one extracted line (see the reader's comment for the rules). */
  const fold = (line: AuditLine, ctx: ReadContext): number => {
    const { stage, id, call } = line;
    if (stage === STAGE_RECEIVED) {
      // The request is counted at its ResponseStarted or ResponseComplete line; this stage folds into it.
      ctx.folded();
      return 0;
    }
    let hold = false;
    if (stage === STAGE_STARTED) {
      if (hasStarted !== true) {
        // Held completions were of requests whose ResponseStarted is elsewhere (an earlier part): counted there.
        hasStarted = true;
        for (const p of pending) ctx.folded(p.file);
        pending = [];
      }
      if (hasId(id)) {
        if (openLong.has(id)) {
          ctx.folded();
          return 0;
        }
        openLong.add(id);
      }
    } else {
      if (hasId(id) && openLong.delete(id)) {
        ctx.folded();
        return 0;
      }
      if (line.longDone) {
        if (hasStarted === true) {
          ctx.folded();
          return 0;
        }
        if (hasStarted === undefined) hold = true;
      }
      if (hasId(id) && recent.seen(id)) {
        ctx.folded();
        return 0;
      }
    }
    if (!hold) {
      record(ctx, call);
      return 1;
    }
    pending.push({ call: { ...call }, file: ctx.file });
    if (pending.length < MAX_PENDING) return 0;
    // Thousands of completed watches and not one ResponseStarted: this log has none. Count what was held.
    hasStarted = false;
    release(ctx);
    return 0;
  };

  return {
    name: 'kube-audit',
    read(o: unknown, ctx: ReadContext) {
      const line = auditLineOf(o, workloadOf, scratch);
      return line instanceof BadRecord ? line : fold(line, ctx);
    },
    fold,
    finish(ctx: ReadContext) {
      release(ctx);
    },
  };
}

/** The audit reader, with its stateful half open to lines extracted elsewhere (parallel-audit.ts). */
export interface KubeAuditReader extends EvidenceReader {
  fold(line: AuditLine, ctx: ReadContext): number;
}

export function emptyAuditLine(): AuditLine {
  return {
    stage: STAGE_OTHER,
    id: emptyIdKey(),
    longDone: false,
    call: {
      identity: '',
      workload: '',
      verb: '',
      apiGroup: '',
      resource: '',
      namespace: '',
      path: '',
      decision: 'unknown',
      name: '',
      time: '',
    },
  };
}

/**
 * The pure half: what one parsed record says, written into `out` (reused), or why it is not an audit event.
 * A malformed stage is refused before it can move any state, so it cannot change what later stages do.
 */
export function auditLineOf(o: unknown, workloadOf: WorkloadOf, out: AuditLine): AuditLine | BadRecord {
  if (!isObject(o) || !isAuditEvent(o))
    return new BadRecord('not a Kubernetes audit event (kind Event, apiVersion audit.k8s.io/*)');
  const stage = o.stage;
  if (stage === 'RequestReceived') {
    out.stage = STAGE_RECEIVED;
    return out;
  }
  const call = toCall(o, workloadOf, out.call);
  if (call instanceof BadRecord) return call;
  call.key = undefined;
  out.stage = stage === 'ResponseStarted' ? STAGE_STARTED : STAGE_OTHER;
  setIdKey(out.id, str(o.auditID));
  out.longDone = out.stage === STAGE_OTHER && isLongRunning(o) && succeeded(o);
  return out;
}

export type WorkloadOf = (identity: string, pod: unknown) => string;

/**
 * Workload key by identity, then pod name: pods are few and their names repeat on every request. Keyed by the
 * two strings as parsed (no joined key to build per request); the identity names the namespace.
 */
export function workloadCache(): WorkloadOf {
  let podWorkloads = new Map<string, Map<string, string>>();
  let podCount = 0;
  return (identity: string, pod: unknown): string => {
    if (typeof pod !== 'string') return '';
    let byPod = podWorkloads.get(identity);
    let w = byPod?.get(pod);
    if (w === undefined) {
      if (podCount >= 50_000) {
        podWorkloads = new Map();
        podCount = 0;
        byPod = undefined;
      }
      if (byPod === undefined) {
        byPod = new Map();
        podWorkloads.set(identity, byPod);
      }
      w = workloadKeyOfPod(identity.slice(22, identity.lastIndexOf(':')), pod);
      byPod.set(pod, w);
      podCount++;
    }
    return w;
  };
}

function toCall(o: Record<string, unknown>, workloadOf: WorkloadOf, out: ApiCall): ApiCall | BadRecord {
  const verb = o.verb;
  const user = o.user as Record<string, unknown> | undefined;
  if (typeof verb !== 'string' || !verb || !isObject(user) || typeof user.username !== 'string')
    return new BadRecord('audit event without verb or user.username');
  const time = normTime(o.stageTimestamp) || normTime(o.requestReceivedTimestamp);
  if (!time) return new BadRecord('audit event without a valid stageTimestamp');
  const identity = user.username;
  let workload = '';
  const extra = user.extra;
  if (
    extra !== undefined &&
    isObject(extra) &&
    Array.isArray(extra[POD_NAME]) &&
    identity.startsWith('system:serviceaccount:')
  ) {
    workload = workloadOf(identity, (extra[POD_NAME] as unknown[])[0]);
  }
  const ref = o.objectRef;
  out.identity = identity;
  out.workload = workload;
  out.verb = verb;
  out.time = time;
  out.decision = decisionOf(o);
  if (ref !== undefined && isObject(ref)) {
    const sub = ref.subresource;
    const resource = str(ref.resource);
    out.apiGroup = str(ref.apiGroup);
    out.resource = typeof sub === 'string' && sub ? `${resource}/${sub}` : resource;
    out.namespace = str(ref.namespace);
    out.name = str(ref.name);
    out.path = '';
  } else {
    const uri = str(o.requestURI);
    const q = uri.indexOf('?');
    out.apiGroup = '';
    out.resource = '';
    out.namespace = '';
    out.name = '';
    out.path = q === -1 ? uri : uri.slice(0, q);
  }
  return out;
}

/** The API server's long-running requests that stream (they get a ResponseStarted stage). */
const LONG_RUNNING_SUBRESOURCES = new Set(['exec', 'attach', 'portforward', 'proxy']);

function isLongRunning(o: Record<string, unknown>): boolean {
  if (o.verb === 'watch' || o.verb === 'proxy') return true;
  const ref = o.objectRef;
  return isObject(ref) && LONG_RUNNING_SUBRESOURCES.has(str(ref.subresource));
}

function succeeded(o: Record<string, unknown>): boolean {
  const status = o.responseStatus;
  const code = isObject(status) && typeof status.code === 'number' ? status.code : 0;
  return code >= 100 && code < 300;
}

/** A 403 is never a use, even when authorization allowed it and admission refused it. */
function decisionOf(o: Record<string, unknown>): Decision {
  const status = o.responseStatus;
  const code = isObject(status) && typeof status.code === 'number' ? status.code : 0;
  if (code === 401 || code === 403) return 'forbid';
  const ann = o.annotations;
  if (isObject(ann)) {
    const d = ann['authorization.k8s.io/decision'];
    if (d === 'allow' || d === 'forbid') return d;
  }
  return code > 0 ? 'allow' : 'unknown';
}
