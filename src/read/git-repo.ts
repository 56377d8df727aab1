import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import { InputError, UsageError } from '../model/input-error.js';
import { childProcess } from './node-builtins.js';
import { decodeText, MAX_TEXT_BYTES } from './text-file.js';
import { readRepoFile } from './repo-file.js';

/**
 * Reads two states of a repository through git, without checking anything out: a commit, the index
 * (`--staged`, what the pre-commit hook sees) or the working tree. Paths are relative to the root given
 * (which may be a subdirectory of the repository), with forward slashes.
 */
export type RepoState = { kind: 'commit'; ref: string; commit: string } | { kind: 'index' } | { kind: 'worktree' };

export interface ChangedPath {
  path: string;
  /** git's status letter: A added, M modified, D deleted, T type changed. */
  status: string;
}

/** Two states listed: the paths that changed, and every file path of each. */
export interface Listing {
  changed: ChangedPath[];
  baseFiles: string[];
  headFiles: string[];
}

export function stateLabel(s: RepoState): string {
  return s.kind === 'commit' ? s.ref : s.kind === 'index' ? 'index' : 'working tree';
}

export class GitRepo {
  private catFile: CatFileBatch | undefined;
  private readonly ids = new Map<string, Map<string, string>>();
  /** Commits resolved when the repository was opened, by the ref as given. */
  private readonly commits = new Map<string, string>();
  private readonly listings = new Map<string, Promise<Listing>>();

  private constructor(readonly root: string) {}

  /**
   * The repository that contains `root`; a directory outside any repository is a usage error. `refs` are the
   * revisions the command will resolve: one git process checks the work tree and resolves them all, where one
   * each would cost a process start apiece (each costlier as the process grows), one after the other.
   */
  static async open(root: string, refs: readonly string[] = []): Promise<GitRepo> {
    const repo = new GitRepo(root);
    const asked = [...new Set(refs.filter(plainRevision))];
    if (asked.length > 0 && (await repo.resolveAll(asked))) return repo;
    try {
      const inside = (await gitText(root, ['rev-parse', '--is-inside-work-tree'])).trim();
      if (inside !== 'true') throw new Error('not a work tree');
    } catch {
      throw new UsageError(`${root}: not inside a git work tree (diff reads the states to compare through git)`);
    }
    return repo;
  }

  /**
   * `git rev-parse --is-inside-work-tree A^{commit} B^{commit}`: whether the combined answer is exactly a work
   * tree and one commit id per ref. Anything else (a bad ref, a range, a bare repository) is left to the
   * one-at-a-time path, whose errors name the ref and its option.
   */
  private async resolveAll(refs: readonly string[]): Promise<boolean> {
    let out: string;
    try {
      out = await gitText(this.root, ['rev-parse', '--is-inside-work-tree', ...refs.map((r) => `${r}^{commit}`)]);
    } catch {
      return false;
    }
    const lines = out.split('\n');
    if (lines.at(-1) === '') lines.pop();
    if (lines.length !== refs.length + 1 || lines[0] !== 'true') return false;
    const ids = lines.slice(1);
    if (!ids.every((id) => COMMIT_ID.test(id))) return false;
    for (const [i, r] of refs.entries()) this.commits.set(r, ids[i]);
    return true;
  }

