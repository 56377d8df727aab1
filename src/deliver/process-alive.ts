import { readFileSync } from 'node:fs';

/**
 * Whether a process of this machine is still running. EPERM means it runs under another user: alive. Where the
 * system shows process start times (Linux /proc), a pid reused by a later process is told apart by `startedAt`.
 */
export function processAlive(pid: number, startedAt?: string): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  if (startedAt === undefined) return true;
  const now = processStart(pid);
  return now === undefined || now === startedAt;
}

/** The process's start time in clock ticks since boot (Linux), to recognise a reused pid; undefined elsewhere. */
export function processStart(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: count fields after its last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}
