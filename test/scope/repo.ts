import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLE, git, runCli, tempDir, writeAt } from '../helpers/fixtures.js';

/** A real git repository on `main` holding `files` (path → text), committed. */
export function repoWith(files: Record<string, string>): string {
  const dir = tempDir('threatcat-scope-');
  git(dir, 'init', '-q', '-b', 'main');
  for (const [path, text] of Object.entries(files)) writeAt(dir, path, text);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'base');
  return dir;
}

export function commitAll(dir: string, message: string): void {
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', message);
}

/** Replace exactly one occurrence in a file of the repository. */
export function replaceIn(dir: string, path: string, from: string, to: string): void {
  const abs = join(dir, path);
  const text = readFileSync(abs, 'utf8');
  assert.equal(text.split(from).length - 1, 1, `replaceIn: one '${from}' in ${path}`);
  writeFileSync(abs, text.replace(from, to));
}

/** 1-based line of the first line containing `needle` in a repository file. */
export function lineAt(dir: string, path: string, needle: string): number {
  const i = readFileSync(join(dir, path), 'utf8')
    .split('\n')
    .findIndex((l) => l.includes(needle));
  assert.ok(i >= 0, `'${needle}' in ${path}`);
  return i + 1;
}

/** The example agent's manifests and catalog, every threat closed (the converged state a pull request starts from). */
export function exampleFiles(prefix: string, manifestsGlob?: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const f of ['agent.yaml', 'model.yaml', 'rbac.yaml', 'tools.yaml'])
    files[`${prefix}/manifests/${f}`] = readFileSync(join(EXAMPLE, 'manifests', f), 'utf8');
  let catalog = readFileSync(join(EXAMPLE, 'k8s-ops.threats.yaml'), 'utf8').replace(
    /^ {4}status: open$/gm,
    '    status: closed',
  );
  if (manifestsGlob) catalog = catalog.replace('    - manifests/*.yaml', `    - "${manifestsGlob}"`);
  files[`${prefix}/k8s-ops.threats.yaml`] = catalog;
  return files;
}

export interface DiffEventJson {
  type: string;
  catalog: string;
  file: string;
  line: number;
  column: number;
  subject: string;
  identity?: string;
  builtinRoles?: string[];
  before?: unknown;
  after?: unknown;
  direction?: string;
  tools?: string[];
}

export interface DiffOut {
  events: DiffEventJson[];
  reopen: Array<{ threat: string }>;
  findings: Array<{ rule: string; severity: string; file: string; line: number; message: string }>;
}

export function diff(dir: string, ...args: string[]): DiffOut {
  const r = runCli(['diff', '-C', dir, '--format', 'json', ...args]);
  assert.ok(r.code === 0 || r.code === 1, `diff exited ${r.code}: ${r.stdout}${r.stderr}`);
  return JSON.parse(r.stdout) as DiffOut;
}

export function validate(dir: string): {
  code: number;
  findings: Array<{ rule: string; severity: string; file: string; line: number; message: string }>;
} {
  const r = runCli(['validate', '-C', dir, '--format', 'json']);
  assert.ok(r.code === 0 || r.code === 1, `validate exited ${r.code}: ${r.stdout}${r.stderr}`);
  const out = JSON.parse(r.stdout) as { findings: ReturnType<typeof validate>['findings'] };
  return { code: r.code, findings: out.findings };
}
