import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import jsYaml from 'js-yaml';
import { commit, convergeInit, type DiffJson, diffJson, edit, line, reopened } from './scenario.js';
import { tempDir } from '../helpers/fixtures.js';
import type { ThreatCatalog } from '../../src/model/catalog.js';

/**
 * An agent that reaches its model and its MCP tools through a standalone agentgateway, configured by the gateway's
 * own config.yaml next to it (agentgateway 75b4e6ce6e0e crates/agentgateway/src/types/local.rs: top-level `routes`
 * with an inline `ai` backend, a named `backends[]` MCP backend, `llm.providers` referenced by `llm.models`). A pull
 * request that rewrites the model, swaps the provider's key or lifts the tool allow-list there is an event at the
 * changed line that re-opens the catalog `init` wrote from the same files (real git repositories and commits).
 */
const APP = 'apps/bot';
const DEPLOY = `${APP}/deploy.yaml`;
const GATEWAY = `${APP}/gateway.yaml`;
const CATALOG = `${APP}/support-bot.threats.yaml`;

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

const CONFIG = `gateways:
  default:
    port: 3000
routes:
- name: chat
  backends:
  - ai:
      name: openai
      provider:
        openAI:
          model: gpt-4o-mini
      policies:
        backendAuth:
          key: $OPENAI_API_KEY
- name: tools
  backends:
  - backend: github
backends:
- name: github
  policies:
    mcpAuthorization:
      rules: ['mcp.tool.name == "get_issue"']
  mcp:
    targets:
    - name: github
      mcp:
        host: https://api.githubcopilot.com/mcp/
llm:
  providers:
  - name: shared
    provider: anthropic
    params:
      apiKey: $ANTHROPIC_API_KEY
  models:
  - name: fast
    provider: {reference: shared}
    params: {model: claude-haiku-4-5}
`;

function repo(): string {
  const dir = tempDir('threatcat-agw-config-');
  mkdirSync(join(dir, APP), { recursive: true });
  writeFileSync(join(dir, DEPLOY), DEPLOYMENT);
  writeFileSync(join(dir, GATEWAY), CONFIG);
  convergeInit(dir, 'support-bot', APP);
  return dir;
}

function pr(dir: string, from: string, to: string): DiffJson {
  edit(dir, GATEWAY, from, to);
  commit(dir, `${from} -> ${to}`);
  return diffJson(dir, '--base', 'HEAD~1', '--head', 'HEAD').out;
}

test('init models the models and MCP servers of the gateway config; a diff of nothing is quiet', () => {
  const dir = repo();
  const c = jsYaml.load(readFileSync(join(dir, CATALOG), 'utf8')) as ThreatCatalog;
  const sources = c.components
    .filter((x) => x.trustSource.kind === 'AgentgatewayConfig')
    .map((x) => [x.category, x.id])
    .sort();
  assert.ok(
    sources.some(([cat]) => cat === 'inference'),
    JSON.stringify(sources),
  );
  assert.ok(
    sources.some(([cat]) => cat === 'mcp-tool'),
    JSON.stringify(sources),
  );
  const none = diffJson(dir, '--base', 'HEAD');
  assert.deepEqual(none.out.events, []);
});

test('a rewritten inline model, a swapped provider key, a lifted allow-list: events at their lines that re-open', () => {
  const dir = repo();
  const model = pr(dir, 'model: gpt-4o-mini', 'model: o3-pro');
  assert.deepEqual(
    model.events.map((e) => [e.type, e.file, e.line]),
    [['model-version-updated', GATEWAY, line(dir, GATEWAY, 'o3-pro')]],
  );
  assert.ok(reopened(model).length > 0, 'the model component has threats to re-open');
  const key = pr(dir, 'apiKey: $ANTHROPIC_API_KEY', 'apiKey: sk-ant-live');
  assert.deepEqual(
    key.events.map((e) => [e.type, e.file, e.line, e.subject]),
    [['model-version-updated', GATEWAY, line(dir, GATEWAY, 'sk-ant-live'), `AgentgatewayConfig ${GATEWAY} fast`]],
  );
  const tools = pr(dir, `rules: ['mcp.tool.name == "get_issue"']`, `rules: ['true']`);
  assert.deepEqual(
    tools.events.map((e) => [e.type, e.direction, e.file]),
    [['tool-surface-modified', 'widened', GATEWAY]],
  );
  assert.ok(reopened(tools).length > 0);
});