  /** Resolves a ref to a commit id; a bad ref is a usage error naming it and the option it came from. */
  async resolveCommit(ref: string, option: string): Promise<RepoState & { kind: 'commit' }> {
    if (!plainRevision(ref)) throw new UsageError(`${option} ${ref}: not a git revision`);
    let commit = this.commits.get(ref) ?? '';
    if (commit === '') {
      try {
        commit = (
          await gitText(this.root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])
        ).trim();
      } catch {
        commit = '';
      }
    }
    if (!COMMIT_ID.test(commit)) throw new UsageError(`${option} ${ref}: no such commit in this repository`);
    return { kind: 'commit', ref, commit };
  }

  /**
   * The state before the first commit (git's empty tree), for a pre-commit hook in a repository that has no
   * HEAD yet: everything staged is new.
   */
  async unbornHead(): Promise<(RepoState & { kind: 'commit' }) | undefined> {
    // HEAD resolved to a commit when the repository was opened: it is born.
    if (this.commits.has('HEAD')) return undefined;
    let head = '';
    try {
      head = (await gitText(this.root, ['rev-parse', '--verify', '--quiet', 'HEAD'])).trim();
    } catch {
      head = '';
    }
    if (head !== '') return undefined;
    const empty = (await gitText(this.root, ['hash-object', '-t', 'tree', '/dev/null'])).trim();
    return { kind: 'commit', ref: 'HEAD', commit: empty };
  }

  /**
   * What changed between `base` and `head`, and every file path of each (no contents), with as few git
   * processes as the states allow: between two commits, head's files are base's with the change applied (one
   * `git diff --raw`, which names each changed file's new blob, instead of a second tree listing). Changed paths
   * come as git lists them (renames as delete + add, so both paths are seen); a new file nobody has `git add`ed
   * yet is part of the working tree too. Asked again, the same answer: a caller may start it early.
   */
  compare(base: RepoState & { kind: 'commit' }, head: RepoState): Promise<Listing> {
    const key = `${base.commit}\0${head.kind === 'commit' ? head.commit : head.kind}`;
    let listing = this.listings.get(key);
    if (!listing) {
      listing = this.list(base, head);
      this.listings.set(key, listing);
    }
    return listing;
  }

  /** Starts the `git cat-file` that reads the blobs, ahead of the first read (it is ready by then). */
  prepareReads(): void {
    this.reader();
  }

  private async list(base: RepoState & { kind: 'commit' }, head: RepoState): Promise<Listing> {
    const diffArgs = ['diff', '--no-renames', '--no-ext-diff', '--relative', '-z'];
    if (head.kind === 'commit') {
      const baseIds = this.objectIds(base);
      const raw = gitText(this.root, [...diffArgs, '--raw', '--no-abbrev', base.commit, head.commit, '--', '.']);
      baseIds.catch(() => undefined); // awaited below
      const changes = parseRaw(await raw);
      const before = await baseIds;
      const after = withChanges(before, changes);
      this.ids.set(head.commit, after);
      return {
        changed: changes.map(({ path, status }) => ({ path, status })),
        baseFiles: [...before.keys()],
        headFiles: [...after.keys()],
      };
    }
    const args = [...diffArgs, '--name-status'];
    if (head.kind === 'index') args.push('--cached', base.commit);
    else args.push(base.commit);
    args.push('--', '.');
    const listed = Promise.all([this.listFiles(base), this.listFiles(head)]);
    listed.catch(() => undefined); // awaited below
    const changed = parseNameStatus(await gitText(this.root, args));
    if (head.kind === 'worktree') {
      for (const path of splitZ(
        await gitText(this.root, ['ls-files', '--others', '--exclude-standard', '-z', '--', '.']),
      )) {
        changed.push({ path, status: 'A' });
      }
    }
    const [baseFiles, headFiles] = await listed;
    return { changed, baseFiles, headFiles };
  }

  /** Every file path in a state (no contents). */
  private async listFiles(state: RepoState): Promise<string[]> {
    if (state.kind === 'worktree') {
      const [listed, deleted] = await Promise.all([
        gitText(this.root, ['ls-files', '--cached', '--others', '--exclude-standard', '-z']),
        gitText(this.root, ['ls-files', '--deleted', '-z']),
      ]);
      const gone = new Set(splitZ(deleted));
      return [...new Set(splitZ(listed))].filter((p) => !gone.has(p));
    }
    return [...(await this.objectIds(state)).keys()];
  }

  /**
   * Path → blob id in a commit or the index, listed once per state. Blobs are then asked for by id: resolving
   * `<commit>:<path>` makes git walk the trees again for every file (~1 ms each in a 5,000-file repo).
   */
  private async objectIds(state: RepoState & { kind: 'commit' | 'index' }): Promise<Map<string, string>> {
    const key = state.kind === 'commit' ? state.commit : ':index';
    let ids = this.ids.get(key);
    if (!ids) {
      ids = new Map();
      // ls-tree: "<mode> <type> <oid>\t<path>"; ls-files -s: "<mode> <oid> <stage>\t<path>".
      const out =
        state.kind === 'commit'
          ? await gitText(this.root, ['ls-tree', '-r', '-z', state.commit])
          : await gitText(this.root, ['ls-files', '--stage', '-z']);
      for (const entry of splitZ(out)) {
        const tab = entry.indexOf('\t');
        const meta = entry.slice(0, tab).split(' ');
        const path = entry.slice(tab + 1);
        // Symbolic links (mode 120000) hold a path, not YAML; submodules are commits: neither is read.
        if (meta[0] === '120000') continue;
        if (state.kind === 'commit') {
          if (meta[1] === 'blob') ids.set(path, meta[2]);
        } else if (meta[2] === '0' && meta[0] !== '160000') {
          ids.set(path, meta[1]);
        }
      }
      this.ids.set(key, ids);
    }
    return ids;
  }

  /**
   * Reads files as UTF-8 text in a state. Commits and the index go through one long-lived
   * `git cat-file --batch` (never one process per file); the working tree is read from disk.
   * A missing file maps to undefined; an unreadable one to an InputError naming it.
   */
  async readFiles(state: RepoState, paths: readonly string[]): Promise<Map<string, string | InputError | undefined>> {
    const out = new Map<string, string | InputError | undefined>();
    if (state.kind === 'worktree') {
      for (const p of paths) out.set(p, readWorktreeFile(this.root, p));
      return out;
    }
    const ids = await this.objectIds(state);
    const wanted = paths.filter((p) => ids.has(p));
    for (const p of paths) if (!ids.has(p)) out.set(p, undefined);
    const blobs = await this.reader().readMany(wanted.map((p) => ids.get(p)!));
    for (const [i, p] of wanted.entries()) out.set(p, toText(blobs[i], p));
    return out;
  }

  /** The one `git cat-file --batch` of this repository, started on first use. */
  private reader(): CatFileBatch {
    this.catFile ??= new CatFileBatch(this.root);
    return this.catFile;
  }

  close(): void {
    this.catFile?.close();
    this.catFile = undefined;
  }
}

