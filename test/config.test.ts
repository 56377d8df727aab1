import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CATALOG, cliJson, DEPLOYMENT, edit } from './helpers/catalogs.js';
import { runCli, tempDir, writeAt } from './helpers/fixtures.js';

const BROKEN = edit(CATALOG, '    layer: L1\n', '    layer: L9\n');

function repo(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [path, content] of Object.entries(files)) writeAt(dir, path, content);
  return dir;
}

function catalogsChecked(dir: string, args: string[] = []): { code: number; catalogs: string[]; stderr: string } {
  const r = runCli(['validate', '-C', dir, '--format', 'json', ...args]);
  return { code: r.code, catalogs: r.stdout ? JSON.parse(r.stdout).catalogs : [], stderr: r.stderr };
}

test('default globs: *.threats.yaml and *.threats.yml anywhere, but not node_modules or other YAML', () => {
  const dir = repo({
    'a/demo.threats.yaml': CATALOG,
    'a/deploy.yaml': DEPLOYMENT,
    'b/demo.threats.yml': CATALOG.replace(/DEMO-0/g, 'B-0'),
    'b/deploy.yaml': DEPLOYMENT,
    'node_modules/x/bad.threats.yaml': BROKEN,
    'c/notes.yaml': 'a: 1\n',
  });
  const r = catalogsChecked(dir);
  assert.equal(r.code, 0);
  assert.deepEqual(r.catalogs, ['a/demo.threats.yaml', 'b/demo.threats.yml']);
});

test('catalogs: globs relative to the root replace the default', () => {
  const dir = repo({
    'tm/demo.tm.yaml': CATALOG,
    'tm/deploy.yaml': DEPLOYMENT,
    'old/bad.threats.yaml': BROKEN,
    '.threatcat.yaml': 'catalogs: ["tm/*.tm.yaml"]\n',
  });
  const r = catalogsChecked(dir);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(r.catalogs, ['tm/demo.tm.yaml']);
});

test('exclude: excluded catalogs are not checked', () => {
  const files = { 'demo.threats.yaml': CATALOG, 'deploy.yaml': DEPLOYMENT, 'vendor/x/bad.threats.yaml': BROKEN };
  assert.equal(catalogsChecked(repo(files)).code, 1);
  const r = catalogsChecked(repo({ ...files, '.threatcat.yaml': 'exclude:\n  - vendor/**\n' }));
  assert.equal(r.code, 0);
  assert.deepEqual(r.catalogs, ['demo.threats.yaml']);
});

test('rules: severities error | warning | note | off', () => {
  const files = { 'demo.threats.yaml': edit(CATALOG, '        disposition: revoke\n', ''), 'deploy.yaml': DEPLOYMENT };
  const note = cliJson({ ...files, '.threatcat.yaml': 'rules:\n  dormant-without-disposition: note\n' });
  assert.equal(note.code, 0);
  assert.equal(note.findings[0].severity, 'note');
  const text = runCli([
    'validate',
    '-C',
    repo({ ...files, '.threatcat.yaml': 'rules:\n  dormant-without-disposition: note\n' }),
  ]);
  assert.match(text.stdout, / {2}note {2}dormant-without-disposition {2}/);
  assert.match(text.stdout, /0 errors, 0 warnings, 1 note$/m);
});

const INVALID: Array<{ name: string; config: string; line: number; message: RegExp }> = [
  {
    name: 'unknown key',
    config: 'catalogs: ["*.threats.yaml"]\nrulez: {}\n',
    line: 2,
    message: /invalid configuration: unknown key 'rulez'/,
  },
  {
    name: 'bad severity',
    config: 'rules:\n  duplicate-id: fatal\n',
    line: 2,
    message: /rules\.duplicate-id must be one of error, warning, note, off; got "fatal"/,
  },
  {
    name: 'unknown rule id',
    config: 'rules:\n  schema: warning\n  acceptence-expiring: off\n',
    line: 3,
    message: /unknown rule 'acceptence-expiring' in rules \(rules: .*acceptance-expiring/,
  },
  { name: 'wrong type', config: 'exclude: vendor/**\n', line: 1, message: /exclude must be array/ },
  { name: 'YAML syntax', config: 'rules:\n\tschema: off\n', line: 2, message: /YAML syntax error/ },
  {
    name: 'negative days',
    config: 'acceptanceWarningDays: -1\n',
    line: 1,
    message: /acceptanceWarningDays must be >= 0/,
  },
];

for (const bad of INVALID) {
  test(`an invalid .threatcat.yaml (${bad.name}) exits 2 naming .threatcat.yaml:${bad.line}`, () => {
    const dir = repo({ 'demo.threats.yaml': CATALOG, 'deploy.yaml': DEPLOYMENT, '.threatcat.yaml': bad.config });
    const r = runCli(['validate', '-C', dir]);
    assert.equal(r.code, 2, r.stdout + r.stderr);
    assert.match(r.stderr, new RegExp(`^\\.threatcat\\.yaml:${bad.line}:\\d+: `));
    assert.match(r.stderr, bad.message);
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
  });
}

test('--config FILE (relative to -C) is used instead of .threatcat.yaml; a missing one exits 2', () => {
  const dir = repo({
    'demo.threats.yaml': edit(CATALOG, '        disposition: revoke\n', ''),
    'deploy.yaml': DEPLOYMENT,
    '.threatcat.yaml': 'rules: { dormant-without-disposition: off }\n',
    'ci/strict.yaml': 'rules: { dormant-without-disposition: error }\n',
  });
  assert.equal(runCli(['validate', '-C', dir]).code, 0);
  const strict = runCli(['validate', '-C', dir, '--config', 'ci/strict.yaml']);
  assert.equal(strict.code, 1);
  const missing = runCli(['validate', '-C', dir, '--config', 'ci/nope.yaml']);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /^ci\/nope\.yaml:1:1: no such file/);
  const invalid = repo({ 'demo.threats.yaml': CATALOG, 'deploy.yaml': DEPLOYMENT, 'ci/c.yaml': 'foo: 1\n' });
  assert.match(
    runCli(['validate', '-C', invalid, '--config', 'ci/c.yaml']).stderr,
    /^ci\/c\.yaml:1:1: invalid configuration: unknown key 'foo'/,
  );
});

test('PATH arguments are relative to -C DIR (like git -C)', () => {
  const dir = repo({ 'a/demo.threats.yaml': CATALOG, 'a/deploy.yaml': DEPLOYMENT, 'b/bad.threats.yaml': BROKEN });
  const r = catalogsChecked(dir, ['a/demo.threats.yaml']);
  assert.equal(r.code, 0);
  assert.deepEqual(r.catalogs, ['a/demo.threats.yaml']);
});

test('an empty or comments-only .threatcat.yaml means the defaults', () => {
  for (const config of ['', '# nothing configured yet\n']) {
    const r = catalogsChecked(
      repo({ 'demo.threats.yaml': CATALOG, 'deploy.yaml': DEPLOYMENT, '.threatcat.yaml': config }),
    );
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(r.catalogs, ['demo.threats.yaml']);
  }
});

test('the same catalog named twice is checked once (no duplicate-id against itself)', () => {
  const dir = repo({ 'demo.threats.yaml': CATALOG, 'deploy.yaml': DEPLOYMENT });
  const r = catalogsChecked(dir, ['demo.threats.yaml', './demo.threats.yaml', `${dir}/demo.threats.yaml`]);
  assert.equal(r.code, 0);
  assert.deepEqual(r.catalogs, ['demo.threats.yaml']);
});
