/** The per-Deployment behaviour baseline `threatcat ingest` keeps beside a catalog. */
export type BehaviourKind = 'api' | 'tool' | 'exec' | 'endpoint';

export interface BaselineBehaviour {
  kind: BehaviourKind;
  key: string;
  first: string;
  last: string;
  days: Record<string, number>;
}

/** schema/baseline.schema.json */
export interface Baseline {
  apiVersion: 'threatcat.dev/v1alpha1';
  kind: 'Baseline';
  workload: { namespace: string; name: string };
  window: { from: string; to: string };
  snapshots?: string[];
  behaviours: BaselineBehaviour[];
}

/** `<dir>/<name>.baseline.json` beside `<dir>/<name>.threats.yaml` (or `<name>.yaml`). */
export function baselinePathFor(catalogPath: string): string {
  return `${catalogPath.replace(/(\.threats)?\.ya?ml$/, '')}.baseline.json`;
}
