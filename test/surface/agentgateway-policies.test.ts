// An AgentgatewayBackend's `policies` decide what the agent really gets through the gateway: which MCP tools
// may be called (mcp.authorization, CEL), which credentials the gateway adds (auth), and which model answers
// (ai.overrides / ai.transformations on `model`). A pull request that deletes a tool allow-list, swaps the
// credential or overrides the model must show as surface events, never pass silently. Fixtures written from
// agentgateway's API types (controller/api/v1alpha1/agentgateway, agentgateway 75b4e6ce6e0e).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findAgentSurface, readSurface } from '../../src/read/manifests/surface.js';
import { readManifestText } from '../../src/read/manifests/manifest-file.js';
import { diffSurfaces } from '../../src/analyse/surface-diff.js';
import { lineIn } from '../helpers/samples.js';

const AGENT = readManifestText(
  `apiVersion: apps/v1
kind: Deployment
metadata: {name: app, namespace: models}
spec: {template: {spec: {containers: [{name: a, image: app:1}]}}}
`,
  'gw/app.yaml',
);
const KEY = { kind: 'Deployment', name: 'app', namespace: 'models' };

const TOOLS = `apiVersion: agentgateway.dev/v1alpha1
kind: AgentgatewayBackend
metadata: {name: tools, namespace: models}
spec:
  mcp:
    targets:
      - name: github
        static: {host: api.githubcopilot.com, port: 443, path: /mcp/}
      - name: internal
        static:
          host: mcp.internal
          port: 8080
          policies:
            auth:
              secretRef: {name: internal-token, key: token}
  policies:
    auth:
      secretRef: {name: github-pat}
    mcp:
      authorization:
        action: Allow
        policy:
          matchExpressions: ['mcp.tool.name == "get_issue" || mcp.tool.name == ''list_issues''']
`;

const LLM = `apiVersion: agentgateway.dev/v1alpha1
kind: AgentgatewayBackend
metadata: {name: llm, namespace: models}
spec:
  ai:
    provider:
      openai: {model: gpt-4o-mini}
`;

const surface = (...texts: string[]) =>
  findAgentSurface([...texts.map((t, i) => readManifestText(t, `gw/b${i}.yaml`)), AGENT], KEY);

test('a backend MCP authorization rule that names tools is the targets allowed tools; auth is their credentials', () => {
  const r = readSurface([readManifestText(TOOLS, 'gw/b0.yaml')]);
  assert.deepEqual(r.problems, []);
  const byTarget = Object.fromEntries(r.inventory.mcpServers.map((s) => [s.target, s]));
  assert.deepEqual(byTarget.github.allowedTools, ['get_issue', 'list_issues']);
  assert.deepEqual(byTarget.github.authorization, [
    `Allow: mcp.tool.name == "get_issue" || mcp.tool.name == 'list_issues'`,
  ]);
  // The backend's auth, unless the target sets its own.
  assert.deepEqual(byTarget.github.credentials, ['header Authorization from Secret github-pat/Authorization']);
  assert.deepEqual(byTarget.internal.credentials, ['header Authorization from Secret internal-token/token']);
});

test('a rule keyed on the caller is recorded but lets every tool through; a Deny rule names no allowed tools', () => {
  const byCaller = TOOLS.replace(
    `['mcp.tool.name == "get_issue" || mcp.tool.name == ''list_issues''']`,
    `['jwt.sub == "ops"']`,
  );
  const s = readSurface([readManifestText(byCaller, 'gw/b0.yaml')]).inventory.mcpServers[0];
  assert.equal(s.allowedTools, undefined);
  assert.deepEqual(s.authorization, ['Allow: jwt.sub == "ops"']);
  const deny = TOOLS.replace('action: Allow', 'action: Deny');
  const d = readSurface([readManifestText(deny, 'gw/b0.yaml')]).inventory.mcpServers[0];
  assert.equal(d.allowedTools, undefined);
  assert.match(d.authorization![0], /^Deny: /);
  const list = TOOLS.replace(
    `['mcp.tool.name == "get_issue" || mcp.tool.name == ''list_issues''']`,
    `['mcp.tool.name in ["a", "b"]', 'jwt.sub == "ops"']`,
  );
  assert.deepEqual(readSurface([readManifestText(list, 'gw/b0.yaml')]).inventory.mcpServers[0].allowedTools, [
    'a',
    'b',
  ]);
});

test('deleting the allow-list is a widening of the allowed tools, at the target, though the tool list is unknown', () => {
  const head = TOOLS.replace(/ {4}mcp:\n {6}authorization:[\s\S]*$/, '');
  const events = diffSurfaces(surface(TOOLS), surface(head)).filter((e) => e.subject.includes('target github'));
  assert.deepEqual(
    events.map((e) => [e.type, e.direction, e.subject, e.before, e.after]),
    [
      [
        'tool-surface-modified',
        'widened',
        'AgentgatewayBackend models/tools target github: allowed tools',
        ['get_issue', 'list_issues'],
        'all',
      ],
    ],
  );
});

test('a changed caller rule, and a swapped backend credential, are tool-surface changes on their lines', () => {
  const base = TOOLS.replace(
    `['mcp.tool.name == "get_issue" || mcp.tool.name == ''list_issues''']`,
    `['jwt.sub == "ops"']`,
  );
  const head = base.replace('jwt.sub == "ops"', 'jwt.sub != ""').replace('name: github-pat', 'name: org-admin-pat');
  const events = diffSurfaces(surface(base), surface(head)).filter((e) => e.subject.includes('target github'));
  assert.deepEqual(
    events.map((e) => [e.type, e.subject, e.line]).sort(),
    [
      [
        'tool-surface-modified',
        'AgentgatewayBackend models/tools target github: credentials',
        lineIn(head, 'org-admin-pat'),
      ],
      [
        'tool-surface-modified',
        'AgentgatewayBackend models/tools target github: tool authorization',
        lineIn(head, 'authorization:'),
      ],
    ].sort(),
  );
});

test('an override of the model on the backend or the provider is the model the agent gets', () => {
  const overridden = `${LLM}  policies:\n    ai:\n      overrides:\n        - {field: temperature, value: 0}\n        - {field: model, value: o3-pro}\n`;
  const events = diffSurfaces(surface(LLM), surface(overridden));
  assert.deepEqual(
    events.map((e) => [e.type, e.line, (e.before as { model?: string }).model, (e.after as { model?: string }).model]),
    [['model-version-updated', lineIn(overridden, 'field: model'), 'gpt-4o-mini', 'o3-pro']],
  );
  const computed = `${LLM}  policies:\n    ai:\n      transformations:\n        - {field: model, expression: 'request.headers["x-model"]'}\n`;
  const m = readSurface([readManifestText(computed, 'gw/b0.yaml')]).inventory.models[0];
  assert.equal(m.model, 'computed by CEL: request.headers["x-model"]');
});
