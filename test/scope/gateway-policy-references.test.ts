// A platform team keeps AgentgatewayPolicy objects (and the routes they target) in the gateway's folder, not in the
// agent's. The policy names the agent's AgentgatewayBackend (or the route to it), so it is found by that name: a
// pull request that deletes or loosens it, touching no file of the agent, still shows the agent what it gained.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { runDiff } from '../../src/app/diff.js';
import { runValidate } from '../../src/app/validate.js';
import { commitAll, exampleFiles, lineAt, replaceIn, repoWith } from './repo.js';

const AGENT_DIR = 'agents/k8s-ops';
const CATALOG = `${AGENT_DIR}/k8s-ops.threats.yaml`;
const GATEWAY = `${AGENT_DIR}/manifests/gateway.yaml`;
const POLICIES = 'platform/agentgateway/policies.yaml';
const NOW = new Date('2026-11-21T12:00:00Z');

const BACKEND = `apiVersion: agentgateway.dev/v1alpha1
kind: AgentgatewayBackend
metadata: {name: ops-tools, namespace: agents}
spec:
  mcp:
    targets:
      - name: github
        static: {host: api.githubcopilot.com, port: 443, path: /mcp/}
`;

const POLICY = `apiVersion: agentgateway.dev/v1alpha1
kind: AgentgatewayPolicy
metadata: {name: ops-tools-read-only, namespace: agents}
spec:
  targetRefs:
    - {group: agentgateway.dev, kind: AgentgatewayBackend, name: ops-tools}
  backend:
    mcp:
      authorization:
        action: Allow
        policy:
          matchExpressions: ['mcp.tool.name in ["get_issue", "list_issues"]']
`;

function repo(policies = POLICY): string {
  return repoWith({ ...exampleFiles(AGENT_DIR), [GATEWAY]: BACKEND, [POLICIES]: policies });
}

const diff = (dir: string) => runDiff({ root: dir, base: 'HEAD~1', head: 'HEAD', now: NOW });

test("the agent's surface has the allow-list of a policy kept in the gateway's folder", () => {
  const r = runValidate({ root: repo(), paths: [], now: NOW, keepValid: true });
  const s = r.valid?.[0]?.surface?.mcpServers.find((x) => x.ref.kind === 'AgentgatewayBackend');
  assert.ok(s, JSON.stringify(r.findings));
  assert.deepEqual(s.allowedTools, ['get_issue', 'list_issues']);
  assert.equal(s.at?.allowedTools?.file, POLICIES);
});

test("deleting the policy in the gateway's folder widens the agent's tools", async () => {
  const dir = repo();
  rmSync(join(dir, POLICIES));
  commitAll(dir, 'drop the read-only policy');
  const r = await diff(dir);
  const e = r.events.filter((x) => x.subject.endsWith('target github: allowed tools'));
  assert.deepEqual(
    e.map((x) => [x.catalog, x.type, x.direction, x.before, x.after]),
    [[CATALOG, 'tool-surface-modified', 'widened', ['get_issue', 'list_issues'], 'all']],
  );
});

test('a policy on the route to the backend, both in the platform folder, is followed through the route', async () => {
  const route = `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: ops-mcp, namespace: agents}
spec:
  parentRefs: [{name: agw}]
  rules:
    - backendRefs: [{group: agentgateway.dev, kind: AgentgatewayBackend, name: ops-tools}]
---
`;
  const onRoute = POLICY.replace(
    '{group: agentgateway.dev, kind: AgentgatewayBackend, name: ops-tools}',
    '{group: gateway.networking.k8s.io, kind: HTTPRoute, name: ops-mcp}',
  );
  const dir = repo(`${route}${onRoute}`);
  replaceIn(
    dir,
    POLICIES,
    'mcp.tool.name in ["get_issue", "list_issues"]',
    'mcp.tool.name in ["get_issue", "list_issues", "merge_pull_request"]',
  );
  commitAll(dir, 'let the agent merge');
  const r = await diff(dir);
  const e = r.events.filter((x) => x.subject.endsWith('target github: allowed tools'));
  assert.deepEqual(
    e.map((x) => [x.type, x.direction, x.file, x.line, x.scope.tools]),
    [
      [
        'tool-surface-modified',
        'widened',
        POLICIES,
        lineAt(dir, POLICIES, 'merge_pull_request'),
        ['merge_pull_request'],
      ],
    ],
  );
});

