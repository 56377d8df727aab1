import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { statSync } from 'node:fs';
import { globSync } from 'tinyglobby';
import type { ManifestFile } from '../model/manifest.js';
import type { ManifestGlob } from '../analyse/rules/rule.js';
import type { Config } from './config.js';
import { readCatalogFile, type LoadedCatalog } from './catalog-file.js';
import { InputError, UsageError } from './input-error.js';
import { readTextFile } from './text-file.js';
import { readManifestText } from './manifests/manifest-file.js';

const ALWAYS_EXCLUDED = ['**/node_modules/**', '**/.git/**'];

export interface Workspace {
  root: string;
  catalogs: Array<{ loaded: LoadedCatalog; globs: ManifestGlob[]; manifests: ManifestFile[] }>;
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
    return paths.map((p) => (isAbsolute(p) ? p : resolve(root, p)));
  }
  return globSync(config.catalogs, {
    cwd: root, absolute: true, onlyFiles: false, dot: false,
    ignore: [...ALWAYS_EXCLUDED, ...config.exclude],
  }).sort();
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
    ws.catalogs.push({ loaded, globs, manifests });
  }
  return ws;
}

function readAgentManifests(root: string, catalogAbs: string, data: unknown, config: Config, cache: Map<string, ManifestFile>) {
  const patterns = manifestPatterns(data);
  const dir = dirname(catalogAbs);
  const globs: ManifestGlob[] = [];
  const manifests: ManifestFile[] = [];
  for (const pattern of patterns) {
    const files = globSync([pattern], { cwd: dir, absolute: true, onlyFiles: true, ignore: [...ALWAYS_EXCLUDED, ...config.exclude] })
      .filter((f) => f !== catalogAbs && !/\.threats\.ya?ml$/.test(f))
      .sort();
    globs.push({ pattern, files: files.map((f) => toRepoPath(root, f)) });
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

export function readManifest(abs: string, file: string): ManifestFile {
  try {
    return readManifestText(readTextFile(abs, file), file);
  } catch (err) {
    if (err instanceof InputError) return { file, objects: [], problems: [{ position: err.position, message: err.message }] };
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

