import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { mkdirSync, writeFileSync } from 'node:fs';
import { copyExample, editFile, lineOf, runCli, EXAMPLE } from './helpers/fixtures.js';

const CATALOG = 'k8s-ops.threats.yaml';

test('the bundled example validates clean', () => {
  const r = runCli(['validate', '-C', EXAMPLE]);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /1 catalog checked, 0 errors, 0 warnings: clean/);
});

/** K8SOPS-L4-01's status line (unique thanks to its CVSS line). */
const L4_STATUS = '    cvss: { base: 8.8, exploitMaturity: poc }\n    status: open';
const ACCEPTANCE = '    acceptance:\n      by: "@example/security"\n      reason: the token is bound and short-lived\n';

/** Each edit must fail validation with a finding on the edited line. */
const EDITS: Array<{ name: string; from: string | RegExp; to: string; rule: string; needle: string | RegExp }> = [
  { name: 'layer L9', from: '    layer: L2\n', to: '    layer: L9\n', rule: 'schema', needle: 'layer: L9' },
  {
    name: 'class malice',
    from: / {4}class: compromise\n {4}layer: L3/,
    to: '    class: malice\n    layer: L3',
    rule: 'schema',
    needle: 'class: malice',
  },
  {
    name: 'AIVSS factor 0.7',
    from: 'autonomyOfAction: 0.5 ',
    to: 'autonomyOfAction: 0.7 ',
    rule: 'aivss-factor-level',
    needle: 'autonomyOfAction: 0.7',
  },
  {
    name: 'unknown top-level key',
    from: 'kind: ThreatCatalog\n',
    to: 'kind: ThreatCatalog\nsevrity: high\n',
    rule: 'schema',
    needle: 'sevrity:',
  },
  {
    name: 'duplicate threat id',
    from: '  - id: K8SOPS-L5-01',
    to: '  - id: K8SOPS-L4-01',
    rule: 'duplicate-id',
    needle: /^ {2}- id: K8SOPS-L4-01/,
  },
  {
    name: 'unknown component',
    from: '    components: [to-gitops]',
    to: '    components: [to-gitopz]',
    rule: 'unknown-component',
    needle: 'components: [to-gitopz]',
  },
  {
    name: 'closed with no validated evidence',
    from: L4_STATUS,
    to: L4_STATUS.replace('status: open', 'status: closed'),
    rule: 'closed-without-evidence',
    needle: 'status: closed',
  },
  {
    name: 'accepted past its reReviewBy',
    from: L4_STATUS,
    to: L4_STATUS.replace('status: open', `status: accepted\n${ACCEPTANCE}      reReviewBy: 2026-11-01\n`).trimEnd(),
    rule: 'acceptance-expired',
    needle: 'reReviewBy: 2026-11-01',
  },
  {
    name: 'accepted without reReviewBy',
    from: L4_STATUS,
    to: L4_STATUS.replace('status: open', `status: accepted\n${ACCEPTANCE}`).trimEnd(),
    rule: 'acceptance-missing-rereview',
    needle: '    acceptance:',
  },
  {
    name: 'accepted with no acceptance record',
    from: L4_STATUS,
    to: L4_STATUS.replace('status: open', 'status: accepted'),
    rule: 'acceptance-missing-rereview',
    needle: 'status: accepted',
  },
  {
    name: 'a workload renamed away from its manifests',
    from: '    kind: Agent\n    name: k8s-ops\n',
    to: '    kind: Agent\n    name: k8s-opz\n',
    rule: 'workload-missing',
    needle: 'name: k8s-opz',
  },
];

for (const edit of EDITS) {
  test(`validate fails on ${edit.name}, at the edited line`, () => {
    const dir = copyExample();
    const file = join(dir, CATALOG);
    editFile(file, edit.from, edit.to);
    // For the duplicate, the finding is on the second occurrence.
    const expectedLine =
      edit.rule === 'duplicate-id'
        ? lineOf(file, /^ {2}- id: K8SOPS-L5-01|^ {2}- id: K8SOPS-L4-01/) + 0
        : lineOf(file, edit.needle);
    const r = runCli(['validate', '-C', dir, '--format', 'json']);
    assert.equal(r.code, 1, r.stdout + r.stderr);
    const out = JSON.parse(r.stdout);
    const finding = out.findings.find((f: { rule: string }) => f.rule === edit.rule);
    assert.ok(finding, `no ${edit.rule} finding in ${r.stdout}`);
    assert.equal(finding.file, CATALOG);
    if (edit.rule === 'duplicate-id') {
      const lines = out.findings
        .filter((f: { rule: string }) => f.rule === 'duplicate-id')
        .map((f: { line: number }) => f.line);
      assert.ok(
        lines.every((l: number) => l > expectedLine),
        'the duplicate (second occurrence) is reported',
      );
    } else {
      assert.equal(finding.line, expectedLine);
    }
  });
}

const MALFORMED: Array<{ name: string; content: string | Buffer; line: number }> = [
  { name: 'tab indentation', content: 'apiVersion: threatcat.dev/v1alpha1\nmetadata:\n\tname: x\n', line: 3 },
  { name: 'unclosed quote', content: 'apiVersion: "threatcat.dev/v1alpha1\nkind: ThreatCatalog\n', line: 3 },
  {
    name: 'alias bomb',
    content: [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
      'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
      'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
    ].join('\n'),
    line: 2,
  },
  { name: 'binary file', content: Buffer.from([0x61, 0x3a, 0x20, 0x00, 0x01, 0x02]), line: 1 },
  { name: 'empty file', content: '', line: 1 },
  { name: 'duplicate key', content: 'apiVersion: a\nkind: b\napiVersion: c\n', line: 3 },
];

for (const bad of MALFORMED) {
  test(`malformed input (${bad.name}) exits 2 naming file:line, no stack trace`, () => {
    const dir = copyExample();
    writeFileSync(join(dir, 'bad.threats.yaml'), bad.content);
    const r = runCli(['validate', '-C', dir]);
    assert.equal(r.code, 2, r.stdout + r.stderr);
    assert.match(r.stdout + r.stderr, new RegExp(`bad\\.threats\\.yaml:${bad.line}:\\d+`));
    assert.doesNotMatch(r.stdout + r.stderr, /\n\s+at .+\(.+:\d+:\d+\)/, 'no stack trace');
  });
}

test('a directory given as PATH exits 2 naming it', () => {
  const dir = copyExample();
  mkdirSync(join(dir, 'sub'));
  const r = runCli(['validate', '-C', dir, join(dir, 'sub')]);
  assert.equal(r.code, 2);
  assert.match(r.stdout + r.stderr, /sub:1:1 .*directory/);
});

test('an unknown --format is a usage error (exit 2)', () => {
  const r = runCli(['validate', '-C', EXAMPLE, '--format', 'xml']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /--format xml: expected one of text, json, sarif, github/);
});
