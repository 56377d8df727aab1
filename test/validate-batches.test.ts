import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CATALOG, DEPLOYMENT, check, cliJson, edit, lineIn } from './helpers/catalogs.js';

/**
 * `threatcat validate` checks catalogs a couple at a time and drops them (src/app/validate.ts): the findings must
 * be exactly those of one pass over all of them, cross-catalog ones included (a threat id used in another
 * catalog, a manifest several catalogs share).
 */

const RBAC = `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: demo-reader
rules:
  - apiGroups: [""]
    resources: secrets
    verbs: [get]
`;

/** Catalog n: its own threat ids (DEMO-01 and DEMO-02 renamed), unless `ids` says otherwise. */
function catalog(n: number, ids: [string, string] = [`C${n}-01`, `C${n}-02`]): string {
  return edit(edit(CATALOG, '  - id: DEMO-01', `  - id: ${ids[0]}`), '  - id: DEMO-02', `  - id: ${ids[1]}`);
}

function catalogs(): Record<string, string> {
  return {
    'a/a.threats.yaml': catalog(1),
    // A threat id of a.threats.yaml again, and twice in itself.
    'b/b.threats.yaml': catalog(2, ['C1-02', 'C1-02']),
    'c/c.threats.yaml': catalog(3),
    // Schema-invalid (a threat with a bad layer): its sound part still has C1-01, found in a.threats.yaml.
    'd/d.threats.yaml': edit(catalog(4, ['C4-01', 'C1-01']), 'layer: L1', 'layer: L9'),
    'e/e.threats.yaml': catalog(5, ['C5-01', 'C3-02']),
  };
}

const MANIFESTS = {
  'deploy.yaml': DEPLOYMENT,
  // Shared by every catalog: its problems are reported once, whichever batch meets them first.
  'rbac.yaml': RBAC,
  'broken.yaml': 'kind: [\n',
};

test('catalogs checked in batches give exactly the findings of one pass, in the same order', () => {
  const whole = check(catalogs(), { manifests: MANIFESTS });
  const rules = new Set(whole.map((f) => f.rule));
  for (const rule of ['duplicate-id', 'schema', 'surface-malformed', 'manifest-syntax']) {
    assert.ok(rules.has(rule), `the fixture exercises ${rule}: ${JSON.stringify(whole)}`);
  }
  for (const batch of [1, 2, 3, 4]) {
    assert.deepEqual(check(catalogs(), { manifests: MANIFESTS, batch }), whole, `batches of ${batch}`);
  }
  assert.equal(whole.filter((f) => f.rule === 'surface-malformed').length, 1, 'the shared problem once');
  assert.equal(whole.filter((f) => f.rule === 'manifest-syntax').length, 1, 'the shared syntax error once');
});

test('a threat id first used in an earlier batch is reported with that file and line', () => {
  const findings = check(catalogs(), { manifests: MANIFESTS, batch: 1 }).filter((f) => f.rule === 'duplicate-id');
  const a = catalogs()['a/a.threats.yaml'];
  const c = catalogs()['c/c.threats.yaml'];
  const b = catalogs()['b/b.threats.yaml'];
  assert.deepEqual(
    findings.map((f) => [f.file, f.line, f.message]),
    [
      [
        'b/b.threats.yaml',
        lineIn(b, '- id: C1-02'),
        `threat id 'C1-02' is already used at a/a.threats.yaml:${lineIn(a, '- id: C1-02')}`,
      ],
      [
        'b/b.threats.yaml',
        lineIn(b, '- id: C1-02', 2),
        `threat id 'C1-02' is already used at a/a.threats.yaml:${lineIn(a, '- id: C1-02')}`,
      ],
      [
        'd/d.threats.yaml',
        lineIn(catalogs()['d/d.threats.yaml'], '- id: C1-01'),
        `threat id 'C1-01' is already used at a/a.threats.yaml:${lineIn(a, '- id: C1-01')}`,
      ],
      [
        'e/e.threats.yaml',
        lineIn(catalogs()['e/e.threats.yaml'], '- id: C3-02'),
        `threat id 'C3-02' is already used at c/c.threats.yaml:${lineIn(c, '- id: C3-02')}`,
      ],
    ],
  );
});

test('the CLI, which reads and checks catalogs in batches, names the first use in an earlier batch', () => {
  const files: Record<string, string> = { 'deploy.yaml': DEPLOYMENT };
  for (let n = 1; n <= 6; n++)
    files[`agents/c${n}.threats.yaml`] = catalog(n, n === 6 ? ['C6-01', 'C1-02'] : undefined);
  for (const f of Object.keys(files)) {
    if (f.endsWith('.threats.yaml')) files[f] = files[f].replace('    - deploy.yaml', '    - ../deploy.yaml');
  }
  const r = cliJson(files);
  assert.equal(r.code, 1, r.stdout + r.stderr);
  assert.deepEqual(
    r.findings.map((f) => [f.rule, f.file, f.message]),
    [
      [
        'duplicate-id',
        'agents/c6.threats.yaml',
        `threat id 'C1-02' is already used at agents/c1.threats.yaml:${lineIn(files['agents/c1.threats.yaml'], '- id: C1-02')}`,
      ],
    ],
  );
});
