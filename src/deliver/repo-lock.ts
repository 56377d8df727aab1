import { createHash, randomBytes } from 'node:crypto';
import { childProcess } from '../read/node-builtins.js';
import {
  closeSync,
  linkSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { UsageError } from '../model/input-error.js';
import { processAlive, processStart } from './process-alive.js';

/**
 * One lock per repository for every threatcat command that writes catalogs or baselines (ingest --write/--commit,
 * diff --write, validate --fix): two runs at once serialise instead of one overwriting the other's results.
 *
 * The lock is a file created exclusively under the git dir (`threatcat.lock`, holding the owner's pid, host and
 * command); a run waits for it up to THREATCAT_LOCK_TIMEOUT seconds (default 60). A lock whose owner died (kill -9,
 * a crash, a closed terminal) is taken over; one held by a live process, or by another host, is never removed.
 */
export const LOCK_NAME = 'threatcat.lock';
const LOCK_ENV = 'THREATCAT_REPO_LOCK';
const DEFAULT_TIMEOUT_S = 60;

interface Holder {
  pid: number;
  host: string;
  command: string;
  since: string;
  nonce: string;
  start?: string;
}

export interface RepoLock {
  /** The lock file. */
  path: string;
  /** The git dir (the lock's folder), when the root is in a git repository. */
  gitDir?: string;
  release(): void;
}

export interface LockOptions {
  /** Seconds to wait for another run; defaults to THREATCAT_LOCK_TIMEOUT or 60. */
  timeoutSeconds?: number;
  /** Told once when the run has to wait, with whom it waits for. */
  onWait?: (message: string) => void;
}

/** The repository's git dir (per worktree) and common dir, or undefined outside a git repository. */
export function gitDirs(root: string): { gitDir: string; commonDir: string } | undefined {
  // child_process on first use: validate imports this module for --fix, and a plain validate must not pay for it.
  const r = childProcess().spawnSync('git', ['rev-parse', '--absolute-git-dir', '--git-common-dir'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (r.status !== 0 || !r.stdout) return undefined;
  const [gitDir, common] = r.stdout.trim().split('\n');
  if (!gitDir) return undefined;
  return { gitDir, commonDir: common ? resolve(root, common) : gitDir };
}

/** The lock's path: under the git dir, or (outside git) in the temp folder, named after the root's real path. */
function lockPathFor(root: string): { path: string; gitDir?: string } {
  const dirs = gitDirs(root);
  if (dirs) return { path: join(dirs.gitDir, LOCK_NAME), gitDir: dirs.gitDir };
  let real = root;
  try {
    real = realpathSync(root);
  } catch {
    // A root that does not exist fails later, with the command's own message.
  }
  const id = createHash('sha256').update(real).digest('hex').slice(0, 16);
  return { path: join(tmpdir(), `threatcat-${id}.lock`) };
}

export function lockTimeoutSeconds(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.THREATCAT_LOCK_TIMEOUT;
  if (raw === undefined || raw === '') return DEFAULT_TIMEOUT_S;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0)
    throw new UsageError(`THREATCAT_LOCK_TIMEOUT=${raw}: expected a number of seconds (0 or more)`);
  return n;
}

/**
 * Takes the repository's threatcat lock, waiting (bounded) for another run to finish. Synchronous (the wait
 * blocks), so that synchronous commands such as validate --fix can take it too. A threatcat run started under a
 * run that holds the lock (a git hook of ingest's commit running validate --fix) shares it: the holder's nonce is
 * passed down in THREATCAT_REPO_LOCK.
 */
export function acquireRepoLock(root: string, command: string, opts: LockOptions = {}): RepoLock {
  const { path, gitDir } = lockPathFor(root);
  const timeoutMs = (opts.timeoutSeconds ?? lockTimeoutSeconds()) * 1000;
  const deadline = Date.now() + timeoutMs;
  const me: Holder = {
    pid: process.pid,
    host: hostname(),
    command,
    since: new Date().toISOString(),
    nonce: randomBytes(8).toString('hex'),
    start: processStart(process.pid),
  };
  let told = false;
  for (;;) {
    if (tryCreate(path, me)) {
      const outer = process.env[LOCK_ENV];
      process.env[LOCK_ENV] = me.nonce;
      return {
        path,
        gitDir,
        release: () => {
          if (outer === undefined) delete process.env[LOCK_ENV];
          else process.env[LOCK_ENV] = outer;
          // Only our own lock: a run that lost it (removed by hand) must not remove the next owner's.
          if (readHolder(path)?.nonce === me.nonce) unlinkQuiet(path);
        },
      };
    }
    const holder = readHolder(path);
    if (holder === undefined) continue; // Released between our attempt and the read.
    if (holder.nonce === process.env[LOCK_ENV]) return { path, gitDir, release: () => {} };
    if (holder.host === me.host && !processAlive(holder.pid, holder.start)) {
      takeOver(path, holder);
      continue;
    }
    if (Date.now() >= deadline) throw new UsageError(busyMessage(path, holder, timeoutMs / 1000));
    if (!told) {
      told = true;
      opts.onWait?.(
        `waiting for ${holder.command} (pid ${holder.pid}${holder.host === me.host ? '' : ` on ${holder.host}`}, since ${holder.since}) to finish with this repository (lock ${path})`,
      );
    }
    sleepSync(40 + Math.floor(Math.random() * 60));
  }
}

/**
 * Creates the lock with its whole content at once: written to a private file, then hard-linked to the lock's name
 * (link fails if the name exists), so no reader ever sees an empty or half-written lock.
 */
function tryCreate(path: string, me: Holder): boolean {
  const tmp = `${path}.${me.pid}.${me.nonce}.tmp`;
  const fd = openSync(tmp, 'w', 0o644);
  try {
    writeSync(fd, `${JSON.stringify(me)}\n`);
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(tmp, path);
    cleanStrays(path);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new UsageError(`cannot create the lock ${path}: ${(err as Error).message}`);
  } finally {
    unlinkQuiet(tmp);
  }
}

function readHolder(path: string): Holder | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const h = JSON.parse(text) as Holder;
    if (typeof h.pid === 'number' && typeof h.nonce === 'string') return h;
  } catch {
    // Not ours, or damaged: shown as unknown, never taken over.
  }
  return { pid: 0, host: '?', command: 'an unknown program', since: '?', nonce: `unknown-${text.length}` };
}

