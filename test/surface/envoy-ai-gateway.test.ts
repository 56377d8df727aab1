// Envoy AI Gateway's MCPRoute puts several MCP servers behind one route. Each backendRef is an MCP server of
// the agent that uses the route: a new one is a new connection; a tool selector, an API key the gateway adds and
// the route's caller authentication are what the agent reaches through it. Fixtures written from
// envoyproxy/ai-gateway api/v1beta1/mcp_route.go and examples/mcp (c217da8a5).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findAgentSurface, readSurface } from '../../src/read/manifests/surface.js';
import { readManifestText } from '../../src/read/manifests/manifest-file.js';
import { diffSurfaces } from '../../src/analyse/surface-diff.js';
import { lineIn } from '../helpers/samples.js';

const ROUTE = `apiVersion: aigateway.envoyproxy.io/v1beta1
kind: MCPRoute
metadata:
  name: mcp-route
  namespace: agents
spec:
  parentRefs:
    - {name: aigw, kind: Gateway, group: gateway.networking.k8s.io}
  path: /mcp
  backendRefs:
    - name: github
      kind: Backend
      group: gateway.envoyproxy.io
      path: /mcp/readonly
      toolSelector:
        includeRegex: [".*issues?.*"]
      securityPolicy:
        apiKey:
          secretRef: {name: github-access-token}
    - name: search
      port: 8080
      toolSelector:
        include: [web_search]
      forwardHeaders:
        - name: X-Tenant
  securityPolicy:
    oauth:
      issuer: https://auth.example.com
      audiences: [mcp]
      protectedResourceMetadata: {resource: https://gw.example.com/mcp}
---
apiVersion: gateway.envoyproxy.io/v1alpha1
kind: Backend
metadata: {name: github, namespace: agents}
spec:
  endpoints:
    - fqdn: {hostname: api.githubcopilot.com, port: 443}
`;

const AGENT = readManifestText(
  'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: app, namespace: agents}\nspec: {template: {spec: {containers: [{name: a, image: app:1}]}}}\n',
  'gw/app.yaml',
);
const surface = (text: string) =>
  findAgentSurface([readManifestText(text, 'gw/route.yaml'), AGENT], {
    kind: 'Deployment',
    name: 'app',
    namespace: 'agents',
  });

test('each backendRef of an MCPRoute is an MCP server: URL, tools exposed, credentials, caller authentication', () => {
  const r = readSurface([readManifestText(ROUTE, 'gw/route.yaml')]);
  assert.deepEqual(r.problems, []);
  assert.deepEqual(
    r.inventory.mcpServers.map((s) => ({
      target: s.target,
      url: s.url,
      allowedTools: s.allowedTools,
      authorization: s.authorization,
      credentials: s.credentials,
      authentication: s.authentication,
    })),
    [
      {
        target: 'github',
        url: 'https://api.githubcopilot.com/mcp/readonly',
        allowedTools: undefined,
        authorization: ['includeRegex: .*issues?.*'],
        credentials: ['header Authorization from Secret github-access-token'],
        authentication: 'oauth:https://auth.example.com',
      },
      {
        target: 'search',
        url: 'http://search.agents.svc.cluster.local:8080/mcp',
        allowedTools: ['web_search'],
        authorization: undefined,
        credentials: ['header X-Tenant forwarded from the caller'],
        authentication: 'oauth:https://auth.example.com',
      },
    ],
  );
});

test('a PR adding a backend, lifting a tool selector or dropping OAuth changes the surface, on its lines', () => {
  const head = ROUTE.replace('      toolSelector:\n        includeRegex: [".*issues?.*"]\n', '')
    .replace(/ {2}securityPolicy:\n {4}oauth:[\s\S]*?resource: https:\/\/gw\.example\.com\/mcp\}\n/, '')
    .replace('    - name: search\n', '    - name: shell\n      port: 9000\n    - name: search\n');
  const events = diffSurfaces(surface(ROUTE), surface(head));
  const summary = events.map((e) => [e.type, e.direction, e.subject]).sort();
  assert.deepEqual(summary, [
    ['mcp-connection-added', 'widened', 'MCPRoute agents/mcp-route target shell'],
    ['tool-surface-modified', 'widened', 'MCPRoute agents/mcp-route target github: caller authentication'],
    ['tool-surface-modified', 'widened', 'MCPRoute agents/mcp-route target github: tool authorization'],
    ['tool-surface-modified', 'widened', 'MCPRoute agents/mcp-route target search: caller authentication'],
  ]);
  const added = events.find((e) => e.type === 'mcp-connection-added')!;
  assert.equal(added.line, lineIn(head, '- name: shell'));
});

test('route authorization rules reach the backends their tools name; other kinds and groups are not read', () => {
  const ruled = ROUTE.replace(
    '  securityPolicy:\n    oauth:',
    '  securityPolicy:\n    authorization:\n      rules:\n        - target: {tools: [{backend: github, tool: get_issue}]}\n    oauth:',
  );
  const servers = readSurface([readManifestText(ruled, 'gw/route.yaml')]).inventory.mcpServers;
  assert.deepEqual(servers.find((s) => s.target === 'github')!.authorization, [
    'Allow github/get_issue',
    'default Deny',
    'includeRegex: .*issues?.*',
  ]);
  assert.deepEqual(servers.find((s) => s.target === 'search')!.authorization, ['default Deny']);
  const other = ROUTE.replace('aigateway.envoyproxy.io/v1beta1', 'example.com/v1');
  assert.equal(readSurface([readManifestText(other, 'gw/route.yaml')]).inventory.mcpServers.length, 0);
});
