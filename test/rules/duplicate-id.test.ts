import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CATALOG, checkRule, cliJson, DEPLOYMENT, edit, lineIn } from '../helpers/catalogs.js';

const RULE = 'duplicate-id';

test('unique ids: no finding', () => {
  assert.deepEqual(checkRule(RULE, { 'a.threats.yaml': CATALOG }), []);
});

test('a threat id used twice in one catalog is reported at the second, naming the first line', () => {
  const text = edit(CATALOG, '  - id: DEMO-02', '  - id: DEMO-01');
  const [f, ...rest] = checkRule(RULE, { 'a.threats.yaml': text });
  assert.equal(rest.length, 0);
  assert.equal(f.file, 'a.threats.yaml');
  assert.equal(f.line, lineIn(text, '- id: DEMO-01', 2));
  assert.equal(f.column, 9, 'points at the id value');
  assert.equal(f.severity, 'error');
  assert.equal(f.subject, 'DEMO-01');
  assert.equal(f.message, `threat id 'DEMO-01' is already used at line ${lineIn(text, '- id: DEMO-01')}`);
});

test('a threat id used in two catalogs is reported in the second, naming the other file:line', () => {
  const other = edit(
    edit(CATALOG, 'name: demo\n  owners', 'name: other\n  owners'),
    '  - id: DEMO-02',
    '  - id: OTHER-02',
  );
  const findings = checkRule(RULE, { 'a/a.threats.yaml': CATALOG, 'b/b.threats.yaml': other });
  assert.equal(findings.length, 1, JSON.stringify(findings));
  assert.equal(findings[0].file, 'b/b.threats.yaml');
  assert.equal(findings[0].line, lineIn(other, '- id: DEMO-01'));
  assert.match(
    findings[0].message,
    new RegExp(`'DEMO-01' is already used at a/a\\.threats\\.yaml:${lineIn(CATALOG, '- id: DEMO-01')}$`),
  );
});

test('component and delegation ids share one namespace within a catalog', () => {
  const text = edit(CATALOG, '  - id: to-helper', '  - id: model');
  const findings = checkRule(RULE, { 'a.threats.yaml': text });
  assert.equal(findings.length, 1);
  assert.equal(findings[0].line, lineIn(text, '- id: model', 2));
  assert.match(findings[0].message, new RegExp(`id 'model' is already used at line ${lineIn(text, '- id: model')}`));
});

test('the same component id in two catalogs is fine (components are per agent)', () => {
  const other = edit(CATALOG, '  - id: DEMO-01', '  - id: OTHER-01').replace('  - id: DEMO-02', '  - id: OTHER-02');
  assert.deepEqual(checkRule(RULE, { 'a.threats.yaml': CATALOG, 'b.threats.yaml': other }), []);
});

test('.threatcat.yaml can lower the rule to a warning (exit 0) or turn it off', () => {
  const files = { 'demo.threats.yaml': edit(CATALOG, '  - id: DEMO-02', '  - id: DEMO-01'), 'deploy.yaml': DEPLOYMENT };
  const asError = cliJson(files);
  assert.equal(asError.code, 1);
  assert.equal(asError.findings.find((f) => f.rule === RULE)?.severity, 'error');
  const warned = cliJson({ ...files, '.threatcat.yaml': `rules:\n  ${RULE}: warning\n` });
  assert.equal(warned.code, 0, warned.stdout);
  assert.equal(warned.findings.find((f) => f.rule === RULE)?.severity, 'warning');
  const off = cliJson({ ...files, '.threatcat.yaml': `rules: { ${RULE}: off }\n` });
  assert.equal(off.code, 0);
  assert.deepEqual(off.findings, []);
});
