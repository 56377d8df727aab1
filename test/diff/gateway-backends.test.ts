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
