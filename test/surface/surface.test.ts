import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findAgentSurface, readSurface } from '../../src/read/manifests/surface.js';
import { readManifestText } from '../../src/read/manifests/manifest-file.js';
import { sampleManifest } from '../helpers/samples.js';

const AGENT = `apiVersion: apps/v1
kind: Deployment
metadata: {name: rag-agent, namespace: agents}
spec:
  template:
    spec:
      serviceAccountName: rag-agent
      containers:
        - {name: agent, image: ghcr.io/example/rag-agent:2.0}
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: rag-agent
  namespace: agents
  annotations: {iam.gke.io/gcp-service-account: rag@proj.iam.gserviceaccount.com}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: {name: cm-read, namespace: agents}
rules:
  - {apiGroups: [""], resources: [configmaps], verbs: [get]}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: cm-read, namespace: agents}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: cm-read}
subjects: [{kind: ServiceAccount, name: rag-agent}]
---
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: qdrant, namespace: agents}
spec:
  template:
    spec:
      containers: [{name: q, image: qdrant/qdrant:v1.12.4}]
`;

test('a plain Deployment agent: identity from its pod template, standalone elements of its manifests join its surface', () => {
  const files = [
    readManifestText(AGENT, 'agent.yaml'),
    sampleManifest('vllm-ollama-deployments.yaml'),
    sampleManifest('mcp.json'),
  ];
  const s = findAgentSurface(files, { kind: 'Deployment', name: 'rag-agent', namespace: 'agents' })!;
  assert.equal(s.type, 'Workload');
  assert.equal(s.identity, 'system:serviceaccount:agents:rag-agent');
  assert.equal(s.serviceAccount?.position.line, 7);
  assert.equal(s.serviceAccount?.definedAt?.line, 11);
  assert.equal(s.serviceAccount?.cloudIdentity, 'rag@proj.iam.gserviceaccount.com');
  assert.deepEqual(
    s.permissions.map((p) => `${p.resource} ${p.verb} @${p.namespace}`),
    ['configmaps get @agents'],
  );
  assert.deepEqual(
    s.memory.map((m) => `${m.engine} ${m.ref.name}`),
    ['qdrant qdrant'],
  );
  // The agent's own image (and whatever model its environment names) is its entry, the model servers theirs.
  assert.deepEqual(
    s.models.map((m) => `${m.use} ${m.ref.name}`),
    ['agent rag-agent', 'serving vllm-mistral', 'serving vllm-llama', 'serving ollama'],
  );
  assert.equal(s.models[0].runtime, 'ghcr.io/example/rag-agent:2.0');
  assert.deepEqual(
    s.mcpServers.map((m) => m.ref.name),
    ['filesystem', 'kubernetes', 'github', 'legacy-sse'],
  );
  assert.equal(s.autonomy.tier, 'autonomous');
  // The agent is not a model server or memory of itself, and an unknown workload has no surface.
  assert.equal(findAgentSurface(files, { kind: 'Deployment', name: 'nope', namespace: 'agents' }), undefined);
});

test('readSurface keeps kagent-referenced servers out of the standalone inventory', () => {
  const r = readSurface([sampleManifest('kagent-agent.yaml'), sampleManifest('toolhive-mcpserver.yaml')]);
  assert.deepEqual(
    r.inventory.mcpServers.map((m) => `${m.ref.kind} ${m.ref.name}`),
    ['MCPServer github', 'MCPServer fetch'],
  );
  assert.ok(r.inventory.mcpServers.every((m) => m.ref.apiVersion?.startsWith('toolhive.stacklok.dev/')));
  assert.equal(r.agents.length, 3);
});

test('the threatcat.dev/autonomy-tier annotation declares the tier where manifests cannot show it', () => {
  const text = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: bot
  namespace: ns
  annotations:
    threatcat.dev/autonomy-tier: approval
spec: {template: {spec: {containers: [{name: c, image: i}]}}}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: typo
  namespace: ns
  annotations: {threatcat.dev/autonomy-tier: sometimes}
spec: {template: {spec: {containers: [{name: c, image: i}]}}}
`;
  const files = [readManifestText(text, 'bot.yaml')];
  const s = findAgentSurface(files, { kind: 'Deployment', name: 'bot', namespace: 'ns' })!;
  assert.deepEqual([s.autonomy.tier, s.autonomy.computedTier, s.autonomy.position.line], ['approval', 'autonomous', 7]);
  assert.deepEqual(
    readSurface(files).problems.map((p) => `${p.position.line}: ${p.message}`),
    [
      "15: Deployment typo: annotation threatcat.dev/autonomy-tier must be manual, approval or autonomous, not 'sometimes'",
    ],
  );
});