/** The states a diff compares, resolved in the repository that holds them. */
export interface DiffStates {
  repo: GitRepo;
  base: RepoState & { kind: 'commit' };
  head: RepoState;
}

/**
 * Opens the repository at `root` and resolves the states a diff compares: `base` and `head` refs, or the index
 * (`staged`, where base HEAD may not exist yet) or the working tree; their listing (GitRepo.compare) is begun
 * too, so git works while the caller does something else. A bad ref is a usage error naming its option.
 */
export async function openDiffStates(
  root: string,
  opts: { base: string; head?: string; staged?: boolean },
): Promise<DiffStates> {
  const repo = await GitRepo.open(root, opts.head !== undefined ? [opts.base, opts.head] : [opts.base]);
  try {
    const unborn = opts.staged && opts.base === 'HEAD' ? await repo.unbornHead() : undefined;
    const [base, head] = await Promise.all([
      unborn ?? repo.resolveCommit(opts.base, '--base'),
      opts.head !== undefined
        ? repo.resolveCommit(opts.head, '--head')
        : Promise.resolve<RepoState>(opts.staged ? { kind: 'index' } : { kind: 'worktree' }),
    ]);
    repo.compare(base, head).catch(() => undefined); // the caller's own compare() reports a failure
    return { repo, base, head };
  } catch (err) {
    repo.close();
    throw err;
  }
}

