import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { git } from '../helpers/fixtures.js';
import { commit, edit } from '../diff/scenario.js';
import { bigToolCalls, cloneDir, exampleRepo, leftovers, runCliAsync, startCli, textOf } from './harness.js';

/**
 * Two writing runs at once on one repository serialise on threatcat's lock: the second plans on what the first
 * wrote and committed, so both snapshots' results are in the history; a run that cannot wait long enough stops
 * with exit 2 naming the lock and its owner, and leaves everything as it was.
 */

const CATALOG = 'k8s-ops.threats.yaml';
const BASELINE = 'k8s-ops.baseline.json';
const EVIDENCE = ['evidence/audit.jsonl.gz', 'evidence/tool-calls.jsonl', 'evidence/tetragon.jsonl'];

function trailers(dir: string): string[] {
  return git(dir, 'log', '--format=%(trailers:key=Threatcat-Snapshot,valueonly)')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

test('two ingest --write --commit of different snapshots at once: two commits, both snapshots in history and baseline', async () => {
  // A second snapshot: a later week of the agent's tool calls.
  const later = bigToolCalls(3000, '2026-11-22T09:00:00Z');
  const base = exampleRepo();
  for (let trial = 0; trial < 2; trial++) {
    const dir = cloneDir(base);
    const [a, b] = await Promise.all([
      runCliAsync(['ingest', ...EVIDENCE, '--commit', '--format', 'json'], dir),
      runCliAsync(['ingest', later, '--commit', '--format', 'json'], dir, { THREATCAT_NOW: '2026-11-28T12:00:00Z' }),
    ]);
    assert.ok(a.code === 0 || a.code === 1, `trial ${trial}: ${a.stderr}`);
    assert.ok(b.code === 0 || b.code === 1, `trial ${trial}: ${b.stderr}`);
    const ja = JSON.parse(a.stdout);
    const jb = JSON.parse(b.stdout);
    assert.notEqual(ja.snapshot.digest, jb.snapshot.digest);
    assert.match(ja.details.commit, /^[0-9a-f]{40}$/, `trial ${trial}: ${a.stdout}`);
    assert.match(jb.details.commit, /^[0-9a-f]{40}$/, `trial ${trial}: ${b.stdout}`);
    assert.notEqual(ja.details.commit, jb.details.commit, `trial ${trial}: one commit reported for two snapshots`);
    assert.deepEqual(trailers(dir).sort(), [ja.snapshot.digest, jb.snapshot.digest].sort());
    assert.equal(git(dir, 'rev-list', '--count', 'HEAD'), '3');
    assert.equal(git(dir, 'status', '--porcelain'), '');
    // Nothing lost: the baseline merged both snapshots, the catalog has the first snapshot's closures.
    const baseline = JSON.parse(readFileSync(join(dir, BASELINE), 'utf8'));
    const merged = JSON.stringify(baseline);
    assert.ok(merged.includes(ja.snapshot.digest) && merged.includes(jb.snapshot.digest), merged.slice(0, 400));
    assert.match(readFileSync(join(dir, CATALOG), 'utf8'), new RegExp(ja.snapshot.digest));
    assert.deepEqual(leftovers(dir), []);
  }
});

/**
 * The example, every threat closed, with a pre-commit hook that holds a commit for 6 s once `hold()` was called:
 * long enough for the other run to start and reach the lock even on a loaded machine (1.5 s was not, on CI).
 */
function slowHookRepo(): string {
  const dir = exampleRepo((d) => {
    const file = join(d, CATALOG);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^ {4}status: open$/gm, '    status: closed'));
  });
  const hook = join(dir, '.git/hooks/pre-commit');
  writeFileSync(hook, '#!/bin/sh\nif [ -e .git/hold ]; then : > hook-started; sleep 6; fi\n');
  chmodSync(hook, 0o755);
  return dir;
}

/** From now on, the repository's commits wait in the hook. */
function hold(dir: string): void {
  writeFileSync(join(dir, '.git/hold'), '');
}

async function untilExists(path: string, ms = 15000): Promise<void> {
  const end = Date.now() + ms;
  while (!existsSync(path)) {
    if (Date.now() > end) throw new Error(`${path} never appeared`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

test('diff --write while ingest --commit holds the repository: it waits, then re-opens on top of the ingest commit', async () => {
  const dir = slowHookRepo();
  const start = git(dir, 'rev-parse', 'HEAD');
  edit(dir, 'manifests/model.yaml', 'model: claude-sonnet-4-5-20250929', 'model: claude-sonnet-4-6');
  commit(dir, 'bump model');
  const sequential = cloneDir(dir);
  rmSync(join(sequential, '.git/hooks/pre-commit'));

  hold(dir);
  const ingest = startCli(['ingest', ...EVIDENCE, '--commit'], { cwd: dir });
  await untilExists(join(dir, 'hook-started'));
  const diff = await runCliAsync(['diff', '--base', start, '--write'], dir);
  const ing = await ingest.done;
  assert.equal(ing.code, 0, ing.stderr);
  assert.equal(diff.code, 0, diff.stderr);
  assert.match(
    diff.stderr,
    /threatcat: waiting for threatcat ingest \(pid \d+, since [^)]+\) to finish with this repository \(lock .*threatcat\.lock\)/,
  );

  // The same two runs one after the other give the same catalog: the diff's edits were made on ingest's result.
  assert.equal((await runCliAsync(['ingest', ...EVIDENCE, '--commit'], sequential)).code, 0);
  assert.equal((await runCliAsync(['diff', '--base', start, '--write'], sequential)).code, 0);
  const after = readFileSync(join(dir, CATALOG), 'utf8');
  assert.match(after, /reopened:\n {6}event: model-version-updated/);
  assert.match(after, /snapshot: sha256:/);
  assert.equal(after, textOf(join(sequential, CATALOG)));
});

test('a run that cannot wait long enough exits 2 naming the lock and its live owner, and writes nothing', async () => {
  const dir = slowHookRepo();
  hold(dir);
  const ingest = startCli(['ingest', ...EVIDENCE, '--commit'], { cwd: dir });
  await untilExists(join(dir, 'hook-started'));
  const before = readFileSync(join(dir, CATALOG), 'utf8');
  const fix = await runCliAsync(['validate', '--fix'], dir, { THREATCAT_LOCK_TIMEOUT: '0.3' });
  assert.equal(fix.code, 2, fix.stderr);
  assert.match(
    fix.stderr,
    new RegExp(
      `^threatcat: waiting for threatcat ingest \\(pid ${ingest.pid}, since [^)]+\\) to finish with this repository \\(lock [^)]+\\)\nthreatcat: another threatcat run holds this repository's lock ${join(dir, '.git', 'threatcat.lock').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: threatcat ingest \\(pid ${ingest.pid}, since [^)]+\\); waited 0\\.3 s\\. Let it finish and run again .*\\n$`,
    ),
  );
  assert.doesNotMatch(fix.stderr, /\n\s+at /, 'no stack trace');
  assert.equal(readFileSync(join(dir, CATALOG), 'utf8'), before);
  // The owner was not disturbed: its commit went through and it released the lock.
  const ing = await ingest.done;
  assert.equal(ing.code, 0, ing.stderr);
  assert.equal(git(dir, 'rev-list', '--count', 'HEAD'), '2');
  assert.deepEqual(leftovers(dir), []);
});
