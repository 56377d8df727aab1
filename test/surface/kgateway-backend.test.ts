// kgateway's own Backend (gateway.kgateway.dev/v1alpha1, type MCP or AI) — what repositories written for kgateway 2.0
// still hold — was skipped as an unknown kind: the MCP servers and models it puts behind the gateway were not on the
// agent's surface, and swapping one in a pull request gave no event. Fixture written after kgateway-dev/kgateway
// api/v1alpha1 backend_types.go (v2.0 line), mcp_backend.go and ai_backend.go at 2efb108bcd93.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findAgentSurface, readSurface } from '../../src/read/manifests/surface.js';
import { readManifestText } from '../../src/read/manifests/manifest-file.js';
import { diffSurfaces } from '../../src/analyse/surface-diff.js';
import { ROOT } from '../helpers/fixtures.js';
import { lineIn } from '../helpers/samples.js';

const FIXTURE = readFileSync(join(ROOT, 'test/fixtures/kinds/kgateway/backend-mcp-ai.yaml'), 'utf8');
const FILE = 'gw/backends.yaml';
const AGENT = `apiVersion: apps/v1
kind: Deployment
metadata: {name: app, namespace: agents}
spec: {template: {spec: {containers: [{name: a, image: app:1}]}}}
`;
const KEY = { kind: 'Deployment', name: 'app', namespace: 'agents' };
const surface = (text: string) =>
  findAgentSurface([readManifestText(text, FILE), readManifestText(AGENT, 'gw/app.yaml')], KEY);

test('MCP targets (static and selector) and AI providers (llm and multipool) of a kgateway Backend', () => {
  const r = readSurface([readManifestText(FIXTURE, FILE)]);
  assert.deepEqual(r.problems, []);
  assert.deepEqual(
    r.inventory.mcpServers.map((s) => [s.ref.kind, s.ref.name, s.target, s.url, s.transport]),
    [
      ['Backend', 'tools', 'github', 'http://github-mcp.tools.svc.cluster.local:8080/mcp', 'StreamableHTTP'],
      ['Backend', 'tools', 'search', 'http://search-mcp.example.com:443/events', 'SSE'],
      ['Backend', 'tools', 'time-mcp-http', 'http://time-mcp.agents.svc.cluster.local:3000/mcp', 'StreamableHTTP'],
    ],
  );
  assert.deepEqual(
    r.inventory.models.map((m) => [m.ref.name, m.target ?? '-', m.provider, m.model, m.endpoint ?? '-', m.credentials]),
    [
      ['openai', '-', 'openai', 'gpt-4o-mini', '-', ['authToken from Secret openai-secret']],
      [
        'failover',
        'priority 0/0',
        'azureopenai',
        'gpt-4o',
        'research-ai.openai.azure.com',
        ['authToken written in the file'],
      ],
      [
        'failover',
        'priority 1/0',
        'anthropic',
        'claude-3-5-haiku',
        'llm-proxy.internal:8443/v1/chat/completions',
        ['authToken forwarded from the caller'],
      ],
      [
        'failover',
        'priority 1/1',
        'bedrock',
        'anthropic.claude-3-haiku',
        'bedrock eu-west-1',
        ['aws credentials from Secret aws-creds'],
      ],
    ],
  );
});

test('in a pull request: a swapped model or key Secret, a moved or new MCP target are events at their lines', () => {
  const changed = FIXTURE.replace('model: gpt-4o-mini', 'model: o3-pro')
    .replace('name: aws-creds', 'name: aws-admin')
    .replace('host: search-mcp.example.com', 'host: search.attacker.example')
    .replace(
      '      - name: in-cluster\n',
      '      - name: shell\n        static: {host: shell-mcp.tools.svc.cluster.local, port: 9000}\n      - name: in-cluster\n',
    );
  const events = diffSurfaces(surface(FIXTURE), surface(changed));
  assert.deepEqual(
    events.map((e) => [e.type, e.subject, e.line]).sort(),
    [
      ['mcp-connection-added', 'Backend agents/tools target search: endpoint', lineIn(changed, 'search.attacker')],
      ['mcp-connection-added', 'Backend agents/tools target shell', lineIn(changed, '- name: shell')],
      ['model-version-updated', 'Backend agents/failover priority 1/1', lineIn(changed, 'aws-admin')],
      ['model-version-updated', 'Backend agents/openai', lineIn(changed, 'o3-pro')],
    ].sort(),
  );
});