/**
 * The same agent behind kgateway 2.0, whose MCP and AI backends are kgateway's own `Backend` kind
 * (gateway.kgateway.dev/v1alpha1, kgateway-dev/kgateway api/v1alpha1 backend_types.go, mcp_backend.go, ai_backend.go
 * at 2efb108bcd93).
 */
const KG_BACKENDS = `apiVersion: gateway.kgateway.dev/v1alpha1
kind: Backend
metadata: {name: github-mcp, namespace: bots}
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
`;
const KG = `${APP}/backends.yaml`;

test('kgateway Backends: init models them; a swapped model or key Secret, a new MCP target are events that re-open', () => {
  const dir = tempDir('threatcat-kgw-backend-');
  mkdirSync(join(dir, APP), { recursive: true });
  writeFileSync(join(dir, DEPLOY), DEPLOYMENT);
  writeFileSync(join(dir, KG), KG_BACKENDS);
  convergeInit(dir, 'support-bot', APP);
  const c = jsYaml.load(readFileSync(join(dir, CATALOG), 'utf8')) as ThreatCatalog;
  assert.deepEqual(
    c.components
      .filter((x) => x.trustSource.kind === 'Backend')
      .map((x) => [x.category, x.trustSource.name])
      .sort(),
    [
      ['inference', 'openai'],
      ['mcp-tool', 'github-mcp'],
    ],
  );
  assert.deepEqual(diffJson(dir, '--base', 'HEAD').out.events, []);
  const step = (from: string, to: string) => {
    edit(dir, KG, from, to);
    commit(dir, `${from} -> ${to}`);
    return diffJson(dir, '--base', 'HEAD~1', '--head', 'HEAD').out;
  };
  const model = step('{name: openai-secret}', '{name: openai-org-admin}');
  assert.deepEqual(
    model.events.map((e) => [e.type, e.file, e.line, e.subject]),
    [['model-version-updated', KG, line(dir, KG, 'openai-org-admin'), 'Backend bots/openai']],
  );
  assert.ok(reopened(model).length > 0);
  const added = step(
    '    - name: github\n',
    '    - name: shell\n      static: {host: shell-mcp.tools.svc.cluster.local, port: 9000}\n    - name: github\n',
  );
  assert.deepEqual(
    added.events.map((e) => [e.type, e.file, e.line]),
    [['mcp-connection-added', KG, line(dir, KG, 'name: shell')]],
  );
});

/**
 * The platform team's kgateway TrafficPolicy on the route to the agent's kgateway AI Backend, kept in a shared folder
 * (kgateway-dev/kgateway api/v1alpha1 traffic_policy_types.go, v2.0 line `ai.promptGuard`; shared/rbac.go
 * @5aa980bac6db `rbac`). It was an unknown kind: a pull request that drops the prompt guard or the callers' rule —
 * the checks a catalog's prompt-injection threats rely on — gave no event.
 */
const PLATFORM = 'platform/ai-gateway.yaml';
const KG_POLICY = `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: openai-route, namespace: bots}
spec:
  parentRefs: [{name: ai-gateway}]
  rules:
  - backendRefs: [{group: gateway.kgateway.dev, kind: Backend, name: openai}]
---
apiVersion: gateway.kgateway.dev/v1alpha1
kind: TrafficPolicy
metadata: {name: openai-guard, namespace: bots}
spec:
  targetRefs:
  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: openai-route}
  ai:
    promptGuard:
      request:
        regex:
          action: REJECT
          builtins: [SSN, CREDIT_CARD]
        webhook:
          host: {host: guard.security.svc.cluster.local, port: 8000}
  rbac:
    policy:
      matchExpressions: ['request.headers["x-agent"] == "support-bot"']
`;

