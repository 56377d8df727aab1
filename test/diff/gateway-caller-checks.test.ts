import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { commit, convergeInit, type DiffJson, diffJson, edit, line, reopened } from './scenario.js';
import { tempDir } from '../helpers/fixtures.js';

/**
 * The gateway in front of an agent's MCP tools and model checks who calls (JWT, basic or API-key authentication, an
 * external authorization server) and how much (rate limits). A pull request that drops the JWT check in front of the
 * tools lets anything in the cluster call them; one that lifts the token budget lets a looping agent spend without
 * bound. Both passed without an event: the fields were not read. Here each is one event at its line, in real git
 * repositories, against the catalog `init` wrote from the same files. Manifests written after agentgateway
 * 75b4e6ce6e0e (controller/api/v1alpha1/agentgateway/agentgateway_policy_types.go; crates/agentgateway/src/types/
 * local.rs) and kgateway-dev/kgateway kgateway/traffic_policy_types.go @181f64abdc64.
 */
const APP = 'apps/bot';
const DEPLOY = `${APP}/deploy.yaml`;
const GATEWAY = `${APP}/gateway.yaml`;

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata: {name: support-bot, namespace: bots}
spec:
  selector: {matchLabels: {app: support-bot}}
  template:
    metadata: {labels: {app: support-bot}}
    spec:
      containers:
        - name: agent
          image: ghcr.io/acme/support-bot:1.4.0
`;

const ROUTES = (group: string, kind: string) => `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: tools, namespace: bots}
spec:
  parentRefs: [{name: agw}]
  rules:
    - backendRefs: [{group: ${group}, kind: ${kind}, name: tools}]
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: chat, namespace: bots}
spec:
  parentRefs: [{name: agw}]
  rules:
    - backendRefs: [{group: ${group}, kind: ${kind}, name: openai}]
`;

const AGENTGATEWAY = `apiVersion: agentgateway.dev/v1alpha1
kind: AgentgatewayBackend
metadata: {name: tools, namespace: bots}
spec:
  mcp:
    targets:
      - name: github
        static: {host: github-mcp.tools.svc.cluster.local, port: 8080}
---
apiVersion: agentgateway.dev/v1alpha1
kind: AgentgatewayBackend
metadata: {name: openai, namespace: bots}
spec:
  ai:
    provider:
      openai: {model: gpt-4o-mini}
