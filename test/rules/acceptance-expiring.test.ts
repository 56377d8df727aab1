import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRule, cliJson, DEPLOYMENT, lineIn } from '../helpers/catalogs.js';
import { acceptedDormant, acceptedThreat, record } from '../helpers/acceptance.js';

const RULE = 'acceptance-expiring';

test('a re-review more than 14 days away: no finding', () => {
  assert.deepEqual(checkRule(RULE, { 'a.threats.yaml': acceptedThreat(record('2026-12-06')) }), []);
});

test('within 14 days (inclusive) warns at the date, counting the days', () => {
  for (const [date, when] of [
    ['2026-12-05', 'in 14 days'],
    ['2026-11-22', 'in 1 day'],
    ['2026-11-21', 'today'],
  ]) {
    const text = acceptedThreat(record(date));
    const findings = checkRule(RULE, { 'a.threats.yaml': text });
    assert.equal(findings.length, 1, date);
    assert.equal(findings[0].severity, 'warning');
    assert.equal(findings[0].line, lineIn(text, `reReviewBy: ${date}`));
    assert.equal(findings[0].message, `threat 'DEMO-01': acceptance must be re-reviewed by ${date} (${when})`);
  }
});

test('acceptanceWarningDays widens or narrows the window', () => {
  const text = acceptedThreat(record('2026-12-20'));
  assert.equal(checkRule(RULE, { 'a.threats.yaml': text }).length, 0);
  assert.equal(checkRule(RULE, { 'a.threats.yaml': text }, { acceptanceWarningDays: 30 }).length, 1);
  assert.equal(
    checkRule(RULE, { 'a.threats.yaml': acceptedThreat(record('2026-11-25')) }, { acceptanceWarningDays: 0 }).length,
    0,
  );
});

test('dormant permission acceptances warn too', () => {
  assert.equal(checkRule(RULE, { 'a.threats.yaml': acceptedDormant('2026-11-30') }).length, 1);
});

test('CLI: a warning alone exits 0; .threatcat.yaml can raise it to error (exit 1) and set the window', () => {
  const files = { 'demo.threats.yaml': acceptedThreat(record('2026-11-30')), 'deploy.yaml': DEPLOYMENT };
  const r = cliJson(files);
  assert.equal(r.code, 0);
  assert.deepEqual(
    r.findings.map((f) => [f.rule, f.severity]),
    [[RULE, 'warning']],
  );
  const strict = cliJson({ ...files, '.threatcat.yaml': `rules:\n  ${RULE}: error\n` });
  assert.equal(strict.code, 1);
  const narrow = cliJson({ ...files, '.threatcat.yaml': 'acceptanceWarningDays: 3\n' });
  assert.deepEqual(narrow.findings, []);
});
