import { test } from 'node:test';
import assert from 'node:assert/strict';
import { commit, convergeInit, diffJson, edit, line } from './scenario.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { git, tempDir, writeAt } from '../helpers/fixtures.js';

/**
 * A platform team keeps ToolHive in its own folder: one VirtualMCPServer per team, fed by the MCP servers that join
 * its MCPGroup. The agent's folder only holds the vMCP's URL. What the platform team changes there — a server
 * joining the group, the vMCP's caller authentication — is what the agent can reach, so a pull request that does it
 * must be the agent's events, as it is when the same objects sit in the agent's folder.
 */

const APP = 'apps/triage-bot';
const AGENT = 'triage-bot';

// A plain Deployment agent that takes its MCP server from its environment (docs/surface.md, plain Deployment agents).
const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: triage-bot
  namespace: triage
spec:
  selector:
    matchLabels: {app: triage-bot}
  template:
    metadata:
      labels: {app: triage-bot}
    spec:
      serviceAccountName: triage-bot
      containers:
        - name: agent
          image: ghcr.io/acme/triage-bot:1.4.0
          env:
            - name: OPENAI_MODEL
              value: gpt-4.1
            - name: MCP_SERVER_URL
              value: http://vmcp-dev-tools.toolhive-system.svc.cluster.local:4483/mcp
`;

// Modelled on toolhive @e25de16cf972 examples/operator/virtual-mcps/vmcp_simple_discovered.yaml and
// examples/operator/mcp-servers/mcpserver_fetch_tools_filter.yaml; the group is not named after the vMCP, so the
// members are found by the group's name, not the vMCP's.
const VMCP = `apiVersion: toolhive.stacklok.dev/v1beta1
kind: MCPGroup
metadata:
  name: triage-tools
  namespace: toolhive-system
spec:
  description: what the triage bot may call
---
apiVersion: toolhive.stacklok.dev/v1beta1
kind: VirtualMCPServer
metadata:
  name: dev-tools
  namespace: toolhive-system
spec:
  groupRef:
    name: triage-tools
  incomingAuth:
    type: oidc
    oidcConfigRef:
      name: corp-oidc
  outgoingAuth:
    source: discovered
`;

const FETCH = `apiVersion: toolhive.stacklok.dev/v1beta1
kind: MCPServer
metadata:
  name: fetch
  namespace: toolhive-system
spec:
  groupRef:
    name: triage-tools
  image: ghcr.io/stackloklabs/gofetch/server
  transport: streamable-http
  proxyPort: 8080
  mcpPort: 8080
`;

const GITHUB = `apiVersion: toolhive.stacklok.dev/v1beta1
kind: MCPServer
metadata:
  name: github
  namespace: toolhive-system
spec:
  groupRef:
    name: triage-tools
  image: ghcr.io/github/github-mcp-server
  transport: stdio
  proxyPort: 8080
  secrets:
    - name: github-token
      key: token
      targetEnvName: GITHUB_PERSONAL_ACCESS_TOKEN
