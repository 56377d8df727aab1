/** The per-Deployment behaviour baseline `threatcat ingest` keeps beside a catalog. */
export type BehaviourKind = 'api' | 'tool' | 'exec' | 'endpoint';

export interface BaselineBehaviour {
  kind: BehaviourKind;
  key: string;
  first: string;
  last: string;
  days: Record<string, number>;
}

/**
 * One kind of allowed Kubernetes API request of one identity (kube-audit), aggregated: what least-privilege RBAC
 * grants. `namespace` is "" for cluster-scoped resources and all-namespace requests; `path` is set (and
 * `resource` is "") for non-resource requests.
 */
export interface ObservedRequest {
  identity: string;
  verb: string;
  apiGroup: string;
  resource: string;
  namespace: string;
  path?: string;
  count: number;
  first: string;
  last: string;
}

/** The allowed API requests of the agent's identities, and the kube-audit window they were observed over. */
export interface ObservedRequests {
  window: { from: string; to: string };
  allowed: ObservedRequest[];
}

/** schema/baseline.schema.json */
export interface Baseline {
  apiVersion: 'threatcat.dev/v1alpha1';
  kind: 'Baseline';
  workload: { namespace: string; name: string };
  window: { from: string; to: string };
  snapshots?: string[];
  behaviours: BaselineBehaviour[];
  /** Absent until kube-audit evidence for the agent has been ingested. */
  requests?: ObservedRequests;
}

/** `<dir>/<name>.baseline.json` beside `<dir>/<name>.threats.yaml` (or `<name>.yaml`). */
export function baselinePathFor(catalogPath: string): string {
  return `${catalogPath.replace(/(\.threats)?\.ya?ml$/, '')}.baseline.json`;
}
