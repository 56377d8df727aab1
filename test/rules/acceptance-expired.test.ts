import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, checkRule, cliJson, DEPLOYMENT, lineIn, TODAY } from '../helpers/catalogs.js';
import { acceptedDormant, acceptedThreat, record } from '../helpers/acceptance.js';

const RULE = 'acceptance-expired';

test(`reReviewBy today (${TODAY}) or later is not expired`, () => {
  assert.deepEqual(checkRule(RULE, { 'a.threats.yaml': acceptedThreat(record(TODAY)) }), []);
  assert.deepEqual(checkRule(RULE, { 'a.threats.yaml': acceptedThreat(record('2027-01-01')) }), []);
});

test('reReviewBy in the past is an error at the date, saying it counts as open', () => {
  const text = acceptedThreat(record('2026-11-20'));
  const findings = checkRule(RULE, { 'a.threats.yaml': text });
  assert.equal(findings.length, 1);
  assert.equal(findings[0].severity, 'error');
  assert.equal(findings[0].line, lineIn(text, 'reReviewBy: 2026-11-20'));
  assert.equal(findings[0].column, 19);
  assert.equal(
    findings[0].message,
    "threat 'DEMO-01': acceptance expired on 2026-11-20 (1 day ago); it counts as open until re-reviewed",
  );
  const long = checkRule(RULE, { 'a.threats.yaml': acceptedThreat(record('2026-01-01')) });
  assert.match(long[0].message, /expired on 2026-01-01 \(324 days ago\)/);
});

test('an expired acceptance does not also warn as expiring', () => {
  const all = check({ 'a.threats.yaml': acceptedThreat(record('2026-11-01')) });
  assert.deepEqual(
    all.map((f) => f.rule),
    [RULE],
  );
});

test('an expired acceptance of a dormant permission is reported', () => {
  const text = acceptedDormant('2026-06-30');
  const findings = checkRule(RULE, { 'a.threats.yaml': text });
  assert.equal(findings.length, 1);
  assert.equal(findings[0].line, lineIn(text, 'reReviewBy: 2026-06-30'));
  assert.match(
    findings[0].message,
    /^dormant permission 'list secrets in agents' of system:serviceaccount:agents:demo: acceptance expired on 2026-06-30/,
  );
});

test('the date comes from the clock (THREATCAT_NOW in tests): the same file passes the day before; warning override', () => {
  const files = { 'demo.threats.yaml': acceptedThreat(record('2026-11-20')), 'deploy.yaml': DEPLOYMENT };
  const r = cliJson(files);
  assert.equal(r.code, 1);
  assert.equal(r.findings[0].rule, RULE);
  const dayBefore = cliJson(files, [], { THREATCAT_NOW: '2026-11-19T23:00:00Z' });
  assert.equal(dayBefore.code, 0);
  assert.deepEqual(
    dayBefore.findings.map((f) => f.rule),
    ['acceptance-expiring'],
  );
  const warned = cliJson({ ...files, '.threatcat.yaml': `rules:\n  ${RULE}: warning\n` });
  assert.equal(warned.code, 0);
  assert.equal(warned.findings[0].severity, 'warning');
});
