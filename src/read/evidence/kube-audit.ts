import { normTime } from '../../analyse/evidence/summary.js';
import { workloadKeyOfPod } from '../../analyse/evidence/workload-name.js';
import type { Decision } from '../../model/observation.js';
import { BadRecord, isObject, str, type EvidenceReader, type ReadContext } from './reader.js';

/** Bounded memory for stage de-duplication, whatever the log size. */
const RECENT_GENERATION = 25_000;
const MAX_OPEN_LONG_RUNNING = 25_000;
const POD_NAME = 'authentication.kubernetes.io/pod-name';

export function isAuditEvent(o: Record<string, unknown>): boolean {
  return o.kind === 'Event' && typeof o.apiVersion === 'string' && o.apiVersion.startsWith('audit.k8s.io/');
}

/**
 * Kubernetes audit events (audit.k8s.io/v1, JSON lines). One request is counted once across its stages:
 * at ResponseStarted for long-running requests (watch, exec, attach, portforward, proxy), else at
 * ResponseComplete (or Panic); a refused long-running request has no ResponseStarted and counts at
 * ResponseComplete. RequestReceived is never counted, and a repeated stage of a request already counted is
 * dropped (auditID, within a bounded window). The rule depends on each event alone (plus that window), so a
 * log split anywhere gives the same counts part by part. Long-running requests are invisible if the audit
 * policy omits ResponseStarted.
 */
export function kubeAuditReader(): EvidenceReader {
  /** Long-running requests counted at ResponseStarted, until their ResponseComplete arrives (two generations). */
  let openLong = new Set<string>();
  let openOlder = new Set<string>();
  /** auditIDs counted recently (two generations, so memory is bounded): drops duplicated lines. */
  let recent = new Set<string>();
  let older = new Set<string>();
  const seenRecently = (id: string): boolean => {
    if (recent.has(id) || older.has(id)) return true;
    recent.add(id);
    if (recent.size >= RECENT_GENERATION) {
      older = recent;
      recent = new Set();
    }
    return false;
  };

  /** Pod name → workload key; pods are few and their names repeat on every request. */
  let podWorkloads = new Map<string, string>();
  const workloadOf = (ns: string, pod: unknown): string => {
    if (typeof pod !== 'string') return '';
    const key = `${ns}/${pod}`;
    let w = podWorkloads.get(key);
    if (w === undefined) {
      if (podWorkloads.size >= 50_000) podWorkloads = new Map();
      w = workloadKeyOfPod(ns, pod);
      podWorkloads.set(key, w);
    }
    return w;
  };

  return {
    name: 'kube-audit',
    read(o: unknown, ctx: ReadContext) {
      if (!isObject(o) || !isAuditEvent(o)) return new BadRecord('not a Kubernetes audit event (kind Event, apiVersion audit.k8s.io/*)');
      const stage = o.stage;
      if (stage === 'RequestReceived') return 0;
      const id = str(o.auditID);
      if (stage === 'ResponseStarted') {
        if (id) {
          if (openLong.has(id) || openOlder.has(id)) return 0;
          openLong.add(id);
          if (openLong.size >= MAX_OPEN_LONG_RUNNING) {
            openOlder = openLong;
            openLong = new Set();
          }
        }
      } else {
        if (id && (openLong.delete(id) || openOlder.delete(id))) return 0;
        // A successful long-running request (watch, exec…) was counted at its ResponseStarted, even when that
        // stage is in another file or summary part: this keeps split logs exact.
        if (isLongRunning(o) && succeeded(o)) return 0;
        if (id && seenRecently(id)) return 0;
      }
      const verb = str(o.verb);
      const user = o.user;
      if (!verb || !isObject(user) || typeof user.username !== 'string') return new BadRecord('audit event without verb or user.username');
      const time = normTime(o.stageTimestamp) || normTime(o.requestReceivedTimestamp);
      if (!time) return new BadRecord('audit event without a valid stageTimestamp');
      const identity = user.username;
      let workload = '';
      const extra = user.extra;
      if (isObject(extra) && Array.isArray(extra[POD_NAME]) && identity.startsWith('system:serviceaccount:')) {
        const ns = identity.slice('system:serviceaccount:'.length, identity.lastIndexOf(':'));
        workload = workloadOf(ns, (extra[POD_NAME] as unknown[])[0]);
      }
      const ref = o.objectRef;
      let apiGroup = '';
      let resource = '';
      let namespace = '';
      let name = '';
      let path = '';
      if (isObject(ref)) {
        apiGroup = str(ref.apiGroup);
        resource = str(ref.resource);
        if (typeof ref.subresource === 'string' && ref.subresource) resource += `/${ref.subresource}`;
        namespace = str(ref.namespace);
        name = str(ref.name);
      } else {
        const uri = str(o.requestURI);
        const q = uri.indexOf('?');
        path = q === -1 ? uri : uri.slice(0, q);
      }
      ctx.builder.api(identity, workload, verb, apiGroup, resource, namespace, path, decisionOf(o), name, time);
      return 1;
    },
  };
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
