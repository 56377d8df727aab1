import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLE, ROOT, editFile, git, runCli, tempDir } from '../helpers/fixtures.js';
import { VERSION } from '../../src/version.js';

/**
 * Code scanning shows a SARIF rule's help on every alert: it must say how to fix the finding (not repeat what it
 * is) and link the section of docs/findings.md about it, at this release.
 */
const DOCS = readFileSync(join(ROOT, 'docs/findings.md'), 'utf8');

function sarifRules(args: string[]): Array<Record<string, any>> {
  const r = runCli([...args, '--format', 'sarif']);
  assert.ok(r.code === 0 || r.code === 1, r.stderr);
  return JSON.parse(r.stdout).runs[0].tool.driver.rules;
}

function checkRule(rule: Record<string, any>): void {
  const uri = `https://github.com/threatcat/threatcat/blob/v${VERSION}/docs/findings.md#${rule.id}`;
  assert.equal(rule.helpUri, uri, rule.id);
  assert.match(DOCS, new RegExp(`^### ${rule.id}$`, 'm'), `docs/findings.md has the section ${rule.id} links to`);
  const fix = new RegExp(`^### ${rule.id}\\n[\\s\\S]*?\\*\\*What to do:\\*\\* (.+)$`, 'm').exec(DOCS)?.[1];
  assert.ok(fix, rule.id);
  assert.equal(rule.help.text, `How to fix: ${fix} (${uri})`);
  assert.notEqual(rule.help.text, rule.shortDescription.text, `${rule.id}: help repeats the summary`);
  assert.ok(!rule.help.text.includes(rule.shortDescription.text), `${rule.id}: help repeats the summary`);
  assert.equal(
    rule.help.markdown,
    `${rule.fullDescription.text}\n\n**How to fix:** ${fix}\n\n[More in docs/findings.md](${uri})`,
  );
}

test('validate SARIF: every rule links its docs section and says how to fix it', () => {
  const dir = tempDir();
  cpSync(EXAMPLE, dir, { recursive: true });
  const catalog = join(dir, 'k8s-ops.threats.yaml');
  editFile(catalog, '    layer: L2\n', '    layer: L9\n');
  editFile(catalog, 'autonomyOfAction: 0.5 ', 'autonomyOfAction: 0.7 ');
  editFile(catalog, '    components: [to-gitops]', '    components: [to-gitopz]');
  const rules = sarifRules(['validate', '-C', dir]);
  assert.deepEqual(rules.map((r) => r.id).sort(), ['aivss-factor-level', 'schema', 'unknown-component']);
  for (const rule of rules) checkRule(rule);
  assert.match(
    rules.find((r) => r.id === 'aivss-factor-level')!.help.text,
    /^How to fix: Use one of the legal levels 0, 0\.5 or 1\.0/,
  );
});

test('diff SARIF: events say which command fixes them', () => {
  const dir = tempDir();
  cpSync(EXAMPLE, dir, { recursive: true });
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'agent');
  editFile(join(dir, 'manifests/model.yaml'), 'claude-sonnet-4-5-20250929', 'claude-sonnet-4-6');
  editFile(join(dir, 'manifests/rbac.yaml'), '    verbs: ["get"]\n', '    verbs: ["get", "list"]\n');
  const rules = sarifRules(['diff', '-C', dir, '--base', 'HEAD']);
  assert.deepEqual(rules.map((r) => r.id).sort(), ['model-version-updated', 'permissions-changed']);
  for (const rule of rules) {
    checkRule(rule);
    assert.match(
      rule.help.text,
      /^How to fix: Run `threatcat diff --base <base branch> --write` and commit the catalog: it re-opens /,
    );
  }
  assert.match(rules.find((r) => r.id === 'permissions-changed')!.help.text, /revoke a grant the agent does not need/);
});
