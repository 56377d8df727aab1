import {
  closeSync,
  fstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  readSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { Script } from 'node:vm';

/**
 * `threatcat validate` runs on every commit (the pre-commit hook), and most of its start is V8 parsing and
 * compiling the bundle. Node 20 has no compile cache of its own (module.enableCompileCache came in 22), so the
 * validate bundle is a CommonJS script compiled here with V8's code cache: the first run saves the compiled code
 * (every function it ran), the next runs start from it.
 *
 * V8 accepts a cache only for its own version and flags, and checks the source's length, not its content: so the
 * file is named by a hash of the bundle's text, the Node version and the architecture, and a cache V8 rejects is
 * simply rewritten. A cache is code: it is read only from a folder that only this user can
 * write, and written atomically (a torn file is never read). Any failure here costs speed, never the run.
 */

export type CacheStatus = 'used' | 'absent' | 'rejected' | 'off';

export interface CachedBundle<T> {
  exports: T;
  status: CacheStatus;
  /** Where the cache is (or would be) kept; undefined when caching is off or there is no safe place. */
  cacheFile?: string;
  /** After the run: saves the compiled code when this run had no cache V8 accepted. Never throws. */
  save(): void;
}

/**
 * Cache files kept per folder: a few versions side by side (repositories pinned to different releases), each with
 * one file for validate and one per other command.
 */
const KEEP = 24;
/** A cache larger than this is not a cache threatcat wrote. */
const MAX_BYTES = 64 * 1024 * 1024;

/**
 * Runs a CommonJS bundle (`file`, absolute) with V8's code cache and returns its exports. `env` chooses the
 * folder: THREATCAT_CODE_CACHE=off (or 0) disables it, an absolute path replaces the default
 * `$XDG_CACHE_HOME/threatcat` (else `~/.cache/threatcat`). `use` names what the run will do with the bundle (a
 * command): the cache holds the functions its first run compiled, so a cache saved by `--version` would give
 * `diff` almost nothing, and each use keeps its own.
 */
export function loadCachedBundle<T>(file: string, env: NodeJS.ProcessEnv, use?: string): CachedBundle<T> {
  const debug = env.THREATCAT_DEBUG ? (m: string) => process.stderr.write(`threatcat: code cache: ${m}\n`) : () => {};
  // Hashed as read, and decoded as Latin-1 when it is ASCII (esbuild writes ASCII unless told otherwise): a fifth
  // of the time of decoding UTF-8 and hashing the text, which encodes it again.
  const bytes = readFileSync(file);
  const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  const dir = cacheDir(env);
  const key = dir ? createHash('sha256').update(bytes).digest('hex').slice(0, 16) : '';
  const stem = basename(file).replace(/\.c?js$/, '') + (use ? `-${use}` : '');
  const name = `${stem}-${key}-${process.version}-${process.arch}.v8`;
  const cacheFile = dir ? join(dir, name) : undefined;
  let cached: Buffer | undefined;
  if (dir && cacheFile && privateDir(dir)) {
    try {
      cached = readPrivateFile(cacheFile);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') debug(`not read: ${(err as Error).message}`);
    }
  }
  const script = new Script(wrap(source), { filename: file, ...(cached ? { cachedData: cached } : {}) });
  const status: CacheStatus = !cacheFile ? 'off' : !cached ? 'absent' : script.cachedDataRejected ? 'rejected' : 'used';
  debug(`${status}${cacheFile ? ` (${cacheFile})` : ''}`);
  const module = { exports: {} as T };
  const fn = script.runInThisContext() as (...args: unknown[]) => void;
  fn.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  return {
    exports: module.exports,
    status,
    ...(cacheFile ? { cacheFile } : {}),
    save() {
      if (status === 'used' || status === 'off' || !dir || !cacheFile) return;
      try {
        mkdirSync(dir, { recursive: true, mode: 0o700 });
        if (!privateDir(dir)) return debug(`${dir} is not this user's own folder: not written`);
        const tmp = `${cacheFile}.${process.pid}.tmp`;
        writeFileSync(tmp, script.createCachedData(), { mode: 0o600 });
        renameSync(tmp, cacheFile);
        prune(dir);
      } catch (err) {
        debug(`not written: ${(err as Error).message}`);
      }
    },
  };
}

function cacheDir(env: NodeJS.ProcessEnv): string | undefined {
  const setting = env.THREATCAT_CODE_CACHE;
  if (setting === 'off' || setting === '0') return undefined;
  if (setting && isAbsolute(setting)) return setting;
  const base = env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : homeCache();
  return base ? join(base, 'threatcat') : undefined;
}

function homeCache(): string | undefined {
  try {
    const home = homedir();
    return home && isAbsolute(home) ? join(home, '.cache') : undefined;
  } catch {
    return undefined;
  }
}

/** A folder (missing counts as fine: it will be made 0700) that no other user can write into. */
function privateDir(dir: string): boolean {
  let st: ReturnType<typeof statSync>;
  try {
    st = statSync(dir);
  } catch {
    return true;
  }
  return st.isDirectory() && ownedByMe(st.uid) && (Number(st.mode) & 0o022) === 0;
}

function ownedByMe(uid: number | bigint): boolean {
  return typeof process.getuid !== 'function' || Number(uid) === process.getuid();
}

/** The cache file's bytes, if it is a regular file of this user's that no one else can write. */
function readPrivateFile(file: string): Buffer | undefined {
  const fd = openSync(file, 'r');
  try {
    const st = fstatSync(fd);
    if (!st.isFile() || !ownedByMe(st.uid) || (st.mode & 0o022) !== 0 || st.size > MAX_BYTES || st.size === 0) {
      return undefined;
    }
    const buf = Buffer.allocUnsafe(st.size);
    let at = 0;
    while (at < st.size) {
      const n = readSync(fd, buf, at, st.size - at, at);
      if (n === 0) break;
      at += n;
    }
    return at === st.size ? buf : undefined;
  } finally {
    closeSync(fd);
  }
}

/** Keeps the KEEP newest cache files; older releases' caches go. Temporary files of crashed runs go too. */
function prune(dir: string): void {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.v8') || f.endsWith('.tmp'))
    .map((f) => {
      try {
        return { f, t: statSync(join(dir, f)).mtimeMs };
      } catch {
        return undefined;
      }
    })
    .filter((x) => x !== undefined)
    .sort((a, b) => b.t - a.t);
  const now = Date.now();
  let kept = 0;
  for (const { f, t } of files) {
    // A .tmp younger than a minute may be another run's write in progress.
    const drop = f.endsWith('.tmp') ? now - t > 60_000 : ++kept > KEEP;
    if (!drop) continue;
    try {
      unlinkSync(join(dir, f));
    } catch {
      // another run removed it first
    }
  }
}

/** CommonJS's own wrapper, so the bundle sees exports, require, module, __filename and __dirname. */
function wrap(source: string): string {
  return `(function (exports, require, module, __filename, __dirname) { ${source}\n});`;
}
