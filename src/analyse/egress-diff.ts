import { portSet, portsBeyond } from '../model/egress-ports.js';
import type { Position } from '../model/finding.js';
import type { AgentSurface, SurfaceEgress, SurfaceEgressPeer, SurfaceRef } from '../model/surface.js';
import type { Emit } from './surface-diff.js';

/**
 * Where the agent's pods may connect (NetworkPolicy egress): isolation lost, or a destination or port allowed, widens
 * what a coerced agent can send data to; the reverse narrows it. `permissions-changed`, aspect `network`, scoped to
 * the agent's identity: the network is reach as much as RBAC is. A policy gone is reported at it in base, a
 * destination added at its peer in head, a port added to a destination at that port, a port removed at the
 * destination in head, pods moved onto the node's network (where no policy applies) at `hostNetwork`.
 */
export function diffEgress(base: AgentSurface, head: AgentSurface, agent: string, emit: Emit): void {
  const b = base.egress;
  const h = head.egress;
  if (!b || !h) return;
  const identity = head.identity ?? base.identity;
  const scope = { aspect: 'network', ...(identity !== undefined ? { identity } : {}) };
  const subject = `egress of ${agent}`;
  const everything = 'anywhere on any port';
  if (h.hostNetwork && !b.hostNetwork && b.isolated) {
    emit(
      'permissions-changed',
      'widened',
      h.hostNetwork,
      `${subject}: its pods now use the node's network (hostNetwork), where no NetworkPolicy applies: ${reachWords(true, true)}`,
      peerLabels(b.allowed),
      [`${everything} (the node's network)`],
      scope,
    );
    return;
  }
  if (b.hostNetwork && !h.hostNetwork && h.isolated) {
    const first = h.policies[0];
    emit(
      'permissions-changed',
      'narrowed',
      first.position,
      `${subject}: its pods left the node's network (hostNetwork); ${refLabel(first.ref)} now limits it to ${h.allowed.length} destination${h.allowed.length === 1 ? '' : 's'}`,
      [`${everything} (the node's network)`],
      peerLabels(h.allowed),
      scope,
    );
    return;
  }
  if (b.isolated && !h.isolated) {
    const gone = b.policies.find((p) => !h.policies.some((x) => sameRef(x.ref, p.ref))) ?? b.policies[0];
    emit(
      'permissions-changed',
      'widened',
      gone.position,
      `${subject}: no NetworkPolicy limits it any more (${refLabel(gone.ref)} no longer isolates its pods): ${reachWords(true, true)}`,
      peerLabels(b.allowed),
      [everything],
      scope,
    );
    return;
  }
  if (!b.isolated && h.isolated) {
    const first = h.policies[0];
    emit(
      'permissions-changed',
      'narrowed',
      first.position,
      `${subject}: ${refLabel(first.ref)} now limits it to ${h.allowed.length} destination${h.allowed.length === 1 ? '' : 's'}`,
      [everything],
      peerLabels(h.allowed),
      scope,
    );
    return;
  }
  if (!b.isolated) return;
  const groups = new Map<string, Group>();
  for (const c of changes(b, h)) {
    const k = `${c.direction}\0${c.position.file}:${c.position.line}`;
    const g = groups.get(k) ?? { ...c, parts: [], before: [], after: [] };
    g.parts.push(c.part);
    g.before.push(...c.before);
    g.after.push(...c.after);
    g.internet ||= c.internet;
    g.metadata ||= c.metadata;
    groups.set(k, g);
  }
  for (const g of groups.values()) {
    const reach = g.direction === 'widened' ? reachWords(g.internet, g.metadata) : '';
    emit(
      'permissions-changed',
      g.direction,
      g.position,
      `${subject}: ${g.parts.join('; ')}${reach ? `: ${reach}` : ''}`,
      g.before.length > 0 ? g.before : null,
      g.after.length > 0 ? g.after : null,
      scope,
    );
  }
}

/** One destination's change, before events at the same line are merged. */
interface Change {
  direction: 'widened' | 'narrowed';
  position: Position;
  part: string;
  before: string[];
  after: string[];
  /** What the change newly makes reachable. */
  internet: boolean;
  metadata: boolean;
}

