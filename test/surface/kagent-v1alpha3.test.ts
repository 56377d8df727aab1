import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findAgentSurface, readSurface } from '../../src/read/manifests/surface.js';
import { readManifestText } from '../../src/read/manifests/manifest-file.js';
import { diffSurfaces } from '../../src/analyse/surface-diff.js';
import type { ManifestFile } from '../../src/model/manifest.js';
import { git, ROOT, runCli, tempDir } from '../helpers/fixtures.js';
import { lineIn } from '../helpers/samples.js';
import { commit, edit, type DiffJson } from '../diff/scenario.js';

/** Our kagent fixtures, written from kagent main's v1alpha3 CRDs (research/kagent.md) and kmcp v0.3.0. */
const DIR = join(ROOT, 'test/fixtures/upstream/kagent');
const text = (f: string) => readFileSync(join(DIR, f), 'utf8');
const all = (): ManifestFile[] =>
  readdirSync(DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => readManifestText(text(f), `agents/${f}`));

test('every kagent fixture: all agent kinds recognised, no problem on valid upstream input', () => {
  const r = readSurface(all());
  assert.deepEqual(r.problems, []);
  assert.deepEqual(
    r.agents.map((a) => `${a.agent.kind} ${a.agent.apiVersion} ${a.agent.namespace}/${a.agent.name} ${a.type}`),
    [
      'SandboxAgent kagent.dev/v1alpha3 kagent/k8s-triage Declarative',
      'SandboxAgent kagent.dev/v1alpha3 team-a/release-captain Declarative',
      'SandboxAgent kagent.dev/v1alpha3 team-a/notes-writer Declarative',
      'SandboxAgent kagent.dev/v1alpha3 team-a/currency-bot BYO',
      'AgentTemplate kagent.dev/v1alpha3 team-a/incident-scribe Declarative',
      'AgentTemplate kagent.dev/v1alpha3 team-a/notes-drafter Declarative',
      'AgentHarness kagent.dev/v1alpha3 team-a/ops-claw BYO',
      'Agent kagent.dev/v1alpha2 kagent/k8s-agent Declarative',
      'SandboxAgent kagent.dev/v1alpha2 kagent/sandboxed-helper BYO',
      'SandboxAgent kagent.dev/v1alpha3 kagent/cluster-doctor Declarative',
      'Agent kagent.dev/v1alpha2 kagent/langgraph-helper BYO',
      'SandboxAgent kagent.dev/v1alpha3 team-b/runbook-keeper Declarative',
      'AgentHarness kagent.dev/v1alpha2 team-b/notes-claw BYO',
      'AgentTemplate kagent.dev/v1alpha3 team-b/doc-drafter Declarative',
      'Agent kagent.dev/v1alpha2 team-b/skill-runner Declarative',
      'Agent kagent.dev/v1alpha2 team-c/log-triage Declarative',
      'AgentTemplate kagent.dev/v1alpha3 team-c/release-planner Declarative',
      'AgentTemplate kagent.dev/v1alpha3 team-c/change-auditor Declarative',
      'Agent kagent.dev/v1alpha2 billing/billing-helper Declarative',
    ],
  );
});

