import { workloadKey, workloadOfPod } from '../../model/workload-name.js';
import type { TelemetrySource } from '../../model/observation.js';
import { BadRecord, isObject, type EvidenceReader, type ReadContext } from './reader.js';

/**
 * A line of the OTLP JSON file exporter (one ExportTraceServiceRequest: `resourceSpans`), or one ResourceSpans
 * element of a single pretty-printed request (`scopeSpans`). Metrics and logs lines of a shared export file
 * (`resourceMetrics`, `resourceLogs`) are recognised: one record each, counted as an event that attributes nothing.
 */
export function isOtlpRecord(o: Record<string, unknown>): boolean {
  return (
    Array.isArray(o.resourceSpans) ||
    Array.isArray(o.scopeSpans) ||
    Array.isArray(o.resourceMetrics) ||
    Array.isArray(o.resourceLogs)
  );
}

/** Resource attributes naming the workload, in order of preference (OTel k8s semantic conventions). */
const WORKLOAD_KEYS = [
  'k8s.deployment.name',
  'k8s.statefulset.name',
  'k8s.daemonset.name',
  'k8s.cronjob.name',
  'k8s.job.name',
] as const;
const RESOURCE_KEYS = new Set<string>([
  ...WORKLOAD_KEYS,
  'k8s.namespace.name',
  'k8s.replicaset.name',
  'k8s.pod.name',
  'service.name',
]);
const SPAN_KEYS = new Set([
  'gen_ai.operation.name',
  'gen_ai.provider.name',
  'gen_ai.system',
  'gen_ai.tool.name',
  'gen_ai.agent.name',
  'mcp.method.name',
  'a2a.method.name',
  'server.address',
  'error.type',
]);
/** OTLP span kind (an integer in OTLP/JSON; some exporters write the enum name). */
const SERVER = new Set<unknown>([2, 'SPAN_KIND_SERVER']);
const CLIENT = new Set<unknown>([3, 'SPAN_KIND_CLIENT']);
const STATUS_ERROR = new Set<unknown>([2, 'STATUS_CODE_ERROR']);
/** A2A methods that send the remote agent a message: a call of that agent (polling or cancelling a task is not). */
const A2A_SEND = new Set(['SendMessage', 'SendStreamingMessage']);
/** A name that can be part of a `<namespace>/<name>` workload key. */
const NAME = /^[^/\s]+$/;

interface PendingRow {
  type: 'tool' | 'seen';
  source: TelemetrySource;
  fields: Record<string, string>;
  time: string;
}

/**
 * OpenTelemetry traces (OTLP JSON, the collector's `file` exporter: one ExportTraceServiceRequest per line) with the
 * GenAI and MCP semantic conventions. Spans are recognised by their attributes, never by their names:
 * - a tool call — `gen_ai.operation.name: execute_tool`, or an MCP `tools/call` (`mcp.method.name`) — is a `tool`
 *   row: tool `gen_ai.tool.name`, outcome `error` when the span's status is ERROR or `error.type` is set, else `ok`;
 *   server: the MCP server (the Service of an in-cluster `server.address`, else the address), "" for a function
 *   tool. An MCP server's own span (kind SERVER) is `mcp-log` evidence of the server's workload (server: its
 *   `service.name`); every other span is `sdk-callback` evidence of the agent's workload;
 * - a call to a remote agent (`invoke_agent`, or an A2A `SendMessage`/`SendStreamingMessage`, kind CLIENT) is a tool
 *   call whose tool is `gen_ai.agent.name`, as the tool-call format records a sub-agent;
 * - any other GenAI or MCP span (the agent's own `invoke_agent`, `chat` with `gen_ai.provider.name` or the legacy
 *   `gen_ai.system`, `tools/list`, other A2A methods…) is a `seen` row: the source covered the workload.
 * Other spans (HTTP, database) are ignored. The workload is the resource's `k8s.namespace.name` with its
 * Deployment (StatefulSet, DaemonSet, CronJob, Job; else the ReplicaSet or pod name reduced to it; else
 * `service.name`). The time is the span's start. A line with a GenAI span that has no valid start time is
 * malformed as a whole (nothing of it counts).
 */
export function otelReader(): EvidenceReader {
  return {
    name: 'otlp',
    read(o: unknown, ctx: ReadContext) {
      if (!isObject(o) || !isOtlpRecord(o))
        return new BadRecord('not an OTLP JSON export line (resourceSpans, resourceMetrics or resourceLogs)');
      const resources = Array.isArray(o.resourceSpans) ? o.resourceSpans : Array.isArray(o.scopeSpans) ? [o] : [];
      const rows: PendingRow[] = [];
      for (const [ri, rs] of resources.entries()) {
        if (!isObject(rs)) return new BadRecord(`resourceSpans[${ri}] is not an object`);
        const res = attributes(isObject(rs.resource) ? rs.resource.attributes : undefined, RESOURCE_KEYS);
        const workload = workloadOf(res);
        // instrumentationLibrarySpans: the name before OTLP 0.15 (older exporters)
        const scopes = Array.isArray(rs.scopeSpans)
          ? rs.scopeSpans
          : Array.isArray(rs.instrumentationLibrarySpans)
            ? rs.instrumentationLibrarySpans
            : [];
        for (const [si, ss] of scopes.entries()) {
          if (!isObject(ss) || !Array.isArray(ss.spans)) continue;
          for (const [pi, span] of ss.spans.entries()) {
            if (!isObject(span)) return new BadRecord(`span ${ri}.${si}.${pi} is not an object`);
            const row = spanRow(span, workload, res);
            if (row instanceof BadRecord) return row;
            if (row) rows.push(row);
          }
        }
      }
      for (const r of rows) ctx.builder.add(r.type, r.source, r.fields, r.time);
      // A line of metrics, logs or spans none of which is GenAI or MCP is still a record read: one event that
      // attributes nothing, so events + folded + malformed stays the number of records.
      return Math.max(rows.length, 1);
    },
  };
}

