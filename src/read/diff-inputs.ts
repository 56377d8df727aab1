import { join, posix } from 'node:path';
import picomatch from 'picomatch';
import type { ManifestFile } from '../model/manifest.js';
import type { Config } from './config.js';
import { loadCatalogText, type LoadedCatalog } from './catalog-file.js';
import { InputError } from '../model/input-error.js';
import { readManifestText } from './manifests/manifest-file.js';
import type { ChangedPath, GitRepo, RepoState } from './git.js';

const ALWAYS_EXCLUDED = ['**/node_modules/**', '**/.git/**'];
const CATALOG_FILE = /\.threats\.ya?ml$/;

/** One catalog whose agent the change may touch, with the agent's manifests in both states. */
export interface CatalogPair {
  /** The catalog as it is in head (what --write edits). */
  head: LoadedCatalog;
  /** The catalog as it was in base (undefined when the change adds it). */
  base?: LoadedCatalog;
  baseManifests: ManifestFile[];
  headManifests: ManifestFile[];
}

export interface DiffInputs {
  changed: ChangedPath[];
  pairs: CatalogPair[];
  /** Catalogs or manifests that could not be read (exit 2). */
  inputErrors: InputError[];
  /** How many files were read from each state (for the benchmark and --verbose use). */
  reads: { base: number; head: number };
  /** Text of a manifest file as it is in head, or in base (for pointing at a value inside a node). */
  headText(file: string): string | undefined;
  baseText(file: string): string | undefined;
}

/**
 * Reads what a diff needs, and nothing more: the list of changed paths; every catalog in head (to learn
 * which manifests each agent owns); and, only for catalogs whose agent owns a changed file (or that changed
 * themselves), the agent's manifests in both states. A file that did not change is read and parsed once and
 * shared by both states.
 */
export async function readDiffInputs(
  repo: GitRepo,
  base: RepoState & { kind: 'commit' },
  head: RepoState,
  config: Config,
): Promise<DiffInputs> {
  const [changed, baseFiles, headFiles] = await Promise.all([
    repo.changedFiles(base, head),
    repo.listFiles(base),
    repo.listFiles(head),
  ]);
  const changedSet = new Set(changed.map((c) => c.path));
  const inputErrors: InputError[] = [];
  const reads = { base: 0, head: 0 };

  const isCatalog = picomatch(config.catalogs, { dot: false, ignore: [...ALWAYS_EXCLUDED, ...config.exclude] });
  const headCatalogPaths = headFiles.filter((p) => isCatalog(p)).sort();

  const headCatalogText = await repo.readFiles(head, headCatalogPaths);
  reads.head += headCatalogPaths.length;
  const headCatalogs = new Map<string, LoadedCatalog>();
  const touchedDirs = ancestorDirs(changed.map((c) => c.path));
  for (const [file, text] of headCatalogText) {
    // A catalog's globs are relative to its directory: without a '..' anywhere in it, it can only own files
    // below that directory. Such a catalog with no change below it is not parsed at all.
    if (
      typeof text === 'string' &&
      !changedSet.has(file) &&
      !touchedDirs.has(posix.dirname(file)) &&
      !text.includes('..')
    )
      continue;
    const loaded = loadOrError(text, file, repo.root, inputErrors);
    if (loaded) headCatalogs.set(file, loaded);
  }

  // Base catalogs are only needed where they differ from head (an unchanged file is the same text).
  const changedCatalogPaths = headCatalogPaths.filter((p) => changedSet.has(p) && headCatalogs.has(p));
  const baseCatalogText = await repo.readFiles(base, changedCatalogPaths);
  reads.base += changedCatalogPaths.length;
  const baseCatalogs = new Map<string, LoadedCatalog>();
  for (const file of headCatalogs.keys()) {
    if (!changedSet.has(file)) {
      baseCatalogs.set(file, headCatalogs.get(file)!);
      continue;
    }
    const text = baseCatalogText.get(file);
    if (text === undefined) continue;
    const loaded = loadOrError(
      text,
      file,
      repo.root,
      [] /* a broken base catalog is history, not this change's problem */,
    );
    if (loaded) baseCatalogs.set(file, loaded);
  }

  const excluded = picomatch([...ALWAYS_EXCLUDED, ...config.exclude], { dot: true });
  const baseIndex = new PathIndex(baseFiles);
  const headIndex = new PathIndex(headFiles);
  const relevant: Array<{ file: string; baseOwned: string[]; headOwned: string[] }> = [];
  for (const [file, headCat] of headCatalogs) {
    const baseCat = baseCatalogs.get(file);
    const headOwned = ownedFiles(file, headCat.data, headIndex, excluded);
    const baseOwned = ownedFiles(file, (baseCat ?? headCat).data, baseIndex, excluded);
    const touched =
      changedSet.has(file) || headOwned.some((f) => changedSet.has(f)) || baseOwned.some((f) => changedSet.has(f));
    if (touched) relevant.push({ file, baseOwned, headOwned });
  }

  // Read each needed manifest once per state; unchanged files only once in all.
  const needBase = new Set<string>();
  const needHead = new Set<string>();
  for (const r of relevant) {
    for (const f of r.baseOwned) needBase.add(f);
    for (const f of r.headOwned) (changedSet.has(f) ? needHead : needBase).add(f);
  }
  const [baseText, headText] = await Promise.all([
    repo.readFiles(base, [...needBase]),
    repo.readFiles(head, [...needHead]),
  ]);
  reads.base += needBase.size;
  reads.head += needHead.size;
  const parsed = new Map<string, ManifestFile>();
  const manifest = (state: 'base' | 'head', file: string): ManifestFile | undefined => {
    const fromHead = state === 'head' && changedSet.has(file);
    const key = `${fromHead ? 'head' : 'base'}\0${file}`;
    let m = parsed.get(key);
    if (!m) {
      const text = (fromHead ? headText : baseText).get(file);
      if (text === undefined) return undefined;
      m =
        text instanceof InputError
          ? { file, objects: [], problems: [{ position: text.position, message: text.message }] }
          : readManifestText(text, file);
      parsed.set(key, m);
    }
    return m;
  };

  const pairs: CatalogPair[] = relevant.map((r) => ({
    head: headCatalogs.get(r.file)!,
    base: baseCatalogs.get(r.file),
    baseManifests: r.baseOwned.map((f) => manifest('base', f)).filter((m): m is ManifestFile => m !== undefined),
    headManifests: r.headOwned.map((f) => manifest('head', f)).filter((m): m is ManifestFile => m !== undefined),
  }));
  const headTextOf = (file: string): string | undefined => {
    const t = (changedSet.has(file) ? headText : baseText).get(file);
    return typeof t === 'string' ? t : undefined;
  };
  const baseTextOf = (file: string): string | undefined => {
    const t = baseText.get(file);
    return typeof t === 'string' ? t : undefined;
  };
  return { changed, pairs, inputErrors, reads, headText: headTextOf, baseText: baseTextOf };
}

