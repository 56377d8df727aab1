import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { copyExample, editFile, lineOf, runCli } from '../helpers/fixtures.js';

const CATALOG = 'k8s-ops.threats.yaml';
/** K8SOPS-L1-01: CVSS 7.0, poc, with the example's factors (AARS 6.5) -> 6.5 Medium under v0.5. */
const L1_CVSS =
  '    cvss: { base: 7.0, exploitMaturity: poc }\n    status: open\n    evidence:\n      - source: sdk-callback';
const withBlock = (score: string, severity = 'Medium', vector = '"(CVSS:7.0/AARS:6.5)"') =>
  L1_CVSS.replace(
    '    status: open',
    `    aivss: { score: ${score}, severity: ${severity}, vector: ${vector} }\n    status: open`,
  );

function findings(dir: string) {
  const r = runCli(['validate', '-C', dir, '--format', 'json']);
  return {
    code: r.code,
    list: JSON.parse(r.stdout).findings.filter((f: { rule: string }) => f.rule === 'aivss-score-stale'),
  };
}

test('an aivss block equal to the computation is clean', () => {
  const dir = copyExample();
  editFile(join(dir, CATALOG), L1_CVSS, withBlock('6.5'));
  const r = findings(dir);
  assert.equal(r.code, 0);
  assert.deepEqual(r.list, []);
});

test('a hand-typed score is reported at its line, with the computed value', () => {
  const dir = copyExample();
  editFile(join(dir, CATALOG), L1_CVSS, withBlock('7.1', 'High'));
  const r = findings(dir);
  assert.equal(r.code, 1);
  assert.equal(r.list.length, 1);
  assert.equal(r.list[0].line, lineOf(join(dir, CATALOG), 'aivss: { score: 7.1'));
  assert.match(r.list[0].message, /K8SOPS-L1-01.*7\.1 High.*computes 6\.5 Medium \(CVSS:7\.0\/AARS:6\.5\)/);
});

test('changing the CVSS base, the maturity, a factor or the version makes the block stale', () => {
  const edits: Array<[string, string]> = [
    ['cvss: { base: 7.0, exploitMaturity: poc }', 'cvss: { base: 7.2, exploitMaturity: poc }'],
    ['cvss: { base: 7.0, exploitMaturity: poc }', 'cvss: { base: 7.0, exploitMaturity: attacked }'],
    ['selfModification: 0.0 ', 'selfModification: 1.0 '],
    ['version: "0.5"', 'version: "0.8"'],
  ];
  for (const [from, to] of edits) {
    const dir = copyExample();
    const file = join(dir, CATALOG);
    editFile(file, L1_CVSS, withBlock('6.5'));
    editFile(file, from, to);
    const r = findings(dir);
    assert.equal(r.list.length, 1, `${to}: ${JSON.stringify(r.list)}`);
    assert.equal(r.code, 1);
  }
});

test('an aivss block on a threat without cvss is reported', () => {
  const dir = copyExample();
  const file = join(dir, CATALOG);
  editFile(
    file,
    '    components: [tool-server, model]\n    status: open',
    '    components: [tool-server, model]\n    aivss: { score: 5.0, severity: Medium, vector: "(CVSS:3.5/AARS:6.5)" }\n    status: open',
  );
  const r = findings(dir);
  assert.equal(r.list.length, 1);
  assert.match(r.list[0].message, /K8SOPS-L5-01.*no cvss\.base/);
  assert.equal(r.list[0].line, lineOf(file, 'aivss: { score: 5.0'));
});
