import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { type Dirent, readdirSync, statSync } from 'node:fs';
import picomatch from 'picomatch';
import { globSync } from 'tinyglobby';
import { locateInsideRoot, patternLeavesRoot, withRealFolders } from './repo-file.js';
import type { ManifestFile } from '../model/manifest.js';
import type { CatalogInput, ManifestGlob } from '../model/workspace.js';
import { catalogSurface } from './catalog-surface.js';
import type { Config } from './config.js';
import { readCatalogFile, type LoadedCatalog } from './catalog-file.js';
import { CatalogPrefetch } from './catalog-prefetch.js';
import type { CatalogJob } from './catalog-prefetch-protocol.js';
import { InputError, UsageError } from '../model/input-error.js';
import { readTextFile } from './text-file.js';
import { readBaselineFile } from './baseline-file.js';
import { baselinePathFor, type Baseline } from '../model/baseline.js';
import { readManifestText } from './manifests/manifest-file.js';
import type { WorkloadKey } from './manifests/surface.js';
import { grepFilesSync, type GrepHits } from './git.js';
import { buildAppsSync, kustomizeTool, type BuildJob, type BuildResult } from './kustomize-build.js';
import { asReference, declaresIndexKind, mentionsName } from './references.js';
import { agentScope, runScopesSync, type ScopeIO, type SyncState } from './scope.js';

const ALWAYS_EXCLUDED = ['**/node_modules/**', '**/.git/**'];

export interface Workspace {
  root: string;
  catalogs: Array<
    CatalogInput & {
      /** The baseline beside the catalog exists but cannot be read: each command decides how much that matters. */
      baselineError?: InputError;
    }
  >;
  /** Inputs that could not be read at all (exit 2). */
  inputErrors: InputError[];
}

/** Repository-relative, forward slashes: the form every finding and renderer uses. */
export function toRepoPath(root: string, absPath: string): string {
  return relative(root, absPath).split(sep).join('/');
}

/**
 * The catalog files to check: the PATHs given (relative to the root, as `git -C` does), else the configured
 * globs under the root.
 */
export function findCatalogFiles(root: string, config: Config, paths: string[]): string[] {
  if (paths.length > 0) {
    // The same file named twice would be checked twice (and its threat ids reported as duplicates of themselves).
    return [...new Set(paths.map((p) => (isAbsolute(p) ? resolve(p) : resolve(root, p))))];
  }
  // A pattern that points outside (readConfig refuses those in .threatcat.yaml) would walk the file system.
  const patterns = config.catalogs.filter((p) => !patternLeavesRoot(root, root, p));
  if (patterns.length === 0) return [];
  return globSync(patterns, {
    cwd: root,
    absolute: true,
    onlyFiles: false,
    dot: false,
    // A link is not followed (it could lead out of the repository, or loop): as in diff, which reads through git.
    followSymbolicLinks: false,
    ignore: [...ALWAYS_EXCLUDED, ...config.exclude],
  })
    .filter((f) => !isOutside(root, f))
    .sort();
}

/** Reads catalogs and the manifests they point at. Nothing throws: unreadable inputs are collected. */
export function readWorkspace(root: string, config: Config, paths: string[]): Workspace {
  const ws: Workspace = { root, catalogs: [], inputErrors: [] };
  // One batch: every agent's scope at once, as one search per round and one kustomize run.
  for (const batch of readWorkspaceBatches(root, config, paths, Number.POSITIVE_INFINITY)) {
    ws.catalogs.push(...batch.catalogs);
    ws.inputErrors.push(...batch.inputErrors);
  }
  return ws;
}

/** Some of a workspace's catalogs, in file order; the input errors met while reading them. */
export type WorkspaceBatch = Omit<Workspace, 'root'>;

/**
 * The workspace `size` catalogs at a time, for a caller that is done with a batch before it asks for the next
 * (validate): a batch's parsed catalogs can then be collected while they are young, instead of being copied by
 * every collection until the end of the run. One DiskState serves every batch, so a file several agents include
 * is read and parsed once, and a name is searched for once. Within a batch, every agent's scope runs at once (src/read/scope.ts).
 * What costs per batch rather than per catalog — starting git grep in a large tree, a kustomize run — is not
 * worth the memory: once a batch needed one, the rest of the workspace is one batch.
 */