/** Every directory that holds a changed path, at any depth ('.' for the root). */
function ancestorDirs(paths: readonly string[]): Set<string> {
  const dirs = new Set<string>(['.']);
  for (const p of paths) {
    for (let d = posix.dirname(p); d !== '.' && !dirs.has(d); d = posix.dirname(d)) dirs.add(d);
  }
  return dirs;
}

function loadOrError(
  text: string | InputError | undefined,
  file: string,
  root: string,
  errors: InputError[],
): LoadedCatalog | undefined {
  if (text === undefined) return undefined;
  if (text instanceof InputError) {
    errors.push(text);
    return undefined;
  }
  try {
    return loadCatalogText(text, file, join(root, file));
  } catch (err) {
    if (err instanceof InputError) {
      errors.push(err);
      return undefined;
    }
    throw err;
  }
}

/**
 * Paths sorted, so the files under a directory are one binary search away: matching a catalog's globs costs
 * what is under the glob's static base, not the whole repository (1,000 catalogs × 5,000 files otherwise).
 */
export class PathIndex {
  private readonly sorted: string[];
  private set: Set<string> | undefined;

  constructor(paths: readonly string[]) {
    this.sorted = [...paths].sort();
  }

  has(path: string): boolean {
    this.set ??= new Set(this.sorted);
    return this.set.has(path);
  }

  /** Paths under `dir` ('' = all). */
  under(dir: string): string[] {
    if (dir === '') return this.sorted;
    const prefix = `${dir}/`;
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.sorted[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < this.sorted.length && this.sorted[i].startsWith(prefix); i++) out.push(this.sorted[i]);
    return out;
  }
}

/** The files a catalog's `agent.manifests` patterns match (relative to the catalog), as `validate` reads them. */
export function ownedFiles(
  catalogFile: string,
  data: unknown,
  files: PathIndex,
  excluded: (p: string) => boolean,
): string[] {
  const patterns = manifestPatterns(data);
  if (patterns.length === 0) return [];
  const dir = posix.dirname(catalogFile);
  const owned = new Set<string>();
  for (const p of patterns) {
    const full = posix.normalize(dir === '.' ? p : posix.join(dir, p)).replace(/^\.\//, '');
    const { base, isGlob } = picomatch.scan(full);
    const parent = posix.dirname(full);
    const candidates = isGlob
      ? files.under(base === '.' ? '' : base)
      : files.under(parent === '.' ? '' : parent).filter((f) => f === full);
    // Most catalogs say the same thing ("manifests/*.yaml") from their own directory: match the part below
    // the catalog's directory with one compiled matcher per distinct pattern.
    const inside = dir === '.' ? full : full.startsWith(`${dir}/`) ? full.slice(dir.length + 1) : undefined;
    const match = inside !== undefined ? matcher(inside) : matcher(full);
    const cut = inside !== undefined && dir !== '.' ? dir.length + 1 : 0;
    for (const f of candidates) {
      if (f !== catalogFile && !CATALOG_FILE.test(f) && match(f.slice(cut)) && !excluded(f) && !isBaseline(f, files))
        owned.add(f);
    }
  }
  return [...owned].sort();
}

/** A catalog's baseline (`<name>.baseline.json` beside `<name>.threats.yaml`): threatcat's file, not a manifest. */
function isBaseline(file: string, files: PathIndex): boolean {
  if (!file.endsWith('.baseline.json')) return false;
  const stem = file.slice(0, -'.baseline.json'.length);
  return ['.threats.yaml', '.threats.yml', '.yaml', '.yml'].some((ext) => files.has(stem + ext));
}

const MATCHERS = new Map<string, (p: string) => boolean>();
function matcher(pattern: string): (p: string) => boolean {
  let m = MATCHERS.get(pattern);
  if (!m) {
    m = picomatch(pattern, { dot: false });
    MATCHERS.set(pattern, m);
  }
  return m;
}

function manifestPatterns(data: unknown): string[] {
  const list = (data as { agent?: { manifests?: unknown } })?.agent?.manifests;
  return Array.isArray(list) ? list.filter((p): p is string => typeof p === 'string' && p.length > 0) : [];
}
