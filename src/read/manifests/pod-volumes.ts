import type { NodePath } from '../../model/catalog.js';
import type { Position } from '../../model/finding.js';
import type { ManifestObject } from '../../model/manifest.js';
import type { FieldReader } from './fields.js';

/**
 * What a pod spec mounts that widens what its containers reach: node directories (`hostPath`) and Secrets as files.
 * Shared by every reader of a pod: a kagent Agent's pod, a kmcp server's, a ToolHive `podTemplateSpec`, a plain
 * workload agent's template, so the same volume reads the same (and is compared the same) wherever it is written.
 */

/**
 * The node directories a pod spec `<P>.volumes[].hostPath` mounts, sorted, as `<hostPath>:<mountPath>[:ro]`: the mount
 * of that volume in the first of `containers` (paths of objects with `volumeMounts`, in the order a reader trusts them)
 * that mounts it, else the path itself. Each is located by `at['hostPath:<text>']` at its volume; where the list is
 * written (`at.hostPaths`) is the caller's, which may merge host paths read elsewhere.
 */
export function hostPathsOf(
  o: ManifestObject,
  P: NodePath,
  containers: readonly NodePath[],
  f: FieldReader,
  at: Record<string, Position>,
): string[] {
  const hostPaths: string[] = [];
  (f.list(o, [...P, 'volumes']) ?? []).forEach((_, i) => {
    const V = [...P, 'volumes', i];
    const host = f.str(o, [...V, 'hostPath', 'path']);
    if (host === undefined) return;
    const volume = f.str(o, [...V, 'name']);
    let mount: NodePath | undefined;
    for (const C of containers) {
      const M = [...C, 'volumeMounts'];
      const j = (f.list(o, M) ?? []).findIndex((_, k) => f.str(o, [...M, k, 'name']) === volume);
      if (j >= 0) {
        mount = [...M, j];
        break;
      }
    }
    const ro = mount !== undefined && f.bool(o, [...mount, 'readOnly']) === true;
    const text = `${host}:${(mount && f.str(o, [...mount, 'mountPath'])) ?? host}${ro ? ':ro' : ''}`;
    hostPaths.push(text);
    at[`hostPath:${text}`] ??= o.locate(V);
  });
  return [...new Set(hostPaths)].sort();
}

/** The CSI driver that mounts a cloud secret store's entries as files (kubernetes-sigs/secrets-store-csi-driver). */
const SECRETS_STORE_CSI = 'secrets-store.csi.k8s.io';

/**
 * The Secrets a pod spec `<P>` holds: those `<P>.volumes[]` (corev1.Volume) mount as files — `secret.secretName`, each
 * `projected.sources[].secret`, and a Secrets Store CSI volume's `secretProviderClass` (entries of a cloud secret
 * store), as `volume <name> from Secret <secret>` or `volume <name> from SecretProviderClass <class>` — and the
 * registry credentials of `<P>.imagePullSecrets[]` (corev1.LocalObjectReference), as `image pull credentials from
 * Secret <name>`: an account on a registry the pod's node pulls with. Each is located by `at['credential:<text>']`
 * (a volume's at its secret's name, a pull secret at its item). ConfigMaps, emptyDirs and projected ServiceAccount
 * tokens hold no other account. The same pod spec shape is a plain workload's, a kagent Agent's `deployment`, a kmcp
 * MCPServer's `spec.deployment` and a ToolHive MCPServer's `podTemplateSpec.spec`.
 */
export function podSecrets(o: ManifestObject, P: NodePath, f: FieldReader, at: Record<string, Position>): string[] {
  const out: string[] = [];
  const add = (volume: string, source: string, path: NodePath) => {
    const text = `volume ${volume} from ${source}`;
    out.push(text);
    at[`credential:${text}`] ??= o.locate(path);
  };
  (f.list(o, [...P, 'volumes']) ?? []).forEach((_, i) => {
    const V = [...P, 'volumes', i];
    const volume = f.str(o, [...V, 'name']) ?? '?';
    const secret = f.str(o, [...V, 'secret', 'secretName']);
    if (secret !== undefined) add(volume, `Secret ${secret}`, [...V, 'secret', 'secretName']);
    (f.list(o, [...V, 'projected', 'sources']) ?? []).forEach((_, j) => {
      const S = [...V, 'projected', 'sources', j, 'secret', 'name'];
      const name = f.str(o, S);
      if (name !== undefined) add(volume, `Secret ${name}`, S);
    });
    const spc = [...V, 'csi', 'volumeAttributes', 'secretProviderClass'];
    const cls = f.str(o, spc);
    if (f.str(o, [...V, 'csi', 'driver']) === SECRETS_STORE_CSI && cls !== undefined)
      add(volume, `SecretProviderClass ${cls}`, spc);
  });
  (f.list(o, [...P, 'imagePullSecrets']) ?? []).forEach((_, i) => {
    const name = f.str(o, [...P, 'imagePullSecrets', i, 'name']);
    if (name === undefined) return;
    const text = `image pull credentials from Secret ${name}`;
    out.push(text);
    at[`credential:${text}`] ??= o.locate([...P, 'imagePullSecrets', i]);
  });
  return [...new Set(out)].sort();
}

/** `<P>` (a container spec inlined in the pod spec) and each `<P>.<list>[]`: the containers that mount volumes. */
export function containersAt(o: ManifestObject, P: NodePath, lists: readonly string[], f: FieldReader): NodePath[] {
  const out: NodePath[] = [];
  for (const list of lists)
    (f.list(o, [...P, list]) ?? []).forEach((_, i) => {
      out.push([...P, list, i]);
    });
  return out;
}