test('kgateway TrafficPolicy kept in a platform folder: a prompt guard or the callers rule dropped widens and re-opens', () => {
  const dir = tempDir('threatcat-kgw-policy-');
  mkdirSync(join(dir, APP), { recursive: true });
  mkdirSync(join(dir, 'platform'), { recursive: true });
  writeFileSync(join(dir, DEPLOY), DEPLOYMENT);
  writeFileSync(join(dir, KG), KG_BACKENDS);
  writeFileSync(join(dir, PLATFORM), KG_POLICY);
  convergeInit(dir, 'support-bot', APP);
  assert.deepEqual(diffJson(dir, '--base', 'HEAD').out.events, []);
  const step = (from: string, to: string) => {
    edit(dir, PLATFORM, from, to);
    commit(dir, `${from} -> ${to}`);
    return diffJson(dir, '--base', 'HEAD~1', '--head', 'HEAD').out;
  };
  const webhookLine = line(dir, PLATFORM, 'webhook:');
  const guard = step('        webhook:\n          host: {host: guard.security.svc.cluster.local, port: 8000}\n', '');
  assert.deepEqual(
    guard.events.map((e) => [e.type, e.direction, e.file, e.line, e.subject]),
    [['model-version-updated', 'widened', PLATFORM, webhookLine, 'Backend bots/openai: guardrails']],
  );
  assert.ok(reopened(guard).length > 0, 'the threats on the model re-open');
  const rbacLine = line(dir, PLATFORM, 'rbac:');
  const callers = step(
    `  rbac:\n    policy:\n      matchExpressions: ['request.headers["x-agent"] == "support-bot"']\n`,
    '',
  );
  assert.deepEqual(
    callers.events.map((e) => [e.type, e.direction, e.file, e.line, e.subject]),
    [['model-version-updated', 'widened', PLATFORM, rbacLine, 'Backend bots/openai: authorization']],
  );
  assert.ok(reopened(callers).length > 0, 'the threats on the model re-open');
});

/**
 * The checks the gateway puts in front of the tools and the models, in the shape of agentgateway 75b4e6ce6e0e
 * (crates/agentgateway/src/types/local.rs `LocalPolicy`, `FilterOrPolicy`, `LocalLLMModels.authorization` and
 * `guardrails`, `LocalLLMPolicy.localRateLimit`; schema/config.json `RuleSerde` {allow|deny|require}, `PromptGuard`,
 * `RateLimitSpec`): a deny rule on the route, an allow rule attached by a top-level `policies[]` entry, a prompt guard
 * on the chat route, a model's own authorization and the LLM token budget. Each was passed over, so removing one — the
 * change a security review must not miss — gave no event at all.
 */
const GUARDED = `gateways:
  default:
    port: 3000
routes:
- name: tools
  backends:
  - backend: github
  policies:
    mcpAuthorization:
      rules:
      - deny: 'mcp.tool.name == "delete_repository"'
- name: chat
  backends:
  - ai:
      name: openai
      provider:
        openAI:
          model: gpt-4o-mini
  policies:
    ai:
      promptGuard:
        request:
        - regex:
            action: reject
            rules:
            - builtin: email
            - pattern: '\\b\\d{3}-\\d{2}-\\d{4}\\b'
backends:
- name: github
  mcp:
    targets:
    - name: github
      mcp:
        host: https://api.githubcopilot.com/mcp/
policies:
- name: {name: github-callers, namespace: ""}
  target:
    backend:
      backend: {name: github, namespace: ""}
  policy:
    mcpAuthorization:
      rules:
      - allow: 'jwt.sub == "support-bot"'
llm:
  policies:
    localRateLimit:
    - maxTokens: 20000
      tokensPerFill: 20000
      fillInterval: 60s
      type: tokens
  models:
  - name: fast
    provider: anthropic
    params: {model: claude-haiku-4-5, apiKey: $ANTHROPIC_API_KEY}
    authorization:
      rules:
      - 'jwt.groups.exists(g, g == "support")'
  - name: smart
    provider: anthropic
    params: {model: claude-sonnet-4-5, apiKey: $ANTHROPIC_API_KEY}
  virtualModels:
  - name: auto
    routing:
      weighted:
        targets:
        - model: fast
          weight: 80
        - model: smart
          weight: 20
`;

