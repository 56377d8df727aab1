import type { NodePath } from '../../model/catalog.js';
import type { ManifestObject } from '../../model/manifest.js';
import { portLabel, portsReach } from '../../model/egress-ports.js';
import type { SurfaceEgress, SurfaceEgressPeer, SurfaceEgressPort, SurfaceRef } from '../../model/surface.js';
import { FieldReader, refOf } from './fields.js';
import { labelSelectorMatches } from './rbac.js';
import { nodeNet } from '../node-builtins.js';

/**
 * networking.k8s.io/v1 NetworkPolicy: which pods a policy selects, whether it isolates their egress, and the
 * destinations its egress rules allow. A coerced agent exfiltrates over the network, so a policy deleted or a
 * rule to 0.0.0.0/0 widens its reach as much as a new tool does. Ingress rules are not read: they say who may
 * reach the agent, not what the agent may reach.
 */

/** A label selector as the API server matches it. */
interface Selector {
  matchLabels: Record<string, string>;
  matchExpressions: Array<{ key: string; operator: string; values: string[] }>;
}

export interface NetworkPolicyFacts {
  object: ManifestObject;
  ref: SurfaceRef;
  /** Undefined when the policy is written without a namespace (it applies to the namespace it is applied in). */
  namespace?: string;
  /** Undefined when the podSelector is malformed: the policy is then taken to select nothing. */
  podSelector?: Selector;
  isolatesEgress: boolean;
  /** The destinations its egress rules allow (empty when it does not isolate egress: its rules do not apply). */
  allowed: SurfaceEgressPeer[];
  /**
   * Found outside the agent's manifests (src/read/references.ts): it applies only where it names the namespace, since
   * one without a namespace goes wherever whoever applies it says.
   */
  elsewhere?: boolean;
}

/** The pods a policy may select: the agent's namespace (when known) and the labels its pods carry. */
export interface Pods {
  namespace?: string;
  labels: Record<string, string>;
}

export function isNetworkPolicy(o: ManifestObject): boolean {
  return o.kind === 'NetworkPolicy' && o.apiVersion === 'networking.k8s.io/v1';
}

/** Reads one NetworkPolicy; a malformed field is a problem at its line, and is read as absent. */
export function readNetworkPolicy(o: ManifestObject, f: FieldReader): NetworkPolicyFacts {
  const ref = refOf(o);
  // An absent podSelector is the empty one (the field is not optional in the API): every pod of the namespace.
  const selected = selectorAt(o, ['spec', 'podSelector'], f);
  const podSelector = selected === null ? EVERY_POD : selected;
  const types = f.strings(o, ['spec', 'policyTypes']) ?? [];
  const rules = f.list(o, ['spec', 'egress']) ?? [];
  // Without policyTypes (absent or empty) the API server adds Egress only when the policy has egress rules
  // (kubernetes pkg/apis/networking/v1/defaults.go SetDefaults_NetworkPolicy).
  const isolatesEgress = types.length > 0 ? types.includes('Egress') : rules.length > 0;
  const allowed: SurfaceEgressPeer[] = [];
  if (isolatesEgress) {
    rules.forEach((_, i) => {
      const rule: NodePath = ['spec', 'egress', i];
      if (f.map(o, rule) === undefined) return;
      const portList = portsOf(o, [...rule, 'ports'], f);
      const ports = portList.length === 0 ? 'any port' : portList.map(portLabel).join(', ');
      // The metadata service answers HTTP on TCP/80 only (AWS, GCP, Azure alike): a rule for 443 does not reach it.
      const toMetadata = portsReach(portList, 'TCP', METADATA_PORT);
      const to = f.list(o, [...rule, 'to']) ?? [];
      // No `to` (or an empty one): every destination, on the rule's ports.
      if (to.length === 0) {
        allowed.push({
          peer: 'anywhere',
          ports,
          portList,
          policy: ref,
          position: o.locate(rule),
          internet: true,
          ...(toMetadata ? { metadata: true } : {}),
        });
        return;
      }
      to.forEach((_, j) => {
        const found = peerOf(o, [...rule, 'to', j], o.namespace, f);
        if (!found) return;
        const { metadataInside, ...peer } = found;
        allowed.push({
          ...peer,
          ports,
          portList,
          ...(metadataInside && toMetadata ? { metadata: true } : {}),
          policy: ref,
          position: o.locate([...rule, 'to', j]),
        });
      });
    });
  }
  return { object: o, ref, namespace: o.namespace, podSelector, isolatesEgress, allowed };
}

