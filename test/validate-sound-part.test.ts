import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CATALOG, check, edit, lineIn } from './helpers/catalogs.js';

const DUPLICATE = (text: string) => edit(text, '  - id: DEMO-02', '  - id: DEMO-01');

test('a schema error in one threat does not hide semantic findings elsewhere in the catalog', () => {
  const text = edit(DUPLICATE(CATALOG), '    layer: L1\n', '    layer: L9\n');
  const findings = check({ 'a.threats.yaml': text });
  assert.deepEqual(
    findings.map((f) => [f.rule, f.line]),
    [['schema', lineIn(text, 'layer: L9')]],
    'the duplicate is the broken threat itself: left out, so no duplicate-id noise',
  );
  const other = edit(edit(CATALOG, '    layer: L4\n', '    layer: L9\n'), '        disposition: revoke\n', '');
  assert.deepEqual(
    check({ 'a.threats.yaml': other })
      .map((f) => f.rule)
      .sort(),
    ['dormant-without-disposition', 'schema'],
  );
});

test('an unknown top-level key is reported, and the rules still run on the rest', () => {
  const text = edit(
    edit(CATALOG, 'kind: ThreatCatalog\n', 'kind: ThreatCatalog\nsevrity: high\n'),
    'autonomyOfAction: 0.5',
    'autonomyOfAction: 0.7',
  );
  const findings = check({ 'a.threats.yaml': text });
  assert.deepEqual(
    findings.map((f) => [f.rule, f.line]),
    [
      ['aivss-factor-level', lineIn(text, 'autonomyOfAction: 0.7')],
      ['schema', lineIn(text, 'sevrity: high')],
    ].sort((a, b) => Number(a[1]) - Number(b[1])),
  );
});

test('positions of findings after a left-out threat still point at the original lines', () => {
  const text = edit(
    edit(CATALOG, '    layer: L1\n', '    layer: L9\n'),
    '    components: [demo-sa]\n',
    '    components: [demo-sx]\n',
  );
  const unknown = check({ 'a.threats.yaml': text }).find((f) => f.rule === 'unknown-component');
  assert.ok(unknown, 'unknown-component runs on DEMO-02 although DEMO-01 is broken');
  assert.equal(unknown.line, lineIn(text, 'components: [demo-sx]'));
  assert.equal(unknown.key, 'threats[DEMO-02].components[0]');
});

test('an error in a component (referenced by threats) skips the semantic rules for that catalog', () => {
  const text = edit(edit(CATALOG, 'category: inference', 'category: inferance'), '        disposition: revoke\n', '');
  assert.deepEqual(
    check({ 'a.threats.yaml': text }).map((f) => f.rule),
    ['schema'],
  );
});

test('schema and manifest-syntax severities are configurable like any rule', () => {
  const text = edit(CATALOG, '    layer: L1\n', '    layer: L9\n');
  assert.equal(check({ 'a.threats.yaml': text }, { severities: { schema: 'warning' } })[0].severity, 'warning');
  assert.deepEqual(check({ 'a.threats.yaml': text }, { severities: { schema: 'off' } }), []);
  const manifests = {
    'deploy.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: demo, namespace: agents\n',
  };
  const broken = check({ 'a.threats.yaml': CATALOG }, { manifests }).filter((f) => f.rule === 'manifest-syntax');
  assert.equal(broken.length, 1);
  assert.equal(broken[0].file, 'deploy.yaml');
  assert.equal(
    check({ 'a.threats.yaml': CATALOG }, { manifests, severities: { 'manifest-syntax': 'note' } }).find(
      (f) => f.rule === 'manifest-syntax',
    )?.severity,
    'note',
  );
});

test('an unquoted AIVSS version (a YAML number) gets a hint to quote it', () => {
  const text = edit(CATALOG, 'version: "0.5"', 'version: 0.5');
  const [f] = check({ 'a.threats.yaml': text });
  assert.equal(f.rule, 'schema');
  assert.equal(f.line, lineIn(text, 'version: 0.5'));
  assert.match(
    f.message,
    /agent\.aivss\.version must be one of "0\.5", "0\.8"; got 0\.5 \(a number: write it quoted, "0\.5"\)$/,
  );
});
