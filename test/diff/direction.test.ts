import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AgentSurface, DeclaredPermission, SurfaceMcpServer } from '../../src/model/surface.js';
import type { Threat, ThreatCatalog } from '../../src/model/catalog.js';
import { diffSurfaces } from '../../src/analyse/surface-diff.js';
import { planReopen } from '../../src/analyse/reopen-plan.js';

/**
 * Every kind of change carries its direction (widened, narrowed, changed), and the re-open table reads it: a
 * narrowing re-opens only what names the thing that went away.
 */

const at = (file: string, line: number) => ({ file, line, column: 1 });
const STAMP = { ref: 'HEAD', at: '2026-11-01T00:00:00Z' };

function server(over: Partial<SurfaceMcpServer> = {}): SurfaceMcpServer {
  return {
    ref: { kind: 'MCPServer', name: 'fs', namespace: 'a' },
    position: at('agent.yaml', 10),
    image: 'ghcr.io/example/fs:1.0',
    transport: 'stdio',
    allowedTools: ['read_file', 'write_file'],
    requireApproval: ['write_file'],
    credentials: ['env TOKEN from Secret fs/token'],
    hostPaths: ['/var/data'],
    authentication: 'oidc:corp',
    permissionProfile: 'builtin:none',
    at: { toolNames: at('agent.yaml', 12), requireApproval: at('agent.yaml', 15) },
    ...over,
  };
}

function perm(verb: string, resource: string, line: number): DeclaredPermission {
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
        model: 'gpt-4o',
      },
    ],
    mcpServers: [server()],
    delegations: [],
    memory: [],
    autonomy: { tier: 'approval', approvalTools: ['fs/write_file'], position: at('agent.yaml', 15) },
    permissions: [perm('get', 'pods', 30)],
    ...over,
  };
}

/** `subject: direction` of each event from base to head. */
function directions(base: AgentSurface, head: AgentSurface): string[] {
  return diffSurfaces(base, head)
    .map((e) => `${e.type} ${e.subject.replace('MCPServer a/fs', 'fs')}: ${e.direction}`)
    .sort();
}

test('tools, approvals, credentials, host paths, authentication and profiles: gained is widened, lost is narrowed', () => {
  const base = surface();
  const wider = surface({
    mcpServers: [
      server({
        allowedTools: ['read_file', 'write_file', 'delete_file'],
        requireApproval: [],
        credentials: ['env TOKEN from Secret fs/token', 'envFrom Secret fs-admin'],
        hostPaths: ['/var/data', '/'],
        authentication: 'none',
        permissionProfile: 'builtin:network',
      }),
    ],
    autonomy: { tier: 'autonomous', approvalTools: [], position: at('agent.yaml', 15) },
  });
  assert.deepEqual(directions(base, wider), [
    'autonomy-tier-changed autonomy tier: widened',
    'autonomy-tier-changed fs: tools that wait for approval: widened',
    'tool-surface-modified fs: allowed tools: widened',
    'tool-surface-modified fs: caller authentication: widened',
    'tool-surface-modified fs: credentials: widened',
    'tool-surface-modified fs: host paths: widened',
    'tool-surface-modified fs: permission profile: widened',
  ]);
  // The same changes the other way round.
  assert.deepEqual(
    directions(wider, base),
    directions(base, wider).map((l) => l.replace(/widened$/, 'narrowed')),
  );
  // A tool swapped for another, a credential replaced: both at once.
  const swapped = surface({
    mcpServers: [server({ allowedTools: ['read_file', 'list_dir'], credentials: ['envFrom Secret other'] })],
  });
  assert.deepEqual(directions(base, swapped), [
    'tool-surface-modified fs: allowed tools: changed',
    'tool-surface-modified fs: credentials: changed',
  ]);
  // No allow-list means every tool: adding one narrows, dropping it widens.
  const all = surface({
    mcpServers: [server({ allowedTools: undefined, tools: [{ name: 'read_file' }, { name: 'write_file' }] })],
  });
  const listed = surface({
    mcpServers: [server({ allowedTools: ['read_file'], tools: [{ name: 'read_file' }, { name: 'write_file' }] })],
  });
  assert.deepEqual(directions(all, listed), ['tool-surface-modified fs: allowed tools: narrowed']);
  assert.deepEqual(directions(listed, all), ['tool-surface-modified fs: allowed tools: widened']);
});

test('a server reached past its ToolHive proxy has no caller authentication: moving to it widens, back narrows', () => {
  const proxied = surface();
  const direct = surface({
    mcpServers: [server({ authentication: 'none (bypasses the ToolHive proxy of MCPServer fs)' })],
  });
  assert.deepEqual(directions(proxied, direct), ['tool-surface-modified fs: caller authentication: widened']);
  assert.deepEqual(directions(direct, proxied), ['tool-surface-modified fs: caller authentication: narrowed']);
  // From no check to no check (another way round the proxy): neither wider nor narrower.
  const none = surface({ mcpServers: [server({ authentication: 'none' })] });
  assert.deepEqual(directions(none, direct), ['tool-surface-modified fs: caller authentication: changed']);
});

test('connections, permissions, models and delegations: added widens, removed narrows, replaced changes', () => {
  const base = surface();
  const other = { ...server(), ref: { kind: 'MCPServer', name: 'web', namespace: 'a' }, requireApproval: [] };
  const head = surface({
    mcpServers: [server(), other],
    permissions: [perm('get', 'pods', 30), perm('create', 'pods/exec', 31)],
    delegations: [{ ref: { kind: 'Agent', name: 'helper', namespace: 'a' }, position: at('agent.yaml', 18) }],
    models: [{ ...surface().models[0], model: 'gpt-4.1' }],
  });
  const d = diffSurfaces(base, head).map((e) => `${e.type}: ${e.direction}`);
  assert.deepEqual(d.sort(), [
    'mcp-connection-added: widened',
    'model-version-updated: changed',
    'permissions-changed: widened',
    'tool-surface-modified: widened',
  ]);
  const back = diffSurfaces(head, base).map((e) => `${e.type}: ${e.direction}`);
  assert.deepEqual(back.sort(), [
    'mcp-connection-removed: narrowed',
    'model-version-updated: changed',
    'permissions-changed: narrowed',
    'tool-surface-modified: narrowed',
  ]);
});

