// The pre-commit hook under Debian's pre-commit (3.0.4 on bookworm): a real temp repository, `pre-commit install`,
// and real `git commit`s. The hook repository is a committed snapshot of this checkout's files (tracked and new,
// as they are on disk), so the test exercises the code under test and needs no network: pre-commit's
// `language: node` runs `npm install` + `npm pack` + `npm install -g` from the npm cache (prefer-offline).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { EXAMPLE, ROOT, tempDir } from './helpers/fixtures.js';

const CATALOG = 'k8s-ops.threats.yaml';

function sh(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv) {
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout: 300_000 });
  return { code: r.status ?? -1, out: `${r.stdout ?? ''}${r.stderr ?? ''}`, error: r.error };
}

function precommitVersion(): string | undefined {
  const r = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

test('the threatcat-validate hook blocks a commit with a bad catalog, printing the finding, and lets a good one through', async (t) => {
  const version = precommitVersion();
  assert.ok(version, 'pre-commit is not installed: apt-get install -y pre-commit (.ci/run does this)');
  t.diagnostic(version);
  const work = tempDir('threatcat-precommit-');
  // The hook environment is ~50 MB of node_modules: not worth keeping for inspection.
  t.after(() => rmSync(join(work, 'pre-commit-cache'), { recursive: true, force: true }));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PRE_COMMIT_HOME: join(work, 'pre-commit-cache'),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_AUTHOR_NAME: 'Test',
    GIT_AUTHOR_EMAIL: 'test@example.com',
    GIT_COMMITTER_NAME: 'Test',
    GIT_COMMITTER_EMAIL: 'test@example.com',
    npm_config_prefer_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
  const git = (cwd: string, ...args: string[]) => {
    const r = sh('git', args, cwd, env);
    assert.equal(r.code, 0, `git ${args.join(' ')}: ${r.out}`);
    return r.out.trim();
  };

  // The hook repository: this checkout's files as they are on disk, committed.
  const hookRepo = join(work, 'hook-repo');
  mkdirSync(hookRepo);
  const files = sh('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], ROOT, env)
    .out.split('\0')
    .filter(Boolean);
  for (const f of files) {
    try {
      mkdirSync(dirname(join(hookRepo, f)), { recursive: true });
      cpSync(join(ROOT, f), join(hookRepo, f));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err; // deleted in the working tree
    }
  }
  git(hookRepo, 'init', '-q', '-b', 'main');
  git(hookRepo, 'add', '-A');
  git(hookRepo, 'commit', '-qm', 'snapshot');
  const rev = git(hookRepo, 'rev-parse', 'HEAD');

  // The user's repository: the example, and a .pre-commit-config.yaml that uses the hook.
  const repo = join(work, 'repo');
  cpSync(EXAMPLE, repo, { recursive: true });
  writeFileSync(
    join(repo, '.pre-commit-config.yaml'),
    `repos:\n  - repo: ${hookRepo}\n    rev: ${rev}\n    hooks:\n      - id: threatcat-validate\n`,
  );
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-qm', 'initial', '--no-verify');
  const installed = sh('pre-commit', ['install'], repo, env);
  assert.equal(installed.code, 0, installed.out);

  // A bad catalog: blocked, the finding printed with file:line, and no commit made.
  const file = join(repo, CATALOG);
  const good = readFileSync(file, 'utf8');
  writeFileSync(file, good.replace('    layer: L2\n', '    layer: L9\n'));
  const badLine = good.split('\n').indexOf('    layer: L2') + 1;
  git(repo, 'add', CATALOG);
  const started = Date.now();
  const blocked = sh('git', ['commit', '-m', 'bad layer'], repo, env);
  t.diagnostic(`first hook run (installs the hook environment): ${((Date.now() - started) / 1000).toFixed(1)} s`);
  assert.notEqual(blocked.code, 0, blocked.out);
  assert.match(blocked.out, /threatcat validate\.+Failed/);
  assert.match(
    blocked.out,
    new RegExp(
      `${CATALOG.replace(/\./g, '\\.')}:${badLine}:12  error  schema  threats\\[1\\] \\(K8SOPS-L2-01\\)\\.layer must be one of .*; got "L9"`,
    ),
  );
  assert.match(blocked.out, /threatcat: 1 catalog checked, 1 error, 0 warnings/);
  assert.equal(git(repo, 'rev-list', '--count', 'HEAD'), '1', 'the bad commit was not made');

  // Fixed: the commit goes through.
  writeFileSync(file, `${good}# reviewed\n`);
  git(repo, 'add', CATALOG);
  const again = Date.now();
  const passed = sh('git', ['commit', '-m', 'reviewed'], repo, env);
  t.diagnostic(`hook run with the environment installed: ${((Date.now() - again) / 1000).toFixed(2)} s`);
  assert.equal(passed.code, 0, passed.out);
  assert.match(passed.out, /threatcat validate\.+Passed/);
  assert.equal(git(repo, 'rev-list', '--count', 'HEAD'), '2');

  // A commit touching no YAML or JSON does not run the model at all.
  writeFileSync(join(repo, 'NOTES.txt'), 'hello\n');
  git(repo, 'add', 'NOTES.txt');
  const skipped = sh('git', ['commit', '-m', 'notes'], repo, env);
  assert.equal(skipped.code, 0, skipped.out);
  assert.match(skipped.out, /threatcat validate\.+\(no files to check\)Skipped/);
});
