import { normTime } from './summary-builder.js';
import { workloadKey } from '../../model/workload-name.js';
import { BadRecord, isObject, str, type EvidenceReader, type ReadContext } from './reader.js';

const KINDS = new Set(['ApplicationProfile', 'ContainerProfile']);
const LABEL = 'kubescape.io/';

export function isKubescapeProfile(o: Record<string, unknown>): boolean {
  return KINDS.has(str(o.kind)) && str(o.apiVersion).startsWith('spdx.softwarecomposition.kubescape.io/');
}

/**
 * Kubescape ApplicationProfile / ContainerProfile (YAML or JSON, single objects or a List). Keyed to the
 * workload by its labels (kubescape.io/workload-namespace, -kind, -name), never by the object name, which
 * names the ReplicaSet. Each profile is one event; its execs, opens and endpoints become rows.
 * Profiles carry no per-behaviour time: creationTimestamp is used, else the ingest time.
 */
export function kubescapeReader(): EvidenceReader {
  return {
    name: 'kubescape',
    read(o: unknown, ctx: ReadContext) {
      if (!isObject(o) || !isKubescapeProfile(o))
        return new BadRecord('not a Kubescape ApplicationProfile or ContainerProfile');
      const meta = isObject(o.metadata) ? o.metadata : {};
      const labels = isObject(meta.labels) ? meta.labels : {};
      const workload = workloadKey(
        labels[`${LABEL}workload-namespace`] ?? meta.namespace,
        labels[`${LABEL}workload-name`],
      );
      if (!workload) return new BadRecord('profile without kubescape.io/workload-namespace and workload-name labels');
      const time = normTime(meta.creationTimestamp) || ctx.now;
      const b = ctx.builder;
      b.add('seen', 'ebpf', { workload }, time);
      const spec = isObject(o.spec) ? o.spec : {};
      // ContainerProfile holds one container's fields directly in spec.
      const containers =
        o.kind === 'ContainerProfile'
          ? [spec]
          : ['containers', 'initContainers', 'ephemeralContainers'].flatMap((k) =>
              Array.isArray(spec[k]) ? (spec[k] as unknown[]) : [],
            );
      for (const c of containers) {
        if (!isObject(c)) continue;
        for (const e of list(c.execs)) if (str(e.path)) b.add('exec', 'ebpf', { workload, binary: str(e.path) }, time);
        for (const f of list(c.opens)) if (str(f.path)) b.add('file', 'ebpf', { workload, path: str(f.path) }, time);
        for (const n of list(c.endpoints)) {
          if (!str(n.endpoint)) continue;
          const direction = n.direction === 'inbound' ? 'inbound' : 'outbound';
          b.add('endpoint', 'ebpf', { workload, endpoint: str(n.endpoint), direction }, time);
        }
      }
      return 1;
    },
  };
}

function list(v: unknown): Array<Record<string, unknown>> {
  return Array.isArray(v) ? v.filter(isObject) : [];
}
