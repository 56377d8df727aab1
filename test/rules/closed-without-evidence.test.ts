import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CATALOG, checkRule, cliJson, DEPLOYMENT, edit, lineIn } from '../helpers/catalogs.js';

const RULE = 'closed-without-evidence';
const VALIDATED = `        validated:
          at: 2026-11-01T10:00:00Z
          snapshot: sha256:${'a'.repeat(64)}
          events: 1200
`;

test('closed with a validated signal: no finding; open without evidence: no finding', () => {
  const open = edit(edit(CATALOG, VALIDATED, ''), '    status: closed', '    status: open');
  assert.deepEqual(checkRule(RULE, { 'a.threats.yaml': CATALOG }), []);
  assert.deepEqual(checkRule(RULE, { 'a.threats.yaml': open }), []);
});

test('closed with a proposed but never validated signal is reported at status', () => {
  const text = edit(CATALOG, VALIDATED, '');
  const findings = checkRule(RULE, { 'a.threats.yaml': text });
  assert.equal(findings.length, 1);
  assert.equal(findings[0].line, lineIn(text, 'status: closed'));
  assert.equal(findings[0].column, 13);
  assert.equal(findings[0].subject, 'DEMO-02');
  assert.match(
    findings[0].message,
    /^threat 'DEMO-02' is closed but no evidence signal has a `validated` record; set status: open or run threatcat ingest$/,
  );
});

test('closed with no evidence at all says so', () => {
  const text = CATALOG.replace(
    /( {4}status: closed\n {4}evidence:\n)[\s\S]*$/,
    '    status: closed\n    evidence: []\n',
  );
  const findings = checkRule(RULE, { 'a.threats.yaml': text });
  assert.equal(findings.length, 1);
  assert.match(findings[0].message, /closed but it has no evidence signals/);
});

test('a signal that fired after its validation re-opens the threat: reported at fired', () => {
  const fired = `        fired:\n          at: 2026-11-10T10:00:00Z\n          snapshot: sha256:${'b'.repeat(64)}\n          events: 3\n`;
  const text = edit(CATALOG, VALIDATED, VALIDATED + fired);
  const findings = checkRule(RULE, { 'a.threats.yaml': text });
  assert.equal(findings.length, 1);
  assert.equal(findings[0].line, lineIn(text, '        fired:'), 'at the fired key');
  assert.match(
    findings[0].message,
    /'DEMO-02' is closed but its kube-audit signal fired at 2026-11-10T10:00:00Z; it must be re-opened/,
  );
  const before = edit(CATALOG, VALIDATED, VALIDATED + fired.replace('2026-11-10', '2026-10-10'));
  assert.deepEqual(checkRule(RULE, { 'a.threats.yaml': before }), [], 'a fire before the validation is history');
});

test('.threatcat.yaml: off silences it (exit 0)', () => {
  const files = { 'demo.threats.yaml': edit(CATALOG, VALIDATED, ''), 'deploy.yaml': DEPLOYMENT };
  assert.equal(cliJson(files).code, 1);
  const r = cliJson({ ...files, '.threatcat.yaml': `rules:\n  ${RULE}: off\n` });
  assert.equal(r.code, 0);
  assert.deepEqual(r.findings, []);
});