export function* readWorkspaceBatches(
  root: string,
  config: Config,
  paths: string[],
  size: number,
): Generator<WorkspaceBatch, void, void> {
  const disk = new DiskState(root, config);
  const folders = new Map<string, string>();
  const jobs = withRealFolders(folders, () => findCatalogFiles(root, config, paths)).map((abs) => ({
    abs,
    file: toRepoPath(root, abs),
    // A path given outside the repository is the user's own choice; anything under it must stay inside.
    ...(isOutside(root, abs, { lexically: true }) ? {} : { root }),
  }));
  const prefetch = CatalogPrefetch.start(jobs);
  const read = (k: number) => prefetch?.take(k) ?? readCatalogFile(jobs[k].abs, jobs[k].file, jobs[k].root);
  try {
    for (let i = 0; i < jobs.length; ) {
      // Once a batch's scopes needed something costly, which more batches would need again, the rest is one batch.
      const end = disk.costly ? jobs.length : i + size;
      const from = i;
      yield withRealFolders(folders, () => readBatch(root, config, disk, jobs.slice(from, end), (k) => read(from + k)));
      i = end;
    }
  } finally {
    prefetch?.stop();
  }
}

function readBatch(
  root: string,
  config: Config,
  disk: DiskState,
  jobs: CatalogJob[],
  read: (k: number) => LoadedCatalog,
): WorkspaceBatch {
  const batch: WorkspaceBatch = { catalogs: [], inputErrors: [] };
  const pending: Array<{ abs: string; loaded: LoadedCatalog; globs: ManifestGlob[]; owned: string[] }> = [];
  for (const [k, { abs }] of jobs.entries()) {
    let loaded: LoadedCatalog;
    try {
      loaded = read(k);
    } catch (err) {
      if (err instanceof InputError) {
        batch.inputErrors.push(err);
        continue;
      }
      throw err;
    }
    pending.push({ abs, loaded, ...matchAgentManifests(root, abs, loaded.data, config) });
  }
  const scopes = runScopesSync(
    pending.map((p) => ({ task: agentScope(p.owned, workloadOf(p.loaded.data), disk.io), state: disk })),
  );
  pending.forEach((p, i) => {
    const manifests = scopes[i].manifests;
    batch.catalogs.push({
      loaded: p.loaded,
      globs: p.globs,
      manifests,
      ...catalogSurface(manifests, p.loaded.data),
      ...readBaseline(root, p.abs),
    });
  });
  return batch;
}

/** The files a catalog's `agent.manifests` match (repository paths, in pattern order), and what each pattern matched. */
function matchAgentManifests(root: string, catalogAbs: string, data: unknown, config: Config) {
  const dir = dirname(catalogAbs);
  const globs: ManifestGlob[] = [];
  const owned: string[] = [];
  for (const pattern of manifestPatterns(data)) {
    const found = matchManifests(root, dir, pattern, config);
    if (found === 'outside') {
      globs.push({ pattern, files: [], outside: true });
      continue;
    }
    const files = found.filter((f) => f !== catalogAbs && !NOT_MANIFESTS.test(f)).sort();
    const repoPaths = files.map((f) => toRepoPath(root, f));
    globs.push({ pattern, files: repoPaths });
    for (const f of repoPaths) if (!owned.includes(f)) owned.push(f);
  }
  return { globs, owned };
}

/** Catalogs and the baselines ingest keeps beside them are never an agent's manifests, whatever a glob says. */
export const NOT_MANIFESTS = /\.threats\.ya?ml$|\.baseline\.json$/;

/** The catalog's agent.workload, when it is a kind/name pair (the schema may not have passed yet). */
export function workloadOf(data: unknown): WorkloadKey | undefined {
  const w = (data as { agent?: { workload?: { kind?: unknown; name?: unknown; namespace?: unknown } } })?.agent
    ?.workload;
  if (!w || typeof w.kind !== 'string' || typeof w.name !== 'string') return undefined;
  return { kind: w.kind, name: w.name, ...(typeof w.namespace === 'string' ? { namespace: w.namespace } : {}) };
}

