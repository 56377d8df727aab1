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