function guardedRepo(): string {
  const dir = tempDir('threatcat-agw-guards-');
  mkdirSync(join(dir, APP), { recursive: true });
  writeFileSync(join(dir, DEPLOY), DEPLOYMENT);
  writeFileSync(join(dir, GATEWAY), GUARDED);
  convergeInit(dir, 'support-bot', APP);
  return dir;
}

const summary = (out: DiffJson) => out.events.map((e) => [e.type, e.direction, e.line, e.subject]);

test('config policies: a deny rule or an attached allow rule removed widens the tool authorization at that rule', () => {
  const dir = guardedRepo();
  assert.deepEqual(diffJson(dir, '--base', 'HEAD').out.events, []);
  const denyLine = line(dir, GATEWAY, 'delete_repository');
  const deny = pr(
    dir,
    `  policies:\n    mcpAuthorization:\n      rules:\n      - deny: 'mcp.tool.name == "delete_repository"'\n`,
    '',
  );
  // Removed: reported where the rule was (in the base file).
  assert.deepEqual(summary(deny), [
    ['tool-surface-modified', 'widened', denyLine, `AgentgatewayConfig ${GATEWAY} target github: tool authorization`],
  ]);
  assert.ok(reopened(deny).length > 0, 'the tool component has threats to re-open');
  const back = pr(
    dir,
    '    mcpAuthorization:\n      rules:\n      - allow',
    `    mcpAuthorization:\n      rules:\n      - require: 'mcp.tool.name != "delete_repository"'\n      - allow`,
  );
  assert.deepEqual(summary(back), [
    [
      'tool-surface-modified',
      'narrowed',
      line(dir, GATEWAY, `require: 'mcp.tool.name`),
      `AgentgatewayConfig ${GATEWAY} target github: tool authorization`,
    ],
  ]);
  const allowLine = line(dir, GATEWAY, 'jwt.sub == "support-bot"');
  const attached = pr(dir, `      - allow: 'jwt.sub == "support-bot"'\n`, '');
  assert.deepEqual(summary(attached), [
    ['tool-surface-modified', 'widened', allowLine, `AgentgatewayConfig ${GATEWAY} target github: tool authorization`],
  ]);
});

test('config policies: a prompt guard, a model rule, a token budget loosened widen the model; a weight moved is at the weight', () => {
  const dir = guardedRepo();
  const patternLine = line(dir, GATEWAY, 'pattern:');
  const guard = pr(dir, `            - pattern: '\\b\\d{3}-\\d{2}-\\d{4}\\b'\n`, '');
  assert.deepEqual(summary(guard), [
    ['model-version-updated', 'widened', patternLine, `AgentgatewayConfig ${GATEWAY} openai: guardrails`],
  ]);
  assert.ok(reopened(guard).length > 0, 'the model component has threats to re-open');
  const rule = pr(dir, `      - 'jwt.groups.exists(g, g == "support")'`, `      - 'true'`);
  assert.deepEqual(summary(rule), [
    [
      'model-version-updated',
      'widened',
      line(dir, GATEWAY, `- 'true'`),
      `AgentgatewayConfig ${GATEWAY} fast: authorization`,
    ],
  ]);
  const budget = pr(dir, '    - maxTokens: 20000', '    - maxTokens: 500000');
  assert.deepEqual(
    summary(budget).map(([type, direction, at]) => [type, direction, at]),
    [
      ['model-version-updated', 'widened', line(dir, GATEWAY, 'maxTokens: 500000')],
      ['model-version-updated', 'widened', line(dir, GATEWAY, 'maxTokens: 500000')],
    ],
  );
  const moved = pr(
    dir,
    'weight: 80\n        - model: smart\n          weight: 20',
    'weight: 10\n        - model: smart\n          weight: 90',
  );
  assert.deepEqual(summary(moved), [
    ['model-version-updated', 'changed', line(dir, GATEWAY, 'weight: 10'), `AgentgatewayConfig ${GATEWAY} auto`],
  ]);
});

