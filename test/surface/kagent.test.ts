import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findAgentSurface, readAgentSurfaces, readSurface } from '../../src/read/manifests/surface.js';
import { readManifestText } from '../../src/read/manifests/manifest-file.js';
import { toolHash } from '../../src/model/tool-hash.js';
import { EXAMPLE } from '../helpers/fixtures.js';
import { lineIn, sampleManifest, sampleText } from '../helpers/samples.js';

const KAGENT = 'kagent-agent.yaml';

test('Agent v1alpha2 Declarative: model, MCP servers with toolNames/requireApproval, delegation, SA, memory', () => {
  const text = sampleText(KAGENT);
  const agents = readAgentSurfaces([sampleManifest(KAGENT), sampleManifest('rbac.yaml')]);
  assert.deepEqual(
    agents.map((a) => `${a.agent.apiVersion} ${a.agent.name} ${a.type}`),
    [
      'kagent.dev/v1alpha2 k8s-agent Declarative',
      'kagent.dev/v1alpha2 custom-byo-agent BYO',
      'kagent.dev/v1alpha1 legacy-agent Declarative',
    ],
  );
  const a = agents[0];
  assert.equal(a.agent.position.line, lineIn(text, 'name: k8s-agent') - 3, 'the Agent document starts at apiVersion');
  assert.deepEqual(a.workload, { kind: 'Deployment', name: 'k8s-agent', namespace: 'agents' });
  assert.equal(a.identity, 'system:serviceaccount:agents:k8s-agent-sa');
  assert.equal(a.serviceAccount?.position.line, lineIn(text, 'serviceAccountName: k8s-agent-sa'));
  assert.equal(a.serviceAccount?.definedAt?.file, 'samples/rbac.yaml');
  assert.equal(a.serviceAccount?.cloudIdentity, 'arn:aws:iam::111122223333:role/k8s-agent-irsa');

  const [chat, embed] = a.models;
  assert.equal(chat.use, 'agent');
  assert.equal(chat.model, 'gpt-4o-2024-08-06');
  assert.equal(chat.provider, 'OpenAI');
  assert.equal(chat.position.line, lineIn(text, 'modelConfig: gpt-4o-prod'));
  assert.equal(chat.at?.model.line, lineIn(text, 'model: gpt-4o-2024-08-06'));
  assert.equal(embed.use, 'memory');
  assert.equal(embed.ref.name, 'embeddings-small');
  assert.equal(embed.model, undefined, 'the embeddings ModelConfig is not in the manifests');
  assert.deepEqual(
    a.memory.map((m) => `${m.engine} ${m.position.line}`),
    [`kagent ${lineIn(text, 'memory:', 'a2aConfig')}`],
  );

  const [tools, github] = a.mcpServers;
  assert.deepEqual(tools.ref, { kind: 'RemoteMCPServer', name: 'kagent-tool-server', namespace: 'kagent' });
  assert.equal(tools.url, undefined, 'kagent-tool-server lives outside these manifests');
  assert.equal(tools.position.line, lineIn(text, 'name: kagent-tool-server'));
  assert.deepEqual(tools.requireApproval, ['k8s_patch_resource', 'k8s_delete_resource']);
  assert.equal(tools.allowedTools?.length, 5);
  assert.equal(tools.at?.requireApproval.line, lineIn(text, 'requireApproval:'));
  assert.equal(github.url, 'https://api.githubcopilot.com/mcp/');
  assert.equal(github.transport, 'STREAMABLE_HTTP');
  assert.equal(github.definedAt?.line, lineIn(text, 'name: github-mcp') - 3);
  assert.deepEqual(github.allowedTools, ['list_issues']);
  assert.deepEqual(
    github.tools?.map((t) => [t.name, t.description, t.position?.line]),
    [
      ['list_issues', 'List issues in a repository', lineIn(text, '- name: list_issues')],
      ['create_pull_request', 'Open a pull request', lineIn(text, '- name: create_pull_request')],
    ],
  );
  assert.equal(github.tools?.[0].sha256, toolHash({ name: 'list_issues', description: 'List issues in a repository' }));

  assert.deepEqual(
    a.delegations.map((d) => [d.ref.name, d.ref.namespace, d.position.line]),
    [['promql-agent', 'agents', lineIn(text, 'name: promql-agent')]],
  );
  assert.equal(a.autonomy.tier, 'approval');
  assert.deepEqual(a.autonomy.approvalTools, [
    'kagent-tool-server/k8s_delete_resource',
    'kagent-tool-server/k8s_patch_resource',
  ]);
  assert.ok(a.permissions.length > 0, 'permissions come from rbac.yaml');
  assert.ok(a.permissions.every((p) => p.identity === a.identity));
});