function toText(blob: Buffer | null, file: string): string | InputError | undefined {
  if (blob === null) return undefined;
  const at = { file, line: 1, column: 1 };
  if (blob.length > MAX_TEXT_BYTES)
    return new InputError(at, `file is ${blob.length} bytes; the limit for a YAML file is ${MAX_TEXT_BYTES} bytes`);
  try {
    return decodeText(blob, file);
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
}

/**
 * A file of the working tree, as the other states see it: a symbolic link is not read (a commit or the index
 * holds a link's target path, not YAML), nor is anything that resolves outside the root; special and oversized
 * files are refused by the one repository-file reader.
 */
function readWorktreeFile(root: string, path: string): string | InputError | undefined {
  const abs = join(root, path);
  try {
    // A submodule is a directory here and a commit in the other states: not read either.
    const st = lstatSync(abs);
    if (st.isSymbolicLink() || st.isDirectory()) return undefined;
  } catch {
    return undefined;
  }
  try {
    const buf = readRepoFile(abs, path, { root, what: 'a YAML file', optional: true });
    return buf === undefined ? undefined : toText(buf, path);
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
}

/**
 * git's output as text, and a rejection naming the command and git's message when it exits with an error. Run
 * with child_process, not simple-git: diff then never loads simple-git (and its `debug`) at all.
 */
function gitText(cwd: string, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    childProcess().execFile(
      'git',
      args,
      { cwd, encoding: 'utf8', maxBuffer: Number.POSITIVE_INFINITY },
      (err, stdout, stderr) => {
        if (err) reject(new Error(`git ${args[0]}: ${stderr.trim() || err.message}`));
        else resolve(stdout);
      },
    );
  });
}

/** A revision the command line may name: git options are not revisions. */
function plainRevision(ref: string): boolean {
  return ref !== '' && !ref.startsWith('-');
}

const COMMIT_ID = /^[0-9a-f]{40,64}$/;
/** A regular file's mode (100644, 100755): not a symbolic link (120000), a submodule (160000) or nothing (000000). */
const REGULAR_FILE = /^100[0-7]{3}$/;

interface RawChange extends ChangedPath {
  /** The file's mode and blob id in the new state (zeros when it is deleted). */
  mode: string;
  oid: string;
}

/** `git diff --raw -z`: ":<old mode> <new mode> <old id> <new id> <status>\0<path>\0" (a rename or copy names two paths). */
function parseRaw(s: string): RawChange[] {
  const parts = s.split('\0');
  const out: RawChange[] = [];
  for (let i = 0; i < parts.length; ) {
    const meta = parts[i++];
    if (!meta.startsWith(':')) break;
    const [, mode, , oid, status] = meta.slice(1).split(' ');
    if (/^[RC]/.test(status)) i++;
    const path = parts[i++];
    if (path === undefined) break;
    out.push({ status: status.charAt(0), path, mode, oid });
  }
  return out;
}

/**
 * Head's path → blob id, from base's and the change: what `git ls-tree -r` of head would list, in its order.
 * Only regular files are listed (a symbolic link holds a path, a submodule is a commit), so a type change may
 * add or remove a path as well as a change of content.
 */