test('SandboxAgent v1alpha3: models, tools with toolNames/requireApproval/headers, sandbox, and no identity of its own', () => {
  const t = text('01-sandboxagent-declarative.yaml');
  const s = findAgentSurface(all(), { kind: 'SandboxAgent', name: 'k8s-triage', namespace: 'kagent' })!;
  assert.ok(s);
  // No ServiceAccount, no Deployment: the agent runs as Substrate actors; nothing is invented.
  assert.equal(s.serviceAccount, undefined);
  assert.equal(s.identity, undefined);
  assert.deepEqual(s.permissions, []);
  assert.deepEqual(s.workload, { kind: 'SandboxAgent', name: 'k8s-triage', namespace: 'kagent' });
  assert.deepEqual(s.sandbox?.workerPool?.name, 'kagent-default');
  assert.deepEqual(s.sandbox?.allowedDomains, ['*.example.com', 'api.openai.com']);
  assert.equal(s.sandbox?.allowedNamespaces, 'Selector');

  assert.deepEqual(
    s.models.map((m) => [m.use, m.ref.name, m.ref.apiVersion, m.model, m.endpoint, m.position.line]),
    [
      [
        'agent',
        'gpt-internal',
        'kagent.dev/v1alpha3',
        'gpt-4.1',
        'https://litellm.ai-gw.svc.cluster.local/v1',
        lineIn(t, 'modelConfig: gpt-internal'),
      ],
      [
        'memory',
        'embeddings-openai',
        'kagent.dev/v1alpha3',
        'text-embedding-3-small',
        undefined,
        lineIn(t, 'modelConfig: embeddings-openai'),
      ],
      [
        'compaction',
        'claude-summarizer',
        'kagent.dev/v1alpha3',
        'claude-sonnet-4-5',
        undefined,
        lineIn(t, 'modelConfig: claude-summarizer'),
      ],
    ],
  );
  const [tools, s3, grafana] = s.mcpServers;
  assert.equal(tools.ref.kind, 'RemoteMCPServer');
  assert.equal(tools.url, 'http://kagent-tools.kagent:8084/mcp');
  assert.deepEqual(tools.requireApproval, ['k8s_delete_resource', 'k8s_apply_manifest']);
  assert.equal(tools.tools?.length, 5, 'status.discoveredTools');
  assert.deepEqual(tools.credentials, ['header x-user-email forwarded from the caller']);
  // kmcp MCPServer: kmcp creates the ServiceAccount aws-s3-mcp with the IRSA annotation.
  assert.equal(s3.identity, 'system:serviceaccount:kagent:aws-s3-mcp');
  assert.equal(s3.cloudIdentity, 'arn:aws:iam::123456789012:role/kagent-s3-readonly');
  assert.deepEqual(s3.credentials, [
    'envFrom Secret s3-mcp-extra',
    'header Authorization from Secret s3-mcp-token/bearer',
    'header X-Tenant (literal)',
  ]);
  assert.equal(
    s3.at?.['credential:header Authorization from Secret s3-mcp-token/bearer'].line,
    lineIn(t, '- name: Authorization'),
  );
  assert.equal(grafana.url, 'http://grafana-mcp.kagent:8000/mcp');
  assert.equal(s.autonomy.tier, 'approval');
  assert.deepEqual(s.autonomy.approvalTools, [
    'kagent-tool-server/k8s_apply_manifest',
    'kagent-tool-server/k8s_delete_resource',
  ]);
  // The tool server's identity is the agent's reach, with the cloud role kmcp gives it.
  assert.deepEqual(
    s.toolIdentities?.map((i) => [i.identity, i.serviceAccount.cloudIdentity, i.usedBy]),
    [
      [
        'system:serviceaccount:kagent:aws-s3-mcp',
        'arn:aws:iam::123456789012:role/kagent-s3-readonly',
        ['MCPServer/kagent/aws-s3-mcp'],
      ],
    ],
  );
  assert.equal(
    s.toolIdentities?.[0].serviceAccount.at?.cloudIdentity.line,
    lineIn(text('07-kmcp-mcpserver.yaml'), 'eks.amazonaws.com/role-arn'),
  );
});

test('SandboxAgent delegation targets SandboxAgents (cross-namespace), ModelConfig v1alpha3 endpoints per provider', () => {
  const r = readSurface(all());
  const captain = r.agents.find((a) => a.agent.name === 'release-captain')!;
  assert.deepEqual(
    captain.delegations.map((d) => [d.ref.kind, d.ref.namespace, d.ref.name, d.definedAt !== undefined]),
    [
      ['SandboxAgent', 'kagent', 'k8s-triage', true],
      ['SandboxAgent', 'team-a', 'notes-writer', true],
    ],
  );
  const models = new Map(
    [...r.agents.flatMap((a) => a.models)].map((m) => [m.ref.name, [m.provider, m.model, m.endpoint, m.revision]]),
  );
  assert.deepEqual(models.get('bedrock-claude'), [
    'Bedrock',
    'anthropic.claude-3-5-sonnet-20241022-v2:0',
    'bedrock eu-west-1',
    undefined,
  ]);
  const files = [
    readManifestText(
      `${text('04-modelconfig-v1alpha3.yaml')}
---
apiVersion: kagent.dev/v1alpha3
kind: SandboxAgent
metadata: {name: a, namespace: team-a}
spec:
  declarative:
    modelConfig: foundry-gpt
    memory: {modelConfig: insecure-ollama}
`,
      'm.yaml',
    ),
  ];
  const a = readSurface(files).agents[0];
  assert.deepEqual(
    a.models.map((m) => [m.ref.name, m.endpoint, m.revision]),
    [
      ['foundry-gpt', 'ConfigMap foundry-account/endpoint', 'deployment gpt-4o-prod'],
      ['insecure-ollama', 'http://ollama.llm.svc:11434', undefined],
    ],
  );
});

