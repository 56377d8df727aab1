import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AgentSurface, DeclaredPermission, SurfaceMcpServer } from '../../src/model/surface.js';
import type { ThreatCatalog } from '../../src/model/catalog.js';
import { diffSurfaces } from '../../src/analyse/surface-diff.js';
import { planReopen } from '../../src/analyse/reopen-plan.js';
import { rulesIntersect } from '../../src/analyse/reopen-table.js';

const STAMP = { ref: 'HEAD', at: '2026-11-01T00:00:00Z' };

const at = (file: string, line: number) => ({ file, line, column: 1 });

function server(over: Partial<SurfaceMcpServer> = {}): SurfaceMcpServer {
  return {
    ref: { kind: 'RemoteMCPServer', name: 'tools', namespace: 'a' },
    position: at('agent.yaml', 10),
    url: 'http://tools:8084/mcp',
    transport: 'STREAMABLE_HTTP',
    allowedTools: ['get', 'delete'],
    requireApproval: ['delete'],
    tools: [
      { name: 'get', sha256: '1'.repeat(64), position: at('tools.yaml', 12) },
      { name: 'delete', sha256: '2'.repeat(64), position: at('tools.yaml', 14) },
    ],
    at: { url: at('tools.yaml', 7), toolNames: at('agent.yaml', 12), requireApproval: at('agent.yaml', 15) },
    ...over,
  };
}

function perm(
  verb: string,
  resource: string,
  line: number,
  extra: Partial<DeclaredPermission> = {},
): DeclaredPermission {
  return {
    identity: 'system:serviceaccount:a:sa',
    apiGroup: '',
    resource,
    verb,
    namespace: '*',
    wildcard: false,
    binding: { kind: 'ClusterRoleBinding', name: 'b' },
    role: { kind: 'ClusterRole', name: 'r' },
    position: at('rbac.yaml', line),
    ...extra,
  };
}

function surface(over: Partial<AgentSurface> = {}): AgentSurface {
  return {
    agent: { kind: 'Agent', name: 'ops', namespace: 'a', position: at('agent.yaml', 1) },
    type: 'Declarative',
    workload: { kind: 'Deployment', name: 'ops', namespace: 'a' },
    serviceAccount: { kind: 'ServiceAccount', name: 'sa', namespace: 'a', position: at('agent.yaml', 20) },
    identity: 'system:serviceaccount:a:sa',
    models: [
      {
        ref: { kind: 'ModelConfig', name: 'm', namespace: 'a' },
        use: 'agent',
        position: at('agent.yaml', 5),
        provider: 'OpenAI',
        model: 'gpt-4o',
        at: { model: at('model.yaml', 8) },
      },
    ],
    mcpServers: [server()],
    delegations: [{ ref: { kind: 'Agent', name: 'helper', namespace: 'a' }, position: at('agent.yaml', 18) }],
    memory: [],
    autonomy: { tier: 'approval', approvalTools: ['tools/delete'], position: at('agent.yaml', 15) },
    permissions: [perm('get', 'secrets', 30), perm('list', 'pods', 33)],
    ...over,
  };
}

test('identical facts in another order are no change (normalised comparison, never text)', () => {
  const base = surface();
  const head = surface({
    mcpServers: [
      server({
        allowedTools: ['delete', 'get'],
        tools: [...server().tools!].reverse(),
        position: at('agent.yaml', 40),
      }),
    ],
    permissions: [
      perm('list', 'pods', 50, { binding: { kind: 'ClusterRoleBinding', name: 'renamed' } }),
      perm('get', 'secrets', 52),
    ],
  });
  assert.deepEqual(diffSurfaces(base, head), []);
});

test('each kind of change becomes its typed event at the node that changed', () => {
  const base = surface();
  const head = surface({
    models: [{ ...base.models[0], model: 'gpt-4.1' }],
    mcpServers: [
      server({
        allowedTools: ['get', 'delete', 'exec'],
        requireApproval: [],
        tools: [server().tools![0], { ...server().tools![1], sha256: '3'.repeat(64) }],
      }),
      { ...server(), ref: { kind: 'MCPServer', name: 'search', namespace: 'a' }, position: at('agent.yaml', 25) },
    ],
    delegations: [],
    autonomy: { tier: 'autonomous', approvalTools: [], position: at('agent.yaml', 9) },
    permissions: [perm('get', 'secrets', 30), perm('list', 'pods', 33), perm('create', 'pods/exec', 36)],
  });
  const events = diffSurfaces(base, head).map((e) => `${e.type} ${e.file}:${e.line} ${e.subject}`);
  assert.deepEqual(events.sort(), [
    'autonomy-tier-changed agent.yaml:15 RemoteMCPServer a/tools: tools that wait for approval',
    'autonomy-tier-changed agent.yaml:9 autonomy tier',
    'mcp-connection-added agent.yaml:25 MCPServer a/search',
    'model-version-updated model.yaml:8 ModelConfig a/m',
    'permissions-changed rbac.yaml:36 system:serviceaccount:a:sa: 1 permission added',
    'tool-surface-modified agent.yaml:12 RemoteMCPServer a/tools: allowed tools',
    'tool-surface-modified agent.yaml:18 delegation to Agent a/helper',
    'tool-surface-modified tools.yaml:14 RemoteMCPServer a/tools: tool delete description or schema',
  ]);
});

test('a tool hash is compared with the catalog pin when base shows none', () => {
  const base = surface({ mcpServers: [server({ tools: undefined })] });
  const head = surface();
  const pinned = (_: unknown, tool: string) => (tool === 'get' ? '9'.repeat(64) : undefined);
  const events = diffSurfaces(base, head, { pinnedHash: pinned });
  assert.deepEqual(
    events.map((e) => [e.type, e.line, (e.before as { sha256: string }).sha256]),
    [['tool-surface-modified', 12, '9'.repeat(64)]],
  );
  assert.deepEqual(diffSurfaces(base, head), [], 'no pin, no base hash: nothing to compare with');
});

