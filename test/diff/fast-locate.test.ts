import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NodePath } from '../../src/model/catalog.js';
import { readManifestText } from '../../src/read/manifests/manifest-file.js';
import { readManifestTextLazy } from '../../src/read/manifests/lazy-manifest-file.js';
import { FastLocator } from '../../src/read/manifests/fast-locate.js';
import { EXAMPLE } from '../helpers/fixtures.js';
import { SAMPLES } from '../helpers/samples.js';

/** Every path to a node of `body`, plus paths that do not exist (nearest-ancestor answers). */
function paths(body: unknown, prefix: NodePath = []): NodePath[] {
  const out: NodePath[] = [prefix];
  if (Array.isArray(body)) {
    body.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
    out.push([...prefix, body.length], [...prefix, 'nope']);
  } else if (body !== null && typeof body === 'object') {
    for (const [k, v] of Object.entries(body)) out.push(...paths(v, [...prefix, k]));
    out.push([...prefix, 'no-such-key'], [...prefix, 'no-such-key', 0]);
  } else {
    out.push([...prefix, 'below-a-scalar']);
  }
  return out;
}

const TRICKY = `# leading comment
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: "quoted"   # comment
  namespace: 'single'
  labels: {a: b}
data:
  key.with.dots: value # comment
  "quoted key": 1
  multi: |
    line one
    line two
  folded: >-
    text
  empty:
  url: http://x:8080/y
list:
- a
-   b
- name: c
  value: d
-
  late: item
---
apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: ServiceAccount
    metadata: { name: in-list }
...
---
apiVersion: v1
kind: Secret
metadata:
  name: after-end-marker
stringData:
  k: v
`;

function yamlFiles(): Array<[string, string]> {
  const samples = SAMPLES;
  const files: Array<[string, string]> = (existsSync(samples) ? readdirSync(samples) : []).filter((f) => /\.ya?ml$/.test(f)).map((f) => [f, readFileSync(join(samples, f), 'utf8')]);
  for (const f of readdirSync(join(EXAMPLE, 'manifests'))) files.push([`example/${f}`, readFileSync(join(EXAMPLE, 'manifests', f), 'utf8')]);
  files.push(['tricky.yaml', TRICKY], ['crlf.yaml', TRICKY.replace(/\n/g, '\r\n')]);
  return files;
}

test('lazy manifest positions equal the full parser\'s on every node of the samples (fast path or fallback)', () => {
  let asked = 0;
  let answeredFast = 0;
  for (const [file, text] of yamlFiles()) {
    const full = readManifestText(text, file);
    const lazy = readManifestTextLazy(text, file);
    assert.equal(lazy.objects.length, full.objects.length, `${file}: same objects`);
    assert.deepEqual(lazy.problems, full.problems, `${file}: same problems`);
    const fast = new FastLocator(text, file);
    let docIndex = -1;
    let lastDocStart = -1;
    full.objects.forEach((o, i) => {
      const l = lazy.objects[i];
      assert.deepEqual([l.kind, l.name, l.namespace], [o.kind, o.name, o.namespace]);
      assert.deepEqual({ ...l.position }, o.position, `${file} ${o.kind}/${o.name} position`);
      if (o.position.line !== lastDocStart) {
        docIndex++;
        lastDocStart = o.position.line;
      }
      for (const p of paths(o.body)) {
        const want = o.locate(p);
        const got = l.locate(p);
        assert.deepEqual({ file: got.file, line: got.line, column: got.column }, want, `${file} ${o.kind}/${o.name} ${JSON.stringify(p)}`);
        asked++;
        if (fast.locate(docIndex, p, o.kind, o.name) !== undefined) answeredFast++;
      }
    });
  }
  // The fast path must do the work on ordinary manifests (else the benchmark measures the fallback).
  assert.ok(answeredFast / asked > 0.5, `fast locator answered ${answeredFast} of ${asked}`);
});

test('the fast locator refuses what it does not model instead of guessing', () => {
  const tabs = new FastLocator('apiVersion: v1\nkind: A\nmetadata:\n\tname: x\n', 'f');
  assert.equal(tabs.locate(0, ['metadata'], 'A', 'x'), undefined);
  const anchors = new FastLocator('apiVersion: v1\nkind: A\nmetadata:\n  name: x\nspec: &s\n  a: 1\n', 'f');
  assert.equal(anchors.locate(0, ['spec', 'a'], 'A', 'x'), undefined);
  const wrongDoc = new FastLocator('apiVersion: v1\nkind: A\nmetadata:\n  name: x\n', 'f');
  assert.equal(wrongDoc.locate(0, ['metadata'], 'A', 'y'), undefined, 'documents that do not line up are refused');
});