function spanRow(
  span: Record<string, unknown>,
  workload: string,
  res: Map<string, string>,
): PendingRow | BadRecord | undefined {
  const a = attributes(span.attributes, SPAN_KEYS);
  const op = a.get('gen_ai.operation.name');
  const method = a.get('mcp.method.name');
  const a2a = a.get('a2a.method.name');
  if (
    op === undefined &&
    method === undefined &&
    a2a === undefined &&
    !a.has('gen_ai.provider.name') &&
    !a.has('gen_ai.system')
  )
    return;
  const time = nanosToTime(span.startTimeUnixNano);
  if (!time) {
    return new BadRecord(
      `span ${typeof span.spanId === 'string' ? span.spanId : '?'} (${String(span.name ?? '')}) has no valid startTimeUnixNano`,
    );
  }
  const serverSide = method !== undefined && SERVER.has(span.kind);
  const source: TelemetrySource = serverSide ? 'mcp-log' : 'sdk-callback';
  const isTool = op === 'execute_tool' || method === 'tools/call';
  // A framework's invoke_agent client span, or the A2A SDK's own client span (which carries no operation name).
  const remoteAgent = CLIENT.has(span.kind) && (op === 'invoke_agent' || (a2a !== undefined && A2A_SEND.has(a2a)));
  const name = isTool ? a.get('gen_ai.tool.name') : remoteAgent ? a.get('gen_ai.agent.name') : undefined;
  // The conventions name the span "{operation} {target}": the target stands in for a missing name attribute.
  const tool = name ?? (isTool || remoteAgent ? targetOf(span.name) : undefined);
  if (!tool) return { type: 'seen', source, fields: { workload }, time };
  const status = isObject(span.status) ? span.status.code : undefined;
  const outcome = STATUS_ERROR.has(status) || a.has('error.type') ? 'error' : 'ok';
  const server = serverSide
    ? (res.get('service.name') ?? workload.slice(workload.indexOf('/') + 1))
    : method !== undefined || remoteAgent
      ? serverOf(a.get('server.address'))
      : '';
  return { type: 'tool', source, fields: { workload, server, tool, outcome }, time };
}

/** The wanted attributes of an OTLP attribute list, as strings (int64 values are decimal strings in OTLP/JSON). */
function attributes(list: unknown, wanted: ReadonlySet<string>): Map<string, string> {
  const out = new Map<string, string>();
  if (!Array.isArray(list)) return out;
  for (const kv of list) {
    if (!isObject(kv) || typeof kv.key !== 'string' || !wanted.has(kv.key) || !isObject(kv.value)) continue;
    const v = kv.value;
    const s =
      typeof v.stringValue === 'string'
        ? v.stringValue
        : typeof v.intValue === 'string' || typeof v.intValue === 'number'
          ? String(v.intValue)
          : undefined;
    if (s !== undefined && s !== '') out.set(kv.key, s);
  }
  return out;
}

function workloadOf(res: Map<string, string>): string {
  const ns = res.get('k8s.namespace.name');
  let name: string | undefined;
  for (const k of WORKLOAD_KEYS) {
    name = res.get(k);
    if (name) break;
  }
  if (!name) {
    const rs = res.get('k8s.replicaset.name');
    const pod = res.get('k8s.pod.name');
    name = rs ? rs.replace(/-[a-z0-9]{6,10}$/, '') : pod ? workloadOfPod(pod) : res.get('service.name');
  }
  return name && NAME.test(name) && ns && NAME.test(ns) ? workloadKey(ns, name) : '';
}

/** `<svc>.<ns>.svc[.cluster.local]` → the Service name; any other address as it is. */
function serverOf(address: string | undefined): string {
  if (!address) return '';
  const m = /^([a-z0-9-]+)\.[a-z0-9-]+\.svc(\.[a-z0-9.-]+)?$/i.exec(address);
  return m ? m[1] : address;
}

function targetOf(name: unknown): string | undefined {
  if (typeof name !== 'string') return undefined;
  const i = name.indexOf(' ');
  return i > 0 && i < name.length - 1 ? name.slice(i + 1) : undefined;
}

/** OTLP time: nanoseconds since the epoch, a decimal string (or a number from lenient exporters). "" if unset. */
function nanosToTime(v: unknown): string {
  let ms: number;
  if (typeof v === 'string' && /^\d{1,20}$/.test(v)) ms = v.length > 6 ? Number(v.slice(0, -6)) : 0;
  else if (typeof v === 'number' && Number.isFinite(v)) ms = Math.floor(v / 1e6);
  else return '';
  if (ms <= 0) return '';
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? '' : d.toISOString();
}
