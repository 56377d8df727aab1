import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { git } from '../helpers/fixtures.js';
import { cloneDir, exampleRepo, leftovers, runCliAsync, startCli, textOf } from './harness.js';

/**
 * ingest --commit interrupted between its writes and its commit (killed while git runs the pre-commit hook), and
 * git lock files a killed git leaves behind: the next run commits what the interrupted one wrote, takes threatcat's
 * own staged files for its own, and names a stale git lock instead of failing with git's raw message.
 */

const CATALOG = 'k8s-ops.threats.yaml';
const BASELINE = 'k8s-ops.baseline.json';
const EVIDENCE = ['evidence/audit.jsonl.gz', 'evidence/tool-calls.jsonl', 'evidence/tetragon.jsonl'];
const INGEST = ['ingest', ...EVIDENCE, '--commit'];

/** The example with a pre-commit hook that says when it runs, then holds the commit for a second and refuses it. */
function repoWithStallingHook(): { dir: string; hook: string; started: string } {
  const dir = exampleRepo();
  const hook = join(dir, '.git/hooks/pre-commit');
  writeFileSync(hook, '#!/bin/sh\n: > .git/hook-started\nsleep 1\nexit 1\n');
  chmodSync(hook, 0o755);
  return { dir, hook, started: join(dir, '.git/hook-started') };
}

async function untilExists(path: string, ms = 15000): Promise<void> {
  const end = Date.now() + ms;
  while (!existsSync(path)) {
    if (Date.now() > end) throw new Error(`${path} never appeared`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** What an uninterrupted `ingest --commit` of the same snapshot leaves: catalog, baseline, commit message. */
async function uninterrupted(dir: string): Promise<{ catalog?: string; baseline?: string; message: string }> {
  const ref = cloneDir(dir);
  rmSync(join(ref, '.git/hooks/pre-commit'));
  const r = await runCliAsync(INGEST, ref);
  assert.equal(r.code, 0, r.stderr);
  return {
    catalog: textOf(join(ref, CATALOG)),
    baseline: textOf(join(ref, BASELINE)),
    message: git(ref, 'log', '-1', '--format=%B'),
  };
}

test('killed between writing and committing: the retry commits what was written, staged files are its own', async () => {
  const { dir, hook, started } = repoWithStallingHook();
  const expected = await uninterrupted(dir);
  const run = startCli(INGEST, { cwd: dir });
  await untilExists(started);
  process.kill(run.pid, 'SIGKILL');
  assert.equal((await run.done).signal, 'SIGKILL');
  rmSync(hook);
  rmSync(started);
  // What the killed run left: its files written and staged, no commit.
  assert.equal(git(dir, 'rev-list', '--count', 'HEAD'), '1');
  assert.match(git(dir, 'diff', '--cached', '--name-only'), /k8s-ops\.threats\.yaml/);

  // Started at once, while the orphaned git commit (and its hook) still hold git's index lock: it waits for it.
  const retry = await runCliAsync(INGEST, dir);
  assert.equal(retry.code, 0, retry.stderr);
  assert.doesNotMatch(retry.stderr, /unrelated staged changes/);
  assert.match(
    retry.stdout,
    /Finished the interrupted ingest of snapshot sha256:[0-9a-f]{64}: committed [0-9a-f]{12}\n(.*\n)*No commit: snapshot sha256:[0-9a-f]{64} is already recorded in commit [0-9a-f]{12}/,
  );
  assert.doesNotMatch(retry.stdout, /nothing changed/);
  assert.equal(git(dir, 'rev-list', '--count', 'HEAD'), '2');
  assert.equal(git(dir, 'status', '--porcelain'), '');
  assert.equal(git(dir, 'log', '-1', '--format=%B'), expected.message);
  assert.equal(textOf(join(dir, CATALOG)), expected.catalog);
  assert.equal(textOf(join(dir, BASELINE)), expected.baseline);
  assert.deepEqual(leftovers(dir), []);
});

test('a whole killed run (threatcat, git and hook) leaves index.lock: named with how to remove it, exit 2; then a --write run finishes the commit', async () => {
  const { dir, hook, started } = repoWithStallingHook();
  const expected = await uninterrupted(dir);
  const run = startCli(INGEST, { cwd: dir, group: true });
  await untilExists(started);
  process.kill(-run.pid, 'SIGKILL');
  await run.done;
  rmSync(hook);
  rmSync(started);
  const indexLock = join(dir, '.git/index.lock');
  assert.ok(existsSync(indexLock), 'the killed git left its index lock');
  assert.ok(existsSync(join(dir, '.git/threatcat.lock')), 'and the killed threatcat its own lock');

  const blocked = await runCliAsync(INGEST, dir);
  assert.equal(blocked.code, 2, blocked.stdout);
  assert.equal(
    blocked.stderr,
    `threatcat: git's lock file ${indexLock} exists (created ${/created (\d+ s) ago/.exec(blocked.stderr)?.[1]} ago) but no git process is running in this repository: a git command was interrupted and left it behind; remove it (rm '${indexLock}') and run threatcat again\n`,
  );
  assert.ok(existsSync(indexLock), 'threatcat never removes a git lock itself');
  assert.equal(git(dir, 'rev-list', '--count', 'HEAD'), '1');

  rmSync(indexLock);
  // Any next ingest finishes the interrupted one, commit included, even one asked only to --write.
  const retry = await runCliAsync(['ingest', ...EVIDENCE, '--write'], dir);
  assert.equal(retry.code, 0, retry.stderr);
  assert.match(retry.stdout, /Finished the interrupted ingest of snapshot sha256:[0-9a-f]{64}: committed [0-9a-f]{12}/);
  assert.equal(git(dir, 'status', '--porcelain'), '');
  assert.equal(git(dir, 'log', '-1', '--format=%B'), expected.message);
  assert.equal(textOf(join(dir, CATALOG)), expected.catalog);
  assert.deepEqual(leftovers(dir), []);
});

test('a stale HEAD.lock: exit 2 naming it and how to remove it, nothing written; without it the run commits', async () => {
  const dir = exampleRepo();
  const headLock = join(dir, '.git/HEAD.lock');
  writeFileSync(headLock, '');
  const before = readFileSync(join(dir, CATALOG), 'utf8');
  const r = await runCliAsync(INGEST, dir);
  assert.equal(r.code, 2);
  assert.match(
    r.stderr,
    /^threatcat: git's lock file .*\/\.git\/HEAD\.lock exists \(created \d+ s ago\) but no git process is running in this repository: a git command was interrupted and left it behind; remove it \(rm '.*\/\.git\/HEAD\.lock'\) and run threatcat again\n$/,
  );
  assert.equal(readFileSync(join(dir, CATALOG), 'utf8'), before);
  assert.equal(git(dir, 'status', '--porcelain'), '');
  rmSync(headLock);
  const ok = await runCliAsync(INGEST, dir);
  assert.equal(ok.code, 0, ok.stderr);
  assert.match(ok.stdout, /Committed [0-9a-f]{12}/);
  assert.deepEqual(leftovers(dir), []);
});
