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

/** What `threatcat ingest` writes for a permission it has just found dormant: no disposition, a triage date. */
const withTriage = (date: string) => edit(CATALOG, '        disposition: revoke\n', `        triageBy: ${date}\n`);

test('before its triageBy date a missing disposition is a warning, naming the date; validate exits 0', () => {
  const text = withTriage('2026-12-05');
  const findings = checkRule(RULE, { 'a.threats.yaml': text }, { today: '2026-11-21' });
  assert.equal(findings.length, 1);
  assert.equal(findings[0].severity, 'warning');
  assert.equal(findings[0].line, lineIn(text, 'triageBy: 2026-12-05'));
  assert.equal(
    findings[0].message,
    'dormant permission list secrets (namespace agents) of system:serviceaccount:agents:demo (blast 7) needs a disposition by 2026-12-05 (in 14 days): revoke, justified or accepted',
  );
  // On the day itself it is still a warning.
  const today = checkRule(RULE, { 'a.threats.yaml': text }, { today: '2026-12-05' });
  assert.equal(today[0].severity, 'warning');
  assert.match(today[0].message, /by 2026-12-05 \(today\)/);
  const r = cliJson({ 'demo.threats.yaml': text, 'deploy.yaml': DEPLOYMENT });
  assert.equal(r.code, 0, JSON.stringify(r.findings));
  assert.deepEqual(
    r.findings.map((f) => `${f.rule} ${f.severity}`),
    [`${RULE} warning`],
  );
});

test('after its triageBy date it is an error, saying how long ago it was due', () => {
  const text = withTriage('2026-11-07');
  const findings = checkRule(RULE, { 'a.threats.yaml': text }, { today: '2026-11-21' });
  assert.equal(findings.length, 1);
  assert.equal(findings[0].severity, 'error');
  assert.match(findings[0].message, /was due for a disposition on 2026-11-07 \(14 days ago\)/);
  assert.equal(cliJson({ 'demo.threats.yaml': text, 'deploy.yaml': DEPLOYMENT }).code, 1);
});

test('a disposition ends the triage: no finding whatever the date; a triageBy that is no calendar day is an error', () => {
  const decided = edit(
    CATALOG,
    '        disposition: revoke\n',
    '        triageBy: 2026-11-07\n        disposition: revoke\n',
  );
  assert.deepEqual(checkRule(RULE, { 'a.threats.yaml': decided }), []);
  const bad = withTriage('2026-02-31');
  const findings = checkRule(RULE, { 'a.threats.yaml': bad });
  assert.equal(findings[0].severity, 'error');
  assert.match(findings[0].message, /has no disposition.*\(triageBy '2026-02-31' is not a calendar day\)/);
});
