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
