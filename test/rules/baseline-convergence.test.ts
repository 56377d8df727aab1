import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyExample, lineOf, runCli } from '../helpers/fixtures.js';

const RULE = 'baseline-convergence';

/** A baseline as threatcat ingest writes it, over [from, to], with one behaviour first seen at `first`. */
function baseline(from: string, to: string, first: string): string {
  return JSON.stringify(
    {
      apiVersion: 'threatcat.dev/v1alpha1',
      kind: 'Baseline',
      workload: { namespace: 'agents', name: 'k8s-ops' },
      window: { from, to },
      snapshots: [`sha256:${'cd'.repeat(32)}`],
      behaviours: [{ kind: 'api', key: 'get pods', first, last: to, days: { [first.slice(0, 10)]: 3 } }],
    },
    null,
    2,
  );
}

function validateJson(dir: string) {
  const r = runCli(['validate', '-C', dir, '--format', 'json']);
  return { code: r.code, out: JSON.parse(r.stdout), stderr: r.stderr };
}

test('no baseline yet (Day 1): no convergence note, the example stays clean', () => {
  const r = validateJson(copyExample());
  assert.equal(r.code, 0);
  assert.equal(r.out.findings.filter((f: { rule: string }) => f.rule === RULE).length, 0);
});

test('a 6-day baseline is learning: a note at the workload, validate still exits 0', () => {
  const dir = copyExample();
  writeFileSync(
    join(dir, 'k8s-ops.baseline.json'),
    baseline('2026-11-14T08:00:00Z', '2026-11-20T15:00:00Z', '2026-11-14T09:00:00Z'),
  );
  const r = validateJson(dir);
  assert.equal(r.code, 0, r.stderr);
  const notes = r.out.findings.filter((f: { rule: string }) => f.rule === RULE);
  assert.equal(notes.length, 1);
  assert.equal(notes[0].severity, 'note');
  assert.equal(notes[0].line, lineOf(join(dir, 'k8s-ops.threats.yaml'), /^ {2}workload:/));
  assert.match(
    notes[0].message,
    /^baseline learning: observed 6 of 14 days; drift signals cannot fire until it converges/,
  );
});

test('a 28-day baseline with nothing new for 3 weeks is converged', () => {
  const dir = copyExample();
  writeFileSync(
    join(dir, 'k8s-ops.baseline.json'),
    baseline('2026-10-20T00:00:00Z', '2026-11-17T00:00:00Z', '2026-10-25T00:00:00Z'),
  );
  const note = validateJson(dir).out.findings.find((f: { rule: string }) => f.rule === RULE);
  assert.match(
    note.message,
    /^baseline converged: 28-day window, nothing new in the last 23 days; new behaviour is baseline-drift/,
  );
});

test('a broken baseline file is unreadable input: exit 2 naming the file', () => {
  const dir = copyExample();
  writeFileSync(join(dir, 'k8s-ops.baseline.json'), '{"window": ');
  const r = runCli(['validate', '-C', dir]);
  assert.equal(r.code, 2);
  assert.match(r.stdout + r.stderr, /k8s-ops\.baseline\.json:1:1/);
});

test('the report shows the baseline state in its convergence section', () => {
  const dir = copyExample();
  writeFileSync(
    join(dir, 'k8s-ops.baseline.json'),
    baseline('2026-11-14T08:00:00Z', '2026-11-20T15:00:00Z', '2026-11-14T09:00:00Z'),
  );
  const r = runCli(['report', '-C', dir]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /\| 6 days observed; baseline learning \(observed 6 of 14 days\) \|/);
});
