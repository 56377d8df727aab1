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

/**
 * The model side of Envoy AI Gateway (api/v1beta1 ai_gateway_route.go, ai_service_backend.go, backendsecurity_policy.go
 * and examples/basic, c217da8a5395): an AIGatewayRoute rule matches the model the client names and sends it to
 * AIServiceBackends (an Envoy Gateway Backend each) or an InferencePool; BackendSecurityPolicies say which account the
 * gateway uses. These kinds were not read: a route that swapped the model, a backend moved to another provider, a key
 * from another Secret gave no event.
 */
const LLM = `apiVersion: aigateway.envoyproxy.io/v1beta1
kind: AIGatewayRoute
metadata: {name: llm, namespace: agents}
spec:
  parentRefs:
    - {name: aigw, kind: Gateway, group: gateway.networking.k8s.io}
  rules:
    - matches:
        - headers:
            - {type: Exact, name: x-ai-eg-model, value: chat}
      backendRefs:
        - name: openai
          modelNameOverride: gpt-4o-mini
    - name: reasoning
      matches:
        - headers:
            - {name: x-ai-eg-model, value: deep}
      backendRefs:
        - name: bedrock
          weight: 80
        - name: openai
          modelNameOverride: o3
          weight: 20
    - matches:
        - headers:
            - {name: x-ai-eg-model, value: local}
      backendRefs:
        - {name: llama-pool, group: inference.networking.k8s.io, kind: InferencePool}
---
apiVersion: aigateway.envoyproxy.io/v1beta1
kind: AIServiceBackend
metadata: {name: openai, namespace: agents}
spec:
  schema: {name: OpenAI}
  backendRef: {name: openai-api, kind: Backend, group: gateway.envoyproxy.io}
---
apiVersion: aigateway.envoyproxy.io/v1beta1
kind: AIServiceBackend
metadata: {name: bedrock, namespace: agents}
spec:
  schema: {name: AWSBedrock}
  backendRef: {name: bedrock-api, kind: Backend, group: gateway.envoyproxy.io}
---
apiVersion: aigateway.envoyproxy.io/v1beta1
kind: BackendSecurityPolicy
metadata: {name: openai-key, namespace: agents}
spec:
  targetRefs:
    - {group: aigateway.envoyproxy.io, kind: AIServiceBackend, name: openai}
  type: APIKey
  apiKey:
    secretRef: {name: openai-team-key}
---
apiVersion: aigateway.envoyproxy.io/v1beta1
kind: BackendSecurityPolicy
metadata: {name: bedrock-role, namespace: agents}
spec:
  targetRefs:
    - {group: aigateway.envoyproxy.io, kind: AIServiceBackend, name: bedrock}
  type: AWSCredentials
  awsCredentials:
    region: us-east-1
    oidcExchangeToken:
      awsRoleArn: arn:aws:iam::111122223333:role/bedrock-invoke
      oidc:
        provider: {issuer: https://idp.example.com}
        clientID: aigw
---
apiVersion: gateway.envoyproxy.io/v1alpha1
kind: Backend
metadata: {name: openai-api, namespace: agents}
spec:
  endpoints:
    - fqdn: {hostname: api.openai.com, port: 443}
---
apiVersion: gateway.envoyproxy.io/v1alpha1
kind: Backend
metadata: {name: bedrock-api, namespace: agents}
spec:
  endpoints:
    - fqdn: {hostname: bedrock-runtime.us-east-1.amazonaws.com, port: 443}
`;

test('each backendRef of an AIGatewayRoute rule is a model: the model sent, the provider, where, with which account', () => {
  const r = readSurface([readManifestText(LLM, 'gw/llm.yaml')]);
  assert.deepEqual(r.problems, []);
  assert.deepEqual(
    r.inventory.models.map((m) => ({
      target: m.target,
      use: m.use,
      provider: m.provider,
      model: m.model,
      endpoint: m.endpoint,
      credentials: m.credentials,
    })),
    [
      {
        target: 'chat/openai',
        use: 'gateway',
        provider: 'OpenAI',
        model: 'gpt-4o-mini',
        endpoint: 'api.openai.com:443',
        credentials: ['API key from Secret openai-team-key'],
      },
      {
        target: 'reasoning/bedrock',
        use: 'gateway',
        provider: 'AWSBedrock',
        model: 'deep (weight 80)',
        endpoint: 'bedrock-runtime.us-east-1.amazonaws.com:443',
        credentials: [
          'AWS role arn:aws:iam::111122223333:role/bedrock-invoke (us-east-1) by OIDC https://idp.example.com',
        ],
      },
      {
        target: 'reasoning/openai',
        use: 'gateway',
        provider: 'OpenAI',
        model: 'o3 (weight 20)',
        endpoint: 'api.openai.com:443',
        credentials: ['API key from Secret openai-team-key'],
      },
      {
        target: 'local/llama-pool',
        use: 'gateway',
        provider: 'InferencePool',
        model: 'local',
        endpoint: 'InferencePool agents/llama-pool',
        credentials: undefined,
      },
    ],
  );
});

test('a PR swapping the model, moving traffic, taking the key from another Secret: model events at their lines', () => {
  const llm = (text: string) =>
    findAgentSurface([readManifestText(text, 'gw/llm.yaml'), AGENT], {
      kind: 'Deployment',
      name: 'app',
      namespace: 'agents',
    });
  const head = LLM.replace('modelNameOverride: gpt-4o-mini', 'modelNameOverride: gpt-4.1')
    .replace('weight: 80', 'weight: 10')
    .replace('weight: 20', 'weight: 90');
  assert.deepEqual(
    diffSurfaces(llm(LLM), llm(head))
      .map((e) => [e.type, e.subject, e.line])
      .sort(),
    [
      ['model-version-updated', 'AIGatewayRoute agents/llm chat/openai', lineIn(head, 'gpt-4.1')],
      ['model-version-updated', 'AIGatewayRoute agents/llm reasoning/bedrock', lineIn(head, 'weight: 10')],
      ['model-version-updated', 'AIGatewayRoute agents/llm reasoning/openai', lineIn(head, 'weight: 90')],
    ],
  );
  const key = LLM.replace('{name: openai-team-key}', '{name: openai-org-admin-key}');
  assert.deepEqual(
    diffSurfaces(llm(LLM), llm(key))
      .map((e) => [e.type, e.subject, e.line])
      .sort(),
    [
      ['model-version-updated', 'AIGatewayRoute agents/llm chat/openai', lineIn(key, 'openai-org-admin-key')],
      ['model-version-updated', 'AIGatewayRoute agents/llm reasoning/openai', lineIn(key, 'openai-org-admin-key')],
    ],
  );
});
