import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOG, checkRule, cliJson, DEPLOYMENT, edit, lineIn } from '../helpers/catalogs.js';
import { runCli, tempDir } from '../helpers/fixtures.js';

const RULE = 'manifest-path-unmatched';

test('a path that matched files: no finding', () => {
  assert.deepEqual(checkRule(RULE, { 'a.threats.yaml': CATALOG }), []);
});

test('a path that matches nothing is reported at that list item', () => {
  const text = edit(CATALOG, '    - deploy.yaml\n', '    - deploy.yaml\n    - missing/*.yaml\n');
  const findings = checkRule(
    RULE,
    { 'a.threats.yaml': text },
    {
      globs: (patterns) =>
        patterns.map((pattern) => ({ pattern, files: pattern === 'deploy.yaml' ? ['deploy.yaml'] : [] })),
    },
  );
  assert.equal(findings.length, 1);
  assert.equal(findings[0].line, lineIn(text, '- missing/*.yaml'));
  assert.equal(findings[0].column, 7);
  assert.equal(
    findings[0].message,
    "manifest path 'missing/*.yaml' matches no file (paths are relative to the catalog's folder)",
  );
});

test('through the CLI: globs resolve relative to the catalog folder, not the repository root', () => {
  const catalog = edit(CATALOG, '    - deploy.yaml\n', '    - manifests/*.yaml\n');
  const good = cliJson({ 'agents/demo/demo.threats.yaml': catalog, 'agents/demo/manifests/deploy.yaml': DEPLOYMENT });
  assert.equal(good.code, 0, good.stdout);
  const bad = cliJson({ 'agents/demo/demo.threats.yaml': catalog, 'manifests/deploy.yaml': DEPLOYMENT });
  assert.equal(bad.code, 1);
  assert.deepEqual(
    bad.findings.map((f) => [f.rule, f.file, f.line]),
    [[RULE, 'agents/demo/demo.threats.yaml', lineIn(catalog, '- manifests/*.yaml')]],
  );
});

test('.threatcat.yaml: warning', () => {
  const r = cliJson({ 'demo.threats.yaml': CATALOG, '.threatcat.yaml': `rules:\n  ${RULE}: warning\n` });
  assert.equal(r.code, 0);
  assert.deepEqual(
    r.findings.map((f) => [f.rule, f.severity]),
    [[RULE, 'warning']],
  );
});

test('files outside the repository (../, absolute, symlinks out) are never read, and the path is reported', () => {
  const outside = tempDir();
  writeFileSync(join(outside, 'secret.yaml'), DEPLOYMENT.replace('name: demo', 'name: leaked-name'));
  for (const pattern of ['../secret.yaml', join(outside, '*.yaml'), 'link/*.yaml']) {
    const dir = tempDir();
    mkdirSync(join(dir, 'repo'));
    const repo = join(dir, 'repo');
    cpSync(join(outside, 'secret.yaml'), join(dir, 'secret.yaml'));
    symlinkSync(outside, join(repo, 'link'));
    const catalog = edit(CATALOG, '    - deploy.yaml\n', `    - deploy.yaml\n    - ${JSON.stringify(pattern)}\n`);
    writeFileSync(join(repo, 'demo.threats.yaml'), catalog);
    writeFileSync(join(repo, 'deploy.yaml'), DEPLOYMENT);
    const r = runCli(['validate', '-C', repo, '--format', 'json']);
    const findings = JSON.parse(r.stdout).findings;
    assert.equal(r.code, 1, pattern);
    assert.deepEqual(
      findings.map((f: { rule: string }) => f.rule),
      [RULE],
      pattern,
    );
    assert.match(findings[0].message, /points outside the repository; nothing there is read$/);
    assert.equal(findings[0].line, lineIn(catalog, JSON.stringify(pattern)));
    assert.doesNotMatch(r.stdout, /leaked-name/);
  }
});

test('a catalog found through a symlink that leads out of the repository is not read', () => {
  const outside = tempDir();
  writeFileSync(join(outside, 'x.threats.yaml'), 'not: a catalog\n');
  const repo = tempDir();
  writeFileSync(join(repo, 'demo.threats.yaml'), CATALOG);
  writeFileSync(join(repo, 'deploy.yaml'), DEPLOYMENT);
  symlinkSync(outside, join(repo, 'elsewhere'));
  const r = runCli(['validate', '-C', repo, '--format', 'json']);
  assert.equal(r.code, 0, r.stdout);
  assert.deepEqual(JSON.parse(r.stdout).catalogs, ['demo.threats.yaml']);
});