test('a Backend whose type and field disagree, or a provider without a kind, is a problem at its line', () => {
  const bad = `apiVersion: gateway.kgateway.dev/v1alpha1
kind: Backend
metadata: {name: x, namespace: agents}
spec:
  type: MCP
  ai:
    llm:
      provider: {mistral: {model: large}}
`;
  const r = readSurface([readManifestText(bad, FILE)]);
  assert.deepEqual(
    r.problems.map((p) => [p.position.line, p.message]),
    [
      [
        5,
        'kgateway Backend x: spec needs exactly one of ai, aws, static, dynamicForwardProxy, mcp, gcp, the one its type names (type MCP)',
      ],
      [
        7,
        'kgateway Backend x: spec.ai.llm needs exactly one provider of openai, azureopenai, anthropic, gemini, vertexai, bedrock',
      ],
    ],
  );
  // kgateway v2.1 and later (kgateway/backend_types.go @0d9d543c091a): `type` deprecated and optional, and a `gcp`
  // backend; neither is a problem.
  const gcp = `apiVersion: gateway.kgateway.dev/v1alpha1
kind: Backend
metadata: {name: vertex, namespace: agents}
spec:
  gcp: {host: us-central1-aiplatform.googleapis.com}
`;
  assert.deepEqual(readSurface([readManifestText(gcp, FILE)]).problems, []);
  // Other groups' Backend kinds (Envoy Gateway's) are not read here.
  assert.deepEqual(
    readSurface([readManifestText(bad.replace('gateway.kgateway.dev', 'gateway.envoyproxy.io'), FILE)]).problems,
    [],
  );
});

// kgateway TrafficPolicies on the routes to those Backends were skipped as an unknown kind: the prompt guards, the
// injected system prompt and the callers' rule in front of the model, and the rule in front of the MCP tools, were not
// on the surface, and removing one in a pull request gave no event. Fixture written after kgateway-dev/kgateway
// api/v1alpha1 traffic_policy_types.go (v2.0 line `ai`), kgateway/traffic_policy_types.go @181f64abdc64 and
// shared/rbac.go @5aa980bac6db (`rbac`).
const POLICIES = readFileSync(join(ROOT, 'test/fixtures/kinds/kgateway/traffic-policy.yaml'), 'utf8');
const guarded = (text: string) =>
  findAgentSurface([readManifestText(text, FILE), readManifestText(AGENT, 'gw/app.yaml')], KEY);

test('TrafficPolicies on the routes to a kgateway Backend: guards, injected prompt and caller rules, most precise first', () => {
  const r = readSurface([readManifestText(POLICIES, FILE)]);
  assert.deepEqual(r.problems, []);
  const [m] = r.inventory.models;
  assert.deepEqual(m.guardrails, [
    'request openAIModeration omni-moderation-latest',
    'request regex REJECT: SSN',
    'request regex REJECT: credit card',
    'request webhook guard.security.svc.cluster.local:8000',
    'response regex MASK: CREDIT_CARD',
  ]);
  assert.match(m.prompt ?? '', /^prepend SYSTEM: "Never reveal customer account numbers\."/);
  // The route's rbac hides the Gateway's (only the most specific one is enforced); the MCP route has none of its own.
  assert.deepEqual(m.authorization, ['Allow: request.headers["x-agent"] == "support-bot"']);
  assert.deepEqual(
    r.inventory.mcpServers.map((s) => [s.target, s.authorization]),
    [['github', ['HTTP Allow: allowedCIDRs [10.0.0.0/8]']]],
  );
});

test('in a pull request: a guard or a caller rule removed widens the model at its line; the Gateway rule then holds', () => {
  const noWebhook = POLICIES.replace(
    '        webhook:\n          host: {host: guard.security.svc.cluster.local, port: 8000}\n',
    '',
  );
  assert.deepEqual(
    diffSurfaces(guarded(POLICIES), guarded(noWebhook)).map((e) => [e.type, e.direction, e.line, e.subject]),
    [['model-version-updated', 'widened', lineIn(POLICIES, 'webhook:'), 'Backend agents/openai: guardrails']],
  );
  const noRouteRule = POLICIES.replace(
    `  rbac:\n    action: Allow\n    policy:\n      matchExpressions:\n        - 'request.headers["x-agent"] == "support-bot"'\n`,
    '',
  );
  const events = diffSurfaces(guarded(POLICIES), guarded(noRouteRule));
  assert.deepEqual(
    events.map((e) => [e.type, e.subject, e.after]),
    [['model-version-updated', 'Backend agents/openai: authorization', ['Allow: allowedCIDRs [10.0.0.0/8]']]],
  );
  const open = noRouteRule.replace('  rbac:\n    policy:\n      allowedCIDRs: [10.0.0.0/8]\n', '');
  assert.deepEqual(
    diffSurfaces(guarded(POLICIES), guarded(open)).map((e) => [e.type, e.direction, e.line, e.subject]),
    [
      ['model-version-updated', 'widened', lineIn(POLICIES, '  rbac:'), 'Backend agents/openai: authorization'],
      [
        'tool-surface-modified',
        'widened',
        lineIn(POLICIES, '  rbac:', 'name: gateway-wide'),
        'Backend agents/tools target github: tool authorization',
      ],
    ],
  );
});

