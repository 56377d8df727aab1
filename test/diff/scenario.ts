import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import { EXAMPLE, git, lineOf, runCli, tempDir } from '../helpers/fixtures.js';

export const CATALOG = 'k8s-ops.threats.yaml';

/**
 * A real git repository holding the k8s-ops example with every threat closed (the converged state a pull
 * request starts from), committed on `main`. Returns its directory.
 */
export function convergedRepo(mutate?: (dir: string) => void): string {
  const dir = tempDir('threatcat-diff-');
  cpSync(EXAMPLE, dir, { recursive: true });
  const file = join(dir, CATALOG);
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^ {4}status: open$/gm, '    status: closed'));
  mutate?.(dir);
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'converged');
  // The pull request's branch: `main` stays where the catalog converged.
  git(dir, 'checkout', '-q', '-b', 'pr');
  return dir;
}

/** Replace exactly one occurrence in a file of the repo. */
export function edit(dir: string, path: string, from: string | RegExp, to: string): void {
  const abs = join(dir, path);
  const text = readFileSync(abs, 'utf8');
  const n =
    typeof from === 'string'
      ? text.split(from).length - 1
      : (text.match(new RegExp(from.source, `${from.flags.replace('g', '')}g`)) ?? []).length;
  assert.equal(n, 1, `edit: expected one match of ${String(from)} in ${path}, found ${n}`);
  writeFileSync(abs, text.replace(from, to));
}

export function commit(dir: string, message: string): string {
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', message);
  return git(dir, 'rev-parse', 'HEAD');
}

export interface DiffJson {
  base: string;
  head: string;
  events: Array<{
    type: string;
    direction: 'widened' | 'narrowed' | 'changed';
    agent: string;
    catalog: string;
    file: string;
    line: number;
    subject: string;
    before: unknown;
    after: unknown;
    tools?: string[];
    added?: unknown[];
    removed?: unknown[];
  }>;
  reopen: Array<{ catalog: string; threat: string; status: string; events: string[] }>;
  alreadyOpen: Array<{ catalog: string; threat: string; events: string[] }>;
  model: Array<{
    catalog: string;
    components: Array<{ id: string; category: string; subject: string }>;
    threats: Array<{ id: string; components: string[] }>;
    extended: Array<{ threat: string; components: string[] }>;
    removed: Array<{ id: string; subject: string }>;
    orphaned: string[];
    covers: string[];
  }>;
  findings: Array<{ rule: string; severity: string; file: string; line: number; message: string }>;
  written: string[];
  pending: boolean;
}

export function diffJson(dir: string, ...args: string[]): { code: number; out: DiffJson; stderr: string } {
  const r = runCli(['diff', '-C', dir, '--format', 'json', ...args]);
  assert.ok(r.code === 0 || r.code === 1, `diff exited ${r.code}: ${r.stdout}${r.stderr}`);
  return { code: r.code, out: JSON.parse(r.stdout) as DiffJson, stderr: r.stderr };
}

export function line(dir: string, path: string, needle: string | RegExp): number {
  return lineOf(join(dir, path), needle);
}

export function reopened(out: DiffJson): string[] {
  return out.reopen.map((r) => r.threat).sort();
}

export const APP = 'apps/k8s-ops';
export const INIT_CATALOG = `${APP}/k8s-ops.threats.yaml`;

/**
 * `threatcat init --agent AGENT APP` in a directory of manifests, then the catalog converged (every threat closed on
 * a validated first signal, as `ingest` leaves it after the observation window), checked with `validate` and
 * committed on `main` in a new git repository.
 */
export function convergeInit(dir: string, agent: string, app: string): void {
  const init = runCli(['init', '--agent', agent, '-C', dir, app]);
  assert.equal(init.code, 0, init.stdout + init.stderr);
  const file = join(dir, app, `${agent}.threats.yaml`);
  const doc = parseDocument(readFileSync(file, 'utf8'));
  for (const t of (doc.get('threats') as YAMLSeq<YAMLMap>).items) {
    t.set('status', 'closed');
    const signal = (t.get('evidence') as YAMLSeq<YAMLMap>).items[0];
    signal.set(
      'validated',
      doc.createNode({ at: '2026-11-01T10:00:00Z', snapshot: `sha256:${'a'.repeat(64)}`, events: 1000 }),
    );
  }
  writeFileSync(file, doc.toString({ lineWidth: 120 }));
  const v = runCli(['validate', '-C', dir]);
  assert.equal(v.code, 0, `the converged catalog validates: ${v.stdout}${v.stderr}`);
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'converged');
}

/**
 * A real git repository holding the example agent's manifests under apps/k8s-ops, with the catalog `threatcat init`
 * writes for it (the bundled CLI), converged: every threat closed on a validated first signal, as `ingest` leaves a
 * catalog after the observation window. `validate` passes on it. Committed on `main`, with `pr` checked out.
 */
export function initRepo(mutate?: (dir: string) => void): string {
  const dir = tempDir('threatcat-init-diff-');
  cpSync(join(EXAMPLE, 'manifests'), join(dir, APP), { recursive: true });
  mutate?.(dir);
  convergeInit(dir, 'k8s-ops', APP);
  // The pull request's branch: `main` stays where the catalog converged.
  git(dir, 'checkout', '-q', '-b', 'pr');
  return dir;
}
