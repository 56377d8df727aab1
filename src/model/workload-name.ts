/** Generated suffixes: Kubernetes draws them from [bcdfghjklmnpqrstvwxz2456789]; accept any lower-case alphanumeric (hand-written logs). */
const SAFE = '[a-z0-9]';
const DEPLOYMENT_POD = new RegExp(`^(.+)-${SAFE}{6,10}-${SAFE}{5}$`);
const GENERATED_POD = new RegExp(`^(.+)-${SAFE}{5}$`);
const STATEFUL_POD = /^(.+)-\d+$/;

/**
 * The Deployment-level workload name of a pod from its name alone: pod → ReplicaSet (strip the 5-character
 * suffix) → Deployment (strip the pod-template-hash); StatefulSet pods lose their ordinal, DaemonSet and Job
 * pods their suffix. Evidence that carries the workload itself (Tetragon, Kubescape labels) is used as is.
 */
export function workloadOfPod(pod: string): string {
  let m = DEPLOYMENT_POD.exec(pod);
  if (m) return m[1];
  m = STATEFUL_POD.exec(pod);
  if (m) return m[1];
  m = GENERATED_POD.exec(pod);
  if (m) return m[1];
  return pod;
}

/** "<namespace>/<workload>" as rows store it; "" when either part is unknown. */
export function workloadKey(namespace: unknown, name: unknown): string {
  return typeof namespace === 'string' && namespace && typeof name === 'string' && name ? `${namespace}/${name}` : '';
}

export function workloadKeyOfPod(namespace: unknown, pod: unknown): string {
  return typeof pod === 'string' && pod ? workloadKey(namespace, workloadOfPod(pod)) : '';
}

/**
 * Projected volumes (ServiceAccount tokens, ConfigMaps) are written through timestamped directories
 * (`..2026_08_20_09_58_01.123456789/token`); the stable path is what a signal names.
 */
export function stableFilePath(path: string): string {
  return path.replace(/\/\.\.\d{4}_\d{2}_\d{2}_\d{2}_\d{2}_\d{2}\.\d+\//, '/');
}
