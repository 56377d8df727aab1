import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readlinkSync,
  readSync,
  realpathSync,
  statSync,
} from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { InputError, UsageError } from '../model/input-error.js';
import { LIMITS } from './limits.js';

/**
 * The one way threatcat reads a file of a repository (catalogs, manifests, configuration, baselines). A pull
 * request decides what those paths are, so before any byte is read the file must be a regular file, no larger
 * than the limit, and — when a repository root is given — must resolve inside it, symbolic links included.
 * A FIFO, a device (a link to /dev/zero), a directory or a link that leads out is refused with one InputError
 * naming the file; nothing blocks, nothing grows without bound, nothing outside the repository is quoted.
 */
export interface RepoFileOptions {
  /** The repository root the file must stay inside. Omitted only for a path the user named on the command line. */
  root?: string;
  /** What the file should be, for messages ("a YAML file", "a baseline file"). */
  what: string;
  /** Absent is not an error: undefined is returned. */
  optional?: boolean;
  maxBytes?: number;
}

export function readRepoFile(
  abs: string,
  display: string,
  opts: RepoFileOptions & { optional: true },
): Buffer | undefined;
export function readRepoFile(abs: string, display: string, opts: RepoFileOptions): Buffer;
export function readRepoFile(abs: string, display: string, opts: RepoFileOptions): Buffer | undefined {
  const at = { file: display, line: 1, column: 1 };
  const max = opts.maxBytes ?? LIMITS.fileBytes;
  let path = abs;
  let known: Extract<Located, { kind: 'inside' }>['stat'];
  if (opts.root !== undefined) {
    const found = locateInsideRoot(opts.root, abs);
    if (found.kind === 'outside') throw new InputError(at, `${found.how} outside the repository; not read`);
    if (found.kind === 'missing') {
      if (opts.optional && !found.link) return undefined;
      throw new InputError(at, found.link ? 'is a symbolic link to a file that does not exist' : 'no such file');
    }
    path = found.path;
    known = found.stat;
  }
  let fd: number;
  try {
    // Checked before opening: opening a FIFO for reading blocks until a writer comes.
    refuseSpecial(known ?? statSync(path), at, opts.what, max);
    // O_NONBLOCK: should the path be swapped for a FIFO after the check, the open still returns at once.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    if (err instanceof InputError) throw err;
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' && opts.optional) return undefined;
    throw new InputError(at, describeFsError(err, opts.what));
  }
  try {
    // The file opened is the one checked: its own type and size, read no further than the limit.
    const st = fstatSync(fd);
    refuseSpecial(st, at, opts.what, max);
    const buf = Buffer.allocUnsafe(Math.min(st.size, max) + 1);
    let n = 0;
    for (;;) {
      const got = readSync(fd, buf, n, buf.length - n, null);
      if (got === 0) break;
      n += got;
      if (n > max)
        throw new InputError(at, `file is more than ${max} bytes; the limit for ${opts.what} is ${max} bytes`);
      if (n === buf.length) break;
    }
    return buf.subarray(0, n);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(at, describeFsError(err, opts.what));
  } finally {
    closeSync(fd);
  }
}

function refuseSpecial(
  st: { isFile(): boolean; isDirectory(): boolean; size: number },
  at: { file: string; line: number; column: number },
  what: string,
  max: number,
): void {
  if (st.isDirectory()) throw new InputError(at, `is a directory, not ${what}`);
  if (!st.isFile()) throw new InputError(at, `is not a regular file (a FIFO, socket or device); not read`);
  if (st.size > max) throw new InputError(at, `file is ${st.size} bytes; the limit for ${what} is ${max} bytes`);
}

export function describeFsError(err: unknown, what = 'a file'): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return `is a directory, not ${what}`;
  if (code === 'ELOOP') return 'too many levels of symbolic links';
  return `cannot read file (${code ?? 'unknown error'})`;
}

// ---------------------------------------------------------------------------------------------------------
// Staying inside the repository.

export type Located =
  /** `stat`: the file's own, when finding it took one (an lstat of a file that is not a link). */
  | { kind: 'inside'; path: string; stat?: { isFile(): boolean; isDirectory(): boolean; size: number } }
  /** `how` says it for a message: "resolves" (../, an absolute path) or "is a symbolic link that leads". */
  | { kind: 'outside'; how: string }
  /** Nothing there (inside the repository); `link` when a symbolic link points at the missing file. */
  | { kind: 'missing'; link: boolean };

const realRoots = new Map<string, string>();

function realRoot(root: string): string {
  let real = realRoots.get(root);
  if (!real) {
    real = realpathSync.native(root);
    realRoots.set(root, real);
  }
  return real;
}