/**
 * Removes a dead owner's lock so that exactly one waiter does: the first to create the claim file for that
 * lock (named by its nonce) checks that the lock is still that one and removes it. A waiter that lost the race
 * just tries again; nobody removes a lock created after the dead one.
 */
function takeOver(path: string, dead: Holder): void {
  const claim = `${path}.${dead.nonce}.takeover`;
  let fd: number;
  try {
    fd = openSync(claim, 'wx');
  } catch {
    return;
  }
  closeSync(fd);
  try {
    if (readHolder(path)?.nonce === dead.nonce) unlinkQuiet(path);
  } finally {
    unlinkQuiet(claim);
  }
}

/** Temp files of lock attempts whose process was killed between creating and removing them. */
function cleanStrays(path: string): void {
  const dir = dirname(path);
  const base = path.slice(dir.length + 1);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const n of names) {
    if (!n.startsWith(`${base}.`)) continue;
    const m = /^\.(\d+)\.[0-9a-f]{16}\.tmp$/.exec(n.slice(base.length));
    if (m && Number(m[1]) !== process.pid && !processAlive(Number(m[1]))) unlinkQuiet(join(dir, n));
  }
}

function busyMessage(path: string, h: Holder, waited: number): string {
  const who =
    h.pid === 0
      ? `a file threatcat cannot read (${path})`
      : `${h.command} (pid ${h.pid}${h.host === hostname() ? '' : ` on host ${h.host}`}, since ${h.since})`;
  return (
    `another threatcat run holds this repository's lock ${path}: ${who}; waited ${waited} s. ` +
    `Let it finish and run again (THREATCAT_LOCK_TIMEOUT sets the wait in seconds); if that process is not ` +
    `running any more${h.host === hostname() ? '' : ' on its host'}, remove the lock: rm '${path}'`
  );
}

// ---- git's own locks ----

/**
 * git's lock files a commit needs free: the index, HEAD and the current branch. Before committing, ingest waits
 * (bounded) while a git process of this repository holds one, and otherwise stops with a message naming the file
 * — it never removes a lock itself, since it cannot be sure no git process is about to use it.
 */
export async function awaitGitLocks(root: string, opts: LockOptions = {}): Promise<void> {
  const dirs = gitDirs(root);
  if (!dirs) return;
  const deadline = Date.now() + (opts.timeoutSeconds ?? lockTimeoutSeconds()) * 1000;
  let told = false;
  for (;;) {
    const held = gitLockFiles(dirs).find((p) => exists(p));
    if (!held) return;
    const procs = gitProcesses(root, dirs.gitDir);
    // A git that just finished removed its lock after we saw it: look again rather than report a lock now gone.
    if ((procs === undefined || procs.length === 0) && !exists(held)) continue;
    if (procs === undefined || procs.length === 0 || Date.now() >= deadline)
      throw new UsageError(gitLockMessage(held, procs, root, dirs.gitDir));
    if (!told) {
      told = true;
      opts.onWait?.(`waiting for git (pid ${procs[0].pid}) to release ${held}`);
    }
    await sleep(100);
  }
}