`;

function platformRepo(): string {
  const dir = tempDir('threatcat-toolhive-platform-');
  writeAt(dir, `${APP}/deployment.yaml`, DEPLOYMENT);
  writeAt(dir, 'platform/toolhive/dev-tools.yaml', VMCP);
  writeAt(dir, 'platform/toolhive/fetch.yaml', FETCH);
  convergeInit(dir, AGENT, APP);
  git(dir, 'checkout', '-q', '-b', 'pr');
  return dir;
}

test('a ToolHive MCPServer joining the group of the vMCP the agent calls, in the platform folder, is mcp-connection-added at its groupRef', () => {
  const dir = platformRepo();
  writeAt(dir, 'platform/toolhive/github.yaml', GITHUB);
  commit(dir, 'github joins triage-tools');
  const { code, out } = diffJson(dir, '--base', 'main', '--head', 'HEAD');
  const added = out.events.filter((e) => e.type === 'mcp-connection-added');
  assert.equal(added.length, 1, JSON.stringify(out.events));
  assert.equal(added[0].direction, 'widened');
  assert.equal(added[0].file, 'platform/toolhive/github.yaml');
  assert.equal(added[0].line, line(dir, 'platform/toolhive/github.yaml', 'groupRef:'));
  assert.match(added[0].subject, /upstream MCPServer github/);
  // The catalog converged on the old group: what the new member's tools bring is re-examined.
  assert.ok(
    out.reopen.some((r) => r.events.includes('mcp-connection-added')),
    JSON.stringify(out.reopen),
  );
  assert.equal(code, 1);
});

test("the vMCP's caller authentication switched off in the platform folder is a widened tool-surface event of the agent", () => {
  const dir = platformRepo();
  edit(
    dir,
    'platform/toolhive/dev-tools.yaml',
    /type: oidc\n {4}oidcConfigRef:\n {6}name: corp-oidc/,
    'type: anonymous',
  );
  commit(dir, 'vmcp: anonymous callers');
  const { out } = diffJson(dir, '--base', 'main', '--head', 'HEAD');
  const auth = out.events.filter((e) => e.type === 'tool-surface-modified');
  assert.equal(auth.length, 1, JSON.stringify(out.events));
  assert.equal(auth[0].direction, 'widened');
  assert.equal(auth[0].file, 'platform/toolhive/dev-tools.yaml');
  assert.equal(auth[0].line, line(dir, 'platform/toolhive/dev-tools.yaml', 'incomingAuth:'));
});

test('a member leaving the group in the platform folder is mcp-connection-removed; a change in another team’s vMCP is no event', () => {
  const dir = platformRepo();
  writeAt(
    dir,
    'platform/toolhive/other.yaml',
    VMCP.replaceAll('triage-tools', 'web-tools').replace('name: dev-tools', 'name: web'),
  );
  commit(dir, 'another team vMCP');
  git(dir, 'rm', '-q', 'platform/toolhive/fetch.yaml');
  edit(dir, 'platform/toolhive/other.yaml', /type: oidc\n {4}oidcConfigRef:\n {6}name: corp-oidc/, 'type: anonymous');
  commit(dir, 'fetch leaves; web goes anonymous');
  const { out } = diffJson(dir, '--base', 'HEAD~1', '--head', 'HEAD');
  assert.deepEqual(
    out.events.map((e) => [e.type, e.direction, e.file]),
    [['mcp-connection-removed', 'narrowed', 'platform/toolhive/fetch.yaml']],
  );
});

// A kagent agent whose tool server is a ToolHive MCPServer the platform team runs, its tool filter in a file of its
// own (modelled on kagent @5229184e280a go/api/v1alpha3 RemoteMCPServer, toolhive @e25de16cf972
// examples/operator/tool-configs/toolconfig_basic.yaml).
const KAGENT_AGENT = `apiVersion: kagent.dev/v1alpha3
kind: Agent
metadata:
  name: triage-bot
  namespace: triage
spec:
  type: Declarative
  description: Triage
  declarative:
    modelConfig: triage-model
    systemMessage: You triage incidents.
    tools:
      - type: McpServer
        mcpServer:
          apiGroup: kagent.dev
          kind: RemoteMCPServer
          name: fetch
---
apiVersion: kagent.dev/v1alpha3
kind: ModelConfig
metadata:
  name: triage-model
  namespace: triage
spec:
  provider: OpenAI
  model: gpt-4.1
  apiKeySecret: openai
  apiKeySecretKey: OPENAI_API_KEY
---
apiVersion: kagent.dev/v1alpha3
kind: RemoteMCPServer
metadata:
  name: fetch
  namespace: triage
spec:
  description: fetch, run by the platform team
  protocol: STREAMABLE_HTTP
  url: http://mcp-fetch-proxy.toolhive-system.svc.cluster.local:8080/mcp
`;

const TOOL_CONFIG = `apiVersion: toolhive.stacklok.dev/v1beta1
kind: MCPToolConfig
metadata:
  name: fetch-tools
  namespace: toolhive-system
spec:
  toolsFilter:
    - fetch
