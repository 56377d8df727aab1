// The pre-commit hook under Debian's pre-commit (3.0.4 on bookworm), with no network: a real temp repository,
// `pre-commit install`, `pre-commit install-hooks`, and real `git commit`s. The hook repository is a committed
// snapshot of this checkout's files (tracked and new, as they are on disk) with dist/ rebuilt from them, so the
// test exercises the code under test. Every pre-commit and git command runs in a network namespace of its own
// (`unshare -n`: no interface but loopback) when the machine allows it, and always with npm's registry pointed
// at a closed port: installing the hook must download nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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

/** `unshare -n` needs root or unprivileged user namespaces; without it the env below still closes npm's road. */
function unshareNet(): string | undefined {
  const where = spawnSync('sh', ['-c', 'command -v unshare'], { encoding: 'utf8' }).stdout.trim();
  return where && spawnSync(where, ['-n', 'true']).status === 0 ? where : undefined;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

test('the threatcat-validate hook installs offline with nothing to download, blocks a commit with a bad catalog, and lets a good one through', async (t) => {
  const version = precommitVersion();
  assert.ok(version, 'pre-commit is not installed: apt-get install -y pre-commit (.ci/run does this)');
  const unshare = unshareNet();
  t.diagnostic(`${version}; network: ${unshare ? 'none (unshare -n)' : 'npm registry unreachable (env only)'}`);
  const work = tempDir('threatcat-precommit-');
  const cache = join(work, 'pre-commit-cache');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PRE_COMMIT_HOME: cache,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_AUTHOR_NAME: 'Test',
    GIT_AUTHOR_EMAIL: 'test@example.com',
    GIT_COMMITTER_NAME: 'Test',
    GIT_COMMITTER_EMAIL: 'test@example.com',
    // Whatever tried the network would fail at once rather than hang.
    npm_config_registry: 'http://127.0.0.1:9/',
    npm_config_offline: 'true',
    npm_config_fetch_retries: '0',
    HTTP_PROXY: 'http://127.0.0.1:9',
    HTTPS_PROXY: 'http://127.0.0.1:9',
    http_proxy: 'http://127.0.0.1:9',
    https_proxy: 'http://127.0.0.1:9',
    NO_PROXY: '',
    no_proxy: '',
  };
  const run = (cmd: string, args: string[], cwd: string, runEnv = env) =>
    unshare ? sh(unshare, ['-n', '--', cmd, ...args], cwd, runEnv) : sh(cmd, args, cwd, runEnv);
  const git = (cwd: string, ...args: string[]) => {
    const r = sh('git', args, cwd, env);
    assert.equal(r.code, 0, `git ${args.join(' ')}: ${r.out}`);
    return r.out.trim();
  };

  // The hook repository: this checkout's files as they are on disk, dist/ rebuilt from them, committed.
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
  // The build needs the devDependencies (esbuild, ajv); borrow this checkout's, and drop them before committing.
  symlinkSync(join(ROOT, 'node_modules'), join(hookRepo, 'node_modules'), 'dir');
  const built = sh(process.execPath, ['scripts/build.mjs'], hookRepo, { ...process.env });
  rmSync(join(hookRepo, 'node_modules'));
  assert.equal(built.code, 0, `npm run build in the hook repository: ${built.out}`);
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
  const installed = run('pre-commit', ['install'], repo);
  assert.equal(installed.code, 0, installed.out);

  // Installing the hook: pre-commit clones the hook repository and has nothing else to set up.
  const t0 = Date.now();
  const setup = run('pre-commit', ['install-hooks'], repo);
  const installMs = Date.now() - t0;
  assert.equal(setup.code, 0, `pre-commit install-hooks offline: ${setup.out}`);
  const clones = readdirSync(cache).filter((d) => d.startsWith('repo'));
  assert.equal(clones.length, 1, `one clone of the hook repository in ${cache}: ${clones}`);
  const envDirs = readdirSync(join(cache, clones[0])).filter((d) => d.endsWith('_env') || d.includes('_env-'));
  assert.deepEqual(envDirs, [], 'no language environment (node_env) was built');
  assert.ok(!existsSync(join(cache, clones[0], 'node_modules')), 'no npm install ran in the clone');
  t.diagnostic(`pre-commit install-hooks (clone, nothing downloaded): ${seconds(installMs)}`);

  // A bad catalog: blocked, the finding printed with file:line, and no commit made.
  const file = join(repo, CATALOG);
  const good = readFileSync(file, 'utf8');
  writeFileSync(file, good.replace('    layer: L2\n', '    layer: L9\n'));
  const badLine = good.split('\n').indexOf('    layer: L2') + 1;
  git(repo, 'add', CATALOG);
  const t1 = Date.now();
  const blocked = run('git', ['commit', '-m', 'bad layer'], repo);
  t.diagnostic(`git commit, hook run blocking it: ${seconds(Date.now() - t1)}`);
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
  const t2 = Date.now();
  const passed = run('git', ['commit', '-m', 'reviewed'], repo);
  t.diagnostic(`git commit, hook run passing it: ${seconds(Date.now() - t2)}`);
  assert.equal(passed.code, 0, passed.out);
  assert.match(passed.out, /threatcat validate\.+Passed/);
  assert.equal(git(repo, 'rev-list', '--count', 'HEAD'), '2');

  // A commit touching no YAML or JSON does not run the model at all.
  writeFileSync(join(repo, 'NOTES.txt'), 'hello\n');
  git(repo, 'add', 'NOTES.txt');
  const skipped = run('git', ['commit', '-m', 'notes'], repo);
  assert.equal(skipped.code, 0, skipped.out);
  assert.match(skipped.out, /threatcat validate\.+\(no files to check\)Skipped/);

  // An MCP client's own configuration (Codex TOML, JSONC) is part of an agent's surface: the hook runs for it.
  mkdirSync(join(repo, '.codex'), { recursive: true });
  writeFileSync(join(repo, '.codex/config.toml'), '[mcp_servers.docs]\nurl = "https://docs.example/mcp"\n');
  git(repo, 'add', '.codex/config.toml');
  const toml = run('git', ['commit', '-m', 'codex'], repo);
  assert.equal(toml.code, 0, toml.out);
  assert.match(toml.out, /threatcat validate\.+Passed/);

  // Without Node on PATH the hook says what is missing (pre-commit reads bin/threatcat.js's `env node` shebang).
  const noNode = join(work, 'path-without-node');
  mkdirSync(noNode);
  for (const exe of ['git', 'pre-commit']) {
    const where = spawnSync('sh', ['-c', `command -v ${exe}`], { encoding: 'utf8' }).stdout.trim();
    symlinkSync(where, join(noNode, exe));
  }
  const missing = run('pre-commit', ['run', '--all-files'], repo, { ...env, PATH: noNode });
  assert.notEqual(missing.code, 0, missing.out);
  assert.match(missing.out, /Executable `node` not found/);
});