test('BYO SandboxAgent: the image is the model version; v1alpha2 serviceAccountName on a Substrate agent is not an identity', () => {
  const t = text('03-sandboxagent-byo.yaml');
  const r = readSurface(all());
  const bot = r.agents.find((a) => a.agent.name === 'currency-bot')!;
  assert.deepEqual(
    bot.models.map((m) => [m.ref.kind, m.provider, m.runtime, m.revision, m.at?.runtime.line]),
    [
      [
        'SandboxAgent',
        'BYO',
        'ghcr.io/example/langgraph-currency@sha256:3b4f1c0e9d8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c',
        'uv run app.py --host 0.0.0.0 --port 80',
        lineIn(t, 'image: ghcr.io/example/langgraph-currency'),
      ],
    ],
  );
  assert.deepEqual(bot.sandbox?.credentials, ['env OPENAI_API_KEY from Secret kagent-openai/OPENAI_API_KEY']);
  assert.deepEqual(bot.models[0].credentials, bot.sandbox?.credentials, 'compared by diff as part of the model');
  assert.equal(bot.autonomy.tier, 'autonomous');
  const helper = r.agents.find((a) => a.agent.name === 'sandboxed-helper')!;
  assert.equal(helper.identity, undefined, 'Substrate actors get no pod ServiceAccount, whatever v1alpha2 says');
  assert.equal(helper.models[0].runtime?.startsWith('ghcr.io/example/helper@sha256:'), true);
  // The released v1alpha2 Agent keeps its Deployment and ServiceAccount.
  const legacy = r.agents.find((a) => a.agent.name === 'k8s-agent')!;
  assert.deepEqual(legacy.workload, { kind: 'Deployment', name: 'k8s-agent', namespace: 'kagent' });
  assert.equal(legacy.identity, 'system:serviceaccount:kagent:k8s-agent');
  assert.equal(legacy.serviceAccount?.cloudIdentity, 'arn:aws:iam::123456789012:role/k8s-agent');
});

test('a v0.9 SandboxAgent with platform agent-sandbox ran as a Sandbox with a ServiceAccount', () => {
  const m = readManifestText(
    `apiVersion: kagent.dev/v1alpha2
kind: SandboxAgent
metadata: {name: old, namespace: ns}
spec:
  platform: agent-sandbox
  declarative:
    modelConfig: m
    deployment: {serviceAccountName: old-sa}
`,
    'old.yaml',
  );
  const [a] = readSurface([m]).agents;
  assert.deepEqual(a.workload, { kind: 'Sandbox', name: 'old', namespace: 'ns' });
  assert.equal(a.identity, 'system:serviceaccount:ns:old-sa');
});

