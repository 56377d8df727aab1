import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, posix } from 'node:path';
import jsYaml from 'js-yaml';
import { yamlLib } from './yaml-lazy.js';
import { childProcess, fsPromises, nodeOs } from './node-builtins.js';
import { RENDER_LABEL, splitRendered, type RenderedDoc } from './kustomize.js';

/**
 * Builds Kustomize apps with the kustomize the machine has (`kustomize build`, else `kubectl kustomize`), from
 * their files as a repository state holds them: the files are written to a temporary folder (from git's object
 * store, or from disk), never built in place.
 *
 * The files come from a pull request: nothing that fetches or executes is enabled. kustomize's defaults already
 * refuse plugins, exec and container functions and Helm; they are also passed explicitly, with
 * `--load-restrictor LoadRestrictionsRootOnly`, and every path an app names was checked to be a file or folder
 * of the repository before this runs (src/read/kustomize.ts), so there is nothing remote to fetch.
 *
 * Several apps are built in one run (one process start per state instead of one per app) under a root
 * kustomization that lists them, each wrapped with a label saying which app an object belongs to; the root asks
 * for `buildMetadata: [originAnnotations]`, so every object says which file it was read from. When the
 * batch fails (two apps defining the same object, or one broken app), each app is built alone, so an error is
 * the app's own.
 */

export interface BuildJob {
  /** The same files give the same key: a build is shared by both states when nothing in it changed. */
  key: string;
  /** The app's folder (repository path). */
  dir: string;
  /** Every file the build reads, repository path → text. */
  files: ReadonlyMap<string, string>;
  /**
   * Its files differ from the repository's (a kustomization a GitOps object's options were written into,
   * src/read/gitops-overrides.ts): written to a folder of its own, so no other app of the batch reads them.
   */
  isolated?: boolean;
}

/** `noTool`: no kustomize to build with (the error says why). */
export type BuildResult = { docs: RenderedDoc[] } | { error: string; noTool?: true };

export function buildKey(dir: string, files: ReadonlyMap<string, string>): string {
  const h = createHash('sha256');
  h.update(dir);
  for (const p of [...files.keys()].sort()) {
    h.update(`\0${p}\0`);
    h.update(files.get(p)!);
  }
  return h.digest('hex');
}

export interface KustomizeTool {
  /** The command up to the folder to build. */
  argv: string[];
  /** What it is, for notes and the benchmark: "kubectl v1.32.4 (kustomize v5.5.0)". */
  label: string;
}

const SAFE_FLAGS = [
  '--load-restrictor=LoadRestrictionsRootOnly',
  '--enable-helm=false',
  '--enable-alpha-plugins=false',
];
/** `buildMetadata` (origin annotations), `patches` and `labels` need kustomize v4.1+; v5 is what kubectl ships since 1.27. */
const MIN_MAJOR = 5;

let detected: KustomizeTool | { missing: string } | undefined;
let detecting: Promise<KustomizeTool | { missing: string }> | undefined;

type VersionRun = { status: number | null; stdout: string; failed: boolean };

/**
 * The kustomize to use, found once per process. `THREATCAT_KUSTOMIZE` names a `kustomize` or `kubectl`
 * binary, or `off` to read Kustomize apps as plain files.
 */
export function kustomizeTool(): KustomizeTool | { missing: string } {
  detected ??= pick((bin, args) => {
    const r = childProcess().spawnSync(bin, args, {
      encoding: 'utf8',
      timeout: 20_000,
      env: toolEnv(nodeOs().tmpdir()),
    });
    return { status: r.status, stdout: r.stdout ?? '', failed: Boolean(r.error) };
  });
  return detected;
}

/** The same, without blocking: diff starts it as soon as it sees a kustomization, and builds once it is known. */
export function kustomizeToolAsync(): Promise<KustomizeTool | { missing: string }> {
  if (detected) return Promise.resolve(detected);
  detecting ??= (async () => {
    const runs = new Map<string, VersionRun>();
    // Both candidates at once; pick() then reads them in its order.
    await Promise.all(
      candidates().map(
        (bin) =>
          new Promise<void>((resolve) => {
            childProcess().execFile(
              bin,
              versionArgs(bin),
              { encoding: 'utf8', timeout: 20_000, env: toolEnv(nodeOs().tmpdir()) },
              (err, stdout) => {
                const code = err && typeof err.code === 'number' ? err.code : err ? null : 0;
                runs.set(bin, { status: code, stdout: stdout ?? '', failed: Boolean(err) && code === null });
                resolve();
              },
            );
          }),
      ),
    );
    detected ??= pick((bin) => runs.get(bin) ?? { status: null, stdout: '', failed: true });
    return detected;
  })();
  return detecting;
}

function candidates(): string[] {
  const env = process.env.THREATCAT_KUSTOMIZE;
  return env && env !== 'off' ? [env] : ['kustomize', 'kubectl'];
}

