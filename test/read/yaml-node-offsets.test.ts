import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parsersForTest, readManifestText } from '../../src/read/manifests/manifest-file.js';
import { manifestInput, positionDisagreement } from '../fuzz/yaml-block-subset.js';

/**
 * Manifest files in plain block YAML are read by the block-subset parser, which records where each node starts
 * (src/read/yaml-node-offsets.ts); every other file by js-yaml with its position listener. A finding or event must
 * point at the same line and column whichever parser read the file.
 */

// As `helm template` and kagent's own samples write them: `# Source:` comments, document markers, flow mappings,
// a `|` prompt, an empty value, a list at its key's indentation, quoted keys and values.
const KAGENT = `# Source: agents/templates/agent.yaml
---
apiVersion: kagent.dev/v1alpha2
kind: Agent
metadata:
  name: k8s-ops
  namespace: kagent
  labels: { app.kubernetes.io/name: k8s-ops, "team": platform }
spec:
  type: Declarative
  declarative:
    modelConfig: ops-model
    systemMessage: |
      You operate the cluster.
      Ask before you delete anything.
    tools:
    - type: McpServer
      mcpServer:
        apiGroup: kagent.dev
        kind: RemoteMCPServer
        name: k8s-tools
        toolNames: [get_resources, delete_resource]
        requireApproval:
          - delete_resource
    deployment:
      env:
      annotations: {}
--- # the model
apiVersion: kagent.dev/v1alpha2
kind: ModelConfig
metadata: { name: ops-model, namespace: kagent }
spec:
  provider: OpenAI
  model: 'gpt-4.1-2025-04-14'
  apiKeySecret: openai
---
`;

test('a kagent manifest in plain block YAML is read by the subset, each node where js-yaml puts it', () => {
  assert.ok(parsersForTest.subset(KAGENT, 'agent.yaml'), 'the subset reads it');
  assert.equal(positionDisagreement(KAGENT), undefined);
  const read = readManifestText(KAGENT, 'agent.yaml');
  assert.deepEqual(read.problems, []);
  assert.deepEqual(
    read.objects.map((o) => `${o.kind}/${o.name}@${o.position.line}:${o.position.column}`),
    ['Agent/k8s-ops@3:1', 'ModelConfig/ops-model@29:1'],
  );
  const [agent, model] = read.objects;
  const at = (o: (typeof read.objects)[number], path: Array<string | number>) => {
    const p = o.locate(path);
    return `${p.line}:${p.column}`;
  };
  assert.equal(at(agent, ['spec', 'declarative', 'modelConfig']), '12:18');
  // A mapping or list reached through its key is placed at the key; a list item at its first character.
  assert.equal(at(agent, ['spec', 'declarative', 'tools']), '16:5');
  assert.equal(at(agent, ['spec', 'declarative', 'tools', 0]), '17:7');
  assert.equal(at(agent, ['spec', 'declarative', 'tools', 0, 'mcpServer', 'toolNames', 1]), '22:36');
  assert.equal(at(agent, ['spec', 'declarative', 'tools', 0, 'mcpServer', 'requireApproval', 0]), '24:13');
  assert.equal(at(agent, ['spec', 'declarative', 'systemMessage']), '13:20');
  // An empty value sits right after its `:`; a path past what exists stops at the nearest node.
  assert.equal(at(agent, ['spec', 'declarative', 'deployment', 'env']), '26:11');
  assert.equal(at(agent, ['spec', 'declarative', 'deployment', 'env', 'FOO']), '26:11');
  assert.equal(at(agent, ['metadata', 'labels', 'team']), '8:54');
  assert.equal(at(model, ['spec', 'model']), '34:10');
  assert.equal(at(model, ['metadata', 'namespace']), '31:41');
});

test('CRLF line ends are located as js-yaml locates them', () => {
  const crlf = KAGENT.replaceAll('\n', '\r\n');
  assert.ok(parsersForTest.subset(crlf, 'agent.yaml'));
  assert.equal(positionDisagreement(crlf), undefined);
  const agent = readManifestText(crlf, 'agent.yaml').objects[0];
  assert.deepEqual(agent.locate(['spec', 'declarative', 'modelConfig']), { file: 'agent.yaml', line: 12, column: 18 });
});

test('a file outside the subset is read by js-yaml, with the same objects, and never half and half', () => {
  const cases = [
    // Anchors and aliases, tags, a node on the marker line, tabs, escapes.
    `${KAGENT}apiVersion: v1\nkind: ConfigMap\nmetadata: { name: a, labels: &l { x: y } }\ndata: *l\n`,
    `${KAGENT}apiVersion: v1\nkind: Secret\nmetadata: { name: s }\nstringData: !!map { k: v }\n`,
    `--- !!map\napiVersion: v1\nkind: ConfigMap\nmetadata: { name: a }\n`,
    `apiVersion: v1\nkind: ConfigMap\nmetadata:\n\tname: a\n`,
    `apiVersion: v1\nkind: ConfigMap\nmetadata: { name: a }\ndata: { re: "\\\\d+" }\n`,
  ];
  for (const text of cases) {
    assert.equal(parsersForTest.subset(text, 'm.yaml'), undefined, text);
    const read = readManifestText(text, 'm.yaml');
    assert.ok(read.objects.length > 0 || read.problems.length > 0, text);
  }
  // One document the subset cannot read sends the whole file to js-yaml: every object is still read.
  const mixed = readManifestText(cases[0], 'm.yaml');
  assert.deepEqual(
    mixed.objects.map((o) => o.kind),
    ['Agent', 'ModelConfig', 'ConfigMap'],
  );
  assert.deepEqual(mixed.objects[2].body.data, { x: 'y' });
});

test('a broken document is still one problem at its line, the other documents read', () => {
  const text = `${KAGENT}apiVersion: v1\nkind: ConfigMap\nmetadata: { name: a\n---\napiVersion: v1\nkind: ServiceAccount\nmetadata: { name: sa }\n`;
  const read = readManifestText(text, 'm.yaml');
  assert.deepEqual(
    read.objects.map((o) => o.kind),
    ['Agent', 'ModelConfig', 'ServiceAccount'],
  );
  assert.equal(read.problems.length, 1);
  // Where js-yaml finds the flow mapping of line 39 unclosed: the next document's marker.
  assert.equal(read.problems[0].position.line, 40);
  assert.match(read.problems[0].message, /flow/);
});

test('on 3,000 generated and mutated manifest files the subset locates every node as js-yaml does, or steps aside', () => {
  let accepted = 0;
  fc.assert(
    fc.property(manifestInput, (text) => {
      if (parsersForTest.subset(text, 'm.yaml')) accepted++;
      const d = positionDisagreement(text);
      if (d !== undefined) throw new Error(`${d}\ntext:\n${text}`);
    }),
    { numRuns: 3000 },
  );
  assert.ok(accepted > 100, `the subset read ${accepted} of 3,000`);
});

test('locating every item of a long list is linear', () => {
  const n = 30_000;
  const text = `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: { name: p }\nspec:\n  ports:\n${'    - port: 80\n'.repeat(n)}`;
  const o = readManifestText(text, 'p.yaml').objects[0];
  const started = process.cpuUsage();
  for (let i = 0; i < n; i++) assert.equal(o.locate(['spec', 'ports', i, 'port']).line, 6 + i);
  const cpu = process.cpuUsage(started);
  // Quadratic, this is 450 million steps (many seconds); linear, a few milliseconds.
  assert.ok((cpu.user + cpu.system) / 1000 < 2000, `${(cpu.user + cpu.system) / 1000} ms`);
});
