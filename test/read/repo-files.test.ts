// Every file threatcat reads from a repository goes through one reader: special files, oversize files and
// paths that lead out of the repository are refused before a byte is read (a FIFO must not block, /dev/zero
// must not grow without bound, a file outside must never be quoted). Through the real CLI, on real files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOG, DEPLOYMENT, edit, lineIn } from '../helpers/catalogs.js';
import { copyExample, git, gitRepo, runCli, tempDir, writeAt } from '../helpers/fixtures.js';
import { LIMITS } from '../../src/read/limits.js';

/** Fails the test rather than hanging it: every command here must finish at once. */
const FAST = { timeout: 20_000 };
const SECRET = 'hunter2-top-secret';

function mkfifo(path: string): void {
  const r = spawnSync('mkfifo', [path]);
  assert.equal(r.status, 0, `mkfifo: ${r.stderr}`);
}

/** A repository with the demo catalog and its Deployment, plus an outside directory holding a secret. */
function repoWithOutside(): { repo: string; outside: string } {
  const outside = tempDir('threatcat-outside-');
  writeFileSync(join(outside, 'secret.json'), `{"apiVersion": "${SECRET}"}\n`);
  writeFileSync(join(outside, 'secret.yaml'), DEPLOYMENT.replace('name: demo', `name: ${SECRET}`));
  const repo = tempDir();
  writeFileSync(join(repo, 'demo.threats.yaml'), CATALOG);
  writeFileSync(join(repo, 'deploy.yaml'), DEPLOYMENT);
  return { repo, outside };
}

const BASELINE_CASES: Array<[string, (repo: string, outside: string) => void, RegExp]> = [
  [
    'a link to /dev/zero',
    (repo) => symlinkSync('/dev/zero', join(repo, 'demo.baseline.json')),
    /outside the repository/,
  ],
  ['a FIFO', (repo) => mkfifo(join(repo, 'demo.baseline.json')), /not a regular file/],
  [
    'a link to a file outside',
    (repo, outside) => symlinkSync(join(outside, 'secret.json'), join(repo, 'demo.baseline.json')),
    /is a symbolic link that leads outside the repository; not read/,
  ],
  ['a directory', (repo) => mkdirSync(join(repo, 'demo.baseline.json')), /is a directory, not a baseline file/],
  [
    'an oversize file',
    (repo) => writeFileSync(join(repo, 'demo.baseline.json'), ' '.repeat(LIMITS.fileBytes + 1)),
    /file is \d+ bytes; the limit for a baseline file is 8388608 bytes/,
  ],
];

for (const [name, make, why] of BASELINE_CASES) {
  test(`a baseline that is ${name}: validate and report refuse it at once, naming it`, () => {
    const { repo, outside } = repoWithOutside();
    make(repo, outside);
    const v = runCli(['validate', '-C', repo], FAST);
    assert.equal(v.code, 2, v.stdout + v.stderr);
    assert.match(v.stdout, /^demo\.baseline\.json:1:1 {2}error {2}unreadable-input {2}/m);
    assert.match(v.stdout, why);
    assert.doesNotMatch(v.stdout + v.stderr, new RegExp(SECRET));
    const gh = runCli(['validate', '-C', repo, '--format', 'github'], FAST);
    assert.doesNotMatch(gh.stdout + gh.stderr, new RegExp(SECRET));
    const r = runCli(['report', '-C', repo], FAST);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /warning: demo\.baseline\.json:1:1: /);
  });
}

