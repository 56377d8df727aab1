import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CATALOG, checkRule, cliJson, DEPLOYMENT, lineIn } from '../helpers/catalogs.js';

const RULE = 'dismissed-unknown-template';

const dismissing = (...templates: string[]) =>
  `${CATALOG}dismissed:\n${templates.map((t) => `  - template: ${t}\n    reason: the demo namespace holds no secret\n`).join('')}`;

test('a dismissal naming no library template is an error at its template, naming the id and the nearest library id; one by template id or by the threat id init gives it is not', () => {
  const text = dismissing(
    'L2-context-secret-exfiltration',
    'L2-context-secret-exfiltraton',
    'demo.L4-imds-credential-theft',
    'demo.L4-imds-credntial-theft',
  );
  const findings = checkRule(RULE, { 'a.threats.yaml': text });
  assert.deepEqual(
    findings.map((f) => [f.line, f.column, f.severity, f.subject]),
    [
      [lineIn(text, 'template: L2-context-secret-exfiltraton'), 15, 'error', 'L2-context-secret-exfiltraton'],
      [lineIn(text, 'template: demo.L4-imds-credntial-theft'), 15, 'error', 'demo.L4-imds-credntial-theft'],
    ],
  );
  assert.equal(
    findings[0].message,
    "dismissed template 'L2-context-secret-exfiltraton' is not in the built-in library, so it keeps nothing out: diff --write adds the threat again whenever a change makes it apply. Did you mean 'L2-context-secret-exfiltration'?",
  );
  assert.match(findings[1].message, /Did you mean 'L4-imds-credential-theft'\?$/);
});

test('validate fails on it (exit 1, the finding in JSON); .threatcat.yaml can lower it to a warning', () => {
  const files = { 'a.threats.yaml': dismissing('L6-wildcard-grnt'), 'deploy.yaml': DEPLOYMENT };
  const r = cliJson(files);
  assert.equal(r.code, 1, r.stdout + r.stderr);
  assert.deepEqual(
    r.findings.map((f) => [f.rule, f.file, f.line, f.message.match(/Did you mean '([^']+)'/)?.[1]]),
    [[RULE, 'a.threats.yaml', lineIn(files['a.threats.yaml'], 'L6-wildcard-grnt'), 'L6-wildcard-grant']],
  );
  const lowered = cliJson({ ...files, '.threatcat.yaml': `rules:\n  ${RULE}: warning\n` });
  assert.equal(lowered.code, 0, lowered.stdout + lowered.stderr);
  assert.equal(lowered.findings[0]?.severity, 'warning');
});
