import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, readdirSync, readFileSync, statSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { diffLines } from 'diff';
import { copyExample, editFile, lineOf, runCli } from './helpers/fixtures.js';

/**
 * `threatcat validate --fix` on the example catalog, through the bundled CLI: what threatcat derives is rewritten
 * field by field, everything a person wrote stays byte for byte, and a second run changes nothing.
 */

const CATALOG = 'k8s-ops.threats.yaml';
const L1_CVSS = '    cvss: { base: 7.0, exploitMaturity: poc }\n    status: open';
const L4_CVSS = '    cvss: { base: 8.8, exploitMaturity: poc }\n';

/** The example's factors sum to 6.5; L1 (CVSS 7.0, poc) computes 6.5 Medium, L4 (8.8, poc) 7.4 High, at 9.1: 7.6 High. */
function staleCatalog(): string {
  const dir = copyExample();
  const file = join(dir, CATALOG);
  // A flow block a person typed by hand (wrong score, wrong severity), with a comment of theirs on the line.
  editFile(
    file,
    L1_CVSS,
    '    cvss: { base: 7.0, exploitMaturity: poc }\n' +
      '    aivss: { score: 7.1, severity: High, vector: "(CVSS:7.0/AARS:6.5)" } # typed from the spreadsheet\n' +
      '    status: open',
  );
  // A block-style block, current once, made stale by a new CVSS base: only score and vector change.
  editFile(
    file,
    L4_CVSS,
    '    cvss: { base: 9.1, exploitMaturity: poc } # the concrete CVE, reviewed 2026-11-20\n' +
      '    aivss:\n' +
      '      # kept as written\n' +
      '      score: 7.4\n' +
      '      severity: High\n' +
      '      vector: "(CVSS:8.8/AARS:6.5)"\n',
  );
  return dir;
}

function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const removed: string[] = [];
  const added: string[] = [];
  for (const part of diffLines(before, after)) {
    const lines = part.value.replace(/\n$/, '').split('\n');
    if (part.removed) removed.push(...lines);
    if (part.added) added.push(...lines);
  }
  return { removed, added };
}

