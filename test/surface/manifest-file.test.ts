import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsersForTest, readManifestText } from '../../src/read/manifests/manifest-file.js';
import type { ManifestFile } from '../../src/model/manifest.js';
import type { NodePath } from '../../src/model/catalog.js';
import { EXAMPLE } from '../helpers/fixtures.js';
import { SAMPLES } from '../helpers/samples.js';

/** Every path into a value, plus a missing child under each mapping (to check the nearest-ancestor rule). */
function paths(v: unknown, prefix: NodePath = []): NodePath[] {
  const out: NodePath[] = [prefix];
  if (Array.isArray(v)) v.forEach((x, i) => out.push(...paths(x, [...prefix, i])));
  else if (v !== null && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) out.push(...paths(x, [...prefix, k]));
    out.push([...prefix, 'no-such-key', 'deeper']);
  }
  return out;
}

function assertSame(fast: ManifestFile | undefined, slow: ManifestFile, label: string): void {
  assert.ok(fast, `${label}: the fast parser gave up`);
  assert.deepEqual(fast.problems, slow.problems, label);
  assert.equal(fast.objects.length, slow.objects.length, label);
  fast.objects.forEach((f, i) => {
    const s = slow.objects[i];
    assert.deepEqual(
      [f.apiVersion, f.kind, f.name, f.namespace, f.position],
      [s.apiVersion, s.kind, s.name, s.namespace, s.position],
      label,
    );
    assert.deepEqual(f.body, s.body, label);
    for (const p of paths(f.body))
      assert.deepEqual(f.locate(p), s.locate(p), `${label} ${f.kind}/${f.name} at ${p.join('.')}`);
  });
}

const INLINE: Record<string, string> = {
  'edge.yaml': `# leading comment
---
# comment before the object
apiVersion: v1
kind: ConfigMap
metadata:
  name: a   # trailing comment
  labels: {x: "1", 'y': two}
  annotations:
    empty:
    "quoted key": v
    8080: numeric key
data:
  script: |
    line one
    line two
  folded: >-
    folded
    text
  list:
    - plain
    - [flow, seq]
    - {k: v}
    -   indented: map
        second: key
  multi: "a
    b"
---
---
apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: Service
    metadata: {name: s}
    spec: {ports: [{port: 80}]}
  -
    apiVersion: v1
    kind: Secret
    metadata:
      name: t
...
`,
  'flow.json': `{
  "apiVersion": "v1",
  "kind": "Pod",
  "metadata": {"name": "p", "namespace": "n"},
  "spec": {"containers": [{"name": "c", "image": "i", "args": ["a", "b"]}], "nothing": null, "t": true}
}
`,
  'mcp.json': `{"mcpServers": {"x": {"command": "npx", "args": ["-y", "pkg@1.0.0"]}, "y": {"url": "http://h/mcp"}}}`,
  'crlf.yaml': 'apiVersion: v1\r\nkind: ConfigMap\r\nmetadata:\r\n  name: crlf\r\ndata:\r\n  k: v\r\n',
};

test('the fast parser agrees with the CST parser on every sample and example: objects, bodies and every position', () => {
  const files: Array<[string, string]> = [];
  // JSON files are read as JSONC (comments, trailing commas), by one parser: only YAML has two to compare.
  for (const f of readdirSync(SAMPLES).filter((n) => /\.ya?ml$/.test(n)))
    files.push([`samples/${f}`, readFileSync(join(SAMPLES, f), 'utf8')]);
  for (const f of readdirSync(join(EXAMPLE, 'manifests')))
    files.push([`manifests/${f}`, readFileSync(join(EXAMPLE, 'manifests', f), 'utf8')]);
  for (const [name, text] of Object.entries(INLINE)) files.push([name, text]);
  let objects = 0;
  for (const [name, text] of files) {
    const slow = parsersForTest.cst(text, name);
    assertSame(parsersForTest.fast(text, name), slow, name);
    objects += slow.objects.length;
  }
  assert.ok(objects >= 30, `${objects} objects compared`);
});

test('anchors, aliases, empty list items, syntax errors and duplicate keys take the CST path', () => {
  const emptyItem = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: e}\nlist:\n  - a\n  -\n  - c\n';
  assert.equal(parsersForTest.fast(emptyItem, 'e.yaml'), undefined);
  assert.equal(readManifestText(emptyItem, 'e.yaml').objects[0].locate(['list', 2]).line, 7);
  const alias = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\ndata: &d {k: v}\nmore: *d\n';
  assert.equal(parsersForTest.fast(alias, 'a.yaml'), undefined);
  assert.equal(readManifestText(alias, 'a.yaml').objects[0].name, 'a');
  const bad = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  name: b\n';
  assert.equal(parsersForTest.fast(bad, 'b.yaml'), undefined);
  assert.deepEqual(
    readManifestText(bad, 'b.yaml').problems.map((p) => p.position.line),
    [5],
  );
  const tab = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n\tname: a\n';
  assert.equal(readManifestText(tab, 't.yaml').problems.length, 1);
});

test('objects without a name and non-objects are problems; documents without apiVersion/kind are ignored', () => {
  const r = readManifestText('apiVersion: v1\nkind: ConfigMap\nmetadata: {}\n---\n- a\n---\nfoo: bar\n', 'x.yaml');
  assert.deepEqual(
    r.problems.map((p) => `${p.position.line}: ${p.message}`),
    ['1: ConfigMap has no metadata.name', '5: expected a Kubernetes object (a mapping with apiVersion and kind)'],
  );
  assert.deepEqual(r.objects, []);
});
