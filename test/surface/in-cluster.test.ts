import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseServiceUrl, resolveInClusterUrl } from '../../src/read/manifests/in-cluster.js';
import { FieldReader, ManifestIndex } from '../../src/read/manifests/fields.js';
import { readManifestText } from '../../src/read/manifests/manifest-file.js';
import { findAgentSurface } from '../../src/read/manifests/surface.js';
import { diffSurfaces } from '../../src/analyse/surface-diff.js';
import type { ManifestFile } from '../../src/model/manifest.js';
import { ROOT } from '../helpers/fixtures.js';
import { lineIn } from '../helpers/samples.js';

const TH = join(ROOT, 'test/fixtures/upstream/toolhive');
const thText = (f: string) => readFileSync(join(TH, f), 'utf8');
const toolhive = (skip: string[] = []): ManifestFile[] =>
  readdirSync(TH)
    .filter((f) => f.endsWith('.yaml') && !skip.includes(f))
    .sort()
    .map((f) => readManifestText(thText(f), `tools/${f}`));

function resolver(files: ManifestFile[]) {
  const ctx = { index: new ManifestIndex(files), fields: new FieldReader() };
  return (url: string, ns?: string) => resolveInClusterUrl(url, ns, ctx);
}

test('in-cluster URL forms Kubernetes DNS resolves to a Service; other hosts are not Services', () => {
  assert.deepEqual(parseServiceUrl('http://mcp-fetch-proxy.ns.svc.cluster.local:8080/mcp', undefined), {
    service: 'mcp-fetch-proxy',
    namespace: 'ns',
    port: '8080',
    path: '/mcp',
  });
  assert.deepEqual(parseServiceUrl('http://k8sgpt-mcp-server:8089/mcp', 'kagent'), {
    service: 'k8sgpt-mcp-server',
    namespace: 'kagent',
    port: '8089',
    path: '/mcp',
  });
  assert.equal(parseServiceUrl('http://svc.ns.svc:80', undefined)?.namespace, 'ns');
  assert.equal(parseServiceUrl('https://api.githubcopilot.com/mcp/', undefined), undefined);
  assert.equal(parseServiceUrl('http://10.0.0.12:8080/mcp', undefined), undefined);
  assert.equal(parseServiceUrl('not a url', undefined), undefined);
});

test('ToolHive naming: proxy, remote proxy, vMCP and a proxy bypass each resolve to the object and its identity', () => {
  const resolve = resolver(toolhive());
  const t = thText('mcpserver-v1beta1.yaml');
  const fetch = resolve('http://mcp-web-fetch-proxy.research-agents.svc.cluster.local:8080/mcp')!;
  assert.deepEqual(fetch.backend, {
    kind: 'MCPServer',
    name: 'web-fetch',
    namespace: 'research-agents',
    apiVersion: 'toolhive.stacklok.dev/v1beta1',
  });
  assert.equal(fetch.identity, 'system:serviceaccount:research-agents:fetch-runner');
  assert.equal(fetch.identityAt?.line, lineIn(t, 'serviceAccount: fetch-runner'));
  assert.deepEqual(fetch.workload, { kind: 'StatefulSet', name: 'web-fetch', namespace: 'research-agents' });
  assert.equal(fetch.bypasses, undefined);
  const crm = resolve('http://mcp-crm-proxy-remote-proxy.research-agents.svc:8080/mcp')!;
  assert.equal(crm.backend.kind, 'MCPRemoteProxy');
  assert.equal(crm.identity, 'system:serviceaccount:research-agents:crm-proxy-remote-proxy-runner');
  const gw = resolve('http://vmcp-research-gw.research-agents:4483/mcp')!;
  assert.equal(gw.backend.kind, 'VirtualMCPServer');
  assert.equal(gw.identity, 'system:serviceaccount:research-agents:research-gw-vmcp');
  const direct = resolve('http://mcp-gh-issues.research-agents.svc.cluster.local:9000/mcp')!;
  assert.equal(direct.backend.name, 'gh-issues');
  assert.equal(direct.identity, 'system:serviceaccount:research-agents:gh-issues-sa');
  assert.equal(direct.bypasses?.name, 'gh-issues');
  assert.equal(resolve('http://mcp-unknown-proxy.research-agents:8080/mcp'), undefined);
});

test('without the ToolHive object, the rendered Service → selector → Deployment → ServiceAccount is followed', () => {
  const resolve = resolver(toolhive(['mcpserver-v1beta1.yaml']));
  const t = thText('operator-generated.yaml');
  const r = resolve('http://mcp-web-fetch-proxy.research-agents.svc.cluster.local:8080/mcp')!;
  assert.equal(r.backend.kind, 'Service');
  assert.deepEqual(r.workload, {
    kind: 'Deployment',
    name: 'web-fetch',
    namespace: 'research-agents',
    apiVersion: 'apps/v1',
  });
  // What the repository shows: the proxy runner's identity (the MCP pod's is only in the operator's patch).
  assert.equal(r.identity, 'system:serviceaccount:research-agents:web-fetch-proxy-runner');
  assert.equal(r.identityAt?.line, lineIn(t, 'serviceAccountName: web-fetch-proxy-runner'));
});