test('AgentTemplate (API v2): model, RemoteMCPServer tools, template delegation, admitting Harness; AgentHarness', () => {
  const t = text('08-harness-agenttemplate.yaml');
  const r = readSurface(all());
  const scribe = r.agents.find((a) => a.agent.name === 'incident-scribe')!;
  assert.equal(scribe.identity, undefined);
  assert.deepEqual(scribe.workload, { kind: 'AgentTemplate', name: 'incident-scribe', namespace: 'team-a' });
  assert.deepEqual(
    scribe.models.map((m) => [m.ref.name, m.position.line]),
    [['bedrock-claude', lineIn(t, 'name: bedrock-claude')]],
  );
  assert.deepEqual(
    scribe.mcpServers.map((s) => [s.ref.kind, s.ref.name, s.url, s.allowedTools, s.at?.toolNames.line]),
    [
      [
        'RemoteMCPServer',
        'jira-mcp',
        'https://jira-mcp.tools.svc.cluster.local/mcp',
        ['search_issues', 'create_issue'],
        lineIn(t, 'tools:', '- mcp:'),
      ],
    ],
  );
  assert.deepEqual(
    scribe.delegations.map((d) => `${d.ref.kind} ${d.ref.name}`),
    ['AgentTemplate notes-drafter'],
  );
  assert.equal(scribe.autonomy.tier, 'autonomous', 'the v2 API has no requireApproval');
  assert.equal(scribe.sandbox?.harness?.name, 'kagent-runtime');
  assert.equal(scribe.sandbox?.workerPool?.name, 'team-a-pool');
  assert.deepEqual(scribe.sandbox?.credentials, ['env JIRA_TOKEN from Secret jira-credentials/token']);
  const claw = r.agents.find((a) => a.agent.name === 'ops-claw')!;
  assert.deepEqual(
    claw.models.map((m) => m.ref.name),
    ['bedrock-claude'],
  );
  assert.deepEqual(claw.sandbox?.credentials, [
    'env GITHUB_TOKEN from Secret github-pat/token',
    'slack ops appToken from Secret slack-bot/app-token',
    'slack ops botToken from Secret slack-bot/bot-token',
  ]);
});

test("a SandboxAgent's Kubernetes reach is its tool server's: URL → Service → Deployment → ServiceAccount → RBAC", () => {
  const t = text('11-tool-server-identity.yaml');
  const s = findAgentSurface(all(), { kind: 'SandboxAgent', name: 'cluster-doctor', namespace: 'kagent' })!;
  const [server] = s.mcpServers;
  assert.equal(server.identity, 'system:serviceaccount:kagent:k8sgpt-mcp-server');
  assert.equal(server.at?.identity.line, lineIn(t, 'serviceAccountName: k8sgpt-mcp-server'));
  assert.deepEqual(server.backend, {
    kind: 'Service',
    name: 'k8sgpt-mcp-server',
    namespace: 'kagent',
    apiVersion: 'v1',
  });
  assert.deepEqual(server.workload, {
    kind: 'Deployment',
    name: 'k8sgpt-mcp-server',
    namespace: 'kagent',
    apiVersion: 'apps/v1',
  });
  const [id] = s.toolIdentities!;
  assert.equal(id.serviceAccount.cloudIdentity, 'k8sgpt@platform-prod.iam.gserviceaccount.com');
  assert.deepEqual(
    id.permissions.map((p) => `${p.verb} ${p.apiGroup}/${p.resource} ${p.namespace}`),
    ['get */* *', 'list */* *', 'watch */* *'],
  );
});

test('malformed SandboxAgent / AgentTemplate / AgentHarness fields: one problem each, at the field', () => {
  const t = `apiVersion: kagent.dev/v1alpha3
kind: SandboxAgent
metadata: {name: bad, namespace: ns}
spec:
  declarative:
    tools:
      - type: Agent
        agent: {name: helper}
      - type: McpServer
        mcpServer: {kind: MCPServer, name: x, namespace: other}
      - type: McpServer
        mcpServer: {kind: RemoteMCPServer, name: r}
        headersFrom:
          - value: v
---
apiVersion: kagent.dev/v1alpha3
kind: AgentTemplate
metadata: {name: tpl, namespace: ns}
spec:
  tools:
    - mcp: {server: {kind: Service, name: s}, tools: [a]}
---
apiVersion: kagent.dev/v1alpha3
kind: AgentHarness
metadata: {name: h, namespace: ns}
spec:
  image: x
---
apiVersion: kagent.dev/v1alpha3
kind: ModelProviderConfig
metadata: {name: p, namespace: ns}
spec:
  endpoint: https://api.openai.com/v1
`;
  const r = readSurface([readManifestText(t, 'bad.yaml')]);
  assert.deepEqual(
    r.problems.map((p) => `${p.position.line}: ${p.message}`),
    [
      `8: SandboxAgent bad: spec.declarative.tools[0].agent.kind must be SandboxAgent`,
      `10: SandboxAgent bad: a MCPServer tool must be in the agent's namespace ns, not other`,
      `14: SandboxAgent bad: spec.declarative.tools[2].headersFrom[0].name is required`,
      '19: AgentTemplate tpl: spec.modelConfig.name is required',
      "21: AgentTemplate tpl: spec.tools[0].mcp.server.kind must be RemoteMCPServer, not 'Service'",
      '26: AgentHarness h: spec.backend is required (openclaw or hermes)',
      '32: ModelProviderConfig p: spec.type is required',
    ],
  );
});