test('--fix rewrites only the stale derived values, keeps every comment and byte, and validates clean', () => {
  const dir = staleCatalog();
  const file = join(dir, CATALOG);
  const before = readFileSync(file, 'utf8');
  const stale = runCli(['validate', '-C', dir]);
  assert.equal(stale.code, 1);
  assert.match(stale.stdout, /aivss-score-stale .*run `threatcat validate --fix` to rewrite it/);

  const l1Line = lineOf(file, 'aivss: { score: 7.1');
  const l4Line = lineOf(file, '      score: 7.4');
  const r = runCli(['validate', '--fix', '-C', dir]);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const after = readFileSync(file, 'utf8');

  // What it changed, with file:line, threat, old → new.
  assert.ok(
    r.stdout.includes(
      `${CATALOG}:${l1Line}  K8SOPS-L1-01  aivss: 7.1 High (CVSS:7.0/AARS:6.5) → 6.5 Medium (CVSS:7.0/AARS:6.5)`,
    ),
    r.stdout,
  );
  assert.ok(
    r.stdout.includes(
      `${CATALOG}:${l4Line}  K8SOPS-L4-01  aivss: 7.4 High (CVSS:8.8/AARS:6.5) → 7.6 High (CVSS:9.1/AARS:6.5)`,
    ),
    r.stdout,
  );
  assert.match(r.stdout, /threatcat: 1 catalog checked, 0 errors, 0 warnings: clean/);

  // Exactly these lines differ; the person's comments, quoting and one-decimal numbers survive.
  const { removed, added } = changedLines(before, after);
  assert.deepEqual(removed, [
    '    aivss: { score: 7.1, severity: High, vector: "(CVSS:7.0/AARS:6.5)" } # typed from the spreadsheet',
    '      score: 7.4',
    '      vector: "(CVSS:8.8/AARS:6.5)"',
  ]);
  const COMPUTED = '# computed by threatcat from cvss and agent.aivss';
  assert.deepEqual(
    added.filter((l) => !l.includes(COMPUTED)),
    [
      '    aivss: { score: 6.5, severity: Medium, vector: "(CVSS:7.0/AARS:6.5)" } # typed from the spreadsheet',
      '      score: 7.6',
      '      vector: "(CVSS:9.1/AARS:6.5)"',
    ],
  );
  // Threats that had a CVSS base but no block got one (as init writes it), one line each, with its comment.
  const addedBlocks = after.split('\n').filter((l) => l.includes(COMPUTED));
  assert.equal(addedBlocks.length, 5, addedBlocks.join('\n'));
  assert.ok(addedBlocks.every((l) => /^ {4}aivss: \{ score: \d+\.\d, severity: \w+, vector: /.test(l)));
  // Nothing but these lines: the rest of the file is byte-for-byte the same.
  const beforeRest = before.split('\n').filter((l) => !removed.includes(l));
  const afterRest = after.split('\n').filter((l) => !added.includes(l) && !addedBlocks.includes(l));
  assert.deepEqual(afterRest, beforeRest);

  // Idempotent: the second run writes nothing and says so.
  const again = runCli(['validate', '--fix', '-C', dir]);
  assert.equal(again.code, 0);
  assert.match(again.stdout, /every derived value is current; nothing rewritten/);
  assert.equal(readFileSync(file, 'utf8'), after);
});

test('--fix leaves what needs a person: an aivss block without cvss stays, reported, and the exit is 1', () => {
  const dir = copyExample();
  const file = join(dir, CATALOG);
  // K8SOPS-L1-01 loses its CVSS base but keeps a block: which base was meant is a person's decision.
  editFile(
    file,
    L1_CVSS,
    '    aivss: { score: 6.5, severity: Medium, vector: "(CVSS:7.0/AARS:6.5)" }\n    status: open',
  );
  const r = runCli(['validate', '--fix', '-C', dir, CATALOG]);
  assert.equal(r.code, 1);
  assert.ok(
    readFileSync(file, 'utf8').includes('    aivss: { score: 6.5, severity: Medium, vector: "(CVSS:7.0/AARS:6.5)" }'),
  );
  assert.match(r.stdout, /aivss-score-stale .*K8SOPS-L1-01' has an aivss block but no cvss\.base/);
  assert.doesNotMatch(r.stdout, /K8SOPS-L1-01 {2}aivss:/);
});

test('--fix does not touch a catalog that fails the schema', () => {
  const dir = staleCatalog();
  const file = join(dir, CATALOG);
  editFile(file, 'autonomyOfAction: 0.5 ', 'autonomyOfAction: high');
  const before = readFileSync(file, 'utf8');
  const r = runCli(['validate', '--fix', '-C', dir]);
  assert.equal(r.code, 1);
  assert.equal(readFileSync(file, 'utf8'), before);
  assert.match(r.stdout, /nothing rewritten/);
  assert.match(r.stdout, /schema/);
});

test('--fix rewrites a hand-typed dormant blast score; the disposition stays the person’s', () => {
  const dir = copyExample();
  const file = join(dir, CATALOG);
  appendFileSync(
    file,
    [
      'permissions:',
      '  - identity: system:serviceaccount:agents:k8s-ops-sa',
      '    dormant:',
      '      # secrets read: 9 by the blast table',
      '      - { apiGroup: "", resource: secrets, verb: list, namespace: "*", blast: 3, disposition: revoke }',
      '',
    ].join('\n'),
  );
  const line = lineOf(file, 'blast: 3');
  const r = runCli(['validate', '--fix', '-C', dir]);
  assert.equal(r.code, 0, r.stdout);
  assert.ok(
    r.stdout.includes(
      `${CATALOG}:${line}  system:serviceaccount:agents:k8s-ops-sa list secrets (namespace *)  dormant.blast: 3 → 9`,
    ),
    r.stdout,
  );
  assert.ok(
    readFileSync(file, 'utf8').includes(
      '      # secrets read: 9 by the blast table\n      - { apiGroup: "", resource: secrets, verb: list, namespace: "*", blast: 9, disposition: revoke }',
    ),
  );
});

test('--fix with --format json keeps stdout a findings document, the changes on stderr; the write is atomic', () => {
  const dir = staleCatalog();
  const file = join(dir, CATALOG);
  chmodSync(file, 0o640);
  const r = runCli(['validate', '--fix', '-C', dir, '--format', 'json']);
  assert.equal(r.code, 0);
  const out = JSON.parse(r.stdout);
  assert.deepEqual(out.findings, []);
  assert.match(r.stderr, /K8SOPS-L1-01 {2}aivss: 7\.1 High/);
  // The file was replaced by rename (mode kept) and no temp file is left beside it.
  assert.equal(statSync(file).mode & 0o777, 0o640);
  assert.deepEqual(
    readdirSync(dir).filter((f) => f.endsWith('.tmp')),
    [],
  );
});
