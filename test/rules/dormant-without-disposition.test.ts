import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CATALOG, checkRule, cliJson, DEPLOYMENT, edit, lineIn } from '../helpers/catalogs.js';

const RULE = 'dormant-without-disposition';

test('revoke, and justified with a justification: no finding', () => {
  assert.deepEqual(checkRule(RULE, { 'a.threats.yaml': CATALOG }), []);
  const justified = edit(
    CATALOG,
    '        disposition: revoke\n',
    '        disposition: justified\n        justification: the nightly backup job runs as this identity\n',
  );
  assert.deepEqual(checkRule(RULE, { 'a.threats.yaml': justified }), []);
});

test('a dormant permission with no disposition is reported at the entry, with its blast score', () => {
  const text = edit(CATALOG, '        disposition: revoke\n', '');
  const findings = checkRule(RULE, { 'a.threats.yaml': text });
  assert.equal(findings.length, 1);
  assert.equal(findings[0].line, lineIn(text, '- apiGroup: ""'));
  assert.equal(findings[0].severity, 'error');
  assert.equal(
    findings[0].message,
    'dormant permission list secrets (namespace agents) of system:serviceaccount:agents:demo (blast 7) has no disposition: revoke, justified or accepted',
  );
});

test("'justified' without a justification is reported at the disposition", () => {
  const text = edit(CATALOG, '        disposition: revoke\n', '        disposition: justified\n');
  const findings = checkRule(RULE, { 'a.threats.yaml': text });
  assert.equal(findings.length, 1);
  assert.equal(findings[0].line, lineIn(text, 'disposition: justified'));
  assert.match(findings[0].message, /is 'justified' without a justification$/);
});

test('the API group is named when it is not the core group', () => {
  const text = edit(
    edit(
      CATALOG,
      '      - apiGroup: ""\n        resource: secrets',
      '      - apiGroup: rbac.authorization.k8s.io\n        resource: clusterrolebindings',
    ),
    '        disposition: revoke\n',
    '',
  );
  assert.match(
    checkRule(RULE, { 'a.threats.yaml': text })[0].message,
    /list rbac\.authorization\.k8s\.io\/clusterrolebindings \(namespace agents\)/,
  );
});

test('.threatcat.yaml: off', () => {
  const files = { 'demo.threats.yaml': edit(CATALOG, '        disposition: revoke\n', ''), 'deploy.yaml': DEPLOYMENT };
  assert.equal(cliJson(files).code, 1);
  const r = cliJson({ ...files, '.threatcat.yaml': `rules:\n  ${RULE}: off\n` });
  assert.equal(r.code, 0);
  assert.deepEqual(r.findings, []);
});