test('SandboxAgent diff: a kmcp cloud role and the tool server ClusterRole are permissions-changed at their lines', () => {
  const base = all();
  const swap = (file: string, from: string, to: string) =>
    base.map((f) => (f.file === `agents/${file}` ? readManifestText(text(file).replace(from, to), f.file) : f));
  const key = { kind: 'SandboxAgent', name: 'k8s-triage', namespace: 'kagent' };
  const role = swap('07-kmcp-mcpserver.yaml', 'role/kagent-s3-readonly', 'role/kagent-s3-admin');
  const events = diffSurfaces(findAgentSurface(base, key), findAgentSurface(role, key));
  assert.deepEqual(
    events.map((e) => [e.type, e.file, e.line, e.subject, e.before, e.after, e.scope.aspect]),
    [
      [
        'permissions-changed',
        'agents/07-kmcp-mcpserver.yaml',
        lineIn(text('07-kmcp-mcpserver.yaml'), 'eks.amazonaws.com/role-arn'),
        'system:serviceaccount:kagent:aws-s3-mcp: cloud role',
        'arn:aws:iam::123456789012:role/kagent-s3-readonly',
        'arn:aws:iam::123456789012:role/kagent-s3-admin',
        'cloud-role',
      ],
    ],
  );
  const doctor = { kind: 'SandboxAgent', name: 'cluster-doctor', namespace: 'kagent' };
  const widened = swap(
    '11-tool-server-identity.yaml',
    'resources: ["*"]\n    verbs: ["get", "list", "watch"]',
    'resources: ["*"]\n    verbs: ["*"]',
  );
  const [e] = diffSurfaces(findAgentSurface(base, doctor), findAgentSurface(widened, doctor));
  assert.equal(e.type, 'permissions-changed');
  assert.equal(e.line, lineIn(text('11-tool-server-identity.yaml'), 'resources: ["*"]') - 1);
  assert.equal(e.scope.identity, 'system:serviceaccount:kagent:k8sgpt-mcp-server');
  assert.deepEqual(e.after, ['* */* in all namespaces']);
});

