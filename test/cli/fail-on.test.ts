import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyExample, editFile, runCli } from '../helpers/fixtures.js';
import { commit, convergedRepo, edit } from '../diff/scenario.js';

/** One rule of failure for every shell: the CLI's --fail-on decides as the Action's fail-on input does. */

test('validate --fail-on: a warning passes by default, fails with warning, never fails with never', () => {
  const dir = copyExample();
  // An AIVSS factor off its legal levels, configured down to a warning: nothing else is wrong.
  editFile(join(dir, 'k8s-ops.threats.yaml'), /autonomyOfAction: [0-9.]+/, 'autonomyOfAction: 0.7');
  writeFileSync(join(dir, '.threatcat.yaml'), 'rules:\n  aivss-factor-level: warning\n  aivss-score-stale: "off"\n');
  const warning = runCli(['validate', '-C', dir, '--format', 'json']);
  const findings = JSON.parse(warning.stdout).findings as Array<{ severity: string }>;
  assert.ok(findings.length > 0 && findings.every((f) => f.severity !== 'error'), warning.stdout);
  assert.equal(warning.code, 0);
  const strict = runCli(['validate', '-C', dir, '--fail-on', 'warning']);
  assert.equal(strict.code, 1, strict.stdout);
  assert.equal(runCli(['validate', '-C', dir, '--fail-on', 'nope']).code, 2);
});

test('diff --fail-on never: a pending re-open is reported but does not fail the command', () => {
  const dir = convergedRepo();
  edit(dir, 'manifests/rbac.yaml', /verbs: \["get", "list", "watch"\]/, 'verbs: ["get", "list", "watch", "delete"]');
  commit(dir, 'widen');
  const normal = runCli(['diff', '-C', dir, '--base', 'HEAD~1', '--head', 'HEAD']);
  assert.equal(normal.code, 1, normal.stdout);
  assert.match(normal.stdout, /To re-open/);
  const never = runCli(['diff', '-C', dir, '--base', 'HEAD~1', '--head', 'HEAD', '--fail-on', 'never']);
  assert.equal(never.code, 0, never.stdout);
  assert.match(never.stdout, /To re-open/);
});
