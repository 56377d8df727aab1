import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { existsSync, statSync } from 'node:fs';
import picomatch from 'picomatch';
import { locateInsideRoot, patternLeavesRoot } from './repo-file.js';
import { globSync } from 'tinyglobby';
import type { ManifestFile } from '../model/manifest.js';
import type { ManifestGlob } from '../model/workspace.js';
import type { Config } from './config.js';
import { readCatalogFile, type LoadedCatalog } from './catalog-file.js';
import { InputError, UsageError } from '../model/input-error.js';
import { readTextFile } from './text-file.js';
import { readBaselineFile } from './baseline-file.js';
import { baselinePathFor, type Baseline } from '../model/baseline.js';
import { readManifestText } from './manifests/manifest-file.js';

const ALWAYS_EXCLUDED = ['**/node_modules/**', '**/.git/**'];

export interface Workspace {
  root: string;
  catalogs: Array<{
    loaded: LoadedCatalog;
    globs: ManifestGlob[];
    manifests: ManifestFile[];
    baseline?: Baseline;
    /** The baseline beside the catalog exists but cannot be read: each command decides how much that matters. */
    baselineError?: InputError;
  }>;
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
  const manifestCache = new Map<string, ManifestFile>();
  for (const abs of findCatalogFiles(root, config, paths)) {
    const file = toRepoPath(root, abs);
    let loaded: LoadedCatalog;
    try {
      // A path given outside the repository is the user's own choice; anything under it must stay inside.
      loaded = readCatalogFile(abs, file, isOutside(root, abs, { lexically: true }) ? undefined : root);
    } catch (err) {
      if (err instanceof InputError) {
        ws.inputErrors.push(err);
        continue;
      }
      throw err;
    }
    const { globs, manifests } = readAgentManifests(root, abs, loaded.data, config, manifestCache);
    ws.catalogs.push({ loaded, globs, manifests, ...readBaseline(root, abs) });
  }
  return ws;
}

function readAgentManifests(
  root: string,
  catalogAbs: string,
  data: unknown,
  config: Config,
  cache: Map<string, ManifestFile>,
) {
  const patterns = manifestPatterns(data);
  const dir = dirname(catalogAbs);
  const globs: ManifestGlob[] = [];
  const manifests: ManifestFile[] = [];
  for (const pattern of patterns) {
    const found = matchManifests(root, dir, pattern, config);
    if (found === 'outside') {
      globs.push({ pattern, files: [], outside: true });
      continue;
    }
    const files = found.filter((f) => f !== catalogAbs && !isThreatcatFile(f)).sort();
    globs.push({ pattern, files: files.map((f) => toRepoPath(root, f)) });
    for (const abs of files) {
      const file = toRepoPath(root, abs);
      let m = cache.get(file);
      if (!m) {
        m = readManifest(abs, file, root);
        cache.set(file, m);
      }
      if (!manifests.includes(m)) manifests.push(m);
    }
  }
  return { globs, manifests };
}

/** threatcat's own files, which a broad glob (every file below the catalog) also matches: catalogs, their baselines. */
function isThreatcatFile(abs: string): boolean {
  if (/\.threats\.ya?ml$/.test(abs)) return true;
  if (!abs.endsWith('.baseline.json')) return false;
  const stem = abs.slice(0, -'.baseline.json'.length);
  return ['.threats.yaml', '.threats.yml', '.yaml', '.yml'].some((ext) => existsSync(stem + ext));
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
  if (!isGlob) {
    if (config.exclude.length > 0 || /(^|[\\/])(node_modules|\.git)([\\/]|$)/.test(pattern)) {
      return globSync([pattern], {
        cwd: dir,
        absolute: true,
        onlyFiles: true,
        followSymbolicLinks: false,
        ignore: [...ALWAYS_EXCLUDED, ...config.exclude],
      });
    }
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
    followSymbolicLinks: false,
    ignore: [...ALWAYS_EXCLUDED, ...config.exclude],
  }).filter((f) => !isOutside(root, f));
}

/**
 * Whether a path lies outside the repository: where it really leads (links followed, from inside only) or,
 * with `lexically`, only as written.
 */
export function isOutside(root: string, abs: string, opts: { lexically?: boolean } = {}): boolean {
  if (opts.lexically) {
    const rel = relative(resolve(root), resolve(root, abs));
    return rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
  }
  return locateInsideRoot(root, abs).kind === 'outside';
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
