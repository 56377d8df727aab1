import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CATALOG, checkRule, cliJson, DEPLOYMENT, edit, lineIn } from '../helpers/catalogs.js';

const RULE = 'unknown-component';

test('references to components and delegations that exist: no finding', () => {
  const text = edit(CATALOG, 'components: [model, demo-sa]', 'components: [model, demo-sa, to-helper]');
  assert.deepEqual(checkRule(RULE, { 'a.threats.yaml': text }), []);
});

test('a threat referencing an undefined component is reported at that list item, listing the known ids', () => {
  const text = edit(CATALOG, 'components: [model, demo-sa]', 'components: [model, demo-sa2]');
  const findings = checkRule(RULE, { 'a.threats.yaml': text });
  assert.equal(findings.length, 1);
  const [f] = findings;
  assert.equal(f.line, lineIn(text, 'components: [model, demo-sa2]'));
  assert.equal(f.column, text.split('\n')[f.line - 1].indexOf('demo-sa2') + 1, 'column of the bad reference');
  assert.equal(f.severity, 'error');
  assert.equal(f.subject, 'DEMO-01');
  assert.equal(
    f.message,
    "threat 'DEMO-01' references unknown component 'demo-sa2' (known: demo-sa, model, to-helper)",
  );
});

test('each unknown reference is its own finding', () => {
  const text = edit(CATALOG, 'components: [model, demo-sa]', 'components: [nope-1, nope-2]');
  assert.deepEqual(
    checkRule(RULE, { 'a.threats.yaml': text }).map((f) => f.message.match(/'(nope-\d)'/)?.[1]),
    ['nope-1', 'nope-2'],
  );
});

test('components are per catalog: an id defined only in another catalog is unknown', () => {
  const other = edit(edit(CATALOG, '  - id: DEMO-01', '  - id: B-01'), '  - id: DEMO-02', '  - id: B-02').replace(
    '  - id: model\n',
    '  - id: llm\n',
  );
  const findings = checkRule(RULE, { 'a.threats.yaml': CATALOG, 'b.threats.yaml': other });
  assert.equal(findings.length, 1);
  assert.equal(findings[0].file, 'b.threats.yaml');
  assert.match(findings[0].message, /unknown component 'model'/);
});

test('a permissions entry naming an unknown component is reported at its component key', () => {
  const text = edit(CATALOG, '    component: demo-sa\n', '    component: demo-sb\n');
  const findings = checkRule(RULE, { 'a.threats.yaml': text });
  assert.equal(findings.length, 1);
  assert.equal(findings[0].line, lineIn(text, 'component: demo-sb'));
  assert.match(
    findings[0].message,
    /permissions entry for 'system:serviceaccount:agents:demo' references unknown component 'demo-sb'/,
  );
});

test('.threatcat.yaml severity override: warning keeps the finding and exits 0', () => {
  const files = {
    'demo.threats.yaml': edit(CATALOG, 'components: [model, demo-sa]', 'components: [model, ghost]'),
    'deploy.yaml': DEPLOYMENT,
  };
  assert.equal(cliJson(files).code, 1);
  const r = cliJson({ ...files, '.threatcat.yaml': `rules:\n  ${RULE}: warning\n` });
  assert.equal(r.code, 0);
  assert.deepEqual(
    r.findings.map((f) => [f.rule, f.severity]),
    [[RULE, 'warning']],
  );
});