test('catalogs, manifests and the configuration that are FIFOs, devices or links out are refused, not read', () => {
  const { repo, outside } = repoWithOutside();
  mkfifo(join(repo, 'fifo.threats.yaml'));
  symlinkSync('/dev/zero', join(repo, 'zero.threats.yaml'));
  // Globs match regular files and do not follow links: neither is taken for a catalog.
  const v = runCli(['validate', '-C', repo, '--format', 'json'], FAST);
  assert.equal(v.code, 0, v.stdout + v.stderr);
  assert.deepEqual(JSON.parse(v.stdout).catalogs, ['demo.threats.yaml']);
  // Named on the command line (as the pre-commit hook names staged files), each is refused at once.
  const named = runCli(['validate', '-C', repo, 'fifo.threats.yaml', 'zero.threats.yaml'], FAST);
  assert.equal(named.code, 2, named.stdout + named.stderr);
  assert.match(named.stdout, /^fifo\.threats\.yaml:1:1 {2}error {2}unreadable-input {2}is not a regular file/m);
  assert.match(
    named.stdout,
    /^zero\.threats\.yaml:1:1 {2}error {2}unreadable-input {2}is a symbolic link that leads outside/m,
  );

  rmSync(join(repo, 'fifo.threats.yaml'));
  const catalog = edit(
    CATALOG,
    '    - deploy.yaml\n',
    '    - deploy.yaml\n    - pipe.yaml\n    - zero.yaml\n    - out.yaml\n',
  );
  writeFileSync(join(repo, 'demo.threats.yaml'), catalog);
  mkfifo(join(repo, 'pipe.yaml'));
  symlinkSync('/dev/zero', join(repo, 'zero.yaml'));
  symlinkSync(join(outside, 'secret.yaml'), join(repo, 'out.yaml'));
  const m = runCli(['validate', '-C', repo, '--format', 'json'], FAST);
  assert.equal(m.code, 1, m.stdout + m.stderr);
  const got = JSON.parse(m.stdout).findings.map((f: { file: string; rule: string; message: string }) => [
    f.file,
    f.rule,
    f.message,
  ]);
  assert.deepEqual(got.sort(), [
    [
      'demo.threats.yaml',
      'manifest-path-unmatched',
      "manifest path 'out.yaml' points outside the repository; nothing there is read",
    ],
    [
      'demo.threats.yaml',
      'manifest-path-unmatched',
      "manifest path 'zero.yaml' points outside the repository; nothing there is read",
    ],
    ['pipe.yaml', 'manifest-syntax', 'is not a regular file (a FIFO, socket or device); not read'],
  ]);
  assert.doesNotMatch(m.stdout, new RegExp(SECRET));

  writeFileSync(join(repo, 'demo.threats.yaml'), CATALOG);
  symlinkSync('/dev/zero', join(repo, '.threatcat.yaml'));
  const c = runCli(['validate', '-C', repo], FAST);
  assert.equal(c.code, 2);
  assert.match(c.stderr, /\.threatcat\.yaml:1:1: is a symbolic link that leads outside the repository; not read/);
});

test('a manifest glob never leaves the repository, and never says how many files match outside it', () => {
  const { repo, outside } = repoWithOutside();
  for (let i = 0; i < 3; i++) writeFileSync(join(outside, `more-${i}.yaml`), 'a: 1\n');
  symlinkSync(outside, join(repo, 'linked'));
  symlinkSync('/', join(repo, 'root'));
  for (const pattern of ['/**/*.yaml', '../**/*.yaml', `${outside}/*.yaml`, 'linked/*.yaml', 'root/**/*.yaml']) {
    const catalog = edit(CATALOG, '    - deploy.yaml\n', `    - deploy.yaml\n    - ${JSON.stringify(pattern)}\n`);
    writeFileSync(join(repo, 'demo.threats.yaml'), catalog);
    const t = performance.now();
    const r = runCli(['validate', '-C', repo, '--format', 'json'], FAST);
    assert.ok(performance.now() - t < 10_000, `${pattern}: the file system was walked`);
    const findings = JSON.parse(r.stdout).findings;
    assert.deepEqual(
      findings.map((f: { rule: string; line: number; message: string }) => [f.rule, f.line, f.message]),
      [
        [
          'manifest-path-unmatched',
          lineIn(catalog, JSON.stringify(pattern)),
          `manifest path '${pattern}' points outside the repository; nothing there is read`,
        ],
      ],
      pattern,
    );
  }
  // A glob below the catalog does not descend into a linked directory either (it could lead anywhere, or loop).
  writeFileSync(join(repo, 'demo.threats.yaml'), edit(CATALOG, '    - deploy.yaml\n', '    - "**/*.yaml"\n'));
  const all = runCli(['validate', '-C', repo, '--format', 'json'], FAST);
  assert.equal(all.code, 0, all.stdout);
});

