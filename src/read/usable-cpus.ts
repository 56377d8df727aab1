import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { nodeOs } from './node-builtins.js';

/**
 * The CPUs this process may use: the cores Node sees, capped by the container's CPU quota. availableParallelism()
 * counts the host's cores (or the cpuset), not a quota: a container limited to one CPU on a 64-core node would
 * otherwise start threads that only take turns with this one and make the run slower. Read when a command decides
 * whether to start a thread, never at start-up.
 */
export function usableCpus(): number {
  const cores = nodeOs().availableParallelism();
  const quota = cgroupCpuLimit(process.env.THREATCAT_CGROUP_ROOT || '/sys/fs/cgroup');
  return quota === undefined ? cores : Math.min(cores, quota);
}

/**
 * Whole CPUs of the cgroup's quota under `root` (cgroup v2 `cpu.max`, else v1 `cpu.cfs_quota_us` over
 * `cpu.cfs_period_us`), at least 1; undefined when there is no quota or no file that says one. A fraction is rounded
 * down: a thread past the whole CPUs only gets throttled. Inside a container the mount's root is its own cgroup.
 */
export function cgroupCpuLimit(root: string): number | undefined {
  const v2 = readSmall(join(root, 'cpu.max'));
  if (v2 !== undefined) {
    const [quota, period] = v2.trim().split(/\s+/);
    return cpusOf(quota, period ?? '100000');
  }
  for (const dir of ['cpu', 'cpu,cpuacct', '.']) {
    const quota = readSmall(join(root, dir, 'cpu.cfs_quota_us'));
    if (quota === undefined) continue;
    return cpusOf(quota.trim(), readSmall(join(root, dir, 'cpu.cfs_period_us'))?.trim() ?? '100000');
  }
  return undefined;
}

/** `max` and -1 say no quota; anything else that is not a positive whole number says nothing. */
function cpusOf(quota: string | undefined, period: string): number | undefined {
  if (!quota || !/^\d+$/.test(quota) || !/^\d+$/.test(period)) return undefined;
  const q = Number(quota);
  const p = Number(period);
  if (q <= 0 || p <= 0 || !Number.isSafeInteger(q) || !Number.isSafeInteger(p)) return undefined;
  return Math.max(1, Math.floor(q / p));
}

/**
 * A control file's text; undefined when it is missing, unreadable, not a regular file (a FIFO would block the read)
 * or longer than a control file is.
 */
function readSmall(path: string): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    if (!fstatSync(fd).isFile()) return undefined;
    const buf = Buffer.alloc(257);
    const n = readSync(fd, buf, 0, buf.length, 0);
    return n > 256 ? undefined : buf.toString('utf8', 0, n);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