test('an agent pointing at another model object is one update from the old model to the new', () => {
  const base = surface();
  const head = surface({
    models: [
      {
        ref: { kind: 'ModelConfig', name: 'm2', namespace: 'a' },
        use: 'agent',
        position: at('agent.yaml', 5),
        provider: 'OpenAI',
        model: 'gpt-5',
      },
    ],
  });
  const [e, ...rest] = diffSurfaces(base, head);
  assert.equal(rest.length, 0);
  assert.equal(e.type, 'model-version-updated');
  assert.deepEqual(
    [e.before, e.after],
    [
      { provider: 'OpenAI', model: 'gpt-4o' },
      { provider: 'OpenAI', model: 'gpt-5' },
    ],
  );
});

const CATALOG: ThreatCatalog = {
  apiVersion: 'threatcat.dev/v1alpha1',
  kind: 'ThreatCatalog',
  metadata: { name: 'ops', owners: { security: ['@s'], platform: ['@p'] } },
  agent: {
    name: 'ops',
    workload: { kind: 'Agent', name: 'ops', namespace: 'a' },
    manifests: ['*.yaml'],
    autonomyTier: 'approval',
    aivss: {
      version: '0.5',
      factors: {
        autonomyOfAction: 0,
        goalDrivenPlanning: 0,
        selfModification: 0,
        toolUse: 0,
        memoryUse: 0,
        contextualAwareness: 0,
        dynamicIdentity: 0,
        multiAgentInteractions: 0,
        nonDeterminism: 0,
        opacityAndReflexivity: 0,
      },
    },
  },
  components: [
    {
      id: 'llm',
      category: 'inference',
      trustSource: { kind: 'ModelConfig', name: 'm' },
      telemetry: ['sdk-callback'],
      blastSurface: [],
    },
    {
      id: 'tools',
      category: 'mcp-tool',
      trustSource: { kind: 'RemoteMCPServer', name: 'tools' },
      telemetry: ['mcp-log'],
      blastSurface: [],
    },
    {
      id: 'sa',
      category: 'identity',
      trustSource: { kind: 'ServiceAccount', name: 'sa', namespace: 'a' },
      telemetry: ['kube-audit'],
      blastSurface: [],
    },
  ],
  threats: [
    {
      id: 'T-MODEL',
      title: 't',
      class: 'compromise',
      layer: 'L1',
      components: ['llm'],
      status: 'closed',
      evidence: [{ source: 'sdk-callback', signal: { description: 'd' } }],
    },
    {
      id: 'T-RBAC',
      title: 't',
      class: 'compromise',
      layer: 'L4',
      components: ['sa'],
      status: 'accepted',
      evidence: [{ source: 'kube-audit', signal: { description: 'd' } }],
      capability: { rules: [{ apiGroups: [''], resources: ['secrets'], verbs: ['get', 'list'] }] },
    },
    {
      id: 'T-EXEC',
      title: 't',
      class: 'coercion',
      layer: 'L3',
      components: ['tools'],
      status: 'closed',
      evidence: [{ source: 'kube-audit', signal: { description: 'd' } }],
      capability: { rules: [{ resources: ['pods/exec'], verbs: ['create'] }] },
    },
    { id: 'T-OPEN', title: 't', class: 'coercion', layer: 'L3', components: ['llm'], status: 'open', evidence: [] },
  ],
};

test('re-open table: model → inference threats only; permissions → intersecting rules or the identity; open threats need nothing', () => {
  const base = surface();
  const model = diffSurfaces(base, surface({ models: [{ ...base.models[0], model: 'gpt-4.1' }] }));
  const plan = planReopen([{ file: 'c.threats.yaml', data: CATALOG, events: model }], STAMP);
  assert.deepEqual(
    plan.reopen.map((r) => r.threat),
    ['T-MODEL'],
  );
  assert.deepEqual(
    plan.alreadyOpen.map((r) => r.threat),
    ['T-OPEN'],
  );

  const perms = diffSurfaces(base, surface({ permissions: [...base.permissions, perm('create', 'pods/exec', 36)] }));
  const p2 = planReopen([{ file: 'c.threats.yaml', data: CATALOG, events: perms }], STAMP);
  assert.deepEqual(
    p2.reopen.map((r) => [r.threat, r.status]),
    [
      ['T-RBAC', 'accepted'],
      ['T-EXEC', 'closed'],
    ],
  );
});

test('rulesIntersect uses RBAC semantics: subresources are distinct, wildcards reach everything they cover', () => {
  const t = CATALOG.threats[1];
  assert.equal(rulesIntersect(t, [{ apiGroup: '', resource: 'secrets', verb: 'list', namespace: 'x' }]), true);
  assert.equal(rulesIntersect(t, [{ apiGroup: '', resource: 'secrets', verb: 'delete', namespace: 'x' }]), false);
  assert.equal(rulesIntersect(t, [{ apiGroup: 'apps', resource: 'secrets', verb: 'get', namespace: 'x' }]), false);
  assert.equal(rulesIntersect(t, [{ apiGroup: '*', resource: '*', verb: '*', namespace: '*' }]), true);
  const exec = CATALOG.threats[2];
  assert.equal(rulesIntersect(exec, [{ apiGroup: '', resource: 'pods', verb: 'create', namespace: 'x' }]), false);
  assert.equal(rulesIntersect(exec, [{ apiGroup: '', resource: 'pods/exec', verb: 'create', namespace: 'x' }]), true);
});