test('a glob of every file does not take the catalog baseline for a broken manifest', () => {
  const dir = copyExample();
  const ingest = runCli(['ingest', '-C', dir, '--write', 'evidence/tool-calls.jsonl'], FAST);
  assert.equal(ingest.code, 0, ingest.stderr);
  assert.ok(existsSync(join(dir, 'k8s-ops.baseline.json')));
  rmSync(join(dir, 'evidence'), { recursive: true });
  const text = readFileSync(join(dir, 'k8s-ops.threats.yaml'), 'utf8');
  writeFileSync(join(dir, 'k8s-ops.threats.yaml'), text.replace('    - manifests/*.yaml\n', '    - "**/*"\n'));
  const r = runCli(['validate', '-C', dir, '--format', 'json'], FAST);
  const files = JSON.parse(r.stdout).findings.map((f: { file: string; rule: string }) => `${f.file} ${f.rule}`);
  assert.ok(!files.some((f: string) => f.includes('baseline.json manifest-syntax')), files.join('\n'));
});

test('ingest refuses an evidence path that is a FIFO or a device at once, before reading the others', () => {
  const dir = copyExample();
  mkfifo(join(dir, 'pipe.jsonl'));
  for (const bad of ['pipe.jsonl', '/dev/zero']) {
    const t = performance.now();
    const r = runCli(['ingest', '-C', dir, 'evidence/audit.jsonl.gz', bad], FAST);
    assert.equal(r.code, 2, r.stderr);
    assert.match(
      r.stderr,
      new RegExp(`${bad.replace(/[/.]/g, '\\$&')}:1:1: is not a regular file \\(a FIFO, socket or device\\)`),
    );
    assert.ok(performance.now() - t < 10_000);
  }
});

test('init never writes outside the repository: not through --agent, not through DIR, not through a link', () => {
  const base = tempDir();
  const repo = join(base, 'repo');
  mkdirSync(join(repo, 'manifests'), { recursive: true });
  const evilName = DEPLOYMENT.replace('name: demo', 'name: ../../escaped');
  writeFileSync(join(repo, 'manifests', 'deploy.yaml'), evilName);
  const byName = runCli(['init', '-C', repo, '--agent', '../../escaped', 'manifests'], FAST);
  assert.equal(byName.code, 2, byName.stdout + byName.stderr);
  assert.match(byName.stderr, /init: --agent \.\.\/\.\.\/escaped: resolves outside the repository/);

  mkdirSync(join(base, 'elsewhere'));
  writeFileSync(join(base, 'elsewhere', 'deploy.yaml'), DEPLOYMENT);
  const byDir = runCli(['init', '-C', repo, '--agent', 'demo', '../elsewhere'], FAST);
  assert.equal(byDir.code, 2);
  assert.match(byDir.stderr, /init: \.\.\/elsewhere: resolves outside the repository/);

  symlinkSync(join(base, 'elsewhere'), join(repo, 'linked'));
  const byLink = runCli(['init', '-C', repo, '--agent', 'demo', 'linked'], FAST);
  assert.equal(byLink.code, 2);
  assert.match(byLink.stderr, /init: linked: is a symbolic link that leads outside the repository/);

  // A catalog path that is a link leading out would be written through: refused as well.
  writeFileSync(join(repo, 'manifests', 'deploy.yaml'), DEPLOYMENT);
  symlinkSync(join(base, 'elsewhere', 'target.yaml'), join(repo, 'manifests', 'demo.threats.yaml'));
  const byCatalogLink = runCli(['init', '-C', repo, '--agent', 'demo', 'manifests', '--force'], FAST);
  assert.equal(byCatalogLink.code, 2, byCatalogLink.stdout + byCatalogLink.stderr);
  assert.match(byCatalogLink.stderr, /is a symbolic link that leads outside the repository/);

  assert.ok(!existsSync(join(base, 'escaped.threats.yaml')));
  assert.ok(!existsSync(join(base, 'elsewhere', 'demo.threats.yaml')));
  assert.ok(!existsSync(join(base, 'elsewhere', 'target.yaml')));
  rmSync(join(repo, 'manifests', 'demo.threats.yaml'));
  const ok = runCli(['init', '-C', repo, '--agent', 'demo', 'manifests'], FAST);
  assert.equal(ok.code, 0, ok.stderr);
  assert.ok(existsSync(join(repo, 'manifests', 'demo.threats.yaml')));
});

