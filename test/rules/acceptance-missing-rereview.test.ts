import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRule, cliJson, DEPLOYMENT, lineIn } from '../helpers/catalogs.js';
import { acceptedDormant, acceptedThreat, record } from '../helpers/acceptance.js';

const RULE = 'acceptance-missing-rereview';

test('an acceptance with a reReviewBy date: no finding', () => {
  assert.deepEqual(checkRule(RULE, { 'a.threats.yaml': acceptedThreat(record('2027-06-01')) }), []);
  assert.deepEqual(checkRule(RULE, { 'a.threats.yaml': acceptedDormant('2027-06-01') }), []);
});

test('accepted without any acceptance record: reported at status', () => {
  const text = acceptedThreat('');
  const findings = checkRule(RULE, { 'a.threats.yaml': text });
  assert.equal(findings.length, 1);
  assert.equal(findings[0].line, lineIn(text, 'status: accepted'));
  assert.equal(findings[0].severity, 'error');
  assert.equal(
    findings[0].message,
    "threat 'DEMO-01' is accepted without an acceptance record (by, reason, reReviewBy)",
  );
});

test('accepted with a record but no reReviewBy: reported at the acceptance key', () => {
  const text = acceptedThreat(record());
  const findings = checkRule(RULE, { 'a.threats.yaml': text });
  assert.equal(findings.length, 1);
  assert.equal(findings[0].line, lineIn(text, 'acceptance:'), 'at the acceptance key');
  assert.equal(findings[0].message, "threat 'DEMO-01' is accepted without a reReviewBy date");
});

test('an accepted dormant permission without reReviewBy is reported too', () => {
  const text = acceptedDormant();
  const findings = checkRule(RULE, { 'a.threats.yaml': text });
  assert.equal(findings.length, 1);
  assert.equal(findings[0].line, lineIn(text, '        acceptance:'));
  assert.match(
    findings[0].message,
    /^dormant permission 'list secrets in agents' of system:serviceaccount:agents:demo is accepted without a reReviewBy date$/,
  );
});

test('the CLI exits 1 on it, and 0 when .threatcat.yaml lowers it to a warning', () => {
  const files = { 'demo.threats.yaml': acceptedThreat(record()), 'deploy.yaml': DEPLOYMENT };
  const r = cliJson(files);
  assert.equal(r.code, 1);
  assert.deepEqual(
    r.findings.map((f) => f.rule),
    [RULE],
  );
  const warned = cliJson({ ...files, '.threatcat.yaml': `rules:\n  ${RULE}: warning\n` });
  assert.equal(warned.code, 0);
  assert.equal(warned.findings[0].severity, 'warning');
});

test('a reReviewBy that is not a calendar day (passes the date pattern) is reported, not silently never due', () => {
  for (const date of ['2026-02-31', '2026-19-01']) {
    const text = acceptedThreat(record(date));
    const findings = checkRule(RULE, { 'a.threats.yaml': text });
    assert.equal(findings.length, 1, date);
    assert.equal(findings[0].line, lineIn(text, `reReviewBy: ${date}`));
    assert.equal(findings[0].message, `threat 'DEMO-01': reReviewBy ${date} is not a calendar date`);
  }
  assert.deepEqual(
    checkRule(RULE, { 'a.threats.yaml': acceptedThreat(record('2028-02-29')) }),
    [],
    'a leap day is a date',
  );
});