function isInside(realRootPath: string, path: string): boolean {
  // Both are absolute and normalised: most answers are a prefix (path.relative resolves both, a cost per file).
  if (path.startsWith(realRootPath) && (path.length === realRootPath.length || path[realRootPath.length] === sep))
    return true;
  const rel = relative(realRootPath, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/**
 * Folders' real paths, kept while one workspace is read (withRealFolders). The C library's realpath asks the
 * kernel about every component of a path (seven or more calls for a file in a repository), and validate looks up
 * each catalog, its manifests and its baseline: with the folder known, a file is one lstat. Kept for one read
 * only, never for the process, so a folder replaced by a link between two runs in one process is seen.
 */
let realFolders: Map<string, string> | undefined;

/** Runs `read` with folders' real paths remembered in `folders` (one map per workspace read). */
export function withRealFolders<T>(folders: Map<string, string>, read: () => T): T {
  const outer = realFolders;
  realFolders = folders;
  try {
    return read();
  } finally {
    realFolders = outer;
  }
}

/**
 * The fast path of locateInsideRoot inside withRealFolders: the file's folder from memory, the file itself by
 * lstat. Undefined when it cannot decide alone (a link, a folder outside or reached through a link).
 */
function locateInFolder(folders: Map<string, string>, base: string, abs: string): Located | undefined {
  const dir = dirname(abs);
  let real = folders.get(dir);
  if (real === undefined) {
    try {
      real = realpathSync.native(dir);
    } catch {
      return undefined;
    }
    folders.set(dir, real);
  }
  const path = join(real, basename(abs));
  if (!isInside(base, path)) return undefined;
  let st: ReturnType<typeof lstatSync>;
  try {
    // No error object for a file that is not there (a catalog without a baseline): building one costs more than
    // the system call.
    st = lstatSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
  // Missing, and no link on the way (the folder is its own real path): what the walk below would say.
  if (st === undefined) return real === dir ? { kind: 'missing', link: false } : undefined;
  return st.isSymbolicLink() ? undefined : { kind: 'inside', path, stat: st };
}

/**
 * Where `target` (absolute, or relative to `root`) really is, following symbolic links — without ever looking
 * at anything outside the repository: a link is resolved from its own text, so what lies outside (whether a
 * file exists there, how many match a glob) can never show in the result. A pull request must not be able to
 * probe the machine that checks it.
 */
export function locateInsideRoot(root: string, target: string): Located {
  const base = realRoot(root);
  const abs = resolve(root, target);
  const known = realFolders && locateInFolder(realFolders, base, abs);
  if (known) return known;
  // Fast path, one system call: the real path is inside, so nothing outside was involved.
  try {
    const real = realpathSync.native(abs);
    if (isInside(base, real)) return { kind: 'inside', path: real };
  } catch {
    // Missing, or a link that leads nowhere or out: the walk below tells which, from inside only.
  }
  const leaves = (rel: string) => rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
  let lexical = relative(resolve(root), abs);
  // A path already written from the real root (/private/tmp for /tmp) is inside too.
  if (leaves(lexical)) lexical = relative(base, abs);
  if (leaves(lexical)) return { kind: 'outside', how: 'resolves' };
  const pending = lexical === '' ? [] : lexical.split(sep);
  let cur = base;
  let hops = 0;
  let viaLink = false;
  while (pending.length > 0) {
    const part = pending.shift()!;
    if (part === '' || part === '.') continue;
    if (part === '..') {
      cur = dirname(cur);
      if (!isInside(base, cur)) return { kind: 'outside', how: viaLink ? 'is a symbolic link that leads' : 'resolves' };
      continue;
    }
    const next = join(cur, part);
    let link: string | undefined;
    try {
      link = lstatSync(next).isSymbolicLink() ? readlinkSync(next) : undefined;
    } catch {
      return { kind: 'missing', link: viaLink };
    }
    if (link === undefined) {
      cur = next;
      continue;
    }
    viaLink = true;
    if (++hops > 40) return { kind: 'missing', link: true };
    const to = resolve(cur, link);
    if (!isInside(base, to)) return { kind: 'outside', how: 'is a symbolic link that leads' };
    pending.unshift(...relative(base, to).split(sep));
    cur = base;
  }
  return { kind: 'inside', path: cur };
}

/**
 * `path` (relative to `root`) as an absolute path, once it is certain to stay inside the repository (links
 * followed), or a usage error saying that it does not. For paths threatcat writes to (`init`'s DIR and catalog):
 * it must never write outside. The path is returned as given, not resolved, so it still reads as the user wrote it.
 */
export function resolveInsideRoot(root: string, path: string, what: string): string {
  const abs = resolve(root, path);
  const found = locateInsideRoot(root, abs);
  if (found.kind === 'outside') throw new UsageError(`${what}: ${found.how} outside the repository (${root})`);
  if (found.kind === 'inside') return abs;
  // Not there yet (a file about to be written): its directory must be inside, and not through a dangling link.
  const parent = locateInsideRoot(root, dirname(abs));
  if (parent.kind === 'outside') throw new UsageError(`${what}: ${parent.how} outside the repository (${root})`);
  if (parent.kind === 'missing' || found.link) throw new UsageError(`${what}: no such directory, or a dangling link`);
  return abs;
}

/**
 * Whether a glob (relative to `dir`) points outside the repository: `../`, an absolute path, or a static part
 * that leads out through a link. Decided from the pattern and the links inside the repository only, so it costs
 * no directory walk and tells nothing about what lies outside.
 */
export function patternLeavesRoot(root: string, dir: string, pattern: string): boolean {
  const { base, isGlob } = picomatch.scan(pattern.replace(/\\/g, '/'));
  return locateInsideRoot(root, resolve(dir, (isGlob ? base : pattern) || '.')).kind === 'outside';
}
