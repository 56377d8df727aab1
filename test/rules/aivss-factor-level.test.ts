import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CATALOG, checkRule, cliJson, DEPLOYMENT, edit, lineIn } from '../helpers/catalogs.js';
import { nearestLevel } from '../../src/analyse/rules/aivss-factor-level.js';

const RULE = 'aivss-factor-level';

test('0, 0.5 and 1.0 are legal (written as 0, 0.0, 0.5, 1, 1.0): no finding', () => {
  const text = edit(
    edit(CATALOG, 'selfModification: 0\n', 'selfModification: 0.0\n'),
    'toolUse: 1.0\n',
    'toolUse: 1\n',
  );
  assert.deepEqual(checkRule(RULE, { 'a.threats.yaml': text }), []);
});

test('0.7 is reported at the factor value, naming the nearest legal level 0.5', () => {
  const text = edit(CATALOG, 'autonomyOfAction: 0.5\n', 'autonomyOfAction: 0.7\n');
  const findings = checkRule(RULE, { 'a.threats.yaml': text });
  assert.equal(findings.length, 1);
  assert.equal(findings[0].line, lineIn(text, 'autonomyOfAction: 0.7'));
  assert.equal(findings[0].column, 25);
  assert.equal(findings[0].severity, 'error');
  assert.equal(
    findings[0].message,
    'AIVSS factor autonomyOfAction is 0.7; AIVSS v0.5 allows only 0, 0.5 or 1.0 (nearest: 0.5)',
  );
});

test('the nearest level for each value; ties go up (the cautious side)', () => {
  const cases: Array<[number, number]> = [
    [0.1, 0],
    [0.2, 0],
    [0.25, 0.5],
    [0.3, 0.5],
    [0.7, 0.5],
    [0.74, 0.5],
    [0.75, 1],
    [0.8, 1],
    [0.9, 1],
  ];
  for (const [value, nearest] of cases) assert.equal(nearestLevel(value), nearest, String(value));
  const text = edit(CATALOG, 'memoryUse: 0.5\n', 'memoryUse: 0.9\n');
  assert.match(checkRule(RULE, { 'a.threats.yaml': text })[0].message, /memoryUse is 0\.9; .*\(nearest: 1\.0\)$/);
});

test('every off-level factor is its own finding', () => {
  const text = edit(
    edit(CATALOG, 'memoryUse: 0.5\n', 'memoryUse: 0.4\n'),
    'nonDeterminism: 0.5\n',
    'nonDeterminism: 0.2\n',
  );
  assert.deepEqual(
    checkRule(RULE, { 'a.threats.yaml': text }).map((f) => f.message.split(' ')[2]),
    ['memoryUse', 'nonDeterminism'],
  );
});

test('values outside 0..1 are a schema error, not this rule', () => {
  const text = edit(CATALOG, 'memoryUse: 0.5\n', 'memoryUse: 1.5\n');
  assert.deepEqual(checkRule(RULE, { 'a.threats.yaml': text }), []);
  assert.equal(checkRule('schema', { 'a.threats.yaml': text }).length, 1);
});

test('.threatcat.yaml: warning exits 0 and keeps the message', () => {
  const files = {
    'demo.threats.yaml': edit(CATALOG, 'autonomyOfAction: 0.5\n', 'autonomyOfAction: 0.7\n'),
    'deploy.yaml': DEPLOYMENT,
  };
  assert.equal(cliJson(files).code, 1);
  const r = cliJson({ ...files, '.threatcat.yaml': `rules:\n  ${RULE}: warning\n` });
  assert.equal(r.code, 0);
  assert.equal(r.findings[0].severity, 'warning');
  assert.match(r.findings[0].message, /nearest: 0\.5/);
});
