import {
  closeSync,
  mkdirSync,
  fsyncSync,
  openSync,
  readdirSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { processAlive } from './process-alive.js';

/**
 * Writes a file atomically: a temp file in the same directory (same file system), fsync, then rename over the
 * target and fsync the directory, so a reader or a crash (kill -9, power loss) sees the old file or the new one,
 * never half a catalog. The existing file's mode is kept. Temp files a killed run left beside the target (their
 * pid is in the name) are removed.
 */
export function writeFileAtomic(path: string, text: string, opts: { createDirs?: boolean } = {}): void {
  if (opts.createDirs) mkdirSync(dirname(path), { recursive: true });
  let mode = 0o644;
  try {
    mode = statSync(path).mode & 0o7777;
  } catch {
    // New file: default mode.
  }
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', mode);
    writeSync(fd, text);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, path);
  } catch (err) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
      // The temp file may not exist.
    }
    throw err;
  }
  syncDir(dirname(path));
  removeDeadTemps(path);
}

/** The rename is durable only once the directory entry is on disk. Not every system can open a directory. */
function syncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Windows, or a file system without directory fsync: the rename stands, its durability is the system's.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** `.<name>.<pid>.<hex>.tmp` beside `path` whose writer is no longer running. */
function removeDeadTemps(path: string): void {
  const dir = dirname(path);
  const prefix = `.${basename(path)}.`;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const n of names) {
    if (!n.startsWith(prefix)) continue;
    const m = /^(\d+)\.[0-9a-f]{12}\.tmp$/.exec(n.slice(prefix.length));
    if (!m || Number(m[1]) === process.pid || processAlive(Number(m[1]))) continue;
    try {
      unlinkSync(join(dir, n));
    } catch {
      // Removed by another run meanwhile.
    }
  }
}
