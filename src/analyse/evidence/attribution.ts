import type { ApiRow, Row, TelemetrySource } from '../../model/observation.js';

/** Who counts as the agent: its Deployment-level workload, its ServiceAccount, and the MCP servers it uses. */
export interface AgentScope {
  /** "<namespace>/<name>" of the Deployment (a kagent Agent's Deployment has the Agent's name). */
  workload: string;
  /** Kubernetes username of the agent's ServiceAccount. */
  identity?: string;
  /** MCP tool servers the agent uses: their actions are the agent's actions. */
  servers: ServerScope[];
}

export interface ServerScope {
  name: string;
  /** The server's own ServiceAccount username, when the manifests say it. */
  identity?: string;
  /**
   * "<namespace>/<name>" of the server's workloads: the in-cluster Service its URL names, and its own object's
   * workload (a ToolHive MCPServer's proxy Deployment and StatefulSet have its name, its Service another).
   */
  workloads?: readonly string[];
  /**
   * Identities that run the server's plumbing, not its tools (ToolHive's proxy runner, which manages the server's
   * StatefulSet and Service from a pod of the server's name): their API requests are never the agent's.
   */
  infrastructure?: readonly string[];
}

export interface AttributedRow {
  row: Row;
  /** "agent", or the name of the MCP server whose identity or workload produced it. */
  via: string;
}

export interface Coverage {
  events: number;
  first: string;
  last: string;
}

export interface Attribution {
  rows: AttributedRow[];
  /** Identities whose API activity belongs to the agent (its own and its tool servers'), with how. */
  identities: Map<string, string>;
  /** Events per telemetry source that concern the agent. */
  coverage: Map<TelemetrySource, Coverage>;
}

/** Rows that are whole events (exec/file/endpoint/alert rows are details of events a `seen` row counts). */
const PRIMARY = new Set(['api', 'tool', 'cloud', 'session', 'seen']);

/**
 * Attribution of summary rows to one agent, at the Deployment level. Pure.
 * - workload rows (tool calls, execs, files, endpoints, alerts): the row's workload is the agent's, or a tool
 *   server's workload;
 * - API requests: the caller is the agent's ServiceAccount or a tool server's, or the calling pod belongs to
 *   the agent's (or a server's) Deployment; a server's identity seen from its workload is adopted, so requests
 *   made with that ServiceAccount from anywhere are attributed too;
 * - CloudTrail calls: the role session is joined to a ServiceAccount through its AssumeRoleWithWebIdentity
 *   (a `session` row), then as API requests.
 */
export function attribute(scope: AgentScope, rows: readonly Row[]): Attribution {
  const identities = new Map<string, string>();
  if (scope.identity) identities.set(scope.identity, 'agent');
  const workloads = new Map<string, string>([[scope.workload, 'agent']]);
  const infrastructure = new Set<string>();
  for (const s of scope.servers) {
    if (s.identity && !identities.has(s.identity)) identities.set(s.identity, s.name);
    for (const w of s.workloads ?? []) if (!workloads.has(w)) workloads.set(w, s.name);
    for (const i of s.infrastructure ?? []) infrastructure.add(i);
  }
  for (const i of infrastructure) if (identities.get(i) !== 'agent') identities.delete(i);
  for (const r of rows) {
    if (
      r.type === 'api' &&
      !infrastructure.has(r.identity) &&
      r.workload &&
      workloads.has(r.workload) &&
      !identities.has(r.identity) &&
      r.identity.startsWith('system:serviceaccount:')
    ) {
      identities.set(r.identity, workloads.get(r.workload)!);
    }
  }
  const sessions = new Map<string, string>();
  for (const r of rows) if (r.type === 'session') sessions.set(r.principal, r.identity);

  const out: AttributedRow[] = [];
  for (const row of rows) {
    if (row.type === 'api' && infrastructure.has(row.identity) && !identities.has(row.identity)) continue;
    const via = viaOf(row, identities, workloads, sessions);
    if (via) out.push({ row, via });
  }
  const coverage = new Map<TelemetrySource, Coverage>();
  for (const { row } of out) {
    if (!PRIMARY.has(row.type)) continue;
    const c = coverage.get(row.source);
    if (!c) coverage.set(row.source, { events: row.count, first: row.first, last: row.last });
    else {
      c.events += row.count;
      if (row.first < c.first) c.first = row.first;
      if (row.last > c.last) c.last = row.last;
    }
  }
  return { rows: out, identities, coverage };
}

function viaOf(
  row: Row,
  identities: Map<string, string>,
  workloads: Map<string, string>,
  sessions: Map<string, string>,
): string | undefined {
  switch (row.type) {
    case 'api':
      return identities.get(row.identity) ?? (row.workload ? workloads.get(row.workload) : undefined);
    case 'cloud': {
      const id = sessions.get(row.principal);
      return id ? identities.get(id) : undefined;
    }
    case 'session':
      return identities.get(row.identity);
    default:
      return row.workload ? workloads.get(row.workload) : undefined;
  }
}

/** API rows of one identity (for reachable capability). */
export function apiRowsOf(a: Attribution, identity: string): ApiRow[] {
  return a.rows.map((x) => x.row).filter((r): r is ApiRow => r.type === 'api' && r.identity === identity);
}

/** "<namespace>/<service>" of an in-cluster URL (http://svc.ns[.svc[.cluster.local]]:port/…), else undefined. */
export function workloadOfServiceUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const m = /^[a-z]+:\/\/([a-z0-9-]+)\.([a-z0-9-]+)(?:\.svc(?:\.[a-z0-9.-]+)?)?(?::\d+)?(?:\/|$)/i.exec(url);
  return m ? `${m[2]}/${m[1]}` : undefined;
}
