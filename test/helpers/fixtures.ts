import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const EXAMPLE = join(ROOT, 'examples/k8s-ops');
/** The workplace's shared reference folder, `../shared` next to the checkout (or two levels up from a worktree). */
export const SHARED =
  process.env.THREATCAT_SHARED ??
  [join(ROOT, '..', 'shared'), join(ROOT, '..', '..', 'shared')].find((d) => existsSync(join(d, 'reference'))) ??
  join(ROOT, '..', 'shared');
export const BIN = join(ROOT, 'bin/threatcat.js');

/**
 * The official OASIS SARIF 2.1.0 schema is not vendored into the project and no npm package ships it: the tests
 * that check SARIF against it read the workplace's reference copy when there is one, and otherwise skip that check,
 * saying so (the rest of the SARIF assertions still run).
 */
const SARIF_SCHEMA_PATH = join(SHARED, 'reference/sarif-schema-2.1.0.json');
export const SARIF_SCHEMA: string | undefined = existsSync(SARIF_SCHEMA_PATH) ? SARIF_SCHEMA_PATH : undefined;
export const NO_SARIF_SCHEMA = `the SARIF 2.1.0 schema is not at ${SARIF_SCHEMA_PATH} (set THREATCAT_SHARED to a folder with reference/sarif-schema-2.1.0.json): schema check skipped`;

/** A fresh temp directory (left for the OS to clean: tests may keep artifacts for inspection). */
export function tempDir(prefix = 'threatcat-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A copy of examples/k8s-ops in a temp dir, to edit. */
export function copyExample(): string {
  const dir = tempDir();
  cpSync(EXAMPLE, dir, { recursive: true });
  return dir;
}

/** Replace exactly one occurrence of `from` in a file (fails loudly if the fixture drifted). */
export function editFile(path: string, from: string | RegExp, to: string): void {
  const text = readFileSync(path, 'utf8');
  const count =
    typeof from === 'string'
      ? text.split(from).length - 1
      : (text.match(new RegExp(from.source, `${from.flags.replace('g', '')}g`)) ?? []).length;
  if (count !== 1) throw new Error(`editFile: expected one match of ${String(from)} in ${path}, found ${count}`);
  writeFileSync(path, text.replace(from, to));
}

/** 1-based line number of the first line containing `needle`. */
export function lineOf(path: string, needle: string | RegExp): number {
  const lines = readFileSync(path, 'utf8').split('\n');
  const i = lines.findIndex((l) => (typeof needle === 'string' ? l.includes(needle) : needle.test(l)));
  if (i < 0) throw new Error(`lineOf: ${String(needle)} not in ${path}`);
  return i + 1;
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Where the CLI keeps its compiled code during the tests (src/cli/code-cache.ts): not under HOME, which many tests
 * point at the repository they run in (git's identity), where it would show as an untracked folder.
 */
export const TEST_CODE_CACHE = join(tmpdir(), `threatcat-test-code-cache-${process.getuid?.() ?? 0}`);

/** Runs the real bundled CLI (bin/threatcat.js → dist/cli.cjs) as a child process. */
export function runCli(
  args: string[],
  opts: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string; timeout?: number } = {},
): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    encoding: 'utf8',
    input: opts.input,
    // A hang is a failure to report (killed: exit -1), not a test run that never ends.
    timeout: opts.timeout,
    killSignal: 'SIGKILL',
    env: { ...process.env, THREATCAT_NOW: '2026-11-21T12:00:00Z', THREATCAT_CODE_CACHE: TEST_CODE_CACHE, ...opts.env },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Runs git with a fixed identity in `cwd` (real git, real commits). */
export function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.com',
      GIT_CONFIG_NOSYSTEM: '1',
      HOME: cwd,
    },
  });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout.trim();
}

/** A temp git repository with one commit of the given files (path → content). */
export function gitRepo(files: Record<string, string>): string {
  const dir = tempDir('threatcat-repo-');
  git(dir, 'init', '-q', '-b', 'main');
  for (const [path, content] of Object.entries(files)) writeAt(dir, path, content);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'initial');
  return dir;
}

export function writeAt(dir: string, path: string, content: string): void {
  const abs = join(dir, path);
  spawnSync('mkdir', ['-p', join(abs, '..')]);
  writeFileSync(abs, content);
}
