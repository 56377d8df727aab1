import { normTime } from './summary-builder.js';
import { workloadKey } from '../../model/workload-name.js';
import { BadRecord, isObject, str, type EvidenceReader, type ReadContext } from './reader.js';
import { quoted } from './audit-envelope.js';
import { execBinary } from '../../model/exec-binary.js';

const KINDS = new Set(['ApplicationProfile', 'ContainerProfile', 'NetworkNeighborhood']);
const LABEL = 'kubescape.io/';

export function isKubescapeProfile(o: Record<string, unknown>): boolean {
  return KINDS.has(str(o.kind)) && str(o.apiVersion).startsWith('spdx.softwarecomposition.kubescape.io/');
}

/**
 * Kubescape ApplicationProfile / ContainerProfile / NetworkNeighborhood (YAML or JSON, single objects or a List).
 * Keyed to the workload by its labels (kubescape.io/workload-namespace, -kind, -name), never by the object name,
 * which names the ReplicaSet. Each profile is one event; its execs, opens and HTTP endpoints become rows, and so
 * does each egress neighbour (NetworkNeighborhood containers, ContainerProfile spec): one outbound endpoint per
 * address × port; and each ingress neighbour (a caller): one inbound endpoint per caller × port. Profiles carry no per-behaviour time: creationTimestamp is used, else the ingest time.
 * A profile without its data (an item of a list from Kubescape's storage, a too-large profile) is malformed.
 */
export function kubescapeReader(): EvidenceReader {
  return {
    name: 'kubescape',
    read(o: unknown, ctx: ReadContext) {
      if (!isObject(o) || !isKubescapeProfile(o))
        return new BadRecord('not a Kubescape ApplicationProfile, ContainerProfile or NetworkNeighborhood');
      const meta = isObject(o.metadata) ? o.metadata : {};
      const labels = isObject(meta.labels) ? meta.labels : {};
      const workload = workloadKey(
        labels[`${LABEL}workload-namespace`] ?? meta.namespace,
        labels[`${LABEL}workload-name`],
      );
      if (!workload) return new BadRecord('profile without kubescape.io/workload-namespace and workload-name labels');
      const spec = isObject(o.spec) ? o.spec : {};
      // ContainerProfile holds one container's fields directly in spec.
      const containers =
        o.kind === 'ContainerProfile'
          ? [spec]
          : ['containers', 'initContainers', 'ephemeralContainers'].flatMap((k) =>
              Array.isArray(spec[k]) ? (spec[k] as unknown[]) : [],
            );
      // A profile without its data would count as coverage with nothing seen: every ebpf signal of the agent
      // validated, its threats closed on no evidence at all.
      if (o.kind === 'ContainerProfile' ? !recordsAnything(spec) : !containers.some(isObject))
        return new BadRecord(withoutData(o, meta));
      const time = normTime(meta.creationTimestamp) || ctx.now;
      const b = ctx.builder;
      b.add('seen', 'ebpf', { workload }, time);
      for (const c of containers) {
        if (!isObject(c)) continue;
        for (const e of list(c.execs))
          if (str(e.path)) b.add('exec', 'ebpf', { workload, binary: execBinary(str(e.path), argvOf(e)) }, time);
        for (const f of list(c.opens)) if (str(f.path)) b.add('file', 'ebpf', { workload, path: str(f.path) }, time);
        for (const n of list(c.endpoints)) {
          if (!str(n.endpoint)) continue;
          const direction = n.direction === 'inbound' ? 'inbound' : 'outbound';
          b.add('endpoint', 'ebpf', { workload, endpoint: str(n.endpoint), direction }, time);
        }
        for (const n of list(c.egress))
          for (const endpoint of withPorts(n, addressesOf(n)))
            b.add('endpoint', 'ebpf', { workload, endpoint, direction: 'outbound' }, time);
        // An ingress neighbour is a caller of the workload (of an MCP server: who reaches its tools besides the
        // agent); its ports are the ones it called on.
        for (const n of list(c.ingress))
          for (const endpoint of withPorts(n, callersOf(n, workload.slice(0, workload.indexOf('/')))))
            b.add('endpoint', 'ebpf', { workload, endpoint, direction: 'inbound' }, time);
      }
      return 1;
    },
  };
}

/** A ContainerProfile's spec as node-agent writes it always names the architecture, the image and what it saw. */
const CONTAINER_PROFILE_FIELDS = [
  'architectures',
  'capabilities',
  'execs',
  'opens',
  'syscalls',
  'endpoints',
  'egress',
  'ingress',
] as const;