test('init finds a SandboxAgent and writes a catalog that validates clean; diff reports tool-server changes', () => {
  const dir = tempDir('threatcat-sandbox-');
  cpSync(DIR, join(dir, 'agents'), { recursive: true });
  git(dir, 'init', '-q', '-b', 'main');
  for (const agent of ['k8s-triage', 'cluster-doctor', 'incident-scribe']) {
    const r = runCli(['init', '--agent', agent, '-C', dir, 'agents']);
    assert.equal(r.code, 0, r.stdout + r.stderr);
  }
  const catalog = readFileSync(join(dir, 'agents/cluster-doctor.threats.yaml'), 'utf8');
  assert.match(catalog, /workload: \{kind: SandboxAgent, name: cluster-doctor, namespace: kagent\}/);
  assert.match(catalog, /trustSource: \{kind: ServiceAccount, name: k8sgpt-mcp-server, namespace: kagent\}/);
  assert.match(catalog, /get, list, watch \*\/\* \(cluster-wide\)/);
  const v = runCli(['validate', '-C', dir, '--format', 'json']);
  assert.equal(v.code, 0, v.stdout + v.stderr);
  assert.deepEqual(JSON.parse(v.stdout).findings, []);
  commit(dir, 'agents');
  // Cosmetic: a comment, a label, and the kmcp env map reordered.
  edit(dir, 'agents/11-tool-server-identity.yaml', 'name: cluster-doctor\n', 'name: cluster-doctor # reviewed\n');
  edit(dir, 'agents/01-sandboxagent-declarative.yaml', 'part-of: platform-agents', 'part-of: agents');
  edit(
    dir,
    'agents/07-kmcp-mcpserver.yaml',
    '      AWS_REGION: eu-west-1\n      FASTMCP_LOG_LEVEL: ERROR',
    '      FASTMCP_LOG_LEVEL: ERROR\n      AWS_REGION: eu-west-1',
  );
  commit(dir, 'cosmetic');
  let d = JSON.parse(runCli(['diff', '-C', dir, '--base', 'HEAD~1', '--format', 'json']).stdout) as DiffJson;
  assert.deepEqual(d.events, [], 'a comment is no change');
  edit(dir, 'agents/07-kmcp-mcpserver.yaml', 'role/kagent-s3-readonly', 'role/kagent-s3-admin');
  commit(dir, 'wider role');
  d = JSON.parse(runCli(['diff', '-C', dir, '--base', 'HEAD~1', '--format', 'json']).stdout) as DiffJson;
  assert.deepEqual(
    d.events.map((e) => [e.type, e.agent, e.file, e.line]),
    [
      [
        'permissions-changed',
        'kagent/k8s-triage',
        'agents/07-kmcp-mcpserver.yaml',
        lineIn(text('07-kmcp-mcpserver.yaml'), 'eks.amazonaws.com/role-arn'),
      ],
    ],
  );
});

test('the new kinds with fields of the wrong shape: read without throwing, each problem at a real line', () => {
  const kinds: Array<[string, string]> = [
    ['kagent.dev/v1alpha3', 'SandboxAgent'],
    ['kagent.dev/v1alpha3', 'AgentTemplate'],
    ['kagent.dev/v1alpha3', 'AgentHarness'],
    ['kagent.dev/v1alpha3', 'Harness'],
    ['kagent.dev/v1alpha3', 'ModelConfig'],
    ['kagent.dev/v1alpha3', 'RemoteMCPServer'],
    ['kagent.dev/v1alpha3', 'ModelProviderConfig'],
    ['kagent.dev/v1alpha1', 'MCPServer'],
    ['toolhive.stacklok.dev/v1beta1', 'MCPServer'],
    ['toolhive.stacklok.dev/v1beta1', 'MCPRemoteProxy'],
    ['toolhive.stacklok.dev/v1beta1', 'VirtualMCPServer'],
    ['toolhive.stacklok.dev/v1beta1', 'MCPServerEntry'],
    ['toolhive.stacklok.dev/v1beta1', 'MCPToolConfig'],
    ['agentgateway.dev/v1alpha1', 'AgentgatewayBackend'],
    ['agentgateway.dev/v1alpha1', 'AgentgatewayModel'],
  ];
  const specs = [
    '5',
    '[1, 2]',
    '{declarative: {tools: [{type: McpServer, mcpServer: 3, headersFrom: {a: 1}}, {type: Agent, agent: []}], memory: 7}, byo: {image: [x]}, sandbox: {network: {allowedDomains: x}}, allowedNamespaces: 3}',
    '{modelConfig: 3, tools: [{mcp: {server: [], tools: 4}}, {agent: {templateRef: 5}}, 7], allowedAgentTemplates: {selector: 5}, env: {a: 1}}',
    '{openAI: 3, foundry: {endpointFrom: 5}, bedrock: {region: [1]}, headersFrom: [null, {valueFrom: 3}], url: {}}',
    '{deployment: {serviceAccount: {annotations: 3}, secretRefs: {a: 1}, labels: [1]}, image: {}, secrets: 3, volumes: [{hostPath: {}}], groupRef: [], toolConfigRef: 4}',
    '{remoteUrl: 5, headerForward: {addHeadersFromSecret: {x: 1}, addPlaintextHeaders: [1]}, config: {aggregation: {tools: 3, conflictResolutionConfig: 4}, backends: {}}}',
    '{toolsFilter: {a: 1}, toolsOverride: [1]}',
    '{ai: {provider: 3, groups: [{providers: [3, {name: x, custom: {backendRef: 4}}]}]}, mcp: {targets: [{name: t, selector: 5}, {name: u, static: 3}]}}',
    '{provider: [1], virtualModel: {failover: {targets: 4}}, match: 3}',
  ];
  let n = 0;
  const docs: string[] = [];
  for (const [apiVersion, kind] of kinds)
    for (const spec of specs)
      docs.push(`apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata: {name: x${n++}, namespace: ns}\nspec: ${spec}\n`);
  const textAll = docs.join('---\n');
  const m = readManifestText(textAll, 'junk.yaml');
  assert.deepEqual(m.problems, []);
  const lines = textAll.split('\n').length;
  const r = readSurface([m]);
  assert.ok(r.problems.length > 0);
  for (const p of r.problems) assert.ok(p.position.line >= 1 && p.position.line <= lines, p.message);
  assert.equal(
    new Set(r.problems.map((p) => `${p.position.line}:${p.position.column}:${p.message}`)).size,
    r.problems.length,
  );
  for (const a of r.agents)
    assert.ok(findAgentSurface([m], { kind: a.agent.kind, name: a.agent.name, namespace: 'ns' }));
});