function gitLockFiles(dirs: { gitDir: string; commonDir: string }): string[] {
  const out = [join(dirs.gitDir, 'index.lock'), join(dirs.gitDir, 'HEAD.lock')];
  try {
    const head = readFileSync(join(dirs.gitDir, 'HEAD'), 'utf8').trim();
    const ref = /^ref: (refs\/\S+)$/.exec(head)?.[1];
    if (ref) out.push(join(dirs.commonDir, `${ref}.lock`));
  } catch {
    // No readable HEAD: git itself will say so.
  }
  return out;
}

/**
 * The explanation of a git lock file that blocks a commit: which file, whether a git process of this repository
 * is running (on Linux, from /proc), and how to remove it.
 */
export function gitLockMessage(
  lock: string,
  procs: GitProcess[] | undefined,
  root: string,
  gitDir = gitDirs(root)?.gitDir,
): string {
  const age = ageOf(lock);
  const head = `git's lock file ${lock} exists${age ? ` (created ${age} ago)` : ''}`;
  const rm = `rm '${lock}'`;
  if (procs === undefined)
    return `${head}, and threatcat cannot tell on this system whether a git process still holds it: if no git command is running in this repository${gitDir ? ` (${dirname(gitDir)})` : ''}, a git command was interrupted — remove the lock (${rm}) and run threatcat again`;
  if (procs.length > 0)
    return `${head} and is held by a running git process (pid ${procs[0].pid}: ${procs[0].command}); let it finish and run threatcat again (do not remove the lock while it runs)`;
  return `${head} but no git process is running in this repository: a git command was interrupted and left it behind; remove it (${rm}) and run threatcat again`;
}

interface GitProcess {
  pid: number;
  command: string;
}

/** Running git processes whose working directory is in this repository (Linux /proc); undefined elsewhere. */
export function gitProcesses(root: string, gitDir?: string): GitProcess[] | undefined {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((n) => /^\d+$/.test(n));
  } catch {
    return undefined;
  }
  const places = [real(root), ...(gitDir ? [real(gitDir)] : [])];
  const out: GitProcess[] = [];
  for (const p of pids) {
    try {
      const comm = readFileSync(`/proc/${p}/comm`, 'utf8').trim();
      if (!comm.startsWith('git')) continue;
      const cwd = readlinkSync(`/proc/${p}/cwd`);
      if (!places.some((d) => cwd === d || isInside(cwd, d))) continue;
      const cmd = readFileSync(`/proc/${p}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ');
      // Shown to the user: printable characters only, and not the whole commit message.
      const shown = cmd.replace(/[^\x20-\x7e]/g, '?');
      out.push({ pid: Number(p), command: shown.length > 80 ? `${shown.slice(0, 77)}...` : shown });
    } catch {
      // Gone meanwhile, or not ours to look at.
    }
  }
  return out;
}

/** Rewrites git's "Unable to create '…/index.lock': File exists" into the same explanation; else undefined. */
export function explainGitLockError(root: string, gitOutput: string): string | undefined {
  const m = /Unable to create '([^']+\.lock)': File exists/.exec(gitOutput);
  if (!m) return undefined;
  const lock = isAbsolute(m[1]) ? m[1] : resolve(root, m[1]);
  const dirs = gitDirs(root);
  return gitLockMessage(lock, gitProcesses(root, dirs?.gitDir), root, dirs?.gitDir);
}

function ageOf(path: string): string | undefined {
  try {
    const s = Math.max(0, Math.round((Date.now() - statSync(path).mtimeMs) / 1000));
    return s < 120 ? `${s} s` : s < 7200 ? `${Math.round(s / 60)} min` : `${Math.round(s / 3600)} h`;
  } catch {
    return undefined;
  }
}

function isInside(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}

function real(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

function exists(p: string): boolean {
  try {
    statSync(p);
    return true;
  } catch {
    return false;
  }
}

function unlinkQuiet(p: string): void {
  try {
    unlinkSync(p);
  } catch {
    // Already gone.
  }
}

const SLEEPER = new Int32Array(new SharedArrayBuffer(4));

function sleepSync(ms: number): void {
  Atomics.wait(SLEEPER, 0, 0, ms);
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