function withChanges(base: ReadonlyMap<string, string>, changes: readonly RawChange[]): Map<string, string> {
  const out = new Map(base);
  const added: Array<[string, string]> = [];
  for (const c of changes) {
    if (c.status === 'D' || !REGULAR_FILE.test(c.mode)) out.delete(c.path);
    else if (out.has(c.path)) out.set(c.path, c.oid);
    else added.push([c.path, c.oid]);
  }
  if (added.length === 0) return out;
  // A recursive tree listing is in the byte order of the paths (git sorts a folder's name as if it ended in '/'):
  // new paths are merged in where git would list them.
  added.sort(([a], [b]) => byteOrder(a, b));
  const merged = new Map<string, string>();
  let next = 0;
  for (const [path, id] of out) {
    while (next < added.length && byteOrder(added[next][0], path) < 0) merged.set(...added[next++]);
    merged.set(path, id);
  }
  while (next < added.length) merged.set(...added[next++]);
  return merged;
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** UTF-8 byte order: the order of UTF-16 code units but where a character beyond U+FFFF is involved. */
function byteOrder(a: string, b: string): number {
  if (SURROGATE.test(a) || SURROGATE.test(b)) return Buffer.compare(Buffer.from(a), Buffer.from(b));
  return a < b ? -1 : a > b ? 1 : 0;
}

function splitZ(s: string): string[] {
  return s.split('\0').filter((p) => p.length > 0);
}

function parseNameStatus(s: string): ChangedPath[] {
  const parts = s.split('\0');
  const out: ChangedPath[] = [];
  for (let i = 0; i + 1 < parts.length; i += 2) {
    if (!parts[i]) break;
    out.push({ status: parts[i].charAt(0), path: parts[i + 1] });
  }
  return out;
}

/**
 * One `git cat-file --batch` process, fed object names on stdin and parsed from stdout. It is spawned with
 * child_process directly because simple-git runs a command to completion and returns its whole output as a
 * string: it cannot keep one process open for many requests, and binary-safe sized reads need the raw stream.
 * Reading 500 blobs this way takes ~20 ms; one process per file takes ~1.3 s (perf-limits.md §4).
 */
class CatFileBatch {
  private readonly proc: ChildProcessWithoutNullStreams;
  private chunks: Buffer[] = [];
  private buffered = 0;
  private readonly pending: Array<{ resolve: (b: Buffer | null) => void; reject: (e: Error) => void }> = [];
  private failed: Error | undefined;

  constructor(cwd: string) {
    this.proc = childProcess().spawn('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stdout.on('data', (chunk: Buffer) => {
      this.chunks.push(chunk);
      this.buffered += chunk.length;
      this.drain();
    });
    let stderr = '';
    this.proc.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    const fail = (err: Error) => {
      this.failed = err;
      for (const p of this.pending.splice(0)) p.reject(err);
    };
    this.proc.on('error', (err) => fail(new Error(`git cat-file: ${err.message}`)));
    this.proc.on('close', (code) => {
      if (this.pending.length > 0) fail(new Error(`git cat-file exited (${code}): ${stderr.trim()}`));
    });
    this.proc.stdin.on('error', (err) => fail(new Error(`git cat-file: ${err.message}`)));
  }

  readMany(names: readonly string[]): Promise<Array<Buffer | null>> {
    if (names.length === 0) return Promise.resolve([]);
    if (this.failed) return Promise.reject(this.failed);
    const results = names.map(
      () => new Promise<Buffer | null>((resolve, reject) => this.pending.push({ resolve, reject })),
    );
    this.proc.stdin.write(`${names.join('\n')}\n`);
    return Promise.all(results);
  }

  private drain(): void {
    let buf = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.buffered);
    let offset = 0;
    while (this.pending.length > 0) {
      const nl = buf.indexOf(10, offset);
      if (nl === -1) break;
      const header = buf.toString('utf8', offset, nl);
      if (/ (missing|ambiguous)$/.test(header)) {
        offset = nl + 1;
        this.pending.shift()!.resolve(null);
        continue;
      }
      const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
      if (!m) {
        const err = new Error(`git cat-file: unexpected output '${header}'`);
        this.failed = err;
        for (const p of this.pending.splice(0)) p.reject(err);
        break;
      }
      const size = Number(m[2]);
      if (buf.length < nl + 1 + size + 1) break;
      const content = Buffer.from(buf.subarray(nl + 1, nl + 1 + size));
      offset = nl + 1 + size + 1;
      this.pending.shift()!.resolve(m[1] === 'blob' ? content : null);
    }
    buf = buf.subarray(offset);
    this.chunks = buf.length > 0 ? [buf] : [];
    this.buffered = buf.length;
  }

  close(): void {
    this.proc.stdin.end();
  }
}