test('BYO Agent v1alpha2: the image runs the agent (its model version), env and envFrom Secrets are its credentials', () => {
  const t = text('12-agent-byo-v1alpha2.yaml');
  const r = readSurface(all());
  const a = r.agents.find((x) => x.agent.name === 'langgraph-helper')!;
  assert.deepEqual(a.workload, { kind: 'Deployment', name: 'langgraph-helper', namespace: 'kagent' });
  assert.equal(a.identity, 'system:serviceaccount:kagent:langgraph-helper');
  assert.equal(a.autonomy.tier, 'autonomous');
  assert.equal(a.sandbox, undefined);
  const [m] = a.models;
  assert.equal(a.models.length, 1);
  assert.deepEqual(
    [m.ref.kind, m.ref.name, m.use, m.provider, m.model, m.runtime, m.revision],
    [
      'Agent',
      'langgraph-helper',
      'agent',
      'BYO',
      'gpt-4o-mini',
      'ghcr.io/example/langgraph-agent:1.0',
      '--host 0.0.0.0 --port 8080',
    ],
  );
  // A literal env value named like a model is the model; LOG_LEVEL and the ConfigMap are settings, not credentials.
  assert.deepEqual(m.credentials, ['env OPENAI_API_KEY from Secret openai/key', 'envFrom Secret langsmith']);
  assert.equal(m.at?.runtime.line, lineIn(t, 'image: ghcr.io/example/langgraph-agent:1.0'));
  assert.equal(m.at?.model.line, lineIn(t, 'value: gpt-4o-mini'));
  assert.equal(m.at?.credentials.line, lineIn(t, '      env:'));
});

test('SandboxAgent diff: a registry Secret added to its kmcp server (deployment.imagePullSecrets) is a credential of the server, at its name', () => {
  // kmcp @1cec6470560f api/v1alpha1/mcpserver_types.go: MCPServerDeployment.ImagePullSecrets []LocalObjectReference.
  const base = all();
  const file = '07-kmcp-mcpserver.yaml';
  const added = text(file).replace(
    '    secretRefs:',
    '    imagePullSecrets:\n      - name: ghcr-pull\n    secretRefs:',
  );
  const head = base.map((f) => (f.file === `agents/${file}` ? readManifestText(added, f.file) : f));
  const key = { kind: 'SandboxAgent', name: 'k8s-triage', namespace: 'kagent' };
  const events = diffSurfaces(findAgentSurface(base, key), findAgentSurface(head, key));
  assert.deepEqual(
    events.map((e) => [e.type, e.direction, e.file, e.line]),
    [['tool-surface-modified', 'widened', `agents/${file}`, lineIn(added, '- name: ghcr-pull')]],
  );
  assert.match(JSON.stringify(events[0].after), /image pull credentials from Secret ghcr-pull/);
});
