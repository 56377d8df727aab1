import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildCatalog, isRemote, proposeFactors } from '../src/analyse/init-catalog.js';
import { readLibrary } from '../src/read/library.js';
import type { AgentSurface, DeclaredPermission, SurfaceMcpServer } from '../src/model/surface.js';

const at = { file: 'm.yaml', line: 1, column: 1 };

function surface(over: Partial<AgentSurface> = {}): AgentSurface {
  return {
    agent: { kind: 'Agent', name: 'a', namespace: 'ns', position: at },
    type: 'Declarative',
    workload: { kind: 'Deployment', name: 'a', namespace: 'ns' },
    serviceAccount: { kind: 'ServiceAccount', name: 'a', namespace: 'ns', position: at },
    identity: 'system:serviceaccount:ns:a',
    models: [],
    mcpServers: [],
    delegations: [],
    memory: [],
    autonomy: { tier: 'autonomous', approvalTools: [], position: at },
    permissions: [],
    ...over,
  };
}

function perm(verb: string, resource: string, namespace = 'ns', apiGroup = ''): DeclaredPermission {
  return {
    identity: 'system:serviceaccount:ns:a',
    apiGroup,
    resource,
    verb,
    namespace,
    wildcard: [verb, resource, apiGroup].includes('*'),
    binding: { kind: 'RoleBinding', name: 'b' },
    role: { kind: 'Role', name: 'r' },
    position: at,
  };
}

const server = (url: string): SurfaceMcpServer => ({ ref: { kind: 'RemoteMCPServer', name: 's' }, url, position: at });

test('remote MCP servers: public hosts are, cluster service names and private addresses are not', () => {
  for (const url of ['https://mcp.example.com/mcp', 'https://api.githubcopilot.com/mcp/', 'http://example.io/sse'])
    assert.equal(isRemote(server(url)), true, url);
  for (const url of [
    'http://kagent-tools.kagent:8084/mcp',
    'http://tools:8080/mcp',
    'http://tools.agents.svc.cluster.local/mcp',
    'http://10.0.0.5/mcp',
    'http://localhost:3000/mcp',
  ]) {
    assert.equal(isRemote(server(url)), false, url);
  }
  assert.equal(
    isRemote({ ref: { kind: 'MCPClientServer', name: 'fs' }, command: 'npx', position: at }),
    false,
    'stdio is local',
  );
});

test('a wildcard ClusterRole grant brings the wildcard, lateral-movement and agent-written-policy threats, and dynamic identity 1.0', () => {
  const s = surface({ permissions: [perm('*', '*', '*', '*')] });
  const ids = buildCatalog({ surface: s, templates: readLibrary(), manifests: ['m.yaml'] }).catalog.threats.map(
    (t) => t.id,
  );
  for (const t of [
    'a.L6-wildcard-grant',
    'a.L4-cluster-credential-lateral-movement',
    'a.L6-agent-written-security-policy',
    'a.L2-context-secret-exfiltration',
    'a.L6-impersonation',
  ]) {
    assert.ok(ids.includes(t), `${t} in ${ids.join(', ')}`);
  }
  const { factors, reasons } = proposeFactors(s, []);
  assert.equal(factors.dynamicIdentity, 1);
  assert.equal(factors.selfModification, 1);
  assert.equal(factors.contextualAwareness, 1);
  assert.match(reasons.dynamicIdentity, /RBAC write, bind, escalate or impersonate/);
});

test('namespaced read-only access: no cluster threats, factors at their low levels', () => {
  const s = surface({
    permissions: [perm('get', 'pods'), perm('list', 'pods')],
    autonomy: { tier: 'manual', approvalTools: [], position: at },
  });
  const ids = buildCatalog({ surface: s, templates: readLibrary(), manifests: ['m.yaml'] }).catalog.threats.map(
    (t) => t.id,
  );
  assert.ok(
    !ids.some((t) => /wildcard|lateral|agent-written|secret-exfiltration|self-modification/.test(t)),
    ids.join(', '),
  );
  assert.ok(ids.includes('a.L7-human-trust-manipulation'), 'a manual agent persuades its human');
  const { factors } = proposeFactors(s, []);
  assert.deepEqual(factors, {
    autonomyOfAction: 0,
    goalDrivenPlanning: 0,
    selfModification: 0,
    toolUse: 0,
    memoryUse: 0,
    contextualAwareness: 0.5,
    dynamicIdentity: 0,
    multiAgentInteractions: 0,
    nonDeterminism: 0.5,
    opacityAndReflexivity: 0.5,
  });
});

test('an allow-listed read-only tool set is partial tool use; approval names the gated tools', () => {
  const s = surface({
    mcpServers: [{ ...server('http://tools.ns:8080/mcp'), allowedTools: ['get_pods', 'get_logs'] }],
    autonomy: { tier: 'approval', approvalTools: ['tools/get_logs'], position: at },
  });
  const { factors, reasons } = proposeFactors(s, []);
  assert.equal(factors.toolUse, 0.5);
  assert.equal(factors.autonomyOfAction, 0.5);
  assert.match(reasons.autonomyOfAction, /tools\/get_logs/);
});

test('threat ids stay within 64 characters for long agent names', () => {
  const long = 'x'.repeat(63);
  const ids = buildCatalog({
    surface: surface({ agent: { kind: 'Agent', name: long, namespace: 'ns', position: at } }),
    templates: readLibrary(),
    manifests: ['m.yaml'],
  }).catalog.threats.map((t) => t.id);
  assert.ok(
    ids.every((id) => id.length <= 64 && /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/.test(id)),
    ids.find((id) => id.length > 64),
  );
  assert.equal(new Set(ids).size, ids.length, 'still unique');
});

test('init: an MCP client server whose tools run without approval says so in its component', () => {
  const trusted: SurfaceMcpServer = {
    ref: { kind: 'MCPClientServer', name: 'gh' },
    url: 'https://api.githubcopilot.com/mcp/',
    position: at,
    autoApproved: ['*'],
  };
  const some: SurfaceMcpServer = {
    ...trusted,
    ref: { kind: 'MCPClientServer', name: 'k8s' },
    autoApproved: ['list_pods'],
  };
  const plain: SurfaceMcpServer = { ...trusted, ref: { kind: 'MCPClientServer', name: 'fs' }, autoApproved: undefined };
  const { catalog } = buildCatalog({
    surface: surface({ mcpServers: [trusted, some, plain] }),
    templates: readLibrary(),
    manifests: ['m.yaml'],
  });
  const desc = (id: string) => catalog.components.find((c) => c.id === id)?.description ?? '';
  assert.match(desc('mcp-gh'), /every tool called without approval/);
  assert.match(desc('mcp-k8s'), /list_pods called without approval/);
  assert.doesNotMatch(desc('mcp-fs'), /approval/);
});

test('init: an MCP client server with a deny-list and no allow-list names the denied tools in its component', () => {
  const denied: SurfaceMcpServer = {
    ref: { kind: 'MCPClientServer', name: 'k8s' },
    command: 'npx',
    position: at,
    deniedTools: ['exec_in_pod', 'kubectl_delete'],
  };
  const { catalog } = buildCatalog({
    surface: surface({ mcpServers: [denied] }),
    templates: readLibrary(),
    manifests: ['m.yaml'],
  });
  const c = catalog.components.find((x) => x.id === 'mcp-k8s');
  assert.match(c?.description ?? '', /every tool the server offers but exec_in_pod, kubectl_delete/);
  assert.deepEqual(c?.blastSurface, [
    'every tool the server exposes (no allow-list; denied: exec_in_pod, kubectl_delete)',
  ]);
});
