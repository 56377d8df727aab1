import { isIP as ipVersion } from 'node:net';
import { normTime } from './summary-builder.js';
import { stableFilePath, workloadKey, workloadKeyOfPod } from '../../model/workload-name.js';
import { BadRecord, isObject, str, type EvidenceReader, type ReadContext } from './reader.js';
import { execBinary } from '../../model/exec-binary.js';

export const TETRAGON_EVENTS = [
  'process_exec',
  'process_exit',
  'process_kprobe',
  'process_tracepoint',
  'process_loader',
  'process_uprobe',
  'process_throttle',
  'process_lsm',
  'process_usdt',
  'rate_limit_info',
];

/** Events of a TracingPolicy hook: each carries the policy's name and the hook's arguments (tetragon.proto). */
const POLICY_EVENTS = new Set([
  'process_kprobe',
  'process_tracepoint',
  'process_lsm',
  'process_uprobe',
  'process_usdt',
]);

export function isTetragonEvent(o: Record<string, unknown>): boolean {
  return TETRAGON_EVENTS.some((k) => k in o);
}

/**
 * Tetragon JSON export (GetEventsResponse, one per line): process_exec → executed binary; kprobes (and LSM hooks,
 * tracepoints, uprobes, USDT probes) with a sock_arg, sockaddr_arg, sockaddrun_arg (Unix socket) or skb_arg → endpoint, with a file_arg/path_arg → file, with a
 * linux_binprm_arg → executed binary; a policy name → alert. Every event of a pod counts as coverage of its workload.
 */
export function tetragonReader(): EvidenceReader {
  return {
    name: 'tetragon',
    read(o: unknown, ctx: ReadContext) {
      if (!isObject(o)) return new BadRecord('not a Tetragon event');
      const kind = TETRAGON_EVENTS.find((k) => k in o);
      if (!kind) return new BadRecord('not a Tetragon event (no process_* key)');
      const ev = o[kind];
      if (!isObject(ev)) return new BadRecord(`${kind} is not an object`);
      const time = normTime(o.time);
      if (!time) return new BadRecord('Tetragon event without a valid time');
      const proc = isObject(ev.process) ? ev.process : undefined;
      const pod = proc && isObject(proc.pod) ? proc.pod : undefined;
      // Host processes (no pod) are outside any agent's workload: counted as events, attributed to nobody.
      const workload = pod ? workloadKey(pod.namespace, pod.workload) || workloadKeyOfPod(pod.namespace, pod.name) : '';
      const b = ctx.builder;
      b.add('seen', 'ebpf', { workload }, time);
      if (!workload) return 1;
      if (kind === 'process_exec' && proc && str(proc.binary))
        b.add('exec', 'ebpf', { workload, binary: execBinary(str(proc.binary), execArgv(proc)) }, time);
      if (POLICY_EVENTS.has(kind)) {
        const policy = str(ev.policy_name);
        if (policy) b.add('alert', 'ebpf', { workload, rule: policy }, time);
        const fn = str(ev.function_name);
        for (const arg of Array.isArray(ev.args) ? ev.args : []) {
          if (!isObject(arg)) continue;
          const endpoint = endpointOf(arg, fn);
          if (endpoint) b.add('endpoint', 'ebpf', { workload, ...endpoint }, time);
          const file = isObject(arg.file_arg) ? arg.file_arg : isObject(arg.path_arg) ? arg.path_arg : undefined;
          if (file && str(file.path)) b.add('file', 'ebpf', { workload, path: stableFilePath(str(file.path)) }, time);
          // A `linux_binprm` argument (security_bprm_check, the LSM bprm_check_security hook) is the binary being
          // executed, also when the policy blocked it and no process_exec followed.
          const binprm = arg.linux_binprm_arg;
          if (isObject(binprm) && str(binprm.path)) b.add('exec', 'ebpf', { workload, binary: str(binprm.path) }, time);
        }
      }
      return 1;
    },
  };
}

/**
 * The argv of an exec as far as Tetragon tells it: `binary` is the path given to execve (a `/bin/sh` link is
 * `/bin/sh`), and `arguments` leave out argv[0], so the path stands in for it: `/bin/busybox` with arguments
 * `sh -c …` ran busybox's shell. A process found in /proc at Tetragon's start (flag `procFS`) is known by its resolved
 * executable with argv[0] dropped: which tool a multi-call binary ran is not said.
 */
function execArgv(proc: Record<string, unknown>): string[] | undefined {
  if (/\bprocFS\b/.test(str(proc.flags))) return undefined;
  const first = /^\S+/.exec(str(proc.arguments).trimStart())?.[0];
  return [str(proc.binary), ...(first ? [first.replace(/^"(.*)"$/, '$1')] : [])];
}

type Endpoint = { endpoint: string; direction: 'outbound' | 'inbound' };

/**
 * The endpoint a policy argument names, if any:
 * - `sock_arg` (a connection): its peer `daddr:dport`;
 * - `sockaddr_arg` (security_socket_connect, the LSM socket_connect hook): the address asked for, the peer of a
 *   connect, the local address of a bind;
 * - `sockaddrun_arg` (a Unix socket's `sockaddr_un`): `unix:` and its path (`@name` for an abstract one), so a
 *   connect to the container runtime's or the kubelet's socket is a host-access endpoint;
 * - `skb_arg` (a packet): its destination `daddr:dport`, the local address served on a receive hook.
 * A `sock`/`sockaddr` of a Unix socket has no IP (Tetragon writes `invalid IP`): no endpoint, rather than a
 * made-up one that a wildcard match or the baseline would take for a peer.
 */
function endpointOf(arg: Record<string, unknown>, fn: string): Endpoint | undefined {
  const sock = arg.sock_arg;
  if (isObject(sock) && isIP(str(sock.daddr)))
    return { endpoint: hostPort(str(sock.daddr), sock.dport), direction: 'outbound' };
  const addr = arg.sockaddr_arg;
  if (isObject(addr) && isIP(str(addr.addr)))
    return { endpoint: hostPort(str(addr.addr), addr.port), direction: BIND.test(fn) ? 'inbound' : 'outbound' };
  const un = arg.sockaddrun_arg;
  if (isObject(un) && str(un.path))
    return { endpoint: `unix:${str(un.path)}`, direction: BIND.test(fn) ? 'inbound' : 'outbound' };
  const skb = arg.skb_arg;
  if (isObject(skb) && isIP(str(skb.daddr)))
    return { endpoint: hostPort(str(skb.daddr), skb.dport), direction: RECEIVE.test(fn) ? 'inbound' : 'outbound' };
  return undefined;
}

const BIND = /bind/;
/** Kernel functions on the receive path (ip_rcv, tcp_v4_rcv, udp_recvmsg, netif_receive_skb…). */
const RECEIVE = /rcv|recv|receive|ingress|input/;

function hostPort(ip: string, port: unknown): string {
  return `${ip}:${String(port ?? '')}`;
}

function isIP(s: string): boolean {
  return ipVersion(s) !== 0;
}
