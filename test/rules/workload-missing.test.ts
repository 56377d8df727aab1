import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CATALOG, checkRule, cliJson, DEPLOYMENT, edit, lineIn } from '../helpers/catalogs.js';

const RULE = 'workload-missing';
const KAGENT_AGENT =
  'apiVersion: kagent.dev/v1alpha2\nkind: Agent\nmetadata:\n  name: demo\n  namespace: agents\nspec:\n  type: Declarative\n';

test('the Deployment is in the manifests: no finding', () => {
  assert.deepEqual(checkRule(RULE, { 'a.threats.yaml': CATALOG }), []);
});

test('a kagent Agent satisfies a Deployment workload of the same name (kagent generates the Deployment), and vice versa', () => {
  assert.deepEqual(checkRule(RULE, { 'a.threats.yaml': CATALOG }, { manifests: { 'agent.yaml': KAGENT_AGENT } }), []);
  const agentKind = edit(CATALOG, 'workload: { kind: Deployment,', 'workload: { kind: Agent,');
  assert.deepEqual(checkRule(RULE, { 'a.threats.yaml': agentKind }), []);
});

test('an Agent kind from another API group does not count', () => {
  const other = KAGENT_AGENT.replace('kagent.dev/v1alpha2', 'example.com/v1');
  assert.equal(checkRule(RULE, { 'a.threats.yaml': CATALOG }, { manifests: { 'agent.yaml': other } }).length, 1);
});

test('a workload name or namespace that is not in the manifests is reported at workload.name', () => {
  for (const [from, to, described] of [
    [
      'workload: { kind: Deployment, name: demo, namespace: agents }',
      'workload: { kind: Deployment, name: demo2, namespace: agents }',
      'agents/demo2',
    ],
    [
      'workload: { kind: Deployment, name: demo, namespace: agents }',
      'workload: { kind: Deployment, name: demo, namespace: tools }',
      'tools/demo',
    ],
  ]) {
    const text = edit(CATALOG, from, to);
    const findings = checkRule(RULE, { 'a.threats.yaml': text });
    assert.equal(findings.length, 1, to);
    assert.equal(findings[0].line, lineIn(text, 'workload: {'));
    assert.equal(
      findings[0].column,
      text.split('\n')[findings[0].line - 1].indexOf('name: demo') + 7,
      'at the name value',
    );
    assert.equal(
      findings[0].message,
      `workload Deployment ${described} is not defined in the agent's manifests (deploy.yaml)`,
    );
  }
});

test('a StatefulSet workload needs a StatefulSet', () => {
  const text = edit(CATALOG, 'workload: { kind: Deployment,', 'workload: { kind: StatefulSet,');
  assert.match(
    checkRule(RULE, { 'a.threats.yaml': text })[0].message,
    /^workload StatefulSet agents\/demo is not defined/,
  );
});

test('no finding when no manifest path matched (manifest-path-unmatched already says so)', () => {
  assert.deepEqual(
    checkRule(RULE, { 'a.threats.yaml': CATALOG }, { globs: (ps) => ps.map((pattern) => ({ pattern, files: [] })) }),
    [],
  );
});

test('CLI: reported with the real manifests; .threatcat.yaml off silences it', () => {
  const files = { 'demo.threats.yaml': CATALOG, 'deploy.yaml': DEPLOYMENT.replace('name: demo', 'name: other') };
  const r = cliJson(files);
  assert.equal(r.code, 1);
  assert.deepEqual(
    r.findings.map((f) => f.rule),
    [RULE],
  );
  assert.equal(cliJson({ ...files, '.threatcat.yaml': `rules:\n  ${RULE}: off\n` }).code, 0);
});