const isKubectl = (bin: string) => basename(bin).startsWith('kubectl');
const versionArgs = (bin: string) => (isKubectl(bin) ? ['version', '--client', '-o', 'json'] : ['version']);

function pick(run: (bin: string, args: string[]) => VersionRun): KustomizeTool | { missing: string } {
  const env = process.env.THREATCAT_KUSTOMIZE;
  if (env === 'off') return { missing: 'Kustomize rendering is off (THREATCAT_KUSTOMIZE=off)' };
  const reasons: string[] = [];
  for (const bin of candidates()) {
    const r = run(bin, versionArgs(bin));
    if (r.failed || r.status !== 0) {
      if (env) reasons.push(`${bin} does not run`);
      continue;
    }
    let version: string | undefined;
    let label = '';
    if (isKubectl(bin)) {
      try {
        const v = JSON.parse(r.stdout) as { clientVersion?: { gitVersion?: string }; kustomizeVersion?: string };
        version = v.kustomizeVersion;
        label = `kubectl ${v.clientVersion?.gitVersion ?? '?'} (kustomize ${version ?? '?'})`;
      } catch {
        version = undefined;
      }
    } else {
      version = /v?(\d+\.\d+\.\d+)/.exec(r.stdout)?.[0];
      label = `kustomize ${version ?? '?'}`;
    }
    const major = Number(/(\d+)\./.exec(version ?? '')?.[1] ?? 0);
    if (major < MIN_MAJOR) {
      reasons.push(`${label || bin} is too old (threatcat needs kustomize v${MIN_MAJOR}: kubectl 1.27 or later)`);
      continue;
    }
    return { argv: isKubectl(bin) ? [bin, 'kustomize'] : [bin, 'build'], label };
  }
  return {
    missing: reasons.length > 0 ? reasons.join('; ') : 'neither kubectl (1.27+) nor kustomize (v5+) is installed',
  };
}

/** Only what a Go binary needs: no proxies, no credentials, no kubeconfig. */
function toolEnv(home: string): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home, LANG: 'C', KUBECONFIG: join(home, 'no-kubeconfig') };
}

const TIMEOUT_MS = 120_000;
const MAX_OUTPUT = 64 * 1024 * 1024;

interface Prepared {
  tmp: string;
  root: string;
  argv: string[];
  env: NodeJS.ProcessEnv;
}

/** Writes the apps' files and the root kustomization that builds them all. */
function prepare(tool: KustomizeTool, jobs: readonly BuildJob[]): Prepared {
  const tmp = mkdtempSync(join(nodeOs().tmpdir(), 'threatcat-kustomize-'));
  const written = new Set<string>();
  const srcOf = (i: number) => (jobs[i].isolated ? `src-${i}` : 'src');
  for (const [i, job] of jobs.entries()) {
    const src = join(tmp, srcOf(i));
    for (const [path, text] of job.files) {
      if (written.has(`${srcOf(i)}/${path}`)) continue;
      // Paths come from the repository's tree (never '..' nor absolute); checked again before writing.
      if (path.startsWith('/') || path.split('/').includes('..')) continue;
      written.add(`${srcOf(i)}/${path}`);
      const abs = join(src, ...path.split('/'));
      mkdirSync(join(abs, '..'), { recursive: true });
      writeFileSync(
        abs,
        posix.basename(path).startsWith('kustomization') || posix.basename(path) === 'Kustomization'
          ? withoutBuildMetadata(text)
          : text,
      );
    }
  }
  const root = join(tmp, 'build');
  mkdirSync(root);
  jobs.forEach((job, i) => {
    const wrapper = join(root, String(i));
    mkdirSync(wrapper);
    const target = posix.join(`../../${srcOf(i)}`, job.dir === '.' ? '' : job.dir);
    writeFileSync(
      join(wrapper, 'kustomization.yaml'),
      `resources:\n  - ${JSON.stringify(target)}\nlabels:\n  - pairs:\n      ${RENDER_LABEL}: "${i}"\n`,
    );
  });
  writeFileSync(
    join(root, 'kustomization.yaml'),
    `resources:\n${jobs.map((_, i) => `  - "${i}"\n`).join('')}buildMetadata: [originAnnotations]\n`,
  );
  return { tmp, root, argv: [...tool.argv, root, ...SAFE_FLAGS], env: toolEnv(tmp) };
}

/**
 * An app's own `buildMetadata` would record origins relative to its own folder (and transformer annotations);
 * the root's origin annotations are the ones to read.
 */
function withoutBuildMetadata(text: string): string {
  if (!text.includes('buildMetadata')) return text;
  try {
    const { parseDocument } = yamlLib();
    const doc = parseDocument(text);
    if (doc.errors.length > 0) return text;
    doc.delete('buildMetadata');
    return String(doc);
  } catch {
    return text;
  }
}