type Group = Omit<Change, 'part'> & { parts: string[] };

/**
 * Destinations are matched by their peer (policies add up: the same peer allowed by another rule or policy is the
 * same reach); a destination in both states compares the union of its ports, so a port added is one widened change
 * at that port, not a destination removed and another added.
 */
function changes(b: SurfaceEgress, h: SurfaceEgress): Change[] {
  const before = byPeer(b.allowed);
  const after = byPeer(h.allowed);
  const out: Change[] = [];
  for (const [peer, hs] of after) {
    const bs = before.get(peer);
    if (!bs) {
      // Each entry at its own line: two rules adding the same peer are two changes.
      for (const e of hs)
        out.push({
          direction: 'widened',
          position: e.position,
          part: `${peerLabel(e)} allowed`,
          before: [],
          after: [peerLabel(e)],
          internet: !!e.internet,
          metadata: !!e.metadata,
        });
      continue;
    }
    const was = portSet(bs.map((e) => e.portList));
    const now = portSet(hs.map((e) => e.portList));
    const added = unique(hs.flatMap((e) => portsBeyond(e.portList, was)));
    const removed = unique(bs.flatMap((e) => portsBeyond(e.portList, now)));
    if (added.length > 0) {
      const at = hs.find((e) => portsBeyond(e.portList, was).length > 0)!;
      const port = at.portList.find((p) => portsBeyond([p], was).length > 0);
      out.push({
        direction: 'widened',
        position: port?.position ?? at.position,
        part: `${peer} on ${added.join(', ')} allowed (was on ${portsOf(bs)})`,
        before: peerLabels(bs),
        after: peerLabels(hs),
        internet: false,
        metadata: hs.some((e) => e.metadata) && !bs.some((e) => e.metadata),
      });
    } else if (removed.length > 0) {
      out.push({
        direction: 'narrowed',
        position: hs[0].position,
        part: `${peer} on ${removed.join(', ')} no longer allowed (now on ${portsOf(hs)})`,
        before: peerLabels(bs),
        after: peerLabels(hs),
        internet: false,
        metadata: false,
      });
    }
  }
  for (const [peer, bs] of before) {
    if (after.has(peer)) continue;
    for (const e of bs)
      out.push({
        direction: 'narrowed',
        position: e.position,
        part: `${peerLabel(e)} no longer allowed`,
        before: [peerLabel(e)],
        after: [],
        internet: false,
        metadata: false,
      });
  }
  return out;
}

function byPeer(allowed: readonly SurfaceEgressPeer[]): Map<string, SurfaceEgressPeer[]> {
  const m = new Map<string, SurfaceEgressPeer[]>();
  for (const e of allowed) {
    const list = m.get(e.peer);
    if (list) list.push(e);
    else m.set(e.peer, [e]);
  }
  return m;
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}

function portsOf(entries: readonly SurfaceEgressPeer[]): string {
  return unique(entries.map((e) => e.ports)).join('; ');
}

function peerLabel(p: SurfaceEgressPeer): string {
  return `${p.peer} on ${p.ports}`;
}

function peerLabels(allowed: readonly SurfaceEgressPeer[]): string[] {
  return unique(allowed.map(peerLabel));
}

function sameRef(a: SurfaceRef, b: SurfaceRef): boolean {
  return a.kind === b.kind && a.name === b.name && (a.namespace ?? '') === (b.namespace ?? '');
}

function refLabel(r: SurfaceRef): string {
  return `${r.kind} ${r.namespace ? `${r.namespace}/` : ''}${r.name}`;
}

/** The destinations a reviewer must not miss: the whole internet, and the cloud metadata service (node credentials). */
function reachWords(internet: boolean, metadata: boolean): string {
  const parts = [
    ...(internet ? ['the internet (0.0.0.0/0)'] : []),
    ...(metadata ? ['the cloud metadata service (169.254.169.254, fd00:ec2::254)'] : []),
  ];
  return parts.length === 0 ? '' : `${parts.join(' and ')} now reachable`;
}
