import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join, relative, sep } from 'node:path';
import { globSync } from 'tinyglobby';
import { ownedFiles, PathIndex } from '../../src/read/diff-inputs.js';
import { tempDir, writeAt } from '../helpers/fixtures.js';

const FILES = [
  'agents/a/a.threats.yaml',
  'agents/a/m.yaml',
  'agents/a/manifests/one.yaml',
  'agents/a/manifests/two.yml',
  'agents/a/manifests/deep/three.yaml',
  'agents/a/manifests/.hidden.yaml',
  'agents/a/mcp.json',
  'agents/a/other.threats.yaml',
  'agents/shared/rbac.yaml',
  'agents/b/manifests/one.yaml',
  'root.yaml',
];

/** ownedFiles (git paths, used by diff) must pick the same files as validate's file-system globbing. */
test('catalog globs select the same files through git paths as through the file system', () => {
  const dir = tempDir();
  for (const f of FILES) writeAt(dir, f, 'x: 1\n');
  const index = new PathIndex(FILES);
  const patterns = [
    ['manifests/*.yaml'],
    ['./m.yaml'],
    ['../shared/*.yaml'],
    ['**/*.yaml'],
    ['manifests/**'],
    ['mcp.json', 'manifests/*.yml'],
    ['../../root.yaml'],
  ];
  for (const p of patterns) {
    const catalog = 'agents/a/a.threats.yaml';
    const viaGit = ownedFiles(catalog, { agent: { manifests: p } }, index, () => false);
    // As readWorkspace globs (dotfiles included: .mcp.json, .vscode/mcp.json).
    const viaFs = globSync(p, { cwd: join(dir, 'agents/a'), absolute: true, onlyFiles: true, dot: true })
      .filter((f) => !/\.threats\.ya?ml$/.test(f))
      .map((f) => relative(dir, f).split(sep).join('/'))
      .sort();
    assert.deepEqual(viaGit, viaFs, JSON.stringify(p));
    assert.ok(viaGit.length > 0, `pattern ${JSON.stringify(p)} selects something`);
  }
  assert.deepEqual(
    ownedFiles('root.threats.yaml', { agent: { manifests: ['root.yaml'] } }, index, () => false),
    ['root.yaml'],
  );
});
