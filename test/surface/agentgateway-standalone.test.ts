// agentgateway's own config.yaml (standalone, or mounted into a pod from a ConfigMap) has no apiVersion or kind, and
// was skipped as "not a Kubernetes object": its MCP targets (a stdio command that runs next to the gateway, a remote
// MCP host) and its LLM models (with their API keys) were invisible. It is recognised by its shape. Fixtures written
// after agentgateway's examples/*/config.yaml and crates/agentgateway/src/types/local.rs at 75b4e6ce6e0e.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findAgentSurface, readSurface } from '../../src/read/manifests/surface.js';
import { readManifestText } from '../../src/read/manifests/manifest-file.js';
import { diffSurfaces } from '../../src/analyse/surface-diff.js';
import { lineIn } from '../helpers/samples.js';

const AGENT = `apiVersion: apps/v1
kind: Deployment
metadata: {name: app, namespace: models}
spec: {template: {spec: {containers: [{name: a, image: app:1}]}}}
`;
const KEY = { kind: 'Deployment', name: 'app', namespace: 'models' };
const FILE = 'gateway/config.yaml';
const surface = (text: string) =>
  findAgentSurface([readManifestText(text, FILE), readManifestText(AGENT, 'gateway/app.yaml')], KEY);
const read = (text: string, file = FILE) => readSurface([readManifestText(text, file)]);

const SIMPLE = `mcp:
  port: 3000
  policies:
    backendAuth:
      passthrough: {}
    mcpAuthorization:
      rules:
      - 'mcp.tool.name == "echo"'
      - 'jwt.sub == "test-user" && mcp.tool.name == "get-sum"'
  targets:
  - name: everything
    stdio:
      cmd: npx
      args: ["@modelcontextprotocol/server-everything"]
      env: {GITHUB_TOKEN: "$GITHUB_TOKEN"}
  - name: remote
    mcp:
      host: http://localhost:3001/mcp
`;

test('the simple mcp section: stdio and remote targets, their allow rules and the credentials they carry', () => {
  const r = read(SIMPLE);
  assert.deepEqual(r.problems, []);
  const s = Object.fromEntries(r.inventory.mcpServers.map((x) => [x.target, x]));
  assert.deepEqual(Object.keys(s), ['everything', 'remote']);
  assert.equal(s.everything.ref.kind, 'AgentgatewayConfig');
  assert.equal(s.everything.ref.name, FILE);
  assert.deepEqual(
    [s.everything.transport, s.everything.command, s.everything.args],
    ['stdio', 'npx', ['@modelcontextprotocol/server-everything']],
  );
  assert.deepEqual(s.everything.credentials, [
    'env GITHUB_TOKEN written in the file',
    'header Authorization forwarded from the caller',
  ]);
  assert.deepEqual([s.remote.url, s.remote.transport], ['http://localhost:3001/mcp', 'StreamableHTTP']);
  // Each rule allows; the second only for one caller, but only the tool it names.
  assert.deepEqual(s.remote.allowedTools, ['echo', 'get-sum']);
});

const MULTIPLEX = `binds:
- port: 3000
  listeners:
  - routes:
    - name: tools
      policies:
        mcpAuthorization:
          rules: ['mcp.tool.name == "get_current_time"']
      backends:
      - mcp:
          targets:
          - name: time
            stdio: {cmd: uvx, args: ["mcp-server-time"]}
          - name: openapi
            openapi:
              schema: {file: ./openapi.json}
              host: localhost:8080
`;

test('targets under binds, listeners and routes, with the route policies', () => {
  const r = read(MULTIPLEX);
  assert.deepEqual(r.problems, []);
  const s = Object.fromEntries(r.inventory.mcpServers.map((x) => [x.target, x]));
  assert.deepEqual(s.time.allowedTools, ['get_current_time']);
  assert.deepEqual([s.openapi.url, s.openapi.transport], ['http://localhost:8080', 'openapi']);
});

test('a new stdio target is a new connection in the cluster; a dropped allow rule widens the tools', () => {
  const added = SIMPLE.replace(
    '  - name: remote\n',
    '  - name: shell\n    stdio: {cmd: bash, args: ["-c", "mcp-shell"]}\n  - name: remote\n',
  );
  const events = diffSurfaces(surface(SIMPLE), surface(added)).filter((e) => e.type === 'mcp-connection-added');
  assert.deepEqual(
    events.map((e) => [e.subject, e.line, e.scope.inCluster]),
    [[`AgentgatewayConfig ${FILE} target shell`, lineIn(added, 'name: shell'), true]],
  );
  const lifted = SIMPLE.replace(`      - 'mcp.tool.name == "echo"'\n`, '').replace(
    `      - 'jwt.sub == "test-user" && mcp.tool.name == "get-sum"'\n`,
    `      - 'jwt.sub == "test-user"'\n`,
  );
  const widened = diffSurfaces(surface(SIMPLE), surface(lifted)).filter((e) =>
    e.subject.endsWith('target remote: allowed tools'),
  );
  assert.deepEqual(
    widened.map((e) => [e.type, e.direction, e.before, e.after]),
    [['tool-surface-modified', 'widened', ['echo', 'get-sum'], 'all']],
  );
});

const LLM = `config:
  readinessAddr: 127.0.0.1:19001
llm:
  port: 4000
  models:
  - name: smart
    provider: openAI
    params:
      model: gpt-5.5
      apiKey: $OPENAI_API_KEY
  - name: anthropic/*
    provider: anthropic
    params:
      apiKey: $ANTHROPIC_API_KEY
`;

test('llm.models: the model each name serves, its provider and where its key comes from; a swap is a model update', () => {
  const r = read(LLM);
  assert.deepEqual(r.problems, []);
  const m = Object.fromEntries(r.inventory.models.map((x) => [x.target, x]));
  assert.deepEqual(
    [m.smart.use, m.smart.provider, m.smart.model, m.smart.credentials],
    ['gateway', 'openAI', 'gpt-5.5', ['apiKey from env OPENAI_API_KEY']],
  );
  assert.equal(m['anthropic/*'].model, 'anthropic/*');
  const swapped = LLM.replace('model: gpt-5.5', 'model: gpt-5.5-pro').replace(
    'apiKey: $OPENAI_API_KEY',
    'apiKey: sk-live-abc',
  );
  const events = diffSurfaces(surface(LLM), surface(swapped));
  assert.deepEqual(
    events.map((e) => [e.type, e.subject, e.line, (e.after as { credentials?: string }).credentials]),
    [
      [
        'model-version-updated',
        `AgentgatewayConfig ${FILE} smart`,
        lineIn(swapped, 'gpt-5.5-pro'),
        'apiKey written in the file',
      ],
    ],
  );
});

test('other YAML without apiVersion is not taken for a config; a target without a kind is a problem', () => {
  // A Helm values file with an `mcp` key among its own keys, and a config.json, are not agentgateway configs.
  assert.deepEqual(read(`replicaCount: 1\n${SIMPLE}`).inventory.mcpServers, []);
  assert.deepEqual(read(SIMPLE, 'gateway/config.json').inventory.mcpServers, []);
  assert.deepEqual(read('mcp: {port: 3000}\n').inventory.mcpServers, []);
  const bad = SIMPLE.replace('    mcp:\n      host: http://localhost:3001/mcp\n', '    oops: {}\n');
  const r = read(bad);
  assert.deepEqual(
    r.problems.map((p) => [p.position.line, p.message]),
    [
      [
        lineIn(bad, 'name: remote'),
        'agentgateway config: mcp.targets[1] needs a name and one of stdio, mcp, sse, openapi',
      ],
    ],
  );
});
