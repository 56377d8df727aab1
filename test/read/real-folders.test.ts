// validate remembers folders' real paths while it reads a workspace (withRealFolders), so a file costs one lstat
// instead of the C library's realpath over every component. The answer must be the one the full walk gives, for
// every shape of path a pull request can commit: links to files and folders inside, links out, dangling links,
// missing files in real and in linked folders, `..` out of the root.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Located, locateInsideRoot, withRealFolders } from '../../src/read/repo-file.js';
import { tempDir } from '../helpers/fixtures.js';

function tree(): { root: string; outside: string } {
  const outside = tempDir('threatcat-outside-');
  writeFileSync(join(outside, 'secret.yaml'), 'kind: Secret\n');
  mkdirSync(join(outside, 'dir'));
  writeFileSync(join(outside, 'dir', 'x.yaml'), 'kind: Secret\n');
  const root = tempDir();
  mkdirSync(join(root, 'apps', 'a'), { recursive: true });
  writeFileSync(join(root, 'apps', 'a', 'deploy.yaml'), 'kind: Deployment\n');
  symlinkSync('deploy.yaml', join(root, 'apps', 'a', 'same.yaml'));
  symlinkSync('a', join(root, 'apps', 'alias'));
  symlinkSync(join(outside, 'secret.yaml'), join(root, 'apps', 'a', 'out.yaml'));
  symlinkSync(join(outside, 'dir'), join(root, 'apps', 'outdir'));
  symlinkSync('nowhere.yaml', join(root, 'apps', 'a', 'dangling.yaml'));
  return { root, outside };
}

const PATHS = [
  'apps/a/deploy.yaml',
  'apps/a/same.yaml',
  'apps/alias/deploy.yaml',
  'apps/alias/missing.yaml',
  'apps/a/missing.yaml',
  'apps/a/out.yaml',
  'apps/outdir/x.yaml',
  'apps/outdir/missing.yaml',
  'apps/a/dangling.yaml',
  'apps/a',
  'apps',
  '.',
  '../secret.yaml',
  'apps/../../secret.yaml',
  'nope/deploy.yaml',
];

function withoutStat(l: Located): Located {
  if (l.kind !== 'inside') return l;
  const { stat: _, ...rest } = l;
  return rest;
}

test('with folders remembered, every path is located as the full walk locates it', () => {
  const { root, outside } = tree();
  try {
    const folders = new Map<string, string>();
    for (const p of PATHS) {
      const walk = locateInsideRoot(root, join(root, p));
      // Twice with memory: the first fills it, the second answers from it.
      const first = withRealFolders(folders, () => locateInsideRoot(root, join(root, p)));
      const again = withRealFolders(folders, () => locateInsideRoot(root, join(root, p)));
      assert.deepEqual(withoutStat(first), walk, p);
      assert.deepEqual(withoutStat(again), walk, p);
      // The lstat the memory's answer took is the located file's own (the reader checks it instead of a stat).
      for (const l of [first, again]) {
        if (l.kind !== 'inside' || !l.stat) continue;
        const st = statSync(l.path);
        assert.deepEqual(
          [l.stat.isFile(), l.stat.isDirectory(), l.stat.size],
          [st.isFile(), st.isDirectory(), st.size],
          p,
        );
      }
    }
    assert.deepEqual(locateInsideRoot(root, join(root, 'apps/a/out.yaml')).kind, 'outside');
    assert.deepEqual(locateInsideRoot(root, join(root, 'apps/alias/missing.yaml')), { kind: 'missing', link: true });
    assert.ok(folders.size > 0, 'folders were remembered');
  } finally {
    rmSync(root, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  }
});

test('a folder replaced by a link that leads out is seen by the next read, which has its own memory', () => {
  const { root, outside } = tree();
  try {
    const first = new Map<string, string>();
    const before = withRealFolders(first, () => locateInsideRoot(root, join(root, 'apps/b/x.yaml')));
    assert.deepEqual(before, { kind: 'missing', link: false });
    mkdirSync(join(root, 'apps', 'b'));
    writeFileSync(join(root, 'apps', 'b', 'x.yaml'), 'kind: Deployment\n');
    assert.equal(withRealFolders(first, () => locateInsideRoot(root, join(root, 'apps/b/x.yaml'))).kind, 'inside');
    rmSync(join(root, 'apps', 'b'), { recursive: true });
    symlinkSync(join(outside, 'dir'), join(root, 'apps', 'b'));
    writeFileSync(join(outside, 'dir', 'x.yaml'), 'kind: Secret\n');
    const next = withRealFolders(new Map(), () => locateInsideRoot(root, join(root, 'apps/b/x.yaml')));
    assert.equal(next.kind, 'outside');
    // Outside any read, nothing is remembered at all.
    assert.equal(locateInsideRoot(root, join(root, 'apps/b/x.yaml')).kind, 'outside');
  } finally {
    rmSync(root, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  }
});
