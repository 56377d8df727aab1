// agentgateway run standalone reads its config from a file that Kubernetes deployments mount from a ConfigMap
// (`config.yaml: |`). Its MCP targets and models are the agent's reach wherever the config is written: a target
// added inside the ConfigMap is the same event as in a config.yaml in the repository, at the ConfigMap's line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findAgentSurface } from '../../src/read/manifests/surface.js';
import { readManifestText } from '../../src/read/manifests/manifest-file.js';
import { diffSurfaces } from '../../src/analyse/surface-diff.js';
import { lineIn } from '../helpers/samples.js';

const AGENT = `apiVersion: apps/v1
kind: Deployment
metadata: {name: agent, namespace: agents}
spec: {template: {spec: {serviceAccountName: agent, containers: [{name: a, image: agent:1}]}}}
`;

const CONFIGMAP = `apiVersion: v1
kind: ConfigMap
metadata: {name: agentgateway-config, namespace: agents}
data:
  config.yaml: |
    mcp:
      targets:
        - name: github
          mcp:
            host: https://api.githubcopilot.com/mcp/
    llm:
      models:
        - name: default
          provider: openAI
          params:
            model: gpt-4.1
            apiKey: $OPENAI_API_KEY
  other.yaml: |
    logLevel: info
`;

const KEY = { kind: 'Deployment', name: 'agent', namespace: 'agents' };
const surface = (cm: string) =>
  findAgentSurface([readManifestText(AGENT, 'a/agent.yaml'), readManifestText(cm, 'a/gateway.yaml')], KEY)!;

test("an agentgateway config.yaml in a ConfigMap: its MCP targets and models join the agent's surface at the ConfigMap's lines", () => {
  const s = surface(CONFIGMAP);
  const github = s.mcpServers.find((m) => m.target === 'github');
  assert.ok(github, `servers: ${JSON.stringify(s.mcpServers.map((m) => [m.ref, m.target]))}`);
  assert.equal(github.url, 'https://api.githubcopilot.com/mcp/');
  assert.equal(github.ref.name, 'agentgateway-config/config.yaml');
  assert.equal(github.position.line, lineIn(CONFIGMAP, '- name: github'));
  const model = s.models.find((m) => m.model === 'gpt-4.1');
  assert.ok(model, `models: ${JSON.stringify(s.models.map((m) => m.model))}`);
  // A key that holds other YAML is not a gateway config.
  assert.equal(s.mcpServers.filter((m) => m.ref.name.includes('other.yaml')).length, 0);
});

test('a target added inside the ConfigMap is mcp-connection-added at its line', () => {
  const head = CONFIGMAP.replace(
    '    llm:\n',
    '        - name: shell\n          stdio:\n            cmd: bash\n    llm:\n',
  );
  const events = diffSurfaces(surface(CONFIGMAP), surface(head));
  assert.deepEqual(
    events.map((e) => [e.type, e.direction, e.line]),
    [['mcp-connection-added', 'widened', lineIn(head, '- name: shell')]],
  );
});
