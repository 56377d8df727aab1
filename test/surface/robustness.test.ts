import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSurface, findAgentSurface } from '../../src/read/manifests/surface.js';
import { readManifestText } from '../../src/read/manifests/manifest-file.js';

/** Every known kind with fields of the wrong shape: read without throwing, each problem once, at a real line. */
const BAD = `apiVersion: kagent.dev/v1alpha2
kind: Agent
metadata: {name: a1, namespace: ns}
spec: 5
---
apiVersion: kagent.dev/v1alpha2
kind: Agent
metadata: {name: a2, namespace: ns}
spec:
  declarative:
    modelConfig: {name: x}
    tools:
      - null
      - type: McpServer
        mcpServer: {kind: RemoteMCPServer, name: r, toolNames: oops}
      - type: Agent
        agent: "not-a-map"
---
apiVersion: kagent.dev/v1alpha2
kind: RemoteMCPServer
metadata: {name: r, namespace: ns}
spec: {url: [1, 2]}
status: {discoveredTools: [{description: no name}]}
---
apiVersion: kagent.dev/v1alpha1
kind: Agent
metadata: {name: a3, namespace: ns}
spec:
  tools: [{type: McpServer, mcpServer: {toolServer: 7}}, {type: Agent, agent: {ref: "x/y/z"}}]
  memory: {a: 1}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: {name: b}
roleRef: {kind: Role, name: r}
subjects: {kind: User}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: {name: agg}
aggregationRule: {clusterRoleSelectors: [null, {matchExpressions: [{key: k, operator: Bogus}]}]}
rules: "all"
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: d, namespace: ns}
spec: {template: {spec: {containers: {name: c}}}}
---
apiVersion: toolhive.stacklok.dev/v1beta1
kind: MCPServer
metadata: {name: t, namespace: ns}
spec: {image: img, toolConfigRef: {name: cfg}, args: "a b"}
---
apiVersion: toolhive.stacklok.dev/v1beta1
kind: MCPToolConfig
metadata: {name: cfg, namespace: ns}
spec: {toolsFilter: {a: 1}, toolsOverride: [1]}
---
apiVersion: serving.kserve.io/v1beta1
kind: InferenceService
metadata: {name: i, namespace: ns}
spec: {predictor: {model: {storageUri: {a: 1}}}}
---
apiVersion: agentgateway.dev/v1alpha1
kind: AgentgatewayBackend
metadata: {name: g, namespace: ns}
spec: {mcp: {targets: [{static: {host: h}}]}}
`;

test('malformed known kinds never throw; each problem is reported once with its line', () => {
  const m = readManifestText(BAD, 'bad.yaml');
  assert.deepEqual(m.problems, []);
  const r = readSurface([m]);
  const lines = BAD.split('\n');
  const seen = new Set<string>();
  for (const p of r.problems) {
    const key = `${p.position.line}:${p.message}`;
    assert.ok(!seen.has(key), `reported twice: ${key}`);
    seen.add(key);
    assert.equal(p.position.file, 'bad.yaml');
    assert.ok(p.position.line >= 1 && p.position.line <= lines.length, key);
  }
  const messages = r.problems.map((p) => `${p.position.line}: ${p.message}`);
  for (const expected of [
    '11: Agent a2: spec.declarative.modelConfig must be a string',
    '13: Agent a2: tools[0] must be a mapping with type McpServer or Agent',
    '15: Agent a2: spec.declarative.tools[1].mcpServer.toolNames must be a list',
    '4: Agent a1: a Declarative agent needs spec.declarative',
    '17: Agent a2: spec.declarative.tools[2].agent must be a mapping',
    '22: RemoteMCPServer r: spec.url must be a string',
    '23: RemoteMCPServer r: status.discoveredTools[0] has no name',
    '36: ClusterRoleBinding b: subjects must be a list',
    '42: ClusterRole agg: rules must be a list',
    '47: Deployment d: spec.template.spec.containers must be a list',
    '52: MCPServer t: spec.args must be a list',
    '57: MCPToolConfig cfg: spec.toolsFilter must be a list',
    '57: MCPToolConfig cfg: spec.toolsOverride must be a mapping',
    '62: InferenceService i: spec.predictor.model.storageUri must be a string',
    '67: AgentgatewayBackend g: spec.mcp.targets[0].name is required',
  ])
    assert.ok(messages.includes(expected), `missing '${expected}' in\n${messages.join('\n')}`);
  assert.equal(r.problems.length, 16, messages.join('\n'));
  assert.equal(r.agents.length, 3);
  assert.ok(findAgentSurface([m], { kind: 'Deployment', name: 'd', namespace: 'ns' }));
});