// A policy on the Gateway itself (targetSelectors by the Gateway's labels, or targetRefs by its name, in the
// Gateway's namespace: targets are local references, agentgateway 75b4e6ce6e0e
// controller/api/v1alpha1/agentgateway/shared_types.go LocalPolicyTargetReferenceWithSectionName), with the Gateway in
// the platform folder and only the agent's route in the agent's: the Gateway is followed by the name the route's
// `parentRefs` give it, then the policy by the Gateway's labels or name.
const AGENT_ROUTE = `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: ops-mcp, namespace: agents}
spec:
  parentRefs: [{name: shared-agw, namespace: gateways}]
  rules:
    - backendRefs: [{group: agentgateway.dev, kind: AgentgatewayBackend, name: ops-tools, namespace: agents}]
`;
const PLATFORM_GATEWAY = 'platform/agentgateway/gateway.yaml';
const SHARED_GATEWAY = `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: shared-agw
  namespace: gateways
  labels: {gateway-tier: restricted-tools}
spec:
  gatewayClassName: agentgateway
  listeners: [{name: http, port: 80, protocol: HTTP}]
`;
const ON_GATEWAY = POLICY.replace('namespace: agents}', 'namespace: gateways}').replace(
  '  targetRefs:\n    - {group: agentgateway.dev, kind: AgentgatewayBackend, name: ops-tools}',
  '  targetSelectors:\n    - group: gateway.networking.k8s.io\n      kind: Gateway\n      matchLabels: {gateway-tier: restricted-tools}',
);

function gatewayRepo(policy: string): string {
  return repoWith({
    ...exampleFiles(AGENT_DIR),
    [GATEWAY]: `${BACKEND}---\n${AGENT_ROUTE}`,
    [PLATFORM_GATEWAY]: SHARED_GATEWAY,
    [POLICIES]: policy,
  });
}

test('a policy selecting the Gateway by its labels, both in the platform folder, reaches the agent through its route', async () => {
  const r = runValidate({ root: gatewayRepo(ON_GATEWAY), paths: [], now: NOW, keepValid: true });
  const s = r.valid?.[0]?.surface?.mcpServers.find((x) => x.ref.kind === 'AgentgatewayBackend');
  assert.ok(s, JSON.stringify(r.findings));
  assert.deepEqual(s.allowedTools, ['get_issue', 'list_issues']);
  assert.equal(s.at?.allowedTools?.file, POLICIES);
  // The Gateway relabelled away from the policy's selector, touching no file of the agent: its tools widen.
  const dir = gatewayRepo(ON_GATEWAY);
  replaceIn(dir, PLATFORM_GATEWAY, 'gateway-tier: restricted-tools', 'gateway-tier: open');
  commitAll(dir, 'move the gateway out of the restricted tier');
  const d = await diff(dir);
  assert.deepEqual(
    d.events
      .filter((x) => x.subject.endsWith('target github: allowed tools'))
      .map((x) => [x.catalog, x.type, x.direction, x.after]),
    [[CATALOG, 'tool-surface-modified', 'widened', 'all']],
  );
});

test("a policy naming the Gateway, in the Gateway's namespace: loosened, it is the agent's event at its line", async () => {
  const byName = ON_GATEWAY.replace(
    '  targetSelectors:\n    - group: gateway.networking.k8s.io\n      kind: Gateway\n      matchLabels: {gateway-tier: restricted-tools}',
    '  targetRefs:\n    - {group: gateway.networking.k8s.io, kind: Gateway, name: shared-agw}',
  );
  const dir = gatewayRepo(byName);
  replaceIn(dir, POLICIES, '"list_issues"]', '"list_issues", "merge_pull_request"]');
  commitAll(dir, 'let agents behind the shared gateway merge');
  const r = await diff(dir);
  assert.deepEqual(
    r.events
      .filter((x) => x.subject.endsWith('target github: allowed tools'))
      .map((x) => [x.type, x.direction, x.file, x.line]),
    [['tool-surface-modified', 'widened', POLICIES, lineAt(dir, POLICIES, 'merge_pull_request')]],
  );
});