`;

test("a tool the platform's MCPToolConfig lets through, for a kagent agent that reaches the ToolHive server by URL, is a widened tool-surface event at the filter", () => {
  const dir = tempDir('threatcat-toolhive-platform-');
  writeAt(dir, `${APP}/agent.yaml`, KAGENT_AGENT);
  writeAt(
    dir,
    'platform/toolhive/fetch.yaml',
    FETCH.replace('  groupRef:\n    name: triage-tools\n', '  toolConfigRef:\n    name: fetch-tools\n'),
  );
  writeAt(dir, 'platform/toolhive/tool-configs.yaml', TOOL_CONFIG);
  convergeInit(dir, AGENT, APP);
  git(dir, 'checkout', '-q', '-b', 'pr');
  edit(dir, 'platform/toolhive/tool-configs.yaml', '    - fetch\n', '    - fetch\n    - fetch_raw\n');
  commit(dir, 'fetch_raw for everyone');
  const { code, out } = diffJson(dir, '--base', 'main', '--head', 'HEAD');
  assert.deepEqual(
    out.events.map((e) => [e.type, e.direction, e.file, e.line]),
    [
      [
        'tool-surface-modified',
        'widened',
        'platform/toolhive/tool-configs.yaml',
        line(dir, 'platform/toolhive/tool-configs.yaml', 'fetch_raw'),
      ],
    ],
  );
  assert.equal(code, 1);
});

test('the MCPToolConfig in the same platform file as its MCPServer (as ToolHive’s examples keep them) is read too: init pins its tools, a new one is an event', () => {
  const dir = tempDir('threatcat-toolhive-platform-');
  writeAt(dir, `${APP}/agent.yaml`, KAGENT_AGENT);
  writeAt(
    dir,
    'platform/toolhive/fetch.yaml',
    `${TOOL_CONFIG}---\n${FETCH.replace('  groupRef:\n    name: triage-tools\n', '  toolConfigRef:\n    name: fetch-tools\n')}`,
  );
  convergeInit(dir, AGENT, APP);
  assert.match(readFileSync(join(dir, APP, `${AGENT}.threats.yaml`), 'utf8'), /blastSurface: \[ ?tool fetch ?\]/);
  git(dir, 'checkout', '-q', '-b', 'pr');
  edit(dir, 'platform/toolhive/fetch.yaml', '    - fetch\n', '    - fetch\n    - fetch_raw\n');
  commit(dir, 'fetch_raw for everyone');
  const { out } = diffJson(dir, '--base', 'main', '--head', 'HEAD');
  assert.deepEqual(
    out.events.map((e) => [e.type, e.direction, e.file, e.line]),
    [
      [
        'tool-surface-modified',
        'widened',
        'platform/toolhive/fetch.yaml',
        line(dir, 'platform/toolhive/fetch.yaml', 'fetch_raw'),
      ],
    ],
  );
});

test('a composite tool of the platform vMCP that goes on past a declined question is an approval dropped for the agent, at the platform line', () => {
  const dir = tempDir('threatcat-toolhive-platform-');
  writeAt(dir, `${APP}/deployment.yaml`, DEPLOYMENT);
  // Modelled on toolhive @e25de16cf972 examples/operator/virtual-mcps/composite_tool_with_elicitations.yaml.
  writeAt(
    dir,
    'platform/toolhive/dev-tools.yaml',
    `${VMCP}  config:
    compositeTools:
      - name: refetch_all
        description: Fetch every page again once a person agrees
        steps:
          - id: ask
            type: elicitation
            message: Fetch every page again?
            schema: {type: object}
            onDecline:
              action: abort
          - id: run
            tool: fetch_fetch
            dependsOn: [ask]
