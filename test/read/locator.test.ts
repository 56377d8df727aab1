// Catalog positions come from js-yaml's position listener when it applies, else from the `yaml` CST; both must
// name the same line and column for every node (and every key) of real catalogs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsYaml from 'js-yaml';
import { cstLocator, forgetPositions, makeLocator } from '../../src/read/yaml-document.js';
import { fastDocumentOffsets } from '../../src/read/manifests/manifest-file.js';
import type { NodePath } from '../../src/model/catalog.js';
import { CATALOG } from '../helpers/catalogs.js';
import { EXAMPLE } from '../helpers/fixtures.js';

function paths(data: unknown, prefix: NodePath = []): NodePath[] {
  const out: NodePath[] = [prefix];
  if (Array.isArray(data)) data.forEach((d, i) => out.push(...paths(d, [...prefix, i])));
  else if (data !== null && typeof data === 'object')
    for (const [k, v] of Object.entries(data)) out.push(...paths(v, [...prefix, k]));
  return out;
}

const texts: Array<[string, string]> = [
  ['example', readFileSync(join(EXAMPLE, 'k8s-ops.threats.yaml'), 'utf8')],
  ['fixture', CATALOG],
  [
    'flow styles and comments',
    'a: { b: [1, 2, {c: d}], e: "x" }  # c\nf:\n  # comment\n  - g: 1\n    h:\n      - i\n  -   j: k\nl: |\n  block\nm:\n',
  ],
];

test('fast and CST locators agree on every node and key of real catalogs, and on missing paths', () => {
  for (const [name, text] of texts) {
    assert.ok(fastDocumentOffsets(text), `${name}: the fast path applies`);
    const fast = makeLocator(text, 'f.yaml');
    const cst = cstLocator(text, 'f.yaml');
    const all = paths(jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA }));
    assert.ok(all.length > 5);
    for (const p of [...all, ...all.map((q) => [...q, 'missing'])]) {
      for (const key of [false, true]) {
        const a = fast(p, { key });
        const b = cst(p, { key });
        assert.deepEqual([a.line, a.column], [b.line, b.column], `${name} ${JSON.stringify(p)} key=${key}`);
      }
    }
  }
});

test('a catalog with anchors and aliases is located through the CST', () => {
  const text = 'defaults: &d { telemetry: [ebpf] }\nother: *d\nlast: 1\n';
  assert.equal(fastDocumentOffsets(text), undefined);
  assert.deepEqual(makeLocator(text, 'f.yaml')(['last']), { file: 'f.yaml', line: 3, column: 7 });
});

test('a locator whose positions were forgotten works them out again, the same (fast path and CST)', () => {
  for (const text of [texts[0][1], 'defaults: &d { telemetry: [ebpf] }\nother: *d\nlast: 1\n']) {
    const locate = makeLocator(text, 'f.yaml');
    const before = [locate(['last']), locate(['defaults'], { key: true }), locate(['agent', 'name'])];
    forgetPositions(locate);
    assert.deepEqual([locate(['last']), locate(['defaults'], { key: true }), locate(['agent', 'name'])], before);
  }
});

test('every item of a 60,000-item manifest list and every key of a 60,000-key JSON object is located in linear time', async () => {
  const { readManifestText } = await import('../../src/read/manifests/manifest-file.js');
  const n = 60_000;
  const head =
    'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: e, namespace: agents}\nspec:\n  egress:\n    - ports:\n';
  const yaml = readManifestText(
    `${head}${Array.from({ length: n }, (_, i) => `        - {port: ${i + 1}}\n`).join('')}`,
    'np.yaml',
  );
  const json = readManifestText(
    JSON.stringify(
      { mcpServers: Object.fromEntries(Array.from({ length: n }, (_, i) => [`s${i}`, { url: 'u' }])) },
      null,
      1,
    ),
    '.mcp.json',
  );
  const started = performance.now();
  const [np] = yaml.objects;
  for (let i = 0; i < n; i++) np.locate(['spec', 'egress', 0, 'ports', i]);
  const [mcp] = json.objects;
  for (let i = 0; i < n; i++) mcp.locate(['mcpServers', `s${i}`]);
  const ms = performance.now() - started;
  assert.equal(np.locate(['spec', 'egress', 0, 'ports', n - 1]).line, 6 + n);
  assert.equal(mcp.locate(['mcpServers', `s${n - 1}`]).line, 3 + 3 * (n - 1));
  // Before: each lookup walked the list (or searched the keys) from its start, 1.8 billion steps each.
  assert.ok(ms < 3000, `took ${Math.round(ms)} ms`);
});