---
${ROUTES('agentgateway.dev', 'AgentgatewayBackend')}---
apiVersion: agentgateway.dev/v1alpha1
kind: AgentgatewayPolicy
metadata: {name: tools-callers, namespace: bots}
spec:
  targetRefs: [{group: gateway.networking.k8s.io, kind: HTTPRoute, name: tools}]
  traffic:
    jwtAuthentication:
      providers:
        - issuer: https://keycloak.example.com/realms/agents
          audiences: [github-mcp]
          jwks: {remote: {url: https://keycloak.example.com/realms/agents/certs}}
---
apiVersion: agentgateway.dev/v1alpha1
kind: AgentgatewayPolicy
metadata: {name: chat-budget, namespace: bots}
spec:
  targetRefs: [{group: gateway.networking.k8s.io, kind: HTTPRoute, name: chat}]
  traffic:
    extAuth:
      backendRef: {name: opa, port: 9191}
      grpc: {}
    rateLimit:
      local:
        - {tokens: 20000, unit: Minutes}
`;

function repo(files: Record<string, string>): string {
  const dir = tempDir('threatcat-gw-callers-');
  mkdirSync(join(dir, APP), { recursive: true });
  writeFileSync(join(dir, DEPLOY), DEPLOYMENT);
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
  convergeInit(dir, 'support-bot', APP);
  assert.deepEqual(diffJson(dir, '--base', 'HEAD').out.events, [], 'nothing changed: no event');
  return dir;
}

function pr(dir: string, path: string, from: string, to: string): DiffJson {
  edit(dir, path, from, to);
  commit(dir, `${from} -> ${to}`);
  return diffJson(dir, '--base', 'HEAD~1', '--head', 'HEAD').out;
}

const summary = (out: DiffJson) => out.events.map((e) => [e.type, e.direction, e.file, e.line, e.subject]);

const JWT = `    jwtAuthentication:
      providers:
        - issuer: https://keycloak.example.com/realms/agents
          audiences: [github-mcp]
          jwks: {remote: {url: https://keycloak.example.com/realms/agents/certs}}
`;

test('AgentgatewayPolicy: the JWT check on the route to the MCP tools removed widens them at its line; put back, narrows', () => {
  const dir = repo({ [GATEWAY]: AGENTGATEWAY });
  const jwtLine = line(dir, GATEWAY, 'jwtAuthentication:');
  const removed = pr(dir, GATEWAY, JWT, '    timeouts: {request: 30s}\n');
  assert.deepEqual(summary(removed), [
    [
      'tool-surface-modified',
      'widened',
      GATEWAY,
      jwtLine,
      'AgentgatewayBackend bots/tools target github: tool authorization',
    ],
  ]);
  assert.ok(reopened(removed).length > 0, 'the threats on the tool server re-open');
  const back = pr(dir, GATEWAY, '    timeouts: {request: 30s}\n', JWT);
  assert.deepEqual(
    back.events.map((e) => [e.type, e.direction, e.line]),
    [['tool-surface-modified', 'narrowed', line(dir, GATEWAY, 'jwtAuthentication:')]],
  );
});

test('AgentgatewayPolicy: a JWT check made Optional, the external authorization dropped, a bigger token budget', () => {
  const dir = repo({ [GATEWAY]: AGENTGATEWAY });
  const optional = pr(dir, GATEWAY, '    jwtAuthentication:\n', '    jwtAuthentication:\n      mode: Optional\n');
  assert.deepEqual(
    optional.events.map((e) => [e.type, e.direction, e.line]),
    [['tool-surface-modified', 'widened', line(dir, GATEWAY, 'jwtAuthentication:')]],
  );
  const extLine = line(dir, GATEWAY, 'extAuth:');
  const ext = pr(dir, GATEWAY, '    extAuth:\n      backendRef: {name: opa, port: 9191}\n      grpc: {}\n', '');
  assert.deepEqual(summary(ext), [
    ['model-version-updated', 'widened', GATEWAY, extLine, 'AgentgatewayBackend bots/openai: authorization'],
  ]);
  assert.ok(reopened(ext).length > 0, 'the threats on the model re-open');
  const budget = pr(dir, GATEWAY, '{tokens: 20000, unit: Minutes}', '{tokens: 500000, unit: Minutes}');
  assert.deepEqual(summary(budget), [
    [
      'model-version-updated',
      'widened',
      GATEWAY,
      line(dir, GATEWAY, 'tokens: 500000'),
      'AgentgatewayBackend bots/openai: guardrails',
    ],
  ]);
  // The catalog's resource-overload threat (a looping agent exhausting the model quota) re-opens on it.
  assert.ok(reopened(budget).includes('support-bot.L4-resource-overload'), JSON.stringify(reopened(budget)));
});

const KGATEWAY = `apiVersion: gateway.kgateway.dev/v1alpha1
kind: Backend
metadata: {name: tools, namespace: bots}
spec:
  type: MCP
  mcp:
    targets:
      - name: github
        static: {host: github-mcp.tools.svc.cluster.local, port: 8080}
---
apiVersion: gateway.kgateway.dev/v1alpha1
kind: Backend
metadata: {name: openai, namespace: bots}
spec:
  type: AI
  ai:
    llm:
      provider:
        openai:
          model: gpt-4o-mini
          authToken: {kind: SecretRef, secretRef: {name: openai-secret}}
---
${ROUTES('gateway.kgateway.dev', 'Backend')}---
apiVersion: gateway.kgateway.dev/v1alpha1
kind: TrafficPolicy
metadata: {name: tools-callers, namespace: bots}
spec:
  targetRefs: [{group: gateway.networking.k8s.io, kind: HTTPRoute, name: tools}]
  extAuth:
    extensionRef: {name: ext-authz}
---
apiVersion: gateway.kgateway.dev/v1alpha1
kind: TrafficPolicy
metadata: {name: chat-budget, namespace: bots}
spec:
  targetRefs: [{group: gateway.networking.k8s.io, kind: HTTPRoute, name: chat}]
  rateLimit:
    local:
      tokenBucket: {maxTokens: 60, tokensPerFill: 60, fillInterval: 1m}
`;

test('kgateway TrafficPolicy: external auth switched off on the tools route, a bigger request bucket on the chat route', () => {
  const dir = repo({ [GATEWAY]: KGATEWAY });
  const extLine = line(dir, GATEWAY, 'extAuth:');
  const off = pr(dir, GATEWAY, '    extensionRef: {name: ext-authz}\n', '    disable: {}\n');
  assert.deepEqual(summary(off), [
    ['tool-surface-modified', 'widened', GATEWAY, extLine, 'Backend bots/tools target github: tool authorization'],
  ]);
  assert.ok(reopened(off).length > 0, 'the threats on the tool server re-open');
  const bucket = pr(dir, GATEWAY, '{maxTokens: 60, tokensPerFill: 60,', '{maxTokens: 6000, tokensPerFill: 6000,');
  assert.deepEqual(summary(bucket), [
    [
      'model-version-updated',
      'widened',
      GATEWAY,
      line(dir, GATEWAY, 'tokenBucket:'),
      'Backend bots/openai: guardrails',
    ],
  ]);
});

const CONFIG = `${APP}/config.yaml`;
const CONFIG_TEXT = `gateways:
  default:
    port: 3000
routes:
- name: tools
  backends:
  - mcp:
      targets:
      - name: github
        mcp:
          host: http://github-mcp.tools.svc.cluster.local:8080/mcp
  policies:
    jwtAuth:
      mode: strict
      issuer: https://keycloak.example.com/realms/agents
      audiences: [github-mcp]
      jwks:
        url: https://keycloak.example.com/realms/agents/certs
`;

test('agentgateway config: a strict jwtAuth removed from the route to the MCP tools widens them at its line', () => {
  const dir = repo({ [CONFIG]: CONFIG_TEXT });
  const jwtLine = line(dir, CONFIG, 'jwtAuth:');
  const removed = pr(
    dir,
    CONFIG,
    CONFIG_TEXT.slice(CONFIG_TEXT.indexOf('    jwtAuth:')),
    '    cors: {allowOrigins: ["*"]}\n',
  );
  assert.deepEqual(summary(removed), [
    [
      'tool-surface-modified',
      'widened',
      CONFIG,
      jwtLine,
      `AgentgatewayConfig ${CONFIG} target github: tool authorization`,
    ],
  ]);
  assert.ok(reopened(removed).length > 0, 'the threats on the tool server re-open');
});