`,
  );
  writeAt(dir, 'platform/toolhive/fetch.yaml', FETCH);
  convergeInit(dir, AGENT, APP);
  git(dir, 'checkout', '-q', '-b', 'pr');
  edit(dir, 'platform/toolhive/dev-tools.yaml', 'action: abort', 'action: continue');
  commit(dir, 'refetch: go on when declined');
  const { out } = diffJson(dir, '--base', 'main', '--head', 'HEAD');
  assert.deepEqual(
    out.events.map((e) => [e.type, e.direction, e.file, e.line]),
    [
      [
        'autonomy-tier-changed',
        'widened',
        'platform/toolhive/dev-tools.yaml',
        line(dir, 'platform/toolhive/dev-tools.yaml', 'action: continue'),
      ],
    ],
  );
  assert.deepEqual(out.events[0].after, ['refetch_all']);
});

test('a VirtualMCPCompositeToolDefinition kept in its own platform file is followed by name: its question ignored is an event there', () => {
  const dir = tempDir('threatcat-toolhive-platform-');
  writeAt(dir, `${APP}/deployment.yaml`, DEPLOYMENT);
  writeAt(
    dir,
    'platform/toolhive/dev-tools.yaml',
    `${VMCP}  config:\n    compositeToolRefs:\n      - name: refetch-def\n`,
  );
  writeAt(dir, 'platform/toolhive/fetch.yaml', FETCH);
  // Modelled on toolhive @e25de16cf972 deploy/charts/operator-crds/files/crds/
  // toolhive.stacklok.dev_virtualmcpcompositetooldefinitions.yaml.
  writeAt(
    dir,
    'platform/workflows/refetch.yaml',
    `apiVersion: toolhive.stacklok.dev/v1beta1
kind: VirtualMCPCompositeToolDefinition
metadata:
  name: refetch-def
  namespace: toolhive-system
spec:
  name: refetch_all
  description: Fetch every page again once a person agrees
  steps:
    - id: ask
      type: elicitation
      message: Fetch every page again?
      schema: {type: object}
    - id: run
      tool: fetch_fetch
      dependsOn: [ask]
`,
  );
  convergeInit(dir, AGENT, APP);
  git(dir, 'checkout', '-q', '-b', 'pr');
  edit(
    dir,
    'platform/workflows/refetch.yaml',
    '      schema: {type: object}\n',
    '      schema: {type: object}\n      onError: {action: continue}\n',
  );
  commit(dir, 'refetch: go on whatever the answer');
  const { out } = diffJson(dir, '--base', 'main', '--head', 'HEAD');
  assert.deepEqual(
    out.events.map((e) => [e.type, e.direction, e.file, e.line]),
    [
      [
        'autonomy-tier-changed',
        'widened',
        'platform/workflows/refetch.yaml',
        line(dir, 'platform/workflows/refetch.yaml', 'onError: {action: continue}'),
      ],
    ],
  );
});

test('the MCPOIDCConfig the platform vMCP authenticates callers with, in its own file: keys over plain HTTP are a widened caller authentication event there', () => {
  const dir = tempDir('threatcat-toolhive-platform-');
  writeAt(dir, `${APP}/deployment.yaml`, DEPLOYMENT);
  writeAt(dir, 'platform/toolhive/dev-tools.yaml', VMCP);
  writeAt(dir, 'platform/toolhive/fetch.yaml', FETCH);
  // Modelled on toolhive @e25de16cf972 cmd/thv-operator/api/v1beta1/mcpoidcconfig_types.go.
  writeAt(
    dir,
    'platform/auth/corp-oidc.yaml',
    `apiVersion: toolhive.stacklok.dev/v1beta1
kind: MCPOIDCConfig
metadata:
  name: corp-oidc
  namespace: toolhive-system
spec:
  type: inline
  inline:
    issuer: https://sso.example.com
    insecureAllowHTTP: false
`,
  );
  convergeInit(dir, AGENT, APP);
  git(dir, 'checkout', '-q', '-b', 'pr');
  edit(dir, 'platform/auth/corp-oidc.yaml', 'insecureAllowHTTP: false', 'insecureAllowHTTP: true');
  commit(dir, 'sso: allow http while the proxy is down');
  const { out } = diffJson(dir, '--base', 'main', '--head', 'HEAD');
  assert.deepEqual(
    out.events.map((e) => [e.type, e.direction, e.file, e.line]),
    [
      [
        'tool-surface-modified',
        'widened',
        'platform/auth/corp-oidc.yaml',
        line(dir, 'platform/auth/corp-oidc.yaml', 'insecureAllowHTTP: true'),
      ],
    ],
  );
});