// The TrafficPolicy fields that say who may call (extAuth, jwtAuth, basicAuth, apiKeyAuth, oauth2) and how much
// (rateLimit) were listed as "Not read": a pull request that drops the Gateway's JWT check, or switches its external
// auth off on the route to the MCP tools, gave no event. Fixture written after kgateway/traffic_policy_types.go
// @181f64abdc64, ext_auth_types.go @94370cb17197, jwt_types.go @43e35f1575b3 and basic_auth_types.go @fbd53a3a784c.
const AUTH = readFileSync(join(ROOT, 'test/fixtures/kinds/kgateway/traffic-policy-auth.yaml'), 'utf8');

test('TrafficPolicy caller checks and rate limits, per route: a route that disables the Gateway external auth has none', () => {
  const r = readSurface([readManifestText(AUTH, FILE)]);
  assert.deepEqual(r.problems, []);
  assert.deepEqual(
    r.inventory.mcpServers.map((s) => [s.target, s.authorization]),
    [
      [
        'github',
        ['HTTP Require: JWT by GatewayExtension keycloak-jwt', 'HTTP Require: basic authentication, users ops'],
      ],
    ],
  );
  const [m] = r.inventory.models;
  assert.deepEqual(m.authorization, [
    'Require: API key from Secret chat-keys',
    'Require: JWT by GatewayExtension keycloak-jwt',
    'Require: external authorization by GatewayExtension ext-authz',
  ]);
  assert.deepEqual(m.guardrails, [
    'rate limit 100 requests per 1m, +10 a fill',
    'rate limit by GatewayExtension rate-limiter: agent=support-bot, header x-user-id',
  ]);
});

test('in a pull request: the JWT check dropped on the Gateway, external auth disabled on a route, a bigger bucket', () => {
  const jwtLine = lineIn(AUTH, '  jwtAuth:');
  const noJwt = AUTH.replace('  jwtAuth:\n    extensionRef: {name: keycloak-jwt}\n', '');
  assert.deepEqual(
    diffSurfaces(surface(AUTH), surface(noJwt)).map((e) => [e.type, e.direction, e.line, e.subject]),
    [
      ['model-version-updated', 'widened', jwtLine, 'Backend agents/openai: authorization'],
      ['tool-surface-modified', 'widened', jwtLine, 'Backend agents/tools target github: tool authorization'],
    ],
  );
  // The chat route switches the Gateway's external auth off: the model loses it, at the Gateway's line.
  const disabled = AUTH.replace('  apiKeyAuth:\n', '  extAuth:\n    disable: {}\n  apiKeyAuth:\n');
  assert.deepEqual(
    diffSurfaces(surface(AUTH), surface(disabled)).map((e) => [e.type, e.direction, e.line, e.before, e.after]),
    [
      [
        'model-version-updated',
        'widened',
        lineIn(AUTH, '  extAuth:'),
        [
          'Require: API key from Secret chat-keys',
          'Require: JWT by GatewayExtension keycloak-jwt',
          'Require: external authorization by GatewayExtension ext-authz',
        ],
        ['Require: API key from Secret chat-keys', 'Require: JWT by GatewayExtension keycloak-jwt'],
      ],
    ],
  );
  const bigger = AUTH.replace('maxTokens: 100,', 'maxTokens: 10000,');
  assert.deepEqual(
    diffSurfaces(surface(AUTH), surface(bigger)).map((e) => [e.type, e.direction, e.line, e.subject]),
    [['model-version-updated', 'widened', lineIn(bigger, 'tokenBucket:'), 'Backend agents/openai: guardrails']],
  );
});
