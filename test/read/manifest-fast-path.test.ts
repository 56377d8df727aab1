// The manifest reader parses with js-yaml and builds `yaml` positions only on demand; it must agree with the
// all-`yaml` reader on every object, position and located node.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readManifestText, readWithPositions } from '../../src/read/manifests/manifest-file.js';
import type { ManifestFile } from '../../src/model/manifest.js';
import { EXAMPLE } from '../helpers/fixtures.js';
import { SAMPLES } from '../helpers/samples.js';

const plain = (p: { file: string; line: number; column: number }) => ({ file: p.file, line: p.line, column: p.column });

function summary(m: ManifestFile) {
  return {
    objects: m.objects.map((o) => ({
      kind: o.kind,
      name: o.name,
      namespace: o.namespace,
      body: o.body,
      position: plain(o.position),
      metadataName: plain(o.locate(['metadata', 'name'])),
      spec: plain(o.locate(['spec'])),
      missing: plain(o.locate(['spec', 'no', 'such'])),
    })),
    problems: m.problems.map((p) => ({ message: p.message, position: plain(p.position) })),
  };
}

const files = [
  ...readdirSync(join(EXAMPLE, 'manifests')).map((f) => join(EXAMPLE, 'manifests', f)),
  ...readdirSync(SAMPLES)
    .filter((f) => /\.(ya?ml|json)$/.test(f))
    .map((f) => join(SAMPLES, f)),
];

test('the fast reader and the yaml reader agree on objects and positions (example and shared samples)', () => {
  assert.ok(files.length >= 10);
  for (const path of files) {
    const text = readFileSync(path, 'utf8');
    assert.deepEqual(summary(readManifestText(text, 'm.yaml')), summary(readWithPositions(text, 'm.yaml')), path);
  }
});

test('multi-document files, Lists and empty documents keep their positions', () => {
  const text =
    '---\n# empty first document\n---\napiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: ServiceAccount\n    metadata: { name: a, namespace: x }\n---\napiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: b\n';
  const m = readManifestText(text, 'm.yaml');
  assert.deepEqual(
    m.objects.map((o) => [o.name, o.position.line]),
    [
      ['a', 7],
      ['b', 11],
    ],
  );
  assert.deepEqual(summary(m), summary(readWithPositions(text, 'm.yaml')));
});

test('a broken document is reported and the others are still read (the yaml reader takes over)', () => {
  const text =
    'apiVersion: v1\nkind: ServiceAccount\nmetadata: { name: a\n---\napiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: b\n';
  const m = readManifestText(text, 'm.yaml');
  assert.deepEqual(
    m.objects.map((o) => o.name),
    ['b'],
  );
  assert.equal(m.problems.length, 1);
  assert.match(m.problems[0].message, /^YAML syntax error/);
});

test('objects without a name are problems with their line, also on the fast path', () => {
  const text =
    'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {}\n';
  const m = readManifestText(text, 'm.yaml');
  assert.deepEqual(
    m.problems.map((p) => [p.message, p.position.line]),
    [['ConfigMap has no metadata.name', 6]],
  );
});
