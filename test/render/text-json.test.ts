import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { copyExample, editFile, EXAMPLE, lineOf, runCli } from '../helpers/fixtures.js';

const CATALOG = 'k8s-ops.threats.yaml';

function broken() {
  const dir = copyExample();
  const file = join(dir, CATALOG);
  editFile(file, '    layer: L2\n', '    layer: L9\n');
  editFile(file, 'autonomyOfAction: 0.5 ', 'autonomyOfAction: 0.7 ');
  return { dir, file };
}

test('text: `file:line:col  severity  rule  message` per finding, then one summary line', () => {
  const { dir, file } = broken();
  const r = runCli(['validate', '-C', dir]);
  assert.equal(r.code, 1);
  const lines = r.stdout.trimEnd().split('\n');
  assert.equal(lines.length, 3);
  assert.equal(
    lines[0],
    `${CATALOG}:${lineOf(file, 'autonomyOfAction: 0.7')}:25  error  aivss-factor-level  AIVSS factor autonomyOfAction is 0.7; AIVSS v0.5 allows only 0, 0.5 or 1.0 (nearest: 0.5)`,
  );
  assert.match(
    lines[1],
    new RegExp(
      `^${CATALOG.replace(/\./g, '\\.')}:${lineOf(file, 'layer: L9')}:12  error  schema  threats\\[1\\] \\(K8SOPS-L2-01\\)\\.layer must be one of "L1", .*; got "L9"$`,
    ),
  );
  assert.equal(lines[2], 'threatcat: 1 catalog checked, 2 errors, 0 warnings');
  assert.equal(r.stderr, '');
});

test('text: clean run prints only the summary', () => {
  const r = runCli(['validate', '-C', EXAMPLE]);
  assert.equal(r.stdout, 'threatcat: 1 catalog checked, 0 errors, 0 warnings: clean\n');
});

test('text: a message with a newline stays on one line', () => {
  const dir = copyExample();
  editFile(join(dir, CATALOG), 'kind: ThreatCatalog\n', 'kind: ThreatCatalog\n"a\\nb": 1\n');
  const lines = runCli(['validate', '-C', dir]).stdout.trimEnd().split('\n');
  assert.equal(lines.length, 2);
  // Shown as written (an escape), so the reader sees there is a line break in the key.
  assert.match(lines[0], /unknown key 'a\\nb'/);
});

test('json: { catalogs, findings[{ rule, severity, file, line, column, message, subject? }] }', () => {
  const { dir, file } = broken();
  const r = runCli(['validate', '-C', dir, '--format', 'json']);
  assert.equal(r.code, 1);
  const out = JSON.parse(r.stdout);
  assert.deepEqual(Object.keys(out), ['catalogs', 'findings']);
  assert.deepEqual(out.catalogs, [CATALOG]);
  assert.deepEqual(out.findings[0], {
    rule: 'aivss-factor-level',
    severity: 'error',
    file: CATALOG,
    line: lineOf(file, 'autonomyOfAction: 0.7'),
    column: 25,
    message: 'AIVSS factor autonomyOfAction is 0.7; AIVSS v0.5 allows only 0, 0.5 or 1.0 (nearest: 0.5)',
  });
  assert.deepEqual(Object.keys(out.findings[1]), ['rule', 'severity', 'file', 'line', 'column', 'message']);
  const clean = JSON.parse(runCli(['validate', '-C', EXAMPLE, '--format', 'json']).stdout);
  assert.deepEqual(clean, { catalogs: [CATALOG], findings: [] });
});

test('json: findings carry the threat id as subject when they are about a threat', () => {
  const dir = copyExample();
  editFile(join(dir, CATALOG), '    components: [to-gitops]', '    components: [to-gitopz]');
  const out = JSON.parse(runCli(['validate', '-C', dir, '--format', 'json']).stdout);
  assert.equal(out.findings[0].subject, 'K8SOPS-L7-01');
});

test('json: unreadable catalogs are listed and reported as unreadable-input, exit 2', () => {
  const dir = copyExample();
  editFile(join(dir, CATALOG), 'kind: ThreatCatalog\n', 'kind: ThreatCatalog\n\tbad: tab\n');
  const r = runCli(['validate', '-C', dir, '--format', 'json']);
  assert.equal(r.code, 2);
  const out = JSON.parse(r.stdout);
  assert.deepEqual(out.catalogs, [CATALOG]);
  assert.equal(out.findings[0].rule, 'unreadable-input');
  assert.equal(out.findings[0].line, 6);
});