/**
 * The agent's model behind Envoy AI Gateway (envoyproxy/ai-gateway api/v1beta1 ai_gateway_route.go,
 * ai_service_backend.go, backendsecurity_policy.go and examples/basic at c217da8a5395): an AIGatewayRoute rule for
 * the model the agent asks for, the AIServiceBackend and Envoy Gateway Backend of the provider, the
 * BackendSecurityPolicy with its key. These kinds were not read: swapping the model sent, or the provider the route
 * sends it to, gave 0 events.
 */
const EAIGW = `${APP}/llm-route.yaml`;
const EAIGW_ROUTE = `apiVersion: aigateway.envoyproxy.io/v1beta1
kind: AIGatewayRoute
metadata: {name: support-llm, namespace: bots}
spec:
  parentRefs:
    - {name: ai-gateway, kind: Gateway, group: gateway.networking.k8s.io}
  rules:
    - matches:
        - headers:
            - {type: Exact, name: x-ai-eg-model, value: support-chat}
      backendRefs:
        - name: openai
          modelNameOverride: gpt-4o-mini
---
apiVersion: aigateway.envoyproxy.io/v1beta1
kind: AIServiceBackend
metadata: {name: openai, namespace: bots}
spec:
  schema: {name: OpenAI}
  backendRef: {name: openai, kind: Backend, group: gateway.envoyproxy.io}
---
apiVersion: aigateway.envoyproxy.io/v1beta1
kind: AIServiceBackend
metadata: {name: vertex, namespace: bots}
spec:
  schema: {name: GCPVertexAI}
  backendRef: {name: vertex, kind: Backend, group: gateway.envoyproxy.io}
---
apiVersion: aigateway.envoyproxy.io/v1beta1
kind: BackendSecurityPolicy
metadata: {name: openai-key, namespace: bots}
spec:
  targetRefs:
    - {group: aigateway.envoyproxy.io, kind: AIServiceBackend, name: openai}
  type: APIKey
  apiKey:
    secretRef: {name: support-openai-key}
---
apiVersion: gateway.envoyproxy.io/v1alpha1
kind: Backend
metadata: {name: openai, namespace: bots}
spec:
  endpoints:
    - fqdn: {hostname: api.openai.com, port: 443}
---
apiVersion: gateway.envoyproxy.io/v1alpha1
kind: Backend
metadata: {name: vertex, namespace: bots}
spec:
  endpoints:
    - fqdn: {hostname: us-central1-aiplatform.googleapis.com, port: 443}
`;

test('Envoy AI Gateway: init models the route to the model; a swapped model or provider is an event that re-opens', () => {
  const dir = tempDir('threatcat-eaigw-');
  mkdirSync(join(dir, APP), { recursive: true });
  writeFileSync(join(dir, DEPLOY), DEPLOYMENT);
  writeFileSync(join(dir, EAIGW), EAIGW_ROUTE);
  convergeInit(dir, 'support-bot', APP);
  const c = jsYaml.load(readFileSync(join(dir, CATALOG), 'utf8')) as ThreatCatalog;
  assert.deepEqual(
    c.components.filter((x) => x.trustSource.kind === 'AIGatewayRoute').map((x) => [x.category, x.trustSource.name]),
    [['inference', 'support-llm']],
  );
  assert.deepEqual(diffJson(dir, '--base', 'HEAD').out.events, []);
  const step = (from: string, to: string) => {
    edit(dir, EAIGW, from, to);
    commit(dir, `${from} -> ${to}`);
    return diffJson(dir, '--base', 'HEAD~1', '--head', 'HEAD').out;
  };
  const model = step('modelNameOverride: gpt-4o-mini', 'modelNameOverride: o3-pro');
  assert.deepEqual(
    model.events.map((e) => [e.type, e.file, e.line, e.subject]),
    [
      [
        'model-version-updated',
        EAIGW,
        line(dir, EAIGW, 'o3-pro'),
        'AIGatewayRoute bots/support-llm support-chat/openai',
      ],
    ],
  );
  assert.ok(reopened(model).length > 0, 'the model component has threats to re-open');
  const provider = step(
    '        - name: openai\n          modelNameOverride: o3-pro',
    '        - name: vertex\n          modelNameOverride: gemini-2.5-pro',
  );
  assert.deepEqual(
    provider.events.map((e) => [e.type, e.file, e.line]),
    [['model-version-updated', EAIGW, line(dir, EAIGW, '- name: vertex')]],
  );
});