/**
 * A folder on disk as a scope's state (validate, init): files read once however many agents include them,
 * references searched with git grep over the working tree, apps built with the machine's kustomize.
 */
export class DiskState implements SyncState {
  readonly io: ScopeIO;
  private readonly texts = new Map<string, string | InputError | undefined>();
  private readonly parsed = new Map<string, ManifestFile>();
  private readonly references = new Map<string, ManifestFile>();
  private readonly stats = new Map<string, 'file' | 'dir' | undefined>();
  private readonly memos = new Map<string, unknown>();

  constructor(
    private readonly root: string,
    private readonly config: Config,
  ) {
    const kindOf = (p: string) => {
      if (!this.stats.has(p)) {
        let k: 'file' | 'dir' | undefined;
        try {
          // Most paths asked about are not there (kustomizations, charts): no error object for each.
          const st = statSync(resolve(root, p), { throwIfNoEntry: false });
          k = st?.isFile() ? 'file' : st?.isDirectory() ? 'dir' : undefined;
        } catch {
          k = undefined;
        }
        this.stats.set(p, k);
      }
      return this.stats.get(p);
    };
    this.io = {
      tree: {
        isFile: (p) => kindOf(p) === 'file',
        isDir: (p) => kindOf(p) === 'dir',
        // In a small tree, the walk the reference search needs anyway says that no Chart.yaml or kustomization
        // is anywhere: no agent then asks for one in each of its folders.
        hasNamed: (name) => this.smallTree()?.names.has(name) ?? true,
      },
      text: (p) => this.texts.get(p),
      manifest: (p) => {
        let m = this.parsed.get(p);
        if (!m) {
          const t = this.texts.get(p);
          if (t === undefined) return undefined;
          m = manifestOf(t, p);
          this.parsed.set(p, m);
        }
        return m;
      },
      reference: (p) => {
        let r = this.references.get(p);
        if (!r) {
          const m = this.io.manifest(p);
          if (!m) return undefined;
          r = asReference(m);
          this.references.set(p, r);
        }
        return r;
      },
      memo: <T>(key: string, make: () => T): T => {
        if (!this.memos.has(key)) this.memos.set(key, make());
        return this.memos.get(key) as T;
      },
    };
  }

  read(paths: string[]): void {
    for (const p of paths) {
      if (this.texts.has(p)) continue;
      const abs = resolve(this.root, p);
      if (isOutside(this.root, abs)) {
        this.texts.set(
          p,
          exists(abs)
            ? new InputError({ file: p, line: 1, column: 1 }, 'leads out of the repository; not read')
            : undefined,
        );
        continue;
      }
      try {
        this.texts.set(p, readTextFile(abs, p, { root: this.root }));
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        this.texts.set(p, err);
      }
    }
  }

  /** The small tree once walked; null once the walk found the tree is not small (never walked again). */
  private small: SmallTree | null | undefined;

  private smallTree(): SmallTree | undefined {
    if (this.small === undefined) this.small = smallTree(this.root, this.config) ?? null;
    return this.small ?? undefined;
  }
  /** name → the files that mention it: validate asks batch after batch, often for the same names. */
  private readonly mentions = new Map<string, string[]>();
  /** The same for words searched in any file (`anyKind`), whatever kinds it declares. */
  private readonly anyMentions = new Map<string, string[]>();

  /** The files that mention one of `names` (and declare a reference kind); each name is searched once. */
  grep(names: string[], opts: { anyKind?: boolean } = {}): GrepHits {
    const anyKind = Boolean(opts.anyKind);
    const mentions = anyKind ? this.anyMentions : this.mentions;
    const todo = names.filter((n) => !mentions.has(n));
    if (todo.length > 0) {
      for (const n of todo) mentions.set(n, []);
      for (const [path, found] of this.search(todo, anyKind)) for (const n of found) mentions.get(n)?.push(path);
    }
    const out: GrepHits = new Map();
    for (const n of names) {
      for (const path of mentions.get(n) ?? []) {
        const set = out.get(path);
        if (set) set.add(n);
        else out.set(path, new Set([n]));
      }
    }
    return out;
  }