test('Agent BYO: SA named after the agent, its image as the model version, autonomous', () => {
  const text = sampleText(KAGENT);
  const [, byo] = readAgentSurfaces([sampleManifest(KAGENT)]);
  assert.equal(byo.identity, 'system:serviceaccount:agents:custom-byo-agent');
  assert.equal(
    byo.serviceAccount?.cloudIdentity,
    'arn:aws:iam::111122223333:role/custom-agent',
    'from serviceAccountConfig',
  );
  assert.equal(byo.serviceAccount?.definedAt, undefined, 'kagent creates it');
  // kagent cannot see the model inside the image: the image (and its command line) is what runs the agent, and a
  // literal MODEL_NAME the model it names.
  assert.deepEqual(
    byo.models.map((m) => [
      m.ref.kind,
      m.ref.name,
      m.use,
      m.provider,
      m.model,
      m.runtime,
      m.revision,
      m.at?.runtime.line,
    ]),
    [
      [
        'Agent',
        'custom-byo-agent',
        'agent',
        'BYO',
        'claude-sonnet-4-5',
        'ghcr.io/example/custom-agent:1.4.2',
        '--port 8080',
        lineIn(text, 'image: ghcr.io/example/custom-agent:1.4.2'),
      ],
    ],
  );
  assert.equal(byo.models[0].credentials, undefined, 'no secret env');
  assert.equal(byo.autonomy.tier, 'autonomous');
});

test('Agent v1alpha1: modelConfig, ToolServer by name, agent ref "<ns>/<name>"', () => {
  const text = sampleText(KAGENT);
  const legacy = readAgentSurfaces([sampleManifest(KAGENT)])[2];
  assert.equal(legacy.models[0].model, 'gpt-4o-2024-08-06');
  const [ts] = legacy.mcpServers;
  assert.equal(ts.ref.kind, 'ToolServer');
  assert.equal(ts.command, 'npx');
  assert.deepEqual(ts.args, ['-y', '@modelcontextprotocol/server-everything']);
  assert.equal(ts.transport, 'stdio');
  assert.deepEqual(ts.allowedTools, ['echo']);
  assert.equal(ts.position.line, lineIn(text, 'toolServer: legacy-tools'));
  assert.deepEqual(
    legacy.delegations.map((d) => `${d.ref.namespace}/${d.ref.name}`),
    ['agents/k8s-agent'],
  );
  assert.equal(legacy.identity, 'system:serviceaccount:agents:legacy-agent');
});

test('kmcp MCPServer and annotated Service references resolve to URLs', () => {
  const m = readManifestText(
    `apiVersion: kagent.dev/v1alpha2
kind: Agent
metadata: {name: a, namespace: ns}
spec:
  declarative:
    modelConfig: m
    tools:
      - type: McpServer
        mcpServer: {apiGroup: kagent.dev, kind: MCPServer, name: fetch-server, namespace: agents}
      - type: McpServer
        mcpServer: {apiGroup: "", kind: Service, name: svc-mcp, toolNames: [t1]}
---
apiVersion: v1
kind: Service
metadata:
  name: svc-mcp
  namespace: ns
  labels: {kagent.dev/mcp-service: "true"}
  annotations: {kagent.dev/mcp-service-path: /mcp, kagent.dev/mcp-service-protocol: streamable-http}
spec:
  ports:
    - {name: http, port: 80}
    - {name: mcp, port: 8080, appProtocol: mcp}
`,
    'agent.yaml',
  );
  const kmcp = sampleManifest(KAGENT);
  const [a] = readAgentSurfaces([m, kmcp]).filter((x) => x.agent.name === 'a');
  const [fetch, svc] = a.mcpServers;
  assert.equal(fetch.url, 'http://fetch-server.agents:3000/mcp');
  assert.equal(fetch.image, 'ghcr.io/example/mcp-fetch:0.6.2');
  assert.equal(fetch.identity, 'system:serviceaccount:agents:fetch-server');
  assert.equal(svc.url, 'http://svc-mcp.ns:8080/mcp');
  assert.equal(svc.transport, 'streamable-http');
  assert.equal(a.autonomy.tier, 'autonomous');
});

