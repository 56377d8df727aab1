import { childProcess } from './node-builtins.js';
import type { SimpleGit } from 'simple-git';
import { grepPatterns } from './references.js';
import type { RepoState } from './git-repo.js';

// git grep (the repository-wide search of reference following) and the commit a report was made from. Reading the
// states a diff compares is src/read/git-repo.ts: the CLI loads that before the analysis, to start git early.

/**
 * simple-git, imported on first use: `validate` imports this module for its synchronous `git grep` only, and
 * must not load simple-git (and its `debug`) at start-up.
 */
async function simpleGitAt(root: string): Promise<SimpleGit> {
  const { simpleGit } = await import('simple-git');
  return simpleGit({ baseDir: root });
}

/** The commit a directory's files come from, and whether some of the given paths differ from it. */
export interface SourceState {
  /** HEAD's commit id; undefined before the first commit. */
  commit?: string;
  /** Some of the paths are modified, staged, deleted or not committed at all. */
  dirty: boolean;
}

/**
 * What a report was made from: HEAD, and whether the files it read (paths relative to root) have uncommitted
 * changes. Undefined outside a git work tree (a report of a plain directory is still a report).
 */
export async function sourceState(root: string, paths: readonly string[]): Promise<SourceState | undefined> {
  const git = await simpleGitAt(root);
  try {
    if ((await git.raw(['rev-parse', '--is-inside-work-tree'])).trim() !== 'true') return undefined;
  } catch {
    return undefined;
  }
  let commit = '';
  try {
    commit = (await git.raw(['rev-parse', '--verify', '--quiet', 'HEAD'])).trim();
  } catch {
    commit = '';
  }
  // Past a few thousand paths the command line grows long; the whole directory is then what is checked.
  const spec = paths.length > 0 && paths.length <= 2000 ? paths.map((p) => `:(literal)${p}`) : ['.'];
  const status = await git.raw(['status', '--porcelain=v1', '-z', '--untracked-files=all', '--', ...spec]);
  return { ...(commit ? { commit } : {}), dirty: status.length > 0 };
}

// ---------------------------------------------------------------------------------------------------------
// git grep: the one repository-wide search (reference following, src/read/references.ts).

type Flavour = 'pcre' | 'ere';
/** PCRE is much faster with hundreds of alternatives; a git built without it says so once, and ERE is used. */
let flavour: Flavour = 'pcre';
const GREP_PATHS = ['*.yaml', '*.yml', '*.json'];
const NAMES_PER_SEARCH = 1500;

function chunks(names: readonly string[]): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < names.length; i += NAMES_PER_SEARCH) out.push(names.slice(i, i + NAMES_PER_SEARCH));
  return out;
}

/** Path → the searched names it mentions. */
export type GrepHits = Map<string, Set<string>>;

/** Files that mention one of the names and declare a reference kind (`anyKind`: whatever they declare). */
function grepArgs(
  names: readonly string[],
  scope: readonly string[],
  exclude: readonly string[],
  f: Flavour,
  anyKind = false,
): string[] {
  const p = grepPatterns(names, f);
  return [
    'grep',
    // Each match on its own line (`path\0match`): which names a file mentions comes from git, not a second scan.
    '-o',
    // One thread: git's threads cost more to start and coordinate than these small files take to search.
    '--threads',
    '1',
    '-z',
    '-I',
    '--no-color',
    f === 'pcre' ? '-P' : '-E',
    ...(anyKind ? [] : ['--all-match', '-e', p.kind]),
    '-e',
    p.names,
    ...scope,
    '--',
    ...GREP_PATHS,
    // Catalogs and baselines name components by kind; they are never manifests.
    ...[
      '**/node_modules/**',
      '**/.git/**',
      '**/*.threats.yaml',
      '**/*.threats.yml',
      '**/*.baseline.json',
      ...exclude,
    ].map((e) => `:(exclude,glob)${e}`),
  ];
}

function collectHits(out: string, names: readonly string[], strip: string, into: GrepHits): void {
  const wanted = new Set(names);
  for (const line of out.split('\n')) {
    const z = line.indexOf('\0');
    if (z < 0) continue;
    let path = line.slice(0, z);
    if (strip && path.startsWith(strip)) path = path.slice(strip.length);
    // POSIX patterns match the boundary characters too.
    const name = line.slice(z + 1).replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '');
    if (!wanted.has(name)) continue;
    const set = into.get(path);
    if (set) set.add(name);
    else into.set(path, new Set([name]));
  }
}

function grepResult(status: number | null, stdout: string, stderr: string): string | 'retry' {
  if (status === 0) return stdout;
  if (status === 1) return '';
  if (flavour === 'pcre' && /perl|pcre/i.test(stderr)) {
    flavour = 'ere';
    return 'retry';
  }
  // Following references completes the agent's reach; a search git cannot run leaves it to the agent's own files.
  return '';
}

function grepAsync(
  cwd: string,
  names: readonly string[],
  scope: readonly string[],
  exclude: readonly string[],
  anyKind: boolean,
): Promise<string> {
  if (names.length === 0) return Promise.resolve('');
  return new Promise((resolve, reject) => {
    childProcess().execFile(
      'git',
      grepArgs(names, scope, exclude, flavour, anyKind),
      { cwd, encoding: 'utf8', maxBuffer: 1 << 28 },
      (err, stdout, stderr) => {
        const status = err ? (typeof err.code === 'number' ? err.code : null) : 0;
        if (err && status === null) {
          reject(new Error(`git grep: ${err.message}`));
          return;
        }
        const r = grepResult(status, stdout, stderr);
        if (r === 'retry') grepAsync(cwd, names, scope, exclude, anyKind).then(resolve, reject);
        else resolve(r);
      },
    );
  });
}

/**
 * The same search over a folder on disk, for validate and init: its files, untracked ones included and ignored
 * ones not (`--no-index --exclude-standard` works inside a repository and outside one, with one process). Without
 * git, nothing is found (references are then followed only within the agent's own manifests).
 */
export function grepFilesSync(
  root: string,
  names: readonly string[],
  exclude: readonly string[],
  anyKind = false,
): GrepHits {
  const found: GrepHits = new Map();
  const scope = ['--no-index', '--exclude-standard'];
  for (const chunk of chunks(names)) {
    for (;;) {
      const r = childProcess().spawnSync('git', grepArgs(chunk, scope, exclude, flavour, anyKind), {
        cwd: root,
        encoding: 'utf8',
        maxBuffer: 1 << 28,
      });
      if (r.error) return found;
      const res = grepResult(r.status, r.stdout, r.stderr);
      if (res === 'retry') continue;
      collectHits(res, chunk, '', found);
      break;
    }
  }
  return found;
}

/**
 * Files of a state that declare one of the reference kinds and mention one of `names` (src/read/references.ts),
 * with the names each mentions: git searches the object store, the index or the working tree itself, so finding
 * an agent's references costs no read of the repository here.
 */
export async function grepState(
  root: string,
  state: RepoState,
  names: readonly string[],
  exclude: readonly string[],
  opts: { anyKind?: boolean } = {},
): Promise<GrepHits> {
  const scope = state.kind === 'commit' ? [state.commit] : state.kind === 'index' ? ['--cached'] : ['--untracked'];
  const strip = state.kind === 'commit' ? `${state.commit}:` : '';
  const found: GrepHits = new Map();
  for (const chunk of chunks(names)) {
    const out = await grepAsync(root, chunk, scope, exclude, Boolean(opts.anyKind));
    collectHits(out, chunk, strip, found);
  }
  return found;
}
