import { spawn } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, EXAMPLE, ROOT, git, tempDir } from './fixtures.js';
import type { PrFile } from './github-server.js';

export const ACTION = join(ROOT, 'dist/action.js');
export const TOKEN = 'ghs_T0kenThatMustNeverBePrinted1234567890';

export interface PrRepo {
  /** The clone the job works in (GITHUB_WORKSPACE). */
  dir: string;
  base: string;
  head: string;
  /** The checked-out commit: the test merge commit, as actions/checkout leaves it on pull_request. */
  checkedOut: string;
}

/**
 * A real repository with the example agent under examples/k8s-ops on main (the PR base), a feature branch with
 * `edit` applied (the PR head), optionally `mainEdit` on main after the branch point, and the merge of the two
 * checked out, as actions/checkout does on pull_request (GITHUB_SHA is that merge commit, not the head).
 */
export function prRepo(
  edit: (dir: string) => void,
  mainEdit?: (dir: string) => void,
  baseEdit?: (dir: string) => void,
): PrRepo {
  const dir = tempDir('threatcat-action-');
  git(dir, 'init', '-q', '-b', 'main');
  cpSync(EXAMPLE, join(dir, 'examples/k8s-ops'), { recursive: true });
  writeFileSync(join(dir, 'README.md'), '# agents\n');
  baseEdit?.(dir);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'base');
  const base = git(dir, 'rev-parse', 'HEAD');
  git(dir, 'checkout', '-q', '-b', 'feature');
  edit(dir);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'change the agent');
  const head = git(dir, 'rev-parse', 'HEAD');
  git(dir, 'checkout', '-q', 'main');
  if (mainEdit) {
    mainEdit(dir);
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'main moves on');
  }
  git(dir, 'checkout', '-q', '--detach', 'main');
  git(dir, 'merge', '-q', '--no-ff', '-m', 'Merge feature', head);
  return { dir, base, head, checkedOut: git(dir, 'rev-parse', 'HEAD') };
}

/** The PR's files as pulls.listFiles returns them: filename, status, and the patch (hunks only). */
export function prFiles(r: PrRepo): PrFile[] {
  const names = git(r.dir, 'diff', '--name-status', `${r.base}...${r.head}`).split('\n').filter(Boolean);
  return names.map((l) => {
    const [status, filename] = l.split('\t');
    const full = git(r.dir, 'diff', '--no-color', `${r.base}...${r.head}`, '--', filename);
    const patch = full.slice(full.indexOf('@@'));
    return { filename, status: status === 'A' ? 'added' : status === 'D' ? 'removed' : 'modified', patch };
  });
}

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
  outputText: string;
}

export interface RunOptions {
  repo: PrRepo;
  apiUrl: string;
  fork?: boolean;
  /** Default pull_request. */
  eventName?: string;
  /** Replaces the pull_request event payload. */
  payload?: unknown;
  inputs?: Record<string, string>;
  env?: NodeJS.ProcessEnv;
  /** Run `threatcat action` (the CLI's thin shell) instead of dist/action.js. */
  viaCli?: boolean;
}

/** Runs the bundled Action (node dist/action.js) with a simulated runner environment for a pull_request event. */
export async function runAction(o: RunOptions): Promise<ActionRun> {
  const tmp = tempDir('threatcat-runner-');
  const event = join(tmp, 'event.json');
  const pr = {
    number: 7,
    state: 'open',
    base: { sha: o.repo.base, ref: 'main', repo: { full_name: 'acme/agents', fork: false } },
    head: {
      sha: o.repo.head,
      ref: 'feature',
      repo: { full_name: o.fork ? 'mallory/agents' : 'acme/agents', fork: Boolean(o.fork) },
    },
  };
  writeFileSync(
    event,
    JSON.stringify(
      o.payload ?? { action: 'synchronize', number: 7, pull_request: pr, repository: { full_name: 'acme/agents' } },
    ),
  );
  const outputFile = join(tmp, 'output');
  const summaryFile = join(tmp, 'summary.md');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const inputs: Record<string, string> = {
    mode: 'check',
    token: TOKEN,
    comment: 'true',
    'review-comments': 'true',
    sarif: 'threatcat.sarif',
    'fail-on': 'error',
    config: '',
    'working-directory': '.',
    ...o.inputs,
  };
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: tmp,
    LANG: 'C.UTF-8',
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: o.eventName ?? 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'acme/agents',
    GITHUB_REPOSITORY_OWNER: 'acme',
    GITHUB_SHA: o.repo.checkedOut,
    GITHUB_REF: 'refs/pull/7/merge',
    GITHUB_HEAD_REF: 'feature',
    GITHUB_BASE_REF: 'main',
    GITHUB_WORKSPACE: o.repo.dir,
    GITHUB_API_URL: o.apiUrl,
    GITHUB_GRAPHQL_URL: `${o.apiUrl}/graphql`,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_TOKEN: TOKEN,
    RUNNER_TEMP: tmp,
    THREATCAT_NOW: '2026-11-21T12:00:00Z',
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    ...o.env,
  };
  const child = spawn(process.execPath, o.viaCli ? [BIN, 'action'] : [ACTION], { cwd: o.repo.dir, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const code = await new Promise<number>((r) => child.on('close', (c) => r(c ?? -1)));
  const outputText = readFileSync(outputFile, 'utf8');
  return {
    code,
    stdout,
    stderr,
    summary: readFileSync(summaryFile, 'utf8'),
    outputs: parseOutputs(outputText),
    outputText,
  };
}

/** $GITHUB_OUTPUT as the runner reads it: name=value lines and name<<DELIM blocks. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2], i + 1);
      out[heredoc[1]] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (lines[i].includes('=')) {
      const k = lines[i].indexOf('=');
      out[lines[i].slice(0, k)] = lines[i].slice(k + 1);
    }
  }
  return out;
}

export function readSarif(r: PrRepo): any {
  const p = join(r.dir, 'threatcat.sarif');
  return existsSync(p) ? JSON.parse(readFileSync(p, 'utf8')) : undefined;
}