test('malformed known kinds become problems with file:line; unknown kinds are skipped', () => {
  const m = readManifestText(
    `apiVersion: kagent.dev/v1alpha2
kind: Agent
metadata: {name: broken, namespace: ns}
spec:
  declarative:
    modelConfig: m
    tools:
      type: McpServer
---
apiVersion: kagent.dev/v1alpha2
kind: Agent
metadata: {name: broken2, namespace: ns}
spec:
  declarative:
    tools:
      - type: McpServer
        mcpServer: {kind: RemoteMCPServer, name: r, toolNames: [a], requireApproval: [b]}
      - type: Robot
---
apiVersion: example.com/v1
kind: Gizmo
metadata: {name: g}
spec: {tools: 3}
`,
    'bad.yaml',
  );
  const r = readSurface([m]);
  assert.deepEqual(
    r.problems.map((p) => `${p.position.file}:${p.position.line}: ${p.message}`),
    [
      'bad.yaml:7: Agent broken: spec.declarative.tools must be a list',
      "bad.yaml:17: Agent broken2: requireApproval tool 'b' is not in toolNames of RemoteMCPServer r",
      "bad.yaml:18: Agent broken2: tools[1].type must be McpServer or Agent, not 'Robot'",
    ],
  );
  assert.equal(r.agents.length, 2);
  assert.equal(r.agents[1].models[0].implicit, true, 'no modelConfig: the default-model-config is implied');
});

test('the k8s-ops example: one agent, its model, tool server with pinned tools, delegation and permissions', () => {
  const dir = join(EXAMPLE, 'manifests');
  const files = ['agent.yaml', 'model.yaml', 'rbac.yaml', 'tools.yaml'].map((f) =>
    readManifestText(readFileSync(join(dir, f), 'utf8'), `manifests/${f}`),
  );
  const s = findAgentSurface(files, { kind: 'Agent', name: 'k8s-ops', namespace: 'agents' })!;
  assert.ok(s);
  assert.equal(s.models[0].model, 'claude-sonnet-4-5-20250929');
  assert.equal(s.mcpServers[0].tools?.length, 6);
  assert.ok(s.mcpServers[0].tools?.every((t) => /^[0-9a-f]{64}$/.test(t.sha256 ?? '')));
  assert.deepEqual(
    s.delegations.map((d) => d.ref.name),
    ['gitops-agent'],
  );
  assert.equal(s.permissions.length, 33);
  assert.ok(s.permissions.every((p) => p.namespace === '*'));
  assert.equal(
    findAgentSurface(files, { kind: 'Deployment', name: 'k8s-ops', namespace: 'agents' })?.agent.name,
    'k8s-ops',
  );
  assert.equal(findAgentSurface(files, { kind: 'Agent', name: 'nope', namespace: 'agents' }), undefined);
});

test('Agent v1alpha3 is read like v1alpha2, without enforcing v1alpha2-only requirements', () => {
  const m = readManifestText(
    `apiVersion: kagent.dev/v1alpha3
kind: Agent
metadata: {name: next, namespace: ns}
spec:
  declarative:
    modelConfig: mc
    tools:
      - type: McpServer
        mcpServer: {kind: RemoteMCPServer, name: r, toolNames: [a], requireApproval: [a]}
---
apiVersion: kagent.dev/v1alpha3
kind: Agent
metadata: {name: reshaped, namespace: ns}
spec:
  somethingNew: {}
`,
    'v3.yaml',
  );
  const r = readSurface([m]);
  assert.deepEqual(r.problems, []);
  assert.equal(r.agents[0].models[0].ref.name, 'mc');
  assert.equal(r.agents[0].autonomy.tier, 'manual', 'its only tool waits for approval');
  assert.equal(r.agents[1].agent.name, 'reshaped');
});