/**
 * The egress of these pods: isolated when a selecting policy isolates it, and then the union of what the isolating
 * policies allow (policies add up; none takes away what another allows).
 */
export function egressOf(policies: readonly NetworkPolicyFacts[], pods: Pods): SurfaceEgress {
  const egress: SurfaceEgress = { pods, isolated: false, policies: [], allowed: [] };
  for (const p of policies) {
    if (!selects(p, pods) || !p.isolatesEgress) continue;
    egress.isolated = true;
    egress.policies.push({ ref: p.ref, position: p.object.position });
    egress.allowed.push(...p.allowed);
  }
  return egress;
}

/**
 * Whether a NetworkPolicy found outside the agent's manifests selects its pods: one that names their namespace and
 * whose podSelector matches their labels. A malformed policy selects nothing (its owner is told, not this agent).
 */
export function policySelects(o: ManifestObject, pods: Pods): boolean {
  if (!isNetworkPolicy(o) || o.namespace === undefined || o.namespace !== pods.namespace) return false;
  const selector = selectorAt(o, ['spec', 'podSelector'], new FieldReader());
  return selector !== undefined && labelSelectorMatches(selector ?? EVERY_POD, pods.labels);
}

function selects(p: NetworkPolicyFacts, pods: Pods): boolean {
  if (p.elsewhere && (p.namespace === undefined || p.namespace !== pods.namespace)) return false;
  // A policy or an agent written without a namespace goes wherever it is applied: taken to be the same.
  if (p.namespace !== undefined && pods.namespace !== undefined && p.namespace !== pods.namespace) return false;
  return !!p.podSelector && labelSelectorMatches(p.podSelector, pods.labels);
}

const EVERY_POD: Selector = { matchLabels: {}, matchExpressions: [] };

/** A selector, or null when absent, undefined when malformed (reported). */
function selectorAt(o: ManifestObject, path: NodePath, f: FieldReader): Selector | null | undefined {
  const raw = f.raw(o, path);
  if (raw === undefined || raw === null) return null;
  if (f.map(o, path) === undefined) return undefined;
  const matchLabels: Record<string, string> = {};
  for (const k of Object.keys(f.map(o, [...path, 'matchLabels']) ?? {})) {
    const v = f.str(o, [...path, 'matchLabels', k]);
    if (v !== undefined) matchLabels[k] = v;
  }
  const matchExpressions: Selector['matchExpressions'] = [];
  let ok = true;
  (f.list(o, [...path, 'matchExpressions']) ?? []).forEach((_, i) => {
    const at: NodePath = [...path, 'matchExpressions', i];
    const key = f.str(o, [...at, 'key']);
    const operator = f.str(o, [...at, 'operator']);
    if (key === undefined || !['In', 'NotIn', 'Exists', 'DoesNotExist'].includes(operator ?? '')) {
      f.problem(
        o.locate(at),
        `${o.kind} ${o.name}: a matchExpressions entry needs a key and an operator In, NotIn, Exists or DoesNotExist`,
      );
      ok = false;
      return;
    }
    matchExpressions.push({ key, operator: operator!, values: f.strings(o, [...at, 'values']) ?? [] });
  });
  return ok ? { matchLabels, matchExpressions } : undefined;
}

function selectorLabel(s: Selector): string {
  const parts = [
    ...Object.entries(s.matchLabels).map(([k, v]) => `${k}=${v}`),
    ...s.matchExpressions.map((e) =>
      e.operator === 'Exists'
        ? e.key
        : e.operator === 'DoesNotExist'
          ? `!${e.key}`
          : `${e.key} ${e.operator === 'In' ? 'in' : 'notin'} (${[...e.values].sort().join('|')})`,
    ),
  ].sort();
  return parts.length === 0 ? '{}' : parts.join(',');
}

/** A destination, and whether the metadata address is inside it (reached only on a port it listens on). */
type Peer = Pick<SurfaceEgressPeer, 'peer' | 'internet'> & { metadataInside?: boolean };

