// How diff lists two states of a repository through git: head's files come from base's listing and one
// `git diff --raw` (not a second `git ls-tree`), and the refs are resolved by one `git rev-parse`. Each answer is
// checked against what git itself says on real repositories: odd paths, a subdirectory root, renames,
// deletions, type changes, symbolic links and a submodule.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { git, tempDir } from '../helpers/fixtures.js';
import { GitRepo, type ChangedPath, type RepoState } from '../../src/read/git-repo.js';
import { UsageError } from '../../src/model/input-error.js';

/** git's raw output (NUL-separated), decoded as threatcat decodes it. */
function gitZ(cwd: string, ...args: string[]): string[] {
  const r = spawnSync('git', args, { cwd, env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: cwd } });
  assert.equal(r.status, 0, `git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.toString('utf8').split('\0');
}

/** `git ls-tree -r` of a commit: path → blob id of each regular file, in git's order. */
function lsTree(cwd: string, commit: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const entry of gitZ(cwd, 'ls-tree', '-r', '-z', commit)) {
    if (entry === '') continue;
    const tab = entry.indexOf('\t');
    const [mode, type, id] = entry.slice(0, tab).split(' ');
    if (type === 'blob' && mode !== '120000') out.push([entry.slice(tab + 1), id]);
  }
  return out;
}

/** `git diff --name-status` between two commits, as the change was listed before. */
function nameStatus(cwd: string, base: string, head: string): ChangedPath[] {
  const parts = gitZ(cwd, 'diff', '--name-status', '--no-renames', '--relative', '-z', base, head, '--', '.');
  const out: ChangedPath[] = [];
  for (let i = 0; i + 1 < parts.length && parts[i] !== ''; i += 2) out.push({ status: parts[i], path: parts[i + 1] });
  return out;
}

function blob(cwd: string, id: string): string {
  return gitZ(cwd, 'cat-file', 'blob', id).join('\0');
}

const ODD = Buffer.from([0x6f, 0x64, 0x64, 0xff, 0x2e, 0x79, 0x61, 0x6d, 0x6c]); // "odd\xff.yaml": not UTF-8
const SUBMODULE = '1111111111111111111111111111111111111111';
const SUBMODULE_2 = '2222222222222222222222222222222222222222';

function write(dir: string, path: string, text: string): void {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), text);
}

/** A repository with two commits whose difference exercises every kind of change diff can meet. */
function twoCommits(): { dir: string; base: string; head: string } {
  const dir = tempDir('threatcat-git-states-');
  git(dir, 'init', '-q', '-b', 'main');
  const base: Record<string, string> = {
    'a.yaml': 'a: 1\n',
    'a b/c d.yaml': 'spaces: 1\n',
    'new\nline.yaml': 'newline: 1\n',
    'é/ü.yaml': 'accents: 1\n',
    '😀/x.yaml': 'emoji: 1\n',
    'old name.yaml': 'renamed: 1\n',
    'gone.yaml': 'gone: 1\n',
    'dir-to-file/x.yaml': 'dir: 1\n',
    'file-to-dir': 'file: 1\n',
    'to-link.yaml': 'to-link: 1\n',
    'exec.sh': 'echo hi\n',
    'sub/in.yaml': 'in: 1\n',
    'sub/deeper/in.yaml': 'in: 2\n',
    'z.yaml': 'z: 1\n',
  };
  for (const [p, t] of Object.entries(base)) write(dir, p, t);
  writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), ODD]), 'odd: 1\n');
  symlinkSync('a.yaml', join(dir, 'link.yaml'));
  symlinkSync('a.yaml', join(dir, 'from-link.yaml'));
  git(dir, 'add', '-A');
  git(dir, 'update-index', '--add', '--cacheinfo', `160000,${SUBMODULE},module`);
  git(dir, 'update-index', '--add', '--cacheinfo', `160000,${SUBMODULE},module-to-file`);
  git(dir, 'commit', '-qm', 'base');
  const baseCommit = git(dir, 'rev-parse', 'HEAD');

  write(dir, 'a.yaml', 'a: 2\n');
  write(dir, 'a b/c d.yaml', 'spaces: 2\n');
  write(dir, 'new\nline.yaml', 'newline: 2\n');
  writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), ODD]), 'odd: 2\n');
  git(dir, 'mv', 'old name.yaml', 'new name.yaml');
  unlinkSync(join(dir, 'gone.yaml'));
  rmSync(join(dir, 'dir-to-file'), { recursive: true });
  write(dir, 'dir-to-file', 'now a file\n');
  unlinkSync(join(dir, 'file-to-dir'));
  write(dir, 'file-to-dir/x.yaml', 'now a folder\n');
  unlinkSync(join(dir, 'to-link.yaml'));
  symlinkSync('a.yaml', join(dir, 'to-link.yaml'));
  unlinkSync(join(dir, 'from-link.yaml'));
  write(dir, 'from-link.yaml', 'from-link: 2\n');
  chmodSync(join(dir, 'exec.sh'), 0o755);
  write(dir, 'sub/in.yaml', 'in: 3\n');
  write(dir, 'sub/added.yaml', 'added: 1\n');
  // Paths added around existing ones, in git's byte order: '-' and '.' sort before '/', '0' after it, and
  // U+E000 (3 bytes in UTF-8) before an emoji (4 bytes) though its UTF-16 code unit is the greater.
  write(dir, 'a-b.yaml', 'x: 1\n');
  write(dir, 'a0.yaml', 'x: 1\n');
  write(dir, 'a/deep/new.yaml', 'x: 1\n');
  write(dir, '\uE000.yaml', 'x: 1\n');
  write(dir, '😀 added.yaml', 'x: 1\n');
  write(dir, '😀/y.yaml', 'x: 1\n');
  write(dir, '\uE000/y.yaml', 'x: 1\n');
  write(dir, '0 first.yaml', 'x: 1\n');
  write(dir, '~ last.yaml', 'x: 1\n');
  // A gitlink has no folder in the work tree: `add -A` drops both, and they are put back as head has them.
  write(dir, 'module-to-file', 'a file now\n');
  git(dir, 'add', '-A');
  git(dir, 'update-index', '--add', '--cacheinfo', `160000,${SUBMODULE_2},module`);
  git(dir, 'commit', '-qm', 'head');
  return { dir, base: baseCommit, head: git(dir, 'rev-parse', 'HEAD') };
}

async function compareAt(root: string, base: string, head: string) {
  const repo = await GitRepo.open(root, [base, head]);
  try {
    const b = await repo.resolveCommit(base, '--base');
    const h = await repo.resolveCommit(head, '--head');
    const listed = await repo.compare(b, h);
    const texts = await repo.readFiles(h, listed.headFiles);
    return { ...listed, texts };
  } finally {
    repo.close();
  }
}

test('head listed from base and the change: what git ls-tree and git diff --name-status say, in their order', async () => {
  const { dir, base, head } = twoCommits();
  const got = await compareAt(dir, base, head);
  const headTree = lsTree(dir, head);
  assert.deepEqual(
    got.baseFiles,
    lsTree(dir, base).map(([p]) => p),
  );
  assert.deepEqual(
    got.headFiles,
    headTree.map(([p]) => p),
  );
  assert.deepEqual(got.changed, nameStatus(dir, base, head));
  // Every head file reads as its blob, whether it changed or not.
  for (const [path, id] of headTree) assert.equal(got.texts.get(path), blob(dir, id), path);
  // The cases are really there: a rename as delete + add, type changes, a submodule's new commit.
  const status = new Map(got.changed.map((c) => [c.path, c.status]));
  assert.equal(status.get('old name.yaml'), 'D');
  assert.equal(status.get('new name.yaml'), 'A');
  assert.equal(status.get('to-link.yaml'), 'T');
  assert.equal(status.get('from-link.yaml'), 'T');
  assert.equal(status.get('module'), 'M');
  assert.equal(status.get('new\nline.yaml'), 'M');
  assert.ok(got.headFiles.includes('from-link.yaml') && !got.headFiles.includes('to-link.yaml'));
  assert.ok(got.headFiles.includes('module-to-file') && !got.headFiles.includes('module'));
  assert.ok(got.headFiles.includes('dir-to-file') && got.headFiles.includes('file-to-dir/x.yaml'));
  assert.ok(got.headFiles.indexOf('\uE000.yaml') < got.headFiles.indexOf('😀 added.yaml'));
  assert.ok(got.headFiles.some((p) => p.startsWith('odd')));
});

test('the other way round (head older than base): additions become deletions and back', async () => {
  const { dir, base, head } = twoCommits();
  const got = await compareAt(dir, head, base);
  assert.deepEqual(
    got.headFiles,
    lsTree(dir, base).map(([p]) => p),
  );
  assert.deepEqual(got.changed, nameStatus(dir, head, base));
});

test('a subdirectory root: paths relative to it, nothing from outside it', async () => {
  const { dir, base, head } = twoCommits();
  for (const sub of ['sub', 'a b', '😀']) {
    const root = join(dir, sub);
    const got = await compareAt(root, base, head);
    assert.deepEqual(
      got.headFiles,
      lsTree(root, head).map(([p]) => p),
      sub,
    );
    assert.deepEqual(
      got.baseFiles,
      lsTree(root, base).map(([p]) => p),
      sub,
    );
    assert.deepEqual(got.changed, nameStatus(root, base, head), sub);
    assert.ok(got.changed.length > 0, sub);
  }
});

test('a change of nothing, and a change that only deletes: head lists what git lists', async () => {
  const { dir, head } = twoCommits();
  const same = await compareAt(dir, head, head);
  assert.deepEqual(same.changed, []);
  assert.deepEqual(same.headFiles, same.baseFiles);
  git(dir, 'rm', '-q', 'a.yaml', 'z.yaml');
  git(dir, 'commit', '-qm', 'deletions');
  const got = await compareAt(dir, head, 'HEAD');
  assert.deepEqual(
    got.headFiles,
    lsTree(dir, 'HEAD').map(([p]) => p),
  );
  assert.deepEqual(
    got.changed.map((c) => `${c.status} ${c.path}`),
    ['D a.yaml', 'D z.yaml'],
  );
});

test('the working tree and the index as head: untracked files are added, deleted ones are gone', async () => {
  const { dir, head } = twoCommits();
  write(dir, 'untracked.yaml', 'u: 1\n');
  write(dir, 'staged.yaml', 's: 1\n');
  git(dir, 'add', 'staged.yaml');
  unlinkSync(join(dir, 'z.yaml'));
  const repo = await GitRepo.open(dir, ['HEAD']);
  try {
    const base = await repo.resolveCommit('HEAD', '--base');
    assert.equal(base.commit, head);
    const work = await repo.compare(base, { kind: 'worktree' });
    assert.deepEqual(
      work.changed.map((c) => `${c.status} ${c.path}`),
      // The submodule was never checked out: its folder is missing from the working tree.
      ['D module', 'A staged.yaml', 'D z.yaml', 'A untracked.yaml'],
    );
    assert.ok(work.headFiles.includes('untracked.yaml') && !work.headFiles.includes('z.yaml'));
    const index: RepoState = { kind: 'index' };
    const staged = await repo.compare(base, index);
    assert.deepEqual(
      staged.changed.map((c) => `${c.status} ${c.path}`),
      ['A staged.yaml'],
    );
    assert.ok(staged.headFiles.includes('staged.yaml') && staged.headFiles.includes('z.yaml'));
    assert.ok(!staged.headFiles.includes('untracked.yaml'));
  } finally {
    repo.close();
  }
});

test('refs resolved in one go, and each bad ref still named with its option', async () => {
  const { dir, base, head } = twoCommits();
  git(dir, 'tag', '-a', '-m', 'annotated', 'v1', base);
  const repo = await GitRepo.open(dir, ['v1', 'HEAD']);
  assert.equal((await repo.resolveCommit('v1', '--base')).commit, base);
  assert.equal((await repo.resolveCommit('HEAD', '--head')).commit, head);
  assert.equal(await repo.unbornHead(), undefined);
  repo.close();
  const cases: Array<[string, RegExp]> = [
    ['nope', /^--base nope: no such commit in this repository$/],
    [`${base}..${head}`, /: no such commit in this repository$/],
    [`${head}^@`, /: no such commit in this repository$/],
    ['-n', /^--base -n: not a git revision$/],
  ];
  for (const [ref, message] of cases) {
    const opened = await GitRepo.open(dir, [ref, 'HEAD']);
    await assert.rejects(opened.resolveCommit(ref, '--base'), (err: Error) => {
      assert.ok(err instanceof UsageError, ref);
      assert.match(err.message, message, ref);
      return true;
    });
    assert.equal((await opened.resolveCommit('HEAD', '--head')).commit, head);
    opened.close();
  }
  const outside = tempDir('threatcat-not-a-repo-');
  await assert.rejects(GitRepo.open(outside, ['HEAD']), /not inside a git work tree/);
  await assert.rejects(GitRepo.open(join(dir, '.git'), ['HEAD']), /not inside a git work tree/);
});

test('a repository without a commit: the staged files are compared with the empty tree', async () => {
  const dir = tempDir('threatcat-unborn-');
  git(dir, 'init', '-q', '-b', 'main');
  write(dir, 'first.yaml', 'f: 1\n');
  git(dir, 'add', '-A');
  const repo = await GitRepo.open(dir, ['HEAD']);
  try {
    const unborn = await repo.unbornHead();
    assert.equal(unborn?.commit, '4b825dc642cb6eb9a060e54bf8d69288fbee4904');
    const got = await repo.compare(unborn!, { kind: 'index' });
    assert.deepEqual(got.changed, [{ status: 'A', path: 'first.yaml' }]);
    assert.deepEqual(got.headFiles, ['first.yaml']);
  } finally {
    repo.close();
  }
});