  /**
   * In a small tree (a few hundred manifest files at most) the files are searched here: reading them costs less
   * than starting git, and validate must feel instant in a pre-commit hook. A larger one is git grep's.
   */
  private search(names: string[], anyKind = false): GrepHits {
    const small = this.smallTree();
    if (!small) {
      this.costly = true;
      return grepFilesSync(this.root, names, this.config.exclude, anyKind);
    }
    this.read(small.manifests);
    const out: GrepHits = new Map();
    let searched = 0;
    for (const p of small.manifests) {
      const t = this.texts.get(p);
      if (typeof t !== 'string' || (!anyKind && !this.declaresIndexKind(p, t))) continue;
      // A name the text does not contain cannot match: most texts are passed over without a regular expression.
      const candidates = names.filter((n) => t.includes(n));
      if (candidates.length === 0) continue;
      searched += t.length;
      // Each name on its own: one regular expression for all of them finds only the leftmost of two names that
      // overlap (`foo` in `foo.bar`), so the answer would depend on which names a batch happened to search together.
      const found = new Set(candidates.filter((n) => mentionsName(t, n)));
      if (found.size > 0) out.set(p, found);
    }
    if (searched > IN_PROCESS_SEARCH_BYTES) this.costly = true;
    return out;
  }

  /** Whether each file of the small tree declares a reference kind: asked once per file, not once per search. */
  private readonly declaring = new Map<string, boolean>();

  private declaresIndexKind(path: string, text: string): boolean {
    let d = this.declaring.get(path);
    if (d === undefined) {
      d = declaresIndexKind(text);
      this.declaring.set(path, d);
    }
    return d;
  }

  /**
   * Whether a request cost more than handing the scopes their requests in batches saves: a process started
   * (git grep in a large tree, kustomize) or a search through a lot of text. readWorkspaceBatches then reads the
   * rest as one batch.
   */
  costly = false;

  private readonly built = new Map<string, BuildResult>();

  build(jobs: BuildJob[]): Map<string, BuildResult> {
    const tool = kustomizeTool();
    if ('missing' in tool) return new Map(jobs.map((j) => [j.key, { error: tool.missing, noTool: true as const }]));
    const todo = jobs.filter((j) => !this.built.has(j.key));
    if (todo.length > 0) this.costly = true;
    for (const [k, v] of buildAppsSync(tool, todo)) this.built.set(k, v);
    return new Map(jobs.map((j) => [j.key, this.built.get(j.key)!]));
  }
}

const SMALL_TREE = 300;
/** Text searched in-process in one request past which a request counts as costly (DiskState.costly). */
const IN_PROCESS_SEARCH_BYTES = 1 << 20;

interface SmallTree {
  /** The manifest files (`*.yaml`, `*.yml`, `*.json`; catalogs, baselines and configured excludes left out). */
  manifests: string[];
  /** The name of every entry, excluded or not: a name not in it is nowhere in the tree. */
  names: Set<string>;
}

/**
 * The files under the root (no links followed, node_modules and .git left out), or undefined as soon as there
 * are more than SMALL_TREE manifest files.
 */