test('diff of the working tree does not follow a link out of the repository', () => {
  const outside = tempDir('threatcat-outside-');
  writeFileSync(
    join(outside, 'deploy.yaml'),
    DEPLOYMENT.replace('serviceAccountName: demo', `serviceAccountName: ${SECRET}`),
  );
  const repo = gitRepo({ 'demo.threats.yaml': CATALOG, 'deploy.yaml': DEPLOYMENT });
  rmSync(join(repo, 'deploy.yaml'));
  symlinkSync(join(outside, 'deploy.yaml'), join(repo, 'deploy.yaml'));
  const r = runCli(['diff', '-C', repo, '--base', 'HEAD', '--format', 'json'], FAST);
  assert.doesNotMatch(r.stdout + r.stderr, new RegExp(SECRET));
  // The link is not the manifest: as in a commit, where git stores a link's target path, not YAML.
  assert.ok(r.code === 0 || r.code === 1, r.stderr);
  git(repo, 'add', '-A');
  git(repo, 'commit', '-qm', 'link');
  const committed = runCli(['diff', '-C', repo, '--base', 'HEAD~1', '--head', 'HEAD', '--format', 'json'], FAST);
  assert.deepEqual(JSON.parse(committed.stdout).events, JSON.parse(r.stdout).events);
});

test('carriage-return-only and double-BOM catalogs are refused by validate, so --write never fails later', () => {
  const cr = tempDir();
  writeFileSync(join(cr, 'demo.threats.yaml'), CATALOG.replace(/\n/g, '\r'));
  writeFileSync(join(cr, 'deploy.yaml'), DEPLOYMENT);
  const v = runCli(['validate', '-C', cr], FAST);
  assert.equal(v.code, 2);
  assert.match(
    v.stdout,
    /^demo\.threats\.yaml:1:35 {2}error {2}unreadable-input {2}line break is a lone carriage return \(CR\); use LF or CRLF/m,
  );
  const ingest = runCli(['ingest', '-C', cr, '--write', join(copyExample(), 'evidence/tool-calls.jsonl')], FAST);
  assert.equal(ingest.code, 2);
  assert.doesNotMatch(ingest.stderr, /internal error/);

  const bom = gitRepo({ 'demo.threats.yaml': `\ufeff\ufeff${CATALOG}`, 'deploy.yaml': DEPLOYMENT });
  const b = runCli(['validate', '-C', bom], FAST);
  assert.equal(b.code, 2);
  assert.match(b.stdout, /^demo\.threats\.yaml:1:1 {2}error {2}unreadable-input {2}two byte-order marks at the start/m);
  writeAt(bom, 'deploy.yaml', DEPLOYMENT.replace('serviceAccountName: demo', 'serviceAccountName: other'));
  const d = runCli(['diff', '-C', bom, '--base', 'HEAD', '--write'], FAST);
  assert.equal(d.code, 2, d.stdout + d.stderr);
  assert.doesNotMatch(d.stdout + d.stderr, /internal error/);
  // One BOM and CRLF line endings are ordinary and read as such.
  const ok = tempDir();
  writeFileSync(join(ok, 'demo.threats.yaml'), `\ufeff${CATALOG.replace(/\n/g, '\r\n')}`);
  writeFileSync(join(ok, 'deploy.yaml'), DEPLOYMENT);
  assert.equal(runCli(['validate', '-C', ok], FAST).code, 0);
});

test('report --output is relative to -C DIR, not to the current directory', () => {
  const dir = copyExample();
  const cwd = tempDir();
  const r = runCli(['report', '-C', dir, '--output', 'out/report.md'], { cwd, ...FAST });
  assert.equal(r.code, 0, r.stderr);
  assert.ok(existsSync(join(dir, 'out/report.md')));
  assert.ok(!existsSync(join(cwd, 'out/report.md')));
});

test('a catalogs pattern in .threatcat.yaml that points outside the repository is refused, without a walk', () => {
  const { repo } = repoWithOutside();
  symlinkSync('/', join(repo, 'root'));
  for (const pattern of ['/**/*.threats.yaml', '../../**/*.threats.yaml', 'root/**/*.threats.yaml']) {
    writeFileSync(
      join(repo, '.threatcat.yaml'),
      `# hand written\ncatalogs:\n  - "**/*.threats.yaml"\n  - ${JSON.stringify(pattern)}\n`,
    );
    const t = performance.now();
    const r = runCli(['validate', '-C', repo], FAST);
    assert.ok(performance.now() - t < 10_000, `${pattern}: the file system was walked`);
    assert.equal(r.code, 2, r.stdout + r.stderr);
    assert.equal(
      r.stderr,
      `.threatcat.yaml:4:5: invalid configuration: catalogs pattern '${pattern}' points outside the repository (patterns are relative to the repository root)\n`,
    );
  }
});