function recordsAnything(spec: Record<string, unknown>): boolean {
  return str(spec.imageID) !== '' || CONTAINER_PROFILE_FIELDS.some((k) => Array.isArray(spec[k]) && spec[k].length > 0);
}

/**
 * Why a profile has no data. Kubescape's storage answers a list (`kubectl get applicationprofiles -o yaml`) from
 * its metadata table: every item is metadata only, however much the profile holds. A profile over the storage's
 * size limit is kept as metadata only too, marked `kubescape.io/status: too-large`.
 */
function withoutData(o: Record<string, unknown>, meta: Record<string, unknown>): string {
  const annotations = isObject(meta.annotations) ? meta.annotations : {};
  const what = `Kubescape ${str(o.kind)} ${quoted(`${str(meta.namespace)}/${str(meta.name)}`)}`;
  if (annotations['kubescape.io/status'] === 'too-large')
    return `${what} holds no data: its kubescape.io/status is too-large (the storage kept its metadata only)`;
  return `${what} holds no data (no container in spec): a list from Kubescape's storage carries metadata only; get each profile by name (kubectl get ${str(o.kind).toLowerCase()} NAME -n NAMESPACE -o yaml)`;
}

/**
 * The addresses of a network neighbour: its IPs and its DNS names (the deprecated single `ipAddress`/`dns`
 * fields of older profiles too). A neighbour known only by pod or namespace selector (an in-cluster peer) has none.
 */
function addressesOf(n: Record<string, unknown>): string[] {
  const ips = [...strings(n.ipAddresses), str(n.ipAddress)].filter((a) => a !== '' && a !== '*');
  // Names are recorded fully qualified (`api.github.com.`); signals name them without the root dot.
  const names = [...strings(n.dnsNames), str(n.dns)].map((a) => a.replace(/\.$/, '')).filter((a) => a !== '');
  return [...new Set([...ips, ...names])];
}

/**
 * Who an ingress neighbour is: its addresses, else the in-cluster peer its selectors name,
 * `<namespace>/<label>=<value>,…` (the namespace of `kubernetes.io/metadata.name`, the workload's own when the
 * neighbour has no namespace selector; `*` for labels it does not name), so a caller from another namespace or
 * another app is told apart from the agent.
 */
function callersOf(n: Record<string, unknown>, ownNamespace: string): string[] {
  const addresses = addressesOf(n);
  if (addresses.length > 0) return addresses;
  const pods = isObject(n.podSelector) ? n.podSelector : undefined;
  const namespaces = isObject(n.namespaceSelector) ? n.namespaceSelector : undefined;
  if (!pods && !namespaces) return [];
  const nsLabels = namespaces && isObject(namespaces.matchLabels) ? namespaces.matchLabels : {};
  const namespace = namespaces ? str(nsLabels['kubernetes.io/metadata.name']) || '*' : ownNamespace;
  const podLabels = pods && isObject(pods.matchLabels) ? pods.matchLabels : {};
  const labels = Object.entries(podLabels)
    .filter(([, v]) => typeof v === 'string')
    .map(([k, v]) => `${k}=${v as string}`)
    .sort();
  return [`${namespace}/${labels.length > 0 ? labels.join(',') : '*'}`];
}

/** `address:port` for each address and each of the neighbour's ports; the bare address when it lists no port. */
function withPorts(n: Record<string, unknown>, addresses: string[]): string[] {
  const ports = [...new Set(list(n.ports).map((p) => (typeof p.port === 'number' ? String(p.port) : '')))].filter(
    (p) => p !== '',
  );
  return addresses.flatMap((a) => (ports.length > 0 ? ports.map((p) => `${a}:${p}`) : [a]));
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

function list(v: unknown): Array<Record<string, unknown>> {
  return Array.isArray(v) ? v.filter(isObject) : [];
}

/**
 * The argv of a profile's exec. The node-agent records `path` as the executable's resolved path (a shell run through
 * a `/bin/sh` link to busybox is `/bin/busybox`) and `args` as the whole argv, argv[0] first (`["sh", "-c", …]`);
 * before, `path` was argv[0] and `args` the rest. Either way the argv is read as `args` (`busybox` with `sh` first
 * in `args` ran its shell, as does argv[0] `sh`).
 */
function argvOf(e: Record<string, unknown>): string[] | undefined {
  const args = Array.isArray(e.args) ? e.args.filter((a): a is string => typeof a === 'string') : [];
  return args.length > 0 ? args : undefined;
}
