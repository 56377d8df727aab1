// A reference search asks for names (a tool server's Service "tools") and gets every file that mentions the word
// and declares a followed kind. Another agent's RemoteMCPServer whose description says "tools" mentions it, but a
// RemoteMCPServer is found by its own name only: it must not join this agent's reach — and in a repository of
// agents, each agent pulling in every other agent's tool servers made diff quadratic (8.6 s on 5,000 files).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readWorkspace } from '../../src/read/workspace.js';
import { readConfig } from '../../src/read/config.js';
import { gitRepo } from '../helpers/fixtures.js';

function agentFiles(n: string): Record<string, string> {
  return {
    [`agents/${n}/agent.yaml`]: `apiVersion: kagent.dev/v1alpha2
kind: Agent
metadata: {name: ${n}, namespace: team}
spec:
  type: Declarative
  declarative:
    modelConfig: ${n}-model
    systemMessage: hi
    tools:
      - type: McpServer
        mcpServer: {apiGroup: kagent.dev, kind: RemoteMCPServer, name: ${n}-tools, toolNames: [get]}
`,
    [`agents/${n}/tools.yaml`]: `apiVersion: kagent.dev/v1alpha2
kind: RemoteMCPServer
metadata: {name: ${n}-tools, namespace: team}
spec:
  description: tools
  url: http://tools.team:8084/mcp
`,
    [`agents/${n}/${n}.threats.yaml`]: `apiVersion: threatcat.dev/v1alpha1
kind: ThreatCatalog
metadata: {name: ${n}, owners: {security: ["@s"], platform: ["@p"]}}
agent:
  name: ${n}
  workload: {kind: Agent, name: ${n}, namespace: team}
  manifests: ["*.yaml"]
  autonomyTier: approval
  aivss: {version: "0.5", factors: {autonomyOfAction: 0, goalDrivenPlanning: 0, selfModification: 0, toolUse: 0, memoryUse: 0, contextualAwareness: 0, dynamicIdentity: 0, multiAgentInteractions: 0, nonDeterminism: 0, opacityAndReflexivity: 0}}
components: []
threats: []
`,
  };
}

test("another agent's tool server that only mentions a searched word is not part of this agent's reach", () => {
  const repo = gitRepo({ ...agentFiles('a'), ...agentFiles('b'), ...agentFiles('c') });
  const ws = readWorkspace(repo, readConfig(repo), []);
  for (const c of ws.catalogs) {
    const own = c.loaded.file.split('/')[1];
    const files = c.manifests.map((m) => m.file).sort();
    assert.deepEqual(files, [`agents/${own}/agent.yaml`, `agents/${own}/tools.yaml`], own);
  }
});

function egressPolicy(name: string, namespace: string | undefined, selector: string): string {
  return `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: ${name}${namespace ? `, namespace: ${namespace}` : ''}}
spec:
  podSelector: ${selector}
  policyTypes: [Egress]
`;
}

test("the NetworkPolicies kept elsewhere that select the agent's pods join its reach; other agents' policies, another namespace's and one without a namespace do not", () => {
  const repo = gitRepo({
    ...agentFiles('a'),
    ...agentFiles('b'),
    'agents/a/netpol.yaml': egressPolicy('a-egress', 'team', '{matchLabels: {kagent: a}}'),
    'agents/b/netpol.yaml': egressPolicy('b-egress', 'team', '{matchLabels: {kagent: b}}'),
    'platform/team/default-deny.yaml': egressPolicy('default-deny', 'team', '{}'),
    'platform/other/default-deny.yaml': egressPolicy('default-deny', 'other', '{}'),
    'platform/base/default-deny.yaml': egressPolicy('default-deny', undefined, '{}'),
  });
  const ws = readWorkspace(repo, readConfig(repo), []);
  for (const c of ws.catalogs) {
    const own = c.loaded.file.split('/')[1];
    const files = c.manifests.map((m) => m.file).sort();
    assert.deepEqual(
      files,
      [
        `agents/${own}/agent.yaml`,
        `agents/${own}/netpol.yaml`,
        `agents/${own}/tools.yaml`,
        'platform/team/default-deny.yaml',
      ],
      own,
    );
  }
});