/** Reads the build's output: objects split by app, origins mapped back to repository paths. */
function finish(
  p: Prepared,
  jobs: readonly BuildJob[],
  status: number | null,
  stdout: string,
  stderr: string,
  failed?: string,
): Map<string, BuildResult> {
  const out = new Map<string, BuildResult>();
  const error = (msg: string) => {
    for (const j of jobs) out.set(j.key, { error: msg });
    return out;
  };
  if (failed) return error(failed);
  if (status !== 0) return error(cleanError(stderr, p));
  let docs: unknown[];
  try {
    docs = jsYaml.loadAll(stdout, undefined, { schema: jsYaml.CORE_SCHEMA });
  } catch (err) {
    return error(`its output could not be read (${(err as Error).message.split('\n')[0]})`);
  }
  const perApp: RenderedDoc[][] = jobs.map(() => []);
  const originOf = (written: string): string | undefined => {
    // Written relative to the root: ../src/<repository path>.
    const rel = posix.normalize(posix.join('build', written));
    const m = /^src(?:-\d+)?\//.exec(rel);
    return m ? rel.slice(m[0].length) : undefined;
  };
  for (const d of docs) {
    if (d === null || typeof d !== 'object' || Array.isArray(d)) continue;
    const { doc, app } = splitRendered(d as Record<string, unknown>, originOf);
    const i = app !== undefined ? Number(app) : jobs.length === 1 ? 0 : -1;
    if (i >= 0 && i < jobs.length) perApp[i].push(doc);
  }
  for (const [i, j] of jobs.entries()) out.set(j.key, { docs: perApp[i] });
  return out;
}

/** kustomize's message, without the temporary folder's name. */
function cleanError(stderr: string, p: Prepared): string {
  const text = stderr
    .split(p.tmp)
    .join('')
    .replace(/\/build\/\d+/g, '')
    .replace(/(\.\.\/)*\/?src(?:-\d+)?\//g, '')
    .replace(/^Error: /, '')
    .trim();
  const first = text.split('\n').find((l) => l.trim() !== '') ?? 'kustomize failed';
  return first.length > 400 ? `${first.slice(0, 400)}…` : first;
}

/** Builds the apps in one run (each alone when the batch fails). For validate and init. */
export function buildAppsSync(tool: KustomizeTool, jobs: readonly BuildJob[]): Map<string, BuildResult> {
  if (jobs.length === 0) return new Map();
  const once = (batch: readonly BuildJob[]) => {
    const p = prepare(tool, batch);
    try {
      const r = childProcess().spawnSync(p.argv[0], p.argv.slice(1), {
        cwd: p.tmp,
        env: p.env,
        encoding: 'utf8',
        timeout: TIMEOUT_MS,
        maxBuffer: MAX_OUTPUT,
      });
      const failed = r.error ? `${tool.label} did not finish (${r.error.message})` : undefined;
      return finish(p, batch, r.status, r.stdout ?? '', r.stderr ?? '', failed);
    } finally {
      rmSync(p.tmp, { recursive: true, force: true });
    }
  };
  const all = once(jobs);
  if (jobs.length === 1 || ![...all.values()].some((r) => 'error' in r)) return all;
  const out = new Map<string, BuildResult>();
  for (const j of jobs) for (const [k, v] of once([j])) out.set(k, v);
  return out;
}

/** As buildAppsSync, without blocking: diff builds its two states at the same time. */
export async function buildApps(tool: KustomizeTool, jobs: readonly BuildJob[]): Promise<Map<string, BuildResult>> {
  if (jobs.length === 0) return new Map();
  const once = async (batch: readonly BuildJob[]) => {
    const p = prepare(tool, batch);
    try {
      const r = await run(p);
      return finish(p, batch, r.status, r.stdout, r.stderr, r.failed);
    } finally {
      await fsPromises().rm(p.tmp, { recursive: true, force: true });
    }
  };
  const all = await once(jobs);
  if (jobs.length === 1 || ![...all.values()].some((r) => 'error' in r)) return all;
  const out = new Map<string, BuildResult>();
  for (const j of jobs) for (const [k, v] of await once([j])) out.set(k, v);
  return out;
}

function run(p: Prepared): Promise<{ status: number | null; stdout: string; stderr: string; failed?: string }> {
  return new Promise((resolve) => {
    const child = childProcess().spawn(p.argv[0], p.argv.slice(1), {
      cwd: p.tmp,
      env: p.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let size = 0;
    let failed: string | undefined;
    const timer = setTimeout(() => {
      failed = `did not finish within ${TIMEOUT_MS / 1000} s`;
      child.kill('SIGKILL');
    }, TIMEOUT_MS);
    child.stdout.on('data', (b: Buffer) => {
      size += b.length;
      if (size > MAX_OUTPUT) {
        failed = `its output exceeds ${MAX_OUTPUT} bytes`;
        child.kill('SIGKILL');
        return;
      }
      out.push(b);
    });
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e) => {
      failed = e.message;
    });
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({
        status,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        ...(failed ? { failed } : {}),
      });
    });
  });
}
