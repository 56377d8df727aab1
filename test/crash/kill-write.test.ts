import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { editFile, git } from '../helpers/fixtures.js';
import { commit, convergedRepo, edit } from '../diff/scenario.js';
import { between, bigToolCalls, cloneDir, exampleRepo, leftovers, runCliAsync, startCli, textOf } from './harness.js';

/**
 * kill -9 at random moments of a run that writes catalogs and baselines: whatever moment it lands on, each file
 * is byte for byte its old text or its new one (never torn, never a mix), no temp file, lock or journal of the
 * killed run stays behind once the next run is done, and that next run ends where an uninterrupted run ends.
 * Kills are spread over the run's measured length and biased to its end, where the writes are. The length is
 * measured on a machine running other tests, so it moves: a trial that ends before its kill shortens the span the
 * next kills are drawn from, and trials go on (up to three times as many) until at least two were killed mid-run.
 */

const CATALOG = 'k8s-ops.threats.yaml';
/** Trials that must be killed before the run ends, for a test to have shown anything. */
const MIN_KILLED = 2;
const BASELINE = 'k8s-ops.baseline.json';

interface Case {
  /** A committed repository to copy per trial. */
  repo: string;
  args: string[];
  files: string[];
  trials: number;
  /** Run the next run after every n-th trial (each costs a whole run; the suite has a time budget). */
  retryEvery: number;
}

async function killTrials(t: TestContext, c: Case): Promise<{ killed: number; old: number; fresh: number }> {
  const old = new Map(c.files.map((f) => [f, textOf(join(c.repo, f))]));
  // The new texts: the same run, uninterrupted, on a copy.
  const ref = cloneDir(c.repo);
  const full = await runCliAsync(c.args, ref);
  assert.ok(full.code === 0 || full.code === 1, full.stderr);
  const fresh = new Map(c.files.map((f) => [f, textOf(join(ref, f))]));
  for (const f of c.files) {
    const text = fresh.get(f);
    assert.ok(text !== undefined && text !== old.get(f), `${f}: the run changes it`);
    if (f.endsWith('.json')) JSON.parse(text);
    else parseYaml(text);
  }
  const counts = { killed: 0, old: 0, fresh: 0 };
  let span = full.ms;
  let trials = 0;
  for (let i = 0; i < c.trials || (counts.killed < MIN_KILLED && i < 3 * c.trials); i++) {
    trials++;
    const dir = cloneDir(c.repo);
    const at = between(span * 0.4, span);
    const run = await startCli(c.args, { cwd: dir, killAfterMs: at }).done;
    if (run.signal === 'SIGKILL') counts.killed++;
    else span = Math.min(span, run.ms) * 0.9;
    for (const f of c.files) {
      const now = textOf(join(dir, f));
      const which = now === old.get(f) ? 'old' : now === fresh.get(f) ? 'fresh' : undefined;
      assert.ok(which, `trial ${i} (killed at ${at} ms of ${full.ms}): ${f} is neither the old nor the new text`);
      counts[which]++;
    }
    if (i % c.retryEvery !== 0) continue;
    // The next run finishes the job: every file as the uninterrupted run left it, nothing of the killed run left.
    const again = await runCliAsync(c.args, dir);
    assert.ok(again.code === 0 || again.code === 1, `trial ${i}: ${again.stderr}`);
    for (const f of c.files)
      assert.equal(textOf(join(dir, f)), fresh.get(f), `trial ${i} (killed at ${at} ms): ${f} after the next run`);
    assert.deepEqual(leftovers(dir), [], `trial ${i} (killed at ${at} ms)`);
  }
  t.diagnostic(
    `${c.args[0]}: ${trials} trials, run ${full.ms} ms, ${JSON.stringify(counts)} (files old/new after the kill)`,
  );
  return counts;
}

test('ingest --write of a large evidence file, killed at random moments: catalog and baseline are old or new, never torn', async (t) => {
  const evidence = bigToolCalls(12000);
  const counts = await killTrials(t, {
    repo: exampleRepo(),
    args: ['ingest', 'evidence/audit.jsonl.gz', evidence, 'evidence/tetragon.jsonl', '--write'],
    files: [CATALOG, BASELINE],
    trials: 6,
    retryEvery: 1,
  });
  assert.ok(counts.killed >= MIN_KILLED, `most trials are killed mid-run: ${JSON.stringify(counts)}`);
});

test('validate --fix killed at random moments: the catalog is old or new, never torn', async (t) => {
  const repo = exampleRepo((d) =>
    editFile(
      join(d, CATALOG),
      '    cvss: { base: 7.0, exploitMaturity: poc }\n    status: open',
      '    cvss: { base: 7.0, exploitMaturity: poc }\n    aivss: { score: 7.1, severity: High, vector: "(CVSS:7.0/AARS:6.5)" }\n    status: open',
    ),
  );
  const counts = await killTrials(t, { repo, args: ['validate', '--fix'], files: [CATALOG], trials: 4, retryEvery: 2 });
  assert.ok(counts.killed >= MIN_KILLED, JSON.stringify(counts));
});

test('diff --write killed at random moments: the catalog is old or new, never torn', async (t) => {
  const repo = convergedRepo();
  edit(repo, 'manifests/model.yaml', 'model: claude-sonnet-4-5-20250929', 'model: claude-sonnet-4-6');
  commit(repo, 'bump model');
  assert.equal(git(repo, 'status', '--porcelain'), '');
  const counts = await killTrials(t, {
    repo,
    args: ['diff', '--base', 'HEAD~1', '--head', 'HEAD', '--write'],
    files: [CATALOG],
    trials: 4,
    retryEvery: 2,
  });
  assert.ok(counts.killed >= MIN_KILLED, JSON.stringify(counts));
});
