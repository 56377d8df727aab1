import type { SurfaceEgressPort } from './surface.js';

/**
 * The ports NetworkPolicy egress rules allow to one destination, as sets: a diff must tell a port added to a
 * destination (443 → 443 and 5432, or every port) from a destination added, and say what the change adds; the
 * reader must tell whether a rule reaches a service on its port (the metadata service listens on TCP/80 only).
 *
 * Named ports are container port names of the destination pods, resolved by the network plugin: they are compared
 * by name only (`http` and 80 are different entries, neither includes the other).
 */

interface ProtocolPorts {
  every: boolean;
  /** Disjoint, sorted, inclusive. */
  ranges: Array<[number, number]>;
  names: Set<string>;
}

export interface PortSet {
  /** Every port of every protocol (a rule without `ports`). */
  every: boolean;
  protocols: Map<string, ProtocolPorts>;
}

/** The union of the ports of several rules' `ports` lists (an empty list: every port). */
export function portSet(lists: ReadonlyArray<readonly SurfaceEgressPort[]>): PortSet {
  const set: PortSet = { every: false, protocols: new Map() };
  for (const list of lists) {
    if (list.length === 0) set.every = true;
    for (const p of list) {
      const proto = set.protocols.get(p.protocol) ?? { every: false, ranges: [], names: new Set<string>() };
      set.protocols.set(p.protocol, proto);
      if (p.port === undefined) proto.every = true;
      else if (typeof p.port === 'string') proto.names.add(p.port);
      else proto.ranges.push([p.port, Math.max(p.port, p.endPort ?? p.port)]);
    }
  }
  // Merged once at the end: merging after each port made thousands of rules to one destination quadratic.
  for (const proto of set.protocols.values()) proto.ranges = merged(proto.ranges);
  return set;
}

/** Whether a rule's ports let traffic through to `protocol`/`port` (a numeric port: named ports never match it). */
export function portsReach(list: readonly SurfaceEgressPort[], protocol: string, port: number): boolean {
  if (list.length === 0) return true;
  return list.some(
    (p) =>
      p.protocol === protocol &&
      (p.port === undefined || (typeof p.port === 'number' && p.port <= port && port <= (p.endPort ?? p.port))),
  );
}

/**
 * The entries of a rule's `ports` that allow something `over` does not, as the surface writes them (`any port` for a
 * rule without ports); [] when `over` allows all the rule does. A diff names these as what a change adds.
 */
export function portsBeyond(list: readonly SurfaceEgressPort[], over: PortSet): string[] {
  if (list.length === 0) return over.every ? [] : ['any port'];
  return list.filter((p) => beyond(portSet([[p]]), over).length > 0).map(portLabel);
}

/** What `a` allows that `b` does not, by protocol; [] when `b` allows all of `a`. */
function beyond(a: PortSet, b: PortSet): string[] {
  if (b.every) return [];
  if (a.every) return ['any port'];
  const out: string[] = [];
  for (const [protocol, pa] of [...a.protocols].sort(([x], [y]) => x.localeCompare(y))) {
    const pb = b.protocols.get(protocol);
    if (pb?.every) continue;
    if (pa.every) {
      out.push(`${protocol}/any`);
      continue;
    }
    for (const [lo, hi] of minus(pa.ranges, pb?.ranges ?? []))
      out.push(`${protocol}/${lo === hi ? lo : `${lo}-${hi}`}`);
    for (const name of [...pa.names].sort()) if (!pb?.names.has(name)) out.push(`${protocol}/${name}`);
  }
  return out;
}

/** One `ports` entry as the surface writes it: `TCP/443`, `TCP/8000-8100`, `UDP/any`, `TCP/http`. */
export function portLabel(p: SurfaceEgressPort): string {
  if (p.port === undefined) return `${p.protocol}/any`;
  return `${p.protocol}/${p.port}${p.endPort !== undefined ? `-${p.endPort}` : ''}`;
}

function merged(ranges: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...ranges].sort((x, y) => x[0] - y[0]);
  const out: Array<[number, number]> = [];
  for (const [lo, hi] of sorted) {
    const last = out[out.length - 1];
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}

function minus(a: Array<[number, number]>, b: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [lo, hi] of a) {
    let from = lo;
    for (const [blo, bhi] of b) {
      if (bhi < from || blo > hi) continue;
      if (blo > from) out.push([from, blo - 1]);
      from = bhi + 1;
      if (from > hi) break;
    }
    if (from <= hi) out.push([from, hi]);
  }
  return out;
}
