/**
 * The observation summary: the aggregates `threatcat ingest` computes from runtime evidence, and the only
 * thing the analysis looks at. It is mergeable (counts add, first/last take min/max, daily counts add), so a
 * log platform can compute it where the logs live and threatcat only merges (docs/ingest.md).
 *
 * On disk it is JSON lines: one header object (`kind: ObservationSummary`), then one row per line.
 */

/** Telemetry sources, as catalogs name them in `evidence[].source`. */
export type TelemetrySource =
  | 'kube-audit'
  | 'ebpf'
  | 'sdk-callback'
  | 'mcp-log'
  | 'iam-events'
  | 'db-audit'
  | 'admission'
  | 'cni';

/** Reader names (`--source`), one per evidence format. */
export const READER_NAMES = [
  'kube-audit',
  'kubescape',
  'kubescape-alerts',
  'tetragon',
  'falco',
  'cloudtrail',
  'tool-calls',
  'toolhive-audit',
  'otlp',
  'summary',
] as const;
export type ReaderName = (typeof READER_NAMES)[number];

export type Decision = 'allow' | 'forbid' | 'unknown';

interface RowBase {
  source: TelemetrySource;
  /** Events aggregated into this row. */
  count: number;
  /** RFC 3339, earliest and latest event. */
  first: string;
  last: string;
  /** Events per UTC day, YYYY-MM-DD → count. */
  days: Record<string, number>;
}

/** A Kubernetes API request (kube-audit), counted once per auditID. */
export interface ApiRow extends RowBase {
  type: 'api';
  /** user.username, e.g. system:serviceaccount:agents:k8s-ops-sa */
  identity: string;
  /** "<namespace>/<name>" of the Deployment-level workload of the calling pod ("" when the token is not pod-bound). */
  workload: string;
  verb: string;
  /** "" = core group */
  apiGroup: string;
  /** resource or resource/subresource ("" for non-resource requests) */
  resource: string;
  /** "" for cluster-scoped and all-namespace requests */
  namespace: string;
  /** Non-resource request path (e.g. /healthz), else "". */
  path: string;
  decision: Decision;
  /** The lexicographically smallest MAX_NAMES object names seen (exactly mergeable). */
  names: string[];
  /** More distinct names were seen than `names` holds. */
  namesTruncated: boolean;
}

/** An MCP or SDK tool call. */
export interface ToolRow extends RowBase {
  type: 'tool';
  workload: string;
  server: string;
  tool: string;
  outcome: string;
}

/** A process execution in a workload's container. */
export interface ExecRow extends RowBase {
  type: 'exec';
  workload: string;
  binary: string;
}

/** A file opened or accessed. */
export interface FileRow extends RowBase {
  type: 'file';
  workload: string;
  path: string;
}

/** A network endpoint contacted (outbound) or served (inbound). */
export interface EndpointRow extends RowBase {
  type: 'endpoint';
  workload: string;
  endpoint: string;
  direction: 'outbound' | 'inbound';
}

/** A detection rule that matched (Falco rule, Tetragon policy). */
export interface AlertRow extends RowBase {
  type: 'alert';
  workload: string;
  rule: string;
}

/** A cloud API call (CloudTrail) by an assumed-role session. */
export interface CloudRow extends RowBase {
  type: 'cloud';
  /** userIdentity.arn (assumed-role session ARN) */
  principal: string;
  eventSource: string;
  eventName: string;
  decision: Decision;
}

/** A web-identity (IRSA) or Pod Identity token exchange: which ServiceAccount a role session belongs to. */
export interface SessionRow extends RowBase {
  type: 'session';
  principal: string;
  identity: string;
}

/** Events from a source about a workload, whatever else they produced (coverage). */
export interface SeenRow extends RowBase {
  type: 'seen';
  workload: string;
}

export type Row = ApiRow | ToolRow | ExecRow | FileRow | EndpointRow | AlertRow | CloudRow | SessionRow | SeenRow;
export type RowType = Row['type'];

/** The key fields of each row type, in order (what a group-by groups on, besides `type` and `source`). */
export const ROW_KEYS: { [T in RowType]: ReadonlyArray<string> } = {
  api: ['identity', 'workload', 'verb', 'apiGroup', 'resource', 'namespace', 'path', 'decision'],
  tool: ['workload', 'server', 'tool', 'outcome'],
  exec: ['workload', 'binary'],
  file: ['workload', 'path'],
  endpoint: ['workload', 'endpoint', 'direction'],
  alert: ['workload', 'rule'],
  cloud: ['principal', 'eventSource', 'eventName', 'decision'],
  session: ['principal', 'identity'],
  seen: ['workload'],
};

export const MAX_NAMES = 32;

export interface SummaryHeader {
  apiVersion: 'threatcat.dev/v1alpha1';
  kind: 'ObservationSummary';
  /** Digests of the raw inputs this summary was computed from. */
  snapshots: string[];
  /** Events read per reader. */
  sources: Partial<Record<ReaderName, number>>;
  /** Lines or records that could not be read. */
  malformed: number;
}

export interface ObservationSummary extends SummaryHeader {
  rows: Row[];
}