function smallTree(root: string, config: Config): SmallTree | undefined {
  const excluded = config.exclude.length > 0 ? picomatch(config.exclude, { dot: true }) : () => false;
  const out: string[] = [];
  const names = new Set<string>();
  const dirs = [''];
  while (dirs.length > 0) {
    const dir = dirs.pop()!;
    let entries: Dirent[];
    try {
      entries = readdirSync(dir === '' ? root : join(root, dir), { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      names.add(e.name);
      const rel = dir === '' ? e.name : `${dir}/${e.name}`;
      if (e.isDirectory()) {
        if (e.name !== 'node_modules' && e.name !== '.git') dirs.push(rel);
      } else if (e.isFile() && /\.(ya?ml|json)$/i.test(e.name) && !NOT_MANIFESTS.test(e.name) && !excluded(rel)) {
        out.push(rel);
        if (out.length > SMALL_TREE) return undefined;
      }
    }
  }
  return { manifests: out.sort(), names };
}

function exists(abs: string): boolean {
  try {
    statSync(abs);
    return true;
  } catch {
    return false;
  }
}

/**
 * Files a manifest pattern names, or 'outside' when it points out of the repository: `../`, an absolute path, or
 * a symbolic link on its way that leads out. That is decided from the pattern and the links inside the repository,
 * never by listing what is outside (a pull request must not learn how many files match there). Globs do not
 * follow links. A plain path (no glob magic, nothing excluded configured) is a stat, not a directory walk: with
 * hundreds of catalogs, compiling a glob per catalog costs more than the checking.
 */
function matchManifests(root: string, dir: string, pattern: string, config: Config): string[] | 'outside' {
  const { base, isGlob } = picomatch.scan(pattern.replace(/\\/g, '/'));
  const at = locateInsideRoot(root, resolve(dir, (isGlob ? base : pattern) || '.'));
  if (at.kind === 'outside') return 'outside';
  if (at.kind === 'missing') return [];
  if (!isGlob && config.exclude.length === 0 && !/(^|[\\/])(node_modules|\.git)([\\/]|$)/.test(pattern)) {
    // A path named exactly is the catalog's word: a FIFO or device there is refused by name by the reader.
    try {
      return statSync(at.path).isDirectory() ? [] : [resolve(dir, pattern)];
    } catch {
      return [];
    }
  }
  return globSync([pattern], {
    cwd: dir,
    absolute: true,
    onlyFiles: true,
    // An agent's folder includes its dotfiles: MCP client configs live in .mcp.json, .vscode/ and .cursor/.
    dot: true,
    followSymbolicLinks: false,
    ignore: [...ALWAYS_EXCLUDED, ...config.exclude],
  }).filter((f) => !isOutside(root, f));
}

/**
 * Whether a path lies outside the repository: where it really leads (links followed, from inside only) or,
 * with `lexically`, only as written. Catalogs can come from an untrusted pull request (the Action validates the PR
 * head): a manifest path must not make threatcat read, and quote in findings, files outside the repository.
 */
export function isOutside(root: string, abs: string, opts: { lexically?: boolean } = {}): boolean {
  if (opts.lexically) {
    const rel = relative(resolve(root), resolve(root, abs));
    return rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
  }
  return locateInsideRoot(root, abs).kind === 'outside';
}

/** A file's text as a manifest; a file that could not be read is one problem at its position. */
export function manifestOf(text: string | InputError, file: string): ManifestFile {
  return text instanceof InputError
    ? { file, objects: [], problems: [{ position: text.position, message: text.message }] }
    : readManifestText(text, file);
}

/** The baseline `threatcat ingest` keeps beside a catalog, if any. */
function readBaseline(root: string, catalogAbs: string): { baseline?: Baseline; baselineError?: InputError } {
  const abs = baselinePathFor(catalogAbs);
  try {
    return { baseline: readBaselineFile(abs, toRepoPath(root, abs), root) };
  } catch (err) {
    if (err instanceof InputError) return { baselineError: err };
    throw err;
  }
}

/** One manifest file; with `root`, it must resolve inside it. Problems are kept in the result, never thrown. */
export function readManifest(abs: string, file: string, root?: string): ManifestFile {
  try {
    return readManifestText(readTextFile(abs, file, { root }), file);
  } catch (err) {
    if (err instanceof InputError)
      return { file, objects: [], problems: [{ position: err.position, message: err.message }] };
    throw err;
  }
}

function manifestPatterns(data: unknown): string[] {
  const agent = (data as { agent?: { manifests?: unknown } })?.agent;
  const list = agent?.manifests;
  return Array.isArray(list) ? list.filter((p): p is string => typeof p === 'string' && p.length > 0) : [];
}

/** `-C DIR` must be a directory. */
export function resolveRoot(dir: string | undefined): string {
  const root = resolve(dir ?? '.');
  let ok = false;
  try {
    ok = statSync(root).isDirectory();
  } catch {
    ok = false;
  }
  if (!ok) throw new UsageError(`-C ${dir}: not a directory`);
  return root;
}
