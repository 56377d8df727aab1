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
  const membership = readSmall(process.env.THREATCAT_PROC_CGROUP || '/proc/self/cgroup', 4096);
  const quota = cgroupCpuLimit(process.env.THREATCAT_CGROUP_ROOT || '/sys/fs/cgroup', membership);
  return quota === undefined ? cores : Math.min(cores, quota);
}

/**
 * Whole CPUs of the cgroup's quota (cgroup v2 `cpu.max`, else v1 `cpu.cfs_quota_us` over `cpu.cfs_period_us`), at
 * least 1; undefined when there is no quota or no file that says one. A fraction is rounded down: a thread past the
 * whole CPUs only gets throttled. Where to look: the mount `root`, which inside a container of its own cgroup
 * namespace is the container's cgroup; and, from `membership` (the text of /proc/self/cgroup), the process's own
 * cgroup under it and every cgroup above that, as on a host or in a container sharing the host's namespace
 * (`0::/system.slice/docker-….scope`), where the root has no quota. The smallest quota met is the one that binds.
 */
export function cgroupCpuLimit(root: string, membership?: string): number | undefined {
  const limits = cgroupDirs(membership).flatMap(({ v1, path }) => {
    const at = quotaAt(root, path, v1);
    return at === undefined ? [] : [at];
  });
  return limits.length === 0 ? undefined : Math.min(...limits);
}

/** The cgroups to read, the process's own first; the mount root (v2 and v1 layouts) always among them. */
function cgroupDirs(membership: string | undefined): Array<{ v1?: string[]; path: string }> {
  const dirs: Array<{ v1?: string[]; path: string }> = [{ path: '' }];
  for (const line of (membership ?? '').split('\n')) {
    // `hierarchy-ID:controllers:path`; v2 is `0::path`, v1 names its controllers (`4:cpu,cpuacct:/docker/…`).
    const m = /^(\d+):([^:]*):(\/.*)$/.exec(line.trim());
    if (!m) continue;
    const controllers = m[2].split(',');
    if (m[2] !== '' && !controllers.includes('cpu')) continue;
    const parts = m[3].split('/').filter((p) => p !== '' && p !== '.');
    // A path that climbs, or one deeper than a cgroup tree goes, is not one to follow.
    if (parts.includes('..') || parts.length > MAX_DEPTH) continue;
    const v1 = m[2] === '' ? undefined : [m[2], 'cpu'];
    for (let n = parts.length; n > 0; n--) dirs.push({ path: parts.slice(0, n).join('/'), ...(v1 ? { v1 } : {}) });
  }
  return dirs;
}

const MAX_DEPTH = 32;

/** The quota of one cgroup: `path` under the v2 mount, or under a v1 controller's mount (its folder names). */
function quotaAt(root: string, path: string, v1: string[] | undefined): number | undefined {
  if (v1 === undefined) {
    const v2 = readSmall(join(root, path, 'cpu.max'));
    if (v2 !== undefined) {
      const [quota, period] = v2.trim().split(/\s+/);
      return cpusOf(quota, period ?? '100000');
    }
  }
  for (const dir of v1 ?? ['cpu', 'cpu,cpuacct', '.']) {
    const quota = readSmall(join(root, dir, path, 'cpu.cfs_quota_us'));
    if (quota === undefined) continue;
    return cpusOf(quota.trim(), readSmall(join(root, dir, path, 'cpu.cfs_period_us'))?.trim() ?? '100000');
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
function readSmall(path: string, max = 256): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    if (!fstatSync(fd).isFile()) return undefined;
    const buf = Buffer.alloc(max + 1);
    const n = readSync(fd, buf, 0, buf.length, 0);
    return n > max ? undefined : buf.toString('utf8', 0, n);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