function peerOf(o: ManifestObject, at: NodePath, namespace: string | undefined, f: FieldReader): Peer | undefined {
  if (f.map(o, at) === undefined) return undefined;
  const cidr = f.str(o, [...at, 'ipBlock', 'cidr']);
  if (cidr !== undefined) {
    const except = f.strings(o, [...at, 'ipBlock', 'except']) ?? [];
    const prefix = parseCidr(cidr);
    if (!prefix) {
      f.problem(o.locate([...at, 'ipBlock', 'cidr']), `${o.kind} ${o.name}: ipBlock.cidr '${cidr}' is not a CIDR`);
      return undefined;
    }
    const metadata = holdsMetadata(prefix) && !except.some((e) => coversMetadata(e));
    return {
      peer: `ipBlock ${cidr}${except.length > 0 ? ` except ${except.join(', ')}` : ''}`,
      ...(prefix.bits === 0 ? { internet: true } : {}),
      ...(metadata ? { metadataInside: true } : {}),
    };
  }
  const pods = selectorAt(o, [...at, 'podSelector'], f);
  const namespaces = selectorAt(o, [...at, 'namespaceSelector'], f);
  if (pods === undefined || namespaces === undefined) return undefined;
  if (namespaces) {
    const where = `namespaces ${selectorLabel(namespaces)}`;
    return { peer: pods ? `pods ${selectorLabel(pods)} in ${where}` : where };
  }
  if (pods) return { peer: `pods ${selectorLabel(pods)} in ${namespace ?? 'its namespace'}` };
  f.problem(o.locate(at), `${o.kind} ${o.name}: an egress peer needs ipBlock, podSelector or namespaceSelector`);
  return undefined;
}

/**
 * A rule's `ports` entries ([] when absent or empty: every port). `protocol` defaults to TCP; `port` is a number or
 * a named port; `endPort` extends a numeric port to a range, and is invalid otherwise (a problem; the port is read
 * alone).
 */
function portsOf(o: ManifestObject, path: NodePath, f: FieldReader): SurfaceEgressPort[] {
  const items = f.list(o, path) ?? [];
  const out: SurfaceEgressPort[] = [];
  items.forEach((_, i) => {
    const at: NodePath = [...path, i];
    if (f.map(o, at) === undefined) return;
    const protocol = f.str(o, [...at, 'protocol']) ?? 'TCP';
    const written = f.str(o, [...at, 'port']);
    const port = written !== undefined && /^\d+$/.test(written) ? Number(written) : written;
    const end = f.str(o, [...at, 'endPort']);
    const entry: SurfaceEgressPort = { protocol, ...(port !== undefined ? { port } : {}), position: o.locate(at) };
    if (end !== undefined) {
      const endPort = /^\d+$/.test(end) ? Number(end) : Number.NaN;
      if (typeof port !== 'number' || !(endPort >= port))
        f.problem(
          o.locate([...at, 'endPort']),
          `${o.kind} ${o.name}: endPort needs a numeric port no greater than it (the API server rejects this entry)`,
        );
      else entry.endPort = endPort;
    }
    out.push(entry);
  });
  return out;
}

const METADATA_IP = 0xa9fea9fe; // 169.254.169.254
/** The instance metadata service's IPv6 address on AWS Nitro instances (IMDS over IPv6). */
const METADATA_IPV6 = 'fd00:ec2::254';
const METADATA_PORT = 80;

interface Prefix {
  v4: boolean;
  bits: number;
  /** The IPv4 network as an unsigned 32-bit number (0 for IPv6). */
  net: number;
  /** The address as written (for IPv6). */
  address: string;
}

function parseCidr(cidr: string): Prefix | undefined {
  const m = /^([^/]+)\/(\d{1,3})$/.exec(cidr.trim());
  if (!m) return undefined;
  const bits = Number(m[2]);
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(m[1]);
  if (v4) {
    const octets = v4.slice(1).map(Number);
    if (bits > 32 || octets.some((x) => x > 255)) return undefined;
    return { v4: true, bits, net: octets.reduce((a, x) => a * 256 + x, 0), address: m[1] };
  }
  if (m[1].includes(':') && bits <= 128 && nodeNet().isIPv6(m[1])) return { v4: false, bits, net: 0, address: m[1] };
  return undefined;
}

function containsV4(p: Prefix, ip: number): boolean {
  const size = 2 ** (32 - p.bits);
  return Math.floor(p.net / size) === Math.floor(ip / size);
}

/** Whether the block holds the metadata service's address: 169.254.169.254, or fd00:ec2::254 for an IPv6 block. */
function holdsMetadata(p: Prefix): boolean {
  if (p.v4) return containsV4(p, METADATA_IP);
  const block = new (nodeNet().BlockList)();
  block.addSubnet(p.address, p.bits, 'ipv6');
  return block.check(METADATA_IPV6, 'ipv6');
}

function coversMetadata(cidr: string): boolean {
  const p = parseCidr(cidr);
  return !!p && holdsMetadata(p);
}
