import { spawn } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, copyExample, git, tempDir, TEST_CODE_CACHE } from '../helpers/fixtures.js';

/**
 * Real processes for the crash tests: the bundled CLI started as a child, killed with SIGKILL at a chosen moment
 * (no cleanup code of threatcat's runs), and repositories copied whole (.git included) so each trial starts from
 * the same commit.
 */

export const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
};

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Starts the CLI; `killAfterMs` sends SIGKILL to it (only it: a git child it started runs on, as after an OOM kill). */
export function startCli(
  args: string[],
  opts: { cwd: string; env?: NodeJS.ProcessEnv; killAfterMs?: number; group?: boolean },
): { pid: number; done: Promise<Run> } {
  const t0 = Date.now();
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: opts.cwd,
    env: {
      ...process.env,
      ...GIT_ENV,
      HOME: opts.cwd,
      THREATCAT_CODE_CACHE: TEST_CODE_CACHE,
      THREATCAT_NOW: '2026-11-21T12:00:00Z',
      THREATCAT_REPO_LOCK: '',
      ...opts.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so that a test can kill it with every git and hook it started (as Ctrl-C would).
    detached: Boolean(opts.group),
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => {
    stdout += d;
  });
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  const timer = opts.killAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), opts.killAfterMs);
  const done = new Promise<Run>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: Date.now() - t0 });
    });
  });
  return { pid: child.pid!, done };
}

export function runCliAsync(args: string[], cwd: string, env?: NodeJS.ProcessEnv): Promise<Run> {
  return startCli(args, { cwd, env }).done;
}

/** The k8s-ops example committed as a repository of its own. */
export function exampleRepo(mutate?: (dir: string) => void): string {
  const dir = copyExample();
  mutate?.(dir);
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'example');
  return dir;
}

/** A copy of a prepared repository (its .git too): one trial's own repository. */
export function cloneDir(dir: string): string {
  const copy = tempDir('threatcat-crash-');
  cpSync(dir, copy, { recursive: true });
  return copy;
}

/**
 * Tool-call evidence of `lines` records spread over six days of the example's week (the example's own records,
 * retimed): a file big enough that reading it takes most of an ingest run.
 */
export function bigToolCalls(lines: number, startIso = '2026-11-14T09:00:00Z'): string {
  const src = readFileSync(join(copyExample(), 'evidence/tool-calls.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  const t0 = Date.parse(startIso);
  const out: string[] = [];
  for (let i = 0; i < lines; i++)
    out.push(
      JSON.stringify({
        ...src[i % src.length],
        time: new Date(t0 + Math.floor(i * ((6 * 86400e3) / lines))).toISOString(),
      }),
    );
  const file = join(tempDir('threatcat-evidence-'), 'calls.jsonl');
  writeFileSync(file, `${out.join('\n')}\n`);
  return file;
}

/** Files threatcat leaves only when something went wrong: temp files of writes, its lock, its journal. */
export function leftovers(dir: string): string[] {
  const out = readdirSync(dir).filter((n) => n.endsWith('.tmp'));
  const gitDir = join(dir, '.git');
  out.push(...readdirSync(gitDir).filter((n) => /^\.?threatcat/.test(n)));
  return out;
}

/** The text of a file, or undefined when it does not exist. */
export function textOf(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** A uniformly random delay in [lo, hi) ms, written down so a failing trial can be told apart. */
export function between(lo: number, hi: number): number {
  return Math.round(lo + Math.random() * (hi - lo));
}
