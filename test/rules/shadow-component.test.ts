import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { copyExample, editFile, lineOf, runCli } from '../helpers/fixtures.js';

const RULE = 'shadow-component';
const CATALOG = 'k8s-ops.threats.yaml';

function shadowFindings(dir: string) {
  const r = runCli(['validate', '-C', dir, '--format', 'json']);
  const out = JSON.parse(r.stdout);
  return { code: r.code, findings: out.findings.filter((f: { rule: string }) => f.rule === RULE), all: out.findings };
}

test('the example covers every surface element: no shadow component', () => {
  const dir = copyExample();
  const { code, all } = shadowFindings(dir);
  assert.equal(code, 0, JSON.stringify(all));
});

test('a new MCP server referenced by the Agent is a shadow component, at the reference in the manifest', () => {
  const dir = copyExample();
  const agent = join(dir, 'manifests/agent.yaml');
  editFile(
    agent,
    '      - type: Agent\n',
    `      - type: McpServer
        mcpServer:
          apiGroup: kagent.dev
          kind: RemoteMCPServer
          name: github-mcp
          toolNames: [list_issues]
      - type: Agent\n`,
  );
  writeFileSync(
    join(dir, 'manifests/github.yaml'),
    `apiVersion: kagent.dev/v1alpha2
kind: RemoteMCPServer
metadata: {name: github-mcp, namespace: agents}
spec:
  description: GitHub
  url: https://api.githubcopilot.com/mcp/
`,
  );
  const { code, findings } = shadowFindings(dir);
  assert.equal(code, 1);
  assert.equal(findings.length, 1, JSON.stringify(findings));
  const [f] = findings;
  assert.equal(f.file, 'manifests/agent.yaml');
  assert.equal(f.line, lineOf(agent, 'name: github-mcp'));
  assert.equal(f.severity, 'error');
  assert.match(
    f.message,
    /MCP server RemoteMCPServer agents\/github-mcp \(https:\/\/api\.githubcopilot\.com\/mcp\/\) is reachable by Agent agents\/k8s-ops but k8s-ops\.threats\.yaml has no component with trustSource \{ kind: RemoteMCPServer, name: github-mcp \}/,
  );
});

test('a model swapped to another ModelConfig is a shadow until a component names it', () => {
  const dir = copyExample();
  const agent = join(dir, 'manifests/agent.yaml');
  editFile(agent, 'modelConfig: k8s-ops-model', 'modelConfig: gpt-4o-prod');
  const { findings } = shadowFindings(dir);
  assert.equal(findings.length, 1, JSON.stringify(findings));
  assert.equal(findings[0].line, lineOf(agent, 'modelConfig: gpt-4o-prod'));
  assert.match(findings[0].message, /model ModelConfig agents\/gpt-4o-prod is reachable/);
  // Naming it in the catalog covers it.
  editFile(
    join(dir, CATALOG),
    'trustSource: { kind: ModelConfig, name: k8s-ops-model, namespace: agents }',
    'trustSource: { kind: ModelConfig, name: gpt-4o-prod, namespace: agents }',
  );
  assert.equal(shadowFindings(dir).findings.length, 0);
});

test('a delegation without a delegations[] entry is a shadow; the component namespace must agree when given', () => {
  const dir = copyExample();
  const agent = join(dir, 'manifests/agent.yaml');
  editFile(
    join(dir, CATALOG),
    'to: { agent: gitops-agent, namespace: agents }',
    'to: { agent: gitops-agent, namespace: gitops }',
  );
  editFile(
    join(dir, CATALOG),
    'trustSource: { kind: RemoteMCPServer, name: kagent-tool-server, namespace: agents }',
    'trustSource: { kind: RemoteMCPServer, name: kagent-tool-server, namespace: kagent }',
  );
  const { findings } = shadowFindings(dir);
  assert.deepEqual(
    findings.map((f: { line: number; message: string }) => [f.line, f.message.split(' is reachable')[0]]),
    [
      [
        lineOf(agent, 'name: kagent-tool-server'),
        'shadow component: MCP server RemoteMCPServer agents/kagent-tool-server (http://kagent-tools.kagent:8084/mcp)',
      ],
      [lineOf(agent, 'name: gitops-agent'), 'shadow component: delegation target Agent agents/gitops-agent'],
    ],
  );
});

test('kagent memory needs a rag-memory component; the default ModelConfig is never a shadow', () => {
  const dir = copyExample();
  const agent = join(dir, 'manifests/agent.yaml');
  editFile(agent, '    modelConfig: k8s-ops-model\n', '    memory:\n      ttlDays: 15\n');
  const { findings } = shadowFindings(dir);
  assert.equal(findings.length, 1, JSON.stringify(findings));
  assert.equal(findings[0].line, lineOf(agent, 'memory:'));
  assert.match(findings[0].message, /memory \(kagent\) Agent agents\/k8s-ops .* has no rag-memory component/);
});

test('the agent running as another ServiceAccount is a shadow identity: a component of the old account does not cover it', () => {
  const dir = copyExample();
  const agent = join(dir, 'manifests/agent.yaml');
  editFile(agent, 'serviceAccountName: k8s-ops-sa', 'serviceAccountName: k8s-ops-admin');
  const { findings } = shadowFindings(dir);
  assert.deepEqual(
    findings.map((f: { line: number; message: string }) => [f.line, f.message.split(' is reachable')[0]]),
    [
      [
        lineOf(agent, 'serviceAccountName: k8s-ops-admin'),
        'shadow component: identity ServiceAccount agents/k8s-ops-admin',
      ],
    ],
  );
  // A catalog that names the identity through another object (a workload-identity binding) is not second-guessed.
  editFile(
    join(dir, CATALOG),
    'trustSource: { kind: ServiceAccount, name: k8s-ops-sa, namespace: agents }',
    'trustSource: { kind: PodIdentityAssociation, name: k8s-ops, namespace: agents }',
  );
  assert.deepEqual(shadowFindings(dir).findings, []);
  editFile(
    join(dir, CATALOG),
    'trustSource: { kind: PodIdentityAssociation, name: k8s-ops, namespace: agents }',
    'trustSource: { kind: ServiceAccount, name: k8s-ops-admin, namespace: agents }',
  );
  assert.deepEqual(shadowFindings(dir).findings, []);
});
