import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { realpathSync, statSync } from 'node:fs';
import { globSync, isDynamicPattern } from 'tinyglobby';
import type { ManifestFile } from '../model/manifest.js';
import type { CatalogInput, ManifestGlob } from '../model/workspace.js';
import { catalogSurface } from './catalog-surface.js';
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
  return globSync(config.catalogs, {
    cwd: root,
    absolute: true,
    onlyFiles: false,
    dot: false,
    ignore: [...ALWAYS_EXCLUDED, ...config.exclude],
  })
    .filter((f) => insideRoot(root, f))
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
      loaded = readCatalogFile(abs, file);
    } catch (err) {
      if (err instanceof InputError) {
        ws.inputErrors.push(err);
        continue;
      }
      throw err;
    }
    const { globs, manifests } = readAgentManifests(root, abs, loaded.data, config, manifestCache);
    ws.catalogs.push({
      loaded,
      globs,
      manifests,
      ...catalogSurface(manifests, loaded.data),
      ...readBaseline(root, abs),
    });
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
    const matched = matchManifests(dir, pattern, config)
      .filter((f) => f !== catalogAbs && !/\.threats\.ya?ml$/.test(f))
      .sort();
    const files = matched.filter((f) => insideRoot(root, f));
    globs.push({
      pattern,
      files: files.map((f) => toRepoPath(root, f)),
      ...(files.length < matched.length ? { outside: matched.length - files.length } : {}),
    });
    for (const abs of files) {
      const file = toRepoPath(root, abs);
      let m = cache.get(file);
      if (!m) {
        m = readManifest(abs, file);
        cache.set(file, m);
      }
      if (!manifests.includes(m)) manifests.push(m);
    }
  }
  return { globs, manifests };
}

/**
 * Files a manifest pattern names. A plain path (no glob magic, nothing excluded configured) is a stat, not a
 * directory walk: with hundreds of catalogs, compiling a glob per catalog costs more than the checking.
 */
function matchManifests(dir: string, pattern: string, config: Config): string[] {
  if (
    config.exclude.length === 0 &&
    !isDynamicPattern(pattern) &&
    !/(^|[\\/])(node_modules|\.git)([\\/]|$)/.test(pattern)
  ) {
    const abs = resolve(dir, pattern);
    try {
      return statSync(abs).isFile() ? [abs] : [];
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
    ignore: [...ALWAYS_EXCLUDED, ...config.exclude],
  });
}

const realRoots = new Map<string, string>();

/**
 * Catalogs can come from an untrusted pull request (the Action validates the PR head): a manifest path must not
 * make threatcat read, and quote in findings, files outside the repository (`../../`, absolute paths, or a
 * symbolic link that leads out).
 */
export function insideRoot(root: string, abs: string): boolean {
  let real: string;
  let realRoot: string;
  try {
    // The native realpath is one system call; the JS one lstat()s every path component.
    real = realpathSync.native(abs);
    realRoot = realRoots.get(root) ?? realpathSync.native(root);
    realRoots.set(root, realRoot);
  } catch {
    return false;
  }
  const rel = relative(realRoot, real);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/** The baseline `threatcat ingest` keeps beside a catalog, if any. */
function readBaseline(root: string, catalogAbs: string): { baseline?: Baseline; baselineError?: InputError } {
  const abs = baselinePathFor(catalogAbs);
  try {
    return { baseline: readBaselineFile(abs, toRepoPath(root, abs)) };
  } catch (err) {
    if (err instanceof InputError) return { baselineError: err };
    throw err;
  }
}

export function readManifest(abs: string, file: string): ManifestFile {
  try {
    return readManifestText(readTextFile(abs, file), file);
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
