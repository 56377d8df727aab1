import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSurface } from '../../src/read/manifests/surface.js';
import { readManifestText } from '../../src/read/manifests/manifest-file.js';
import { lineIn, sampleManifest, sampleText } from '../helpers/samples.js';

test('KAITO Workspace (top-level inference, no spec) and agentgateway mcp + ai backends', () => {
  const text = sampleText('other-ai-crds.yaml');
  const r = readSurface([sampleManifest('other-ai-crds.yaml')]);
  assert.deepEqual(r.problems, []);
  const [kaito, gw] = r.inventory.models;
  assert.equal(kaito.ref.kind, 'Workspace');
  assert.equal(kaito.model, 'phi-4-mini-instruct');
  assert.equal(kaito.at?.model.line, lineIn(text, 'name: phi-4-mini-instruct'));
  assert.equal(kaito.revision, 'adapters: support-lora=myregistry.azurecr.io/adapters/support-lora:0.3');
  assert.deepEqual([gw.ref.name, gw.use, gw.provider, gw.model], ['openai', 'gateway', 'openai', 'gpt-4o-mini']);
  assert.equal(gw.at?.model.line, lineIn(text, 'model: gpt-4o-mini'));
  assert.deepEqual(
    r.inventory.mcpServers.map((s) => [s.ref.name, s.target, s.url, s.transport, s.position.line]),
    [
      [
        'mcp-tools',
        'github',
        'http://github-mcp.agents.svc.cluster.local:8080/mcp',
        'StreamableHTTP',
        lineIn(text, '- name: github'),
      ],
      ['mcp-tools', 'in-cluster', undefined, undefined, lineIn(text, '- name: in-cluster')],
    ],
  );
});

test('a Workspace with its fields under spec, and a backend with two kinds, are problems', () => {
  const m = readManifestText(
    `apiVersion: kaito.sh/v1beta1
kind: Workspace
metadata: {name: w, namespace: m}
spec:
  inference: {preset: {name: phi-3}}
---
apiVersion: agentgateway.dev/v1alpha1
kind: AgentgatewayBackend
metadata: {name: b, namespace: g}
spec:
  ai: {provider: {anthropic: {}}}
  mcp: {targets: []}
`,
    'x.yaml',
  );
  const r = readSurface([m]);
  assert.deepEqual(
    r.problems.map((p) => `${p.position.line}: ${p.message}`),
    [
      '1: Workspace w: no inference or tuning section (KAITO Workspace has no spec: inference and resource are top-level)',
      '10: AgentgatewayBackend b: spec needs exactly one of ai, static, dynamicForwardProxy, mcp, aws, a2a (has ai, mcp)',
    ],
  );
  assert.deepEqual(
    r.inventory.models.map((x) => [x.provider, x.model]),
    [['anthropic', undefined]],
    'no model override: the request chooses',
  );
});

test('elementKey tells the targets of one backend apart', async () => {
  const { elementKey } = await import('../../src/model/surface.js');
  const r = readSurface([sampleManifest('other-ai-crds.yaml')]);
  assert.deepEqual(r.inventory.mcpServers.map(elementKey), [
    'AgentgatewayBackend/gateway/mcp-tools#github',
    'AgentgatewayBackend/gateway/mcp-tools#in-cluster',
  ]);
});