const BAD_MODELS = `apiVersion: serving.kserve.io/v1beta1
kind: InferenceService
metadata: {name: k1, namespace: ns}
spec:
  predictor: {containers: {image: x}, storageUris: "s3://a"}
  canary: {predictor: {}}
  transformer: {containers: [7]}
---
apiVersion: serving.kserve.io/v1alpha2
kind: LLMInferenceService
metadata: {name: k2}
spec:
  model: {uri: hf://a/b, lora: {adapters: {name: x}}}
  template: {containers: "main"}
  baseRefs: [{name: [1]}]
---
apiVersion: serving.kubeflow.org/v1alpha2
kind: InferenceService
metadata: {name: k3}
spec: {default: {predictor: {custom: {container: [1]}}}, canary: 3}
---
apiVersion: kaito.sh/v1beta1
kind: InferenceSet
metadata: {name: s1}
spec: {template: {inference: {preset: {name: [x]}, adapters: 5}}}
---
apiVersion: kaito.sh/v1beta1
kind: RAGEngine
metadata: {name: r1}
spec: {embedding: "local", inferenceService: {url: {a: 1}}}
---
apiVersion: kaito.sh/v1beta1
kind: Workspace
metadata: {name: w1}
tuning: {preset: {name: p}, input: {urls: "u"}, output: 3}
---
apiVersion: kaito.sh/v1alpha1
kind: MultiRoleInference
metadata: {name: m1}
spec: {model: "phi"}
`;

test('malformed KServe, KAITO and MCP client objects never throw; problems are reported once, at real lines', () => {
  const m = readManifestText(BAD_MODELS, 'models.yaml');
  const json = readManifestText(
    '{\n  "inputs": {"id": 1},\n  "servers": {\n    "a": {"command": "npx", "args": "x", "env": ["A=1"], "headers": {"X": {"v": 1}}},\n    "b": {"url": 5}\n  }\n}\n',
    '.vscode/mcp.json',
  );
  assert.deepEqual([m.problems, json.problems], [[], []]);
  const r = readSurface([m, json]);
  const seen = new Set<string>();
  for (const p of r.problems) {
    const key = `${p.position.file}:${p.position.line}:${p.message}`;
    assert.ok(!seen.has(key), `reported twice: ${key}`);
    seen.add(key);
    assert.ok(p.position.line >= 1, key);
  }
  const messages = r.problems.map((p) => `${p.position.file}:${p.position.line}: ${p.message}`);
  for (const expected of [
    'models.yaml:5: InferenceService k1: spec.predictor.containers must be a list',
    'models.yaml:6: InferenceService k1: spec.canary must be a list',
    'models.yaml:13: LLMInferenceService k2: spec.model.lora.adapters must be a list',
    'models.yaml:20: InferenceService k3: spec.canary must be a mapping',
    'models.yaml:30: RAGEngine r1: spec.embedding must be a mapping',
    'models.yaml:40: MultiRoleInference m1: spec.model.name is required',
    '.vscode/mcp.json:4: MCPClientConfig mcp.json: servers.a.args must be a list',
  ])
    assert.ok(messages.includes(expected), `missing '${expected}' in\n${messages.join('\n')}`);
  assert.ok(!messages.some((x) => x.includes('spec.embedding is required')), 'one problem for one bad field');
});

/** The MCP servers of a Kiro CLI agent file holding `agent`. */
function kiroServers(agent: Record<string, unknown>) {
  const files = [readManifestText(JSON.stringify(agent), '.kiro/agents/ops.json')];
  return readSurface(files).inventory.mcpServers;
}

test('an allowedTools wildcard of many stars against a long server name is matched in linear time', () => {
  const name = 'a'.repeat(40);
  const agent = {
    mcpServers: { [name]: { command: 'npx', args: ['x'] } },
    // As a regular expression, `a.*a.*…b` backtracks: ten stars here took 12 s, fourteen more than a minute.
    allowedTools: [`@${'a*'.repeat(10)}b`, `@${'a*'.repeat(10)}a/read`],
  };
  const started = performance.now();
  const servers = kiroServers(agent);
  const ms = performance.now() - started;
  assert.deepEqual(servers[0].autoApproved, ['read'], 'the second wildcard matches, the first does not');
  assert.ok(ms < 1000, `took ${Math.round(ms)} ms`);
});

test('a client config of 10,000 servers and 20,000 approvals is read in linear time', () => {
  const n = 10_000;
  const agent = {
    mcpServers: Object.fromEntries(Array.from({ length: n }, (_, i) => [`s${i}`, { url: `https://mcp.example/${i}` }])),
    allowedTools: [
      ...Array.from({ length: n }, (_, i) => `@s${i}/read`),
      ...Array.from({ length: n }, (_, i) => `@s0/t${i}`),
      // Names, not keys of an object's prototype.
      '@s1/toString',
      '@s1/__proto__',
    ],
  };
  // CPU time, not wall time: a loaded machine (a CI runner, parallel suites) stretches the one, not the other.
  const started = process.cpuUsage();
  const servers = kiroServers(agent);
  const { user, system } = process.cpuUsage(started);
  const ms = (user + system) / 1000;
  assert.equal(servers.length, n);
  assert.deepEqual(servers[1].autoApproved, ['__proto__', 'read', 'toString']);
  assert.equal(servers[0].autoApproved?.length, n + 1);
  // Before: each server searched every item (and each approval the list so far), more than two minutes of CPU;
  // linear, about 3 s on a 2-core CI machine.
  assert.ok(ms < 30_000, `took ${Math.round(ms)} ms of CPU`);
});
