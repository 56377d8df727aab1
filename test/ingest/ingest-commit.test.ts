import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, copyExample, git, runCli } from '../helpers/fixtures.js';

/**
 * The commit `ingest --commit` makes must pass the project's own gate: newly found dormant permissions get a
 * triage date (a warning until then), and a hook that still refuses the commit is shown whole.
 */

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
};
const EVIDENCE = ['evidence/audit.jsonl.gz', 'evidence/tool-calls.jsonl', 'evidence/tetragon.jsonl'];
const CATALOG = 'k8s-ops.threats.yaml';

/** The example as a repository whose pre-commit hook runs `threatcat validate` (the bundled CLI) on every commit. */
function repoWithHook(hook = `#!/bin/sh\nexec "${process.execPath}" "${BIN}" validate\n`, config?: string): string {
  const dir = copyExample();
  if (config !== undefined) writeFileSync(join(dir, '.threatcat.yaml'), config);
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'example');
  const path = join(dir, '.git/hooks/pre-commit');
  writeFileSync(path, hook);
  chmodSync(path, 0o755);
  return dir;
}

function ingest(dir: string, args: string[], now = '2026-11-21T12:00:00Z') {
  return runCli(['ingest', ...args, '-C', dir], {
    cwd: dir,
    env: { ...GIT_ENV, HOME: dir, THREATCAT_NOW: now },
  });
}

function validate(dir: string, now: string) {
  const r = runCli(['validate', '-C', dir, '--format', 'json'], { cwd: dir, env: { THREATCAT_NOW: now } });
  return { code: r.code, findings: JSON.parse(r.stdout).findings as Array<Record<string, string>> };
}

test('ingest --commit passes the repository’s validate hook: new dormant permissions warn until their triage date', () => {
  const dir = repoWithHook();
  const r = ingest(dir, [...EVIDENCE, '--commit']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /Committed [0-9a-f]{12}/);
  assert.equal(git(dir, 'rev-list', '--count', 'HEAD'), '2', 'the hook let the commit through');

  // Every new dormant entry carries the day a person must decide by: ingest's day + 14.
  const catalog = readFileSync(join(dir, CATALOG), 'utf8');
  assert.equal((catalog.match(/^ {8}triageBy: 2026-12-05$/gm) ?? []).length, 30);
  assert.match(r.stdout, /\[new: needs a disposition by 2026-12-05\]/);

  const message = git(dir, 'log', '-1', '--format=%B');
  assert.match(
    message,
    /New dormant permissions \(each needs a disposition — revoke, justified or accepted — by 2026-12-05; dormant-without-disposition warns until then and fails after\):\n- system:serviceaccount:agents:k8s-ops-sa: get secrets \(namespace \*, blast 9\)\n/,
  );

  // validate (the hook, CI) is clean today: 30 warnings naming the date, no error.
  const today = validate(dir, '2026-11-21T12:00:00Z');
  assert.equal(today.code, 0, JSON.stringify(today.findings.filter((f) => f.severity === 'error')));
  const dormant = today.findings.filter((f) => f.rule === 'dormant-without-disposition');
  assert.equal(dormant.length, 30);
  assert.ok(
    dormant.every(
      (f) => f.severity === 'warning' && /needs a disposition by 2026-12-05 \(in 14 days\)/.test(f.message),
    ),
  );
  // On the day it is still a warning; the day after, every one of them is an error.
  assert.equal(validate(dir, '2026-12-05T23:00:00Z').code, 0);
  const late = validate(dir, '2026-12-06T08:00:00Z');
  assert.equal(late.code, 1);
  assert.equal(
    late.findings.filter((f) => f.rule === 'dormant-without-disposition' && f.severity === 'error').length,
    30,
  );
  assert.match(
    late.findings.find((f) => f.rule === 'dormant-without-disposition')!.message,
    /was due for a disposition on 2026-12-05 \(1 day ago\)/,
  );

  // A second ingest of new evidence keeps the date the permission was first found under.
  const again = ingest(dir, ['evidence/audit.jsonl.gz', 'evidence/tool-calls.jsonl'], '2026-11-28T12:00:00Z');
  assert.equal(again.code, 0, again.stderr);
  assert.doesNotMatch(readFileSync(join(dir, CATALOG), 'utf8'), /triageBy: 2026-12-12/);
});

test('.threatcat.yaml dormantTriageDays sets the triage window', () => {
  const dir = repoWithHook(undefined, 'dormantTriageDays: 3\n');
  const r = ingest(dir, [...EVIDENCE, '--commit']);
  assert.equal(r.code, 0, r.stderr);
  assert.equal((readFileSync(join(dir, CATALOG), 'utf8').match(/triageBy: 2026-11-24$/gm) ?? []).length, 30);
  assert.match(git(dir, 'log', '-1', '--format=%B'), /by 2026-11-24;/);
  assert.equal(validate(dir, '2026-11-25T00:00:00Z').code, 1);
});

test('a hook that refuses the commit is shown whole, not cut to its first line (exit 2, files written, no commit)', () => {
  const lines = Array.from({ length: 40 }, (_, i) => `check ${i + 1}: ok`);
  const hook = `#!/bin/sh\n${lines.map((l) => `echo "${l}"`).join('\n')}\necho "policy-check....Failed" >&2\necho "- hook id: policy\\n- exit code: 1\\n\\nthe catalog needs a second reviewer" >&2\nexit 1\n`;
  const dir = repoWithHook(hook);
  const r = ingest(dir, [...EVIDENCE, '--commit']);
  assert.equal(r.code, 2);
  assert.match(
    r.stderr,
    /git commit failed \(the files are written; fix what it says and commit them, or commit them by hand\):/,
  );
  for (const l of lines) assert.ok(r.stderr.includes(`  ${l}\n`), `missing "${l}" in\n${r.stderr}`);
  assert.match(r.stderr, /policy-check\.\.\.\.Failed\n/);
  assert.match(r.stderr, /the catalog needs a second reviewer/);
  assert.equal(git(dir, 'rev-list', '--count', 'HEAD'), '1');
  assert.match(readFileSync(join(dir, CATALOG), 'utf8'), /triageBy: 2026-12-05/);
});
