import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CATALOG, checkRule, cliJson, DEPLOYMENT, edit, lineIn } from '../helpers/catalogs.js';

const RULE = 'manifest-path-unmatched';

test('a path that matched files: no finding', () => {
  assert.deepEqual(checkRule(RULE, { 'a.threats.yaml': CATALOG }), []);
});

test('a path that matches nothing is reported at that list item', () => {
  const text = edit(CATALOG, '    - deploy.yaml\n', '    - deploy.yaml\n    - missing/*.yaml\n');
  const findings = checkRule(RULE, { 'a.threats.yaml': text }, {
    globs: (patterns) => patterns.map((pattern) => ({ pattern, files: pattern === 'deploy.yaml' ? ['deploy.yaml'] : [] })),
  });
  assert.equal(findings.length, 1);
  assert.equal(findings[0].line, lineIn(text, '- missing/*.yaml'));
  assert.equal(findings[0].column, 7);
  assert.equal(findings[0].message, "manifest path 'missing/*.yaml' matches no file (paths are relative to the catalog's folder)");
});

test('through the CLI: globs resolve relative to the catalog folder, not the repository root', () => {
  const catalog = edit(CATALOG, '    - deploy.yaml\n', '    - manifests/*.yaml\n');
  const good = cliJson({ 'agents/demo/demo.threats.yaml': catalog, 'agents/demo/manifests/deploy.yaml': DEPLOYMENT });
  assert.equal(good.code, 0, good.stdout);
  const bad = cliJson({ 'agents/demo/demo.threats.yaml': catalog, 'manifests/deploy.yaml': DEPLOYMENT });
  assert.equal(bad.code, 1);
  assert.deepEqual(bad.findings.map((f) => [f.rule, f.file, f.line]), [[RULE, 'agents/demo/demo.threats.yaml', lineIn(catalog, '- manifests/*.yaml')]]);
});

test('.threatcat.yaml: warning', () => {
  const r = cliJson({ 'demo.threats.yaml': CATALOG, '.threatcat.yaml': `rules:\n  ${RULE}: warning\n` });
  assert.equal(r.code, 0);
  assert.deepEqual(r.findings.map((f) => [f.rule, f.severity]), [[RULE, 'warning']]);
});