test("an agent's RemoteMCPServer URL brings the ToolHive server's identity, cloud role and RBAC into its reach", () => {
  const refs = thText('agent-references-by-url.yaml');
  const agent = `apiVersion: kagent.dev/v1alpha3
kind: SandboxAgent
metadata: {name: researcher, namespace: research-agents}
spec:
  declarative:
    modelConfig: m
    tools:
      - type: McpServer
        mcpServer: {kind: RemoteMCPServer, name: fetch-via-toolhive, toolNames: [web_fetch]}
      - type: McpServer
        mcpServer: {kind: RemoteMCPServer, name: gh-direct}
`;
  const rbac = (verbs: string) => `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: {name: fetch, namespace: research-agents}
rules:
  - apiGroups: [""]
    resources: [configmaps]
    verbs: [${verbs}]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: fetch, namespace: research-agents}
subjects: [{kind: ServiceAccount, name: fetch-runner}]
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: fetch}
`;
  const files = (verbs: string) => [
    ...toolhive(['agent-references-by-url.yaml']),
    readManifestText(refs, 'tools/agent-references-by-url.yaml'),
    readManifestText(agent, 'agents/researcher.yaml'),
    readManifestText(rbac(verbs), 'tools/rbac.yaml'),
  ];
  const key = { kind: 'SandboxAgent', name: 'researcher', namespace: 'research-agents' };
  const s = findAgentSurface(files('get'), key)!;
  const [fetch, direct] = s.mcpServers;
  assert.equal(fetch.backend?.name, 'web-fetch');
  assert.equal(fetch.identity, 'system:serviceaccount:research-agents:fetch-runner');
  assert.equal(direct.authentication, 'none (bypasses the ToolHive proxy of MCPServer gh-issues)');
  const fetchId = s.toolIdentities!.find((i) => i.identity.endsWith(':fetch-runner'))!;
  assert.equal(fetchId.serviceAccount.cloudIdentity, 'arn:aws:iam::111122223333:role/fetch-readonly');
  assert.deepEqual(
    fetchId.permissions.map((p) => `${p.verb} ${p.resource} ${p.namespace}`),
    ['get configmaps research-agents'],
  );
  assert.ok(fetchId.usedBy.includes('RemoteMCPServer/research-agents/fetch-via-toolhive'));
  assert.ok(fetchId.usedBy.includes('MCPServer/research-agents/web-fetch'), 'the ToolHive server in the same folder');
  // The tool server's Role widened: one permissions-changed event for its identity, at the rule.
  const events = diffSurfaces(s, findAgentSurface(files('get, list'), key));
  assert.deepEqual(
    events.map((e) => [e.type, e.file, e.line, e.scope.identity, e.after]),
    [
      [
        'permissions-changed',
        'tools/rbac.yaml',
        5,
        'system:serviceaccount:research-agents:fetch-runner',
        ['list configmaps in research-agents'],
      ],
    ],
  );
});

test('a plain Service: selector → workload → ServiceAccount (default when unnamed); no selector, no identity', () => {
  const m = readManifestText(
    `apiVersion: v1
kind: Service
metadata: {name: tools, namespace: ns}
spec:
  selector: {app: tools}
  ports: [{port: 80}]
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: other, namespace: ns}
spec:
  template:
    metadata: {labels: {app: other}}
    spec: {serviceAccountName: nope}
---
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: tools, namespace: ns}
spec:
  template:
    metadata: {labels: {app: tools, azure.workload.identity/use: "true"}}
    spec: {containers: [{name: t, image: x}]}
---
apiVersion: v1
kind: Service
metadata: {name: external, namespace: ns}
spec:
  ports: [{port: 443}]
`,
    's.yaml',
  );
  const resolve = resolver([m]);
  const r = resolve('http://tools.ns/mcp')!;
  assert.equal(r.workload?.name, 'tools');
  assert.equal(r.identity, 'system:serviceaccount:ns:default');
  assert.equal(r.cloudIdentity?.value, 'azure workload identity (client id not in the manifests)');
  assert.equal(r.cloudIdentity?.position.line, 21);
  assert.deepEqual(resolve('http://external.ns:443/'), {
    backend: { kind: 'Service', name: 'external', namespace: 'ns', apiVersion: 'v1' },
  });
  assert.equal(resolve('http://tools.elsewhere/mcp'), undefined, 'another namespace');
});