const FACTORS = {
  autonomyOfAction: 0.5,
  goalDrivenPlanning: 0.5,
  selfModification: 0,
  toolUse: 0.5,
  memoryUse: 0,
  contextualAwareness: 0.5,
  dynamicIdentity: 0,
  multiAgentInteractions: 0,
  nonDeterminism: 0.5,
  opacityAndReflexivity: 0.5,
} as const;

function threat(id: string, over: Partial<Threat>): Threat {
  return {
    id,
    title: id,
    class: 'coercion',
    layer: 'L3',
    components: ['fs'],
    status: 'closed',
    evidence: [{ source: 'ebpf', signal: { description: 'd' } }],
    ...over,
  } as Threat;
}

const CATALOG: ThreatCatalog = {
  apiVersion: 'threatcat.dev/v1alpha1',
  kind: 'ThreatCatalog',
  metadata: { name: 'ops', owners: { security: ['@sec'], platform: ['@platform'] } },
  agent: {
    name: 'ops',
    workload: { kind: 'Agent', name: 'ops', namespace: 'a' },
    manifests: ['agent.yaml'],
    autonomyTier: 'approval',
    aivss: { version: '0.5', factors: FACTORS },
  },
  components: [
    {
      id: 'fs',
      category: 'mcp-tool',
      trustSource: { kind: 'MCPServer', name: 'fs' },
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
    {
      id: 'rt',
      category: 'runtime',
      trustSource: { kind: 'Agent', name: 'ops' },
      telemetry: ['ebpf'],
      blastSurface: [],
    },
  ],
  threats: [
    threat('T-COERCE', {}),
    threat('T-ESCAPE', { class: 'compromise', layer: 'L4', components: ['rt', 'fs'] }),
    threat('T-WRITE', { capability: { tools: ['write_file'] } }),
    threat('T-PODS', { components: ['sa'], capability: { rules: [{ resources: ['pods/exec'], verbs: ['create'] }] } }),
    threat('T-KUBELET', {
      class: 'compromise',
      layer: 'L4',
      components: ['rt'],
      evidence: [{ source: 'kube-audit', signal: { description: 'd', match: { resource: ['nodes/proxy'] } } }],
    }),
  ],
};

function reopens(base: AgentSurface, head: AgentSurface): string[] {
  return planReopen([{ file: 'c.yaml', data: CATALOG, events: diffSurfaces(base, head) }], STAMP)
    .reopen.map((r) => r.threat)
    .sort();
}

test('re-open precision: a tool-list change never re-opens a compromise threat about containers; an image change does', () => {
  const base = surface();
  assert.deepEqual(
    reopens(base, surface({ mcpServers: [server({ allowedTools: ['read_file', 'write_file', 'x'] })] })),
    ['T-COERCE', 'T-WRITE'],
  );
  assert.deepEqual(reopens(base, surface({ mcpServers: [server({ image: 'ghcr.io/example/fs:2.0' })] })), [
    'T-COERCE',
    'T-ESCAPE',
    'T-WRITE',
  ]);
});

test('a narrowing re-opens only what names what went away', () => {
  const base = surface({ permissions: [perm('get', 'pods', 30), perm('create', 'pods/exec', 31)] });
  // write_file removed from the allow-list: only the threat that names it.
  assert.deepEqual(reopens(base, surface({ ...base, mcpServers: [server({ allowedTools: ['read_file'] })] })), [
    'T-WRITE',
  ]);
  // An approval added: nothing (a coerced agent does less alone).
  assert.deepEqual(
    reopens(base, surface({ ...base, mcpServers: [server({ requireApproval: ['write_file', 'read_file'] })] })),
    [],
  );
  // A permission removed: the threat whose rules it reaches, not every threat of the identity.
  assert.deepEqual(reopens(base, surface({ permissions: [perm('get', 'pods', 30)] })), ['T-PODS']);
  // The same permission added: the identity's threats too.
  assert.deepEqual(reopens(surface(), base), ['T-PODS']);
  // Credentials and host paths removed: nothing.
  assert.deepEqual(reopens(base, surface({ ...base, mcpServers: [server({ credentials: [], hostPaths: [] })] })), []);
  // ... added: the server's threats, containers included (a host path is an escape route).
  assert.deepEqual(reopens(base, surface({ ...base, mcpServers: [server({ hostPaths: ['/var/data', '/'] })] })), [
    'T-COERCE',
    'T-ESCAPE',
    'T-WRITE',
  ]);
});

test('a grant a kube-audit signal watches concerns its threat, even one with no capability rules', () => {
  const base = surface();
  const wildcard: DeclaredPermission = { ...perm('*', '*', 40), apiGroup: '*', wildcard: true };
  assert.ok(reopens(base, surface({ permissions: [...base.permissions, wildcard] })).includes('T-KUBELET'));
  assert.ok(
    !reopens(base, surface({ permissions: [...base.permissions, perm('list', 'pods', 41)] })).includes('T-KUBELET'),
  );
  assert.deepEqual(reopens(surface({ permissions: [...base.permissions, wildcard] }), base), ['T-KUBELET', 'T-PODS']);
});
