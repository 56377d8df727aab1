import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readConfig } from '../../src/read/config.js';
import { DiskState } from '../../src/read/workspace.js';
import { tempDir, writeAt } from '../helpers/fixtures.js';

/**
 * validate searches a folder's manifests for the names an agent's reach depends on a batch of catalogs at a time,
 * each name once (src/read/workspace.ts DiskState): which files mention a name must not depend on the other names
 * searched with it.
 */

function folder(): string {
  const dir = tempDir('threatcat-search-');
  // `tools` (a Service) appears only inside the URL host `tools.agents`; `tools.agents` is a name of its own here.
  writeAt(
    dir,
    'deploy/server.yaml',
    'apiVersion: v1\nkind: Service\nmetadata: { name: gateway, namespace: agents }\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: { name: cfg }\ndata: { url: "http://tools.agents:8080/mcp" }\n',
  );
  writeAt(dir, 'deploy/other.yaml', 'apiVersion: v1\nkind: Service\nmetadata: { name: toolsmith }\n');
  return dir;
}

const asObject = (hits: Map<string, Set<string>>) =>
  Object.fromEntries([...hits].map(([file, names]) => [file, [...names].sort()]));

test('two names that overlap in a text are both found, searched together or apart', () => {
  const dir = folder();
  const together = new DiskState(dir, readConfig(dir)).grep(['tools', 'tools.agents']);
  assert.deepEqual(asObject(together), { 'deploy/server.yaml': ['tools', 'tools.agents'] });

  const apart = new DiskState(dir, readConfig(dir));
  assert.deepEqual(asObject(apart.grep(['tools.agents'])), { 'deploy/server.yaml': ['tools.agents'] });
  assert.deepEqual(asObject(apart.grep(['tools'])), { 'deploy/server.yaml': ['tools'] });
  // Asked again with both, the answers come from the first searches and are the same as searching together.
  assert.deepEqual(asObject(apart.grep(['tools', 'tools.agents'])), asObject(together));
});

test('a name inside a longer word is not a mention', () => {
  const dir = folder();
  // `toolsmith` contains `tools`, but is another name.
  assert.deepEqual(asObject(new DiskState(dir, readConfig(dir)).grep(['tools', 'toolsmit'])), {
    'deploy/server.yaml': ['tools'],
  });
});

test('a tree too large to search in-process is walked once, not once per question', () => {
  // 400 agent folders of a manifest each: past the in-process bound, so every answer about it is "maybe there".
  const dir = tempDir('threatcat-large-tree-');
  for (let i = 0; i < 400; i++)
    writeAt(dir, `agents/a${i}/deploy.yaml`, `apiVersion: v1\nkind: ServiceAccount\nmetadata: { name: a${i} }\n`);
  const disk = new DiskState(dir, readConfig(dir));
  // CPU time, not wall time (a loaded machine stretches the one, not the other). One walk of this tree takes a few
  // milliseconds; walked again for each of 2,000 questions (an agent asks about a kustomization or chart in each
  // of its folders), 1,000 catalogs took 13 s of validate's 15.
  const started = process.cpuUsage();
  for (let i = 0; i < 2000; i++) assert.equal(disk.io.tree.hasNamed?.(`kustomization-${i}.yaml`), true);
  const { user, system } = process.cpuUsage(started);
  const ms = (user + system) / 1000;
  assert.ok(ms < 1500, `2,000 questions took ${Math.round(ms)} ms of CPU`);
});