/**
 * The platform team keeps the shared AIServiceBackend, its BackendSecurityPolicy and the Envoy Gateway Backend in a
 * folder of its own; the agent's folder holds only its AIGatewayRoute. They are followed by name, so a pull request
 * there that swaps the provider key or points the upstream at another host is this agent's model event.
 */
test('Envoy AI Gateway backends kept in a platform folder: another key or upstream host there is the agent event', () => {
  const dir = tempDir('threatcat-eaigw-platform-');
  mkdirSync(join(dir, APP), { recursive: true });
  mkdirSync(join(dir, 'platform/ai'), { recursive: true });
  writeFileSync(join(dir, DEPLOY), DEPLOYMENT);
  writeFileSync(
    join(dir, EAIGW),
    EAIGW_ROUTE.split('---\n')[0].replace(
      '        - name: openai\n',
      '        - name: shared-openai\n          namespace: ai-platform\n',
    ),
  );
  const PROVIDERS = 'platform/ai/providers.yaml';
  writeFileSync(
    join(dir, PROVIDERS),
    `apiVersion: aigateway.envoyproxy.io/v1beta1
kind: AIServiceBackend
metadata: {name: shared-openai, namespace: ai-platform}
spec:
  schema: {name: OpenAI}
  backendRef: {name: openai-upstream, kind: Backend, group: gateway.envoyproxy.io}
---
apiVersion: aigateway.envoyproxy.io/v1beta1
kind: BackendSecurityPolicy
metadata: {name: shared-openai-key, namespace: ai-platform}
spec:
  targetRefs:
    - {group: aigateway.envoyproxy.io, kind: AIServiceBackend, name: shared-openai}
  type: APIKey
  apiKey:
    secretRef: {name: openai-platform-key}
`,
  );
  const UPSTREAMS = 'platform/ai/upstreams.yaml';
  writeFileSync(
    join(dir, UPSTREAMS),
    `apiVersion: gateway.envoyproxy.io/v1alpha1
kind: Backend
metadata: {name: openai-upstream, namespace: ai-platform}
spec:
  endpoints:
    - fqdn: {hostname: api.openai.com, port: 443}
`,
  );
  convergeInit(dir, 'support-bot', APP);
  const c = jsYaml.load(readFileSync(join(dir, CATALOG), 'utf8')) as ThreatCatalog;
  assert.match(
    c.components.find((x) => x.trustSource.kind === 'AIGatewayRoute')!.description ?? '',
    /OpenAI gpt-4o-mini at api\.openai\.com:443/,
  );
  const step = (path: string, from: string, to: string) => {
    edit(dir, path, from, to);
    commit(dir, `${from} -> ${to}`);
    return diffJson(dir, '--base', 'HEAD~1', '--head', 'HEAD').out;
  };
  const key = step(PROVIDERS, 'openai-platform-key', 'openai-admin-key');
  assert.deepEqual(
    key.events.map((e) => [e.type, e.file, e.line, e.agent]),
    [['model-version-updated', PROVIDERS, line(dir, PROVIDERS, 'secretRef:'), 'bots/support-bot']],
  );
  assert.ok(reopened(key).length > 0);
  const host = step(UPSTREAMS, 'api.openai.com', 'openai-proxy.example.net');
  assert.deepEqual(
    host.events.map((e) => [e.type, e.file, e.line]),
    [['model-version-updated', UPSTREAMS, line(dir, UPSTREAMS, 'fqdn:')]],
  );
});
