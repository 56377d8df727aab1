import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findAgentSurface, readSurface } from '../../src/read/manifests/surface.js';
import { diffSurfaces } from '../../src/analyse/surface-diff.js';
import type { ManifestFile } from '../../src/model/manifest.js';
import { ROOT } from '../helpers/fixtures.js';
import { readManifestText } from '../../src/read/manifests/manifest-file.js';
import { toolHash } from '../../src/model/tool-hash.js';
import { acceptRequired } from '../../src/read/manifests/toolhive-elicitation.js';
import { lineIn, sampleManifest, sampleText } from '../helpers/samples.js';

const FILE = 'toolhive-mcpserver.yaml';

test('ToolHive v1beta1 MCPServer: image, proxy URL, identities, permission profile, MCPToolConfig filter and override', () => {
  const text = sampleText(FILE);
  const r = readSurface([sampleManifest(FILE)]);
  assert.deepEqual(r.problems, []);
  const [github, fetch] = r.inventory.mcpServers;
  assert.equal(github.ref.apiVersion, 'toolhive.stacklok.dev/v1beta1');
  assert.equal(github.position.line, lineIn(text, 'name: github', 'kind: MCPServer') - 3);
  assert.equal(github.image, 'ghcr.io/github/github-mcp-server:v0.13.0');
  assert.equal(github.at?.image.line, lineIn(text, 'image: ghcr.io/github/github-mcp-server'));
  assert.equal(github.url, 'http://mcp-github-proxy.toolhive-system.svc.cluster.local:8080/mcp');
  assert.equal(github.transport, 'stdio');
  assert.deepEqual(github.args, ['stdio', '--read-only']);
  assert.equal(github.identity, 'system:serviceaccount:toolhive-system:github-mcp');
  assert.equal(github.proxyIdentity, 'system:serviceaccount:toolhive-system:github-proxy-runner');
  assert.equal(github.permissionProfile, 'builtin:network');
  assert.deepEqual(github.allowedTools, ['get_file_contents', 'list_issues', 'search_code']);
  assert.equal(github.at?.toolNames.line, lineIn(text, 'toolsFilter:'));
  // ToolHive renames first and then filters on the NEW name (pkg/mcp/tool_filter.go): the override renames
  // search_code to code_search, which the filter does not list, so the model never sees code_search; a call to
  // search_code still passes the filter and reaches the server's own tool, undescribed.
  assert.deepEqual(
    github.tools?.map((t) => [t.name, t.sha256 !== undefined, t.position?.line]),
    [
      ['get_file_contents', false, lineIn(text, '- get_file_contents')],
      ['list_issues', false, lineIn(text, '- list_issues')],
      ['search_code', false, lineIn(text, '- search_code')],
    ],
  );
  // v1alpha1, no serviceAccount: the operator's <name>-sa.
  assert.equal(fetch.ref.apiVersion, 'toolhive.stacklok.dev/v1alpha1');
  assert.equal(fetch.identity, 'system:serviceaccount:toolhive-system:fetch-sa');
  assert.equal(fetch.transport, 'streamable-http');
  assert.equal(fetch.tools, undefined);
});

test('ToolHive v1alpha1 spec.port is the proxy port; a missing image is a problem', () => {
  const m = readManifestText(
    `apiVersion: toolhive.stacklok.dev/v1alpha1
kind: MCPServer
metadata: {name: old, namespace: th}
spec:
  port: 9090
  transport: sse
`,
    'th.yaml',
  );
  const r = readSurface([m]);
  assert.equal(r.inventory.mcpServers[0].url, 'http://mcp-old-proxy.th.svc.cluster.local:9090/sse#old');
  assert.deepEqual(
    r.problems.map((p) => `${p.position.line}: ${p.message}`),
    ['4: MCPServer old: spec.image is required'],
  );
});

/** Our ToolHive fixtures, written from the toolhive v0.44 CRDs and operator (research/toolhive-agentgateway.md). */
const TH = join(ROOT, 'test/fixtures/upstream/toolhive');
const thText = (f: string) => readFileSync(join(TH, f), 'utf8');
const thFiles = (): ManifestFile[] =>
  readdirSync(TH)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => readManifestText(thText(f), `tools/${f}`));

test('every ToolHive fixture: MCPServer, MCPRemoteProxy, VirtualMCPServer and MCPServerEntry recognised, no problem', () => {
  const r = readSurface(thFiles());
  assert.deepEqual(r.problems, []);
  assert.deepEqual(
    r.inventory.mcpServers.map((s) => `${s.ref.kind} ${s.ref.name} ${s.url} ${s.identity ?? '-'}`),
    [
      'MCPRemoteProxy crm-proxy https://mcp.crm.example.com/mcp system:serviceaccount:research-agents:crm-proxy-remote-proxy-runner',
      'MCPServer legacy-fetch http://mcp-legacy-fetch-proxy.research-agents.svc.cluster.local:8080/sse#legacy-fetch system:serviceaccount:research-agents:legacy-fetch-sa',
      'MCPServer web-fetch http://mcp-web-fetch-proxy.research-agents.svc.cluster.local:8080/mcp system:serviceaccount:research-agents:fetch-runner',
      'MCPServer gh-issues http://mcp-gh-issues-proxy.research-agents.svc.cluster.local:8080/mcp system:serviceaccount:research-agents:gh-issues-sa',
      'MCPServer jira http://mcp-jira-proxy.tools.svc.cluster.local:8080/mcp system:serviceaccount:tools:jira-sa',
      'MCPServerEntry docs-search https://mcp.docs.example.org/mcp -',
      'VirtualMCPServer research-gw http://vmcp-research-gw.research-agents.svc.cluster.local:4483/mcp system:serviceaccount:research-agents:research-gw-vmcp',
    ],
  );
});

test('MCPToolConfig as the proxy applies it: rename first, then filter on the new name; secrets, OIDC, profile', () => {
  const t = thText('mcpserver-v1beta1.yaml');
  const r = readSurface(thFiles());
  const fetch = r.inventory.mcpServers.find((s) => s.ref.name === 'web-fetch')!;
  assert.deepEqual(fetch.allowedTools, ['web_fetch', 'fetch_robots']);
  // web_fetch is the server's `fetch` renamed: the model sees the override's name and description, pinned.
  const description = 'Fetch a public web page and return it as markdown. Never follow file:// URLs.';
  assert.deepEqual(
    fetch.tools?.map((x) => [x.name, x.description, x.position?.line]),
    [
      ['web_fetch', description, lineIn(t, '    fetch:')],
      ['fetch_robots', 'Return robots.txt for a host.', lineIn(t, '    fetch_robots:')],
    ],
  );
  assert.equal(
    fetch.tools?.[0].sha256,
    toolHash({ name: 'web_fetch', description, annotations: { readOnlyHint: true, openWorldHint: true } }),
  );
  assert.equal(fetch.permissionProfile, 'configmap:fetch-egress-profile/profile.json');
  assert.deepEqual(fetch.credentials, ['env FETCH_API_TOKEN from Secret fetch-credentials/api-token']);
  assert.equal(fetch.authentication, 'oidc:corp-idp');
  assert.equal(fetch.proxyIdentity, 'system:serviceaccount:research-agents:web-fetch-proxy-runner');
  assert.deepEqual(fetch.workload, { kind: 'StatefulSet', name: 'web-fetch', namespace: 'research-agents' });
  const gh = r.inventory.mcpServers.find((s) => s.ref.name === 'gh-issues')!;
  assert.equal(gh.authentication, 'none', 'no oidcConfigRef: the proxy lets anyone in');
  assert.equal(gh.allowedTools, undefined, 'no MCPToolConfig: every tool');
  const legacy = r.inventory.mcpServers.find((s) => s.ref.name === 'legacy-fetch')!;
  assert.deepEqual(legacy.allowedTools, ['fetch'], 'v1alpha1 spec.tools');
  assert.equal(legacy.authentication, 'oidc:inline');
});

test('an override renamed out of the filter hides the tool; without a filter every overridden tool is known', () => {
  const m = readManifestText(
    `apiVersion: toolhive.stacklok.dev/v1beta1
kind: MCPToolConfig
metadata: {name: cfg, namespace: th}
spec:
  toolsOverride:
    search_code: {name: code_search, description: Search code}
    list_issues: {description: List issues}
---
apiVersion: toolhive.stacklok.dev/v1beta1
kind: MCPServer
metadata: {name: gh, namespace: th}
spec:
  image: ghcr.io/github/github-mcp-server:v1
  toolConfigRef: {name: cfg}
  volumes:
    - {name: docker, hostPath: /var/run/docker.sock, mountPath: /var/run/docker.sock}
    - {name: cache, hostPath: /srv/cache, mountPath: /cache, readOnly: true}
`,
    'th.yaml',
  );
  const [gh] = readSurface([m]).inventory.mcpServers;
  assert.equal(gh.allowedTools, undefined);
  assert.deepEqual(
    gh.tools?.map((t) => [t.name, t.description]),
    [
      ['code_search', 'Search code'],
      ['list_issues', 'List issues'],
    ],
  );
  assert.deepEqual(gh.hostPaths, ['/srv/cache:/cache:ro', '/var/run/docker.sock:/var/run/docker.sock']);
});

test('MCPRemoteProxy, MCPServerEntry and VirtualMCPServer: remote URL, identities, credentials, group members, tools', () => {
  const r = readSurface(thFiles());
  const byName = new Map(r.inventory.mcpServers.map((s) => [s.ref.name, s]));
  const crm = byName.get('crm-proxy')!;
  assert.deepEqual(crm.allowedTools, ['search_accounts', 'get_account']);
  assert.deepEqual(crm.credentials, [
    'header X-API-Key from Secret crm-api/key',
    'header X-Tenant-ID (literal)',
    'token from MCPExternalAuthConfig crm-token-exchange',
    // What the MCPExternalAuthConfig holds (toolhive-auth.ts): the token's audience, client and client Secret.
    'token from MCPExternalAuthConfig crm-token-exchange: tokenExchange.audience crm-api',
    'token from MCPExternalAuthConfig crm-token-exchange: tokenExchange.clientId crm-proxy',
    'token from MCPExternalAuthConfig crm-token-exchange: tokenExchange.clientSecretRef from Secret crm-proxy-oauth/client-secret',
    'token from MCPExternalAuthConfig crm-token-exchange: tokenExchange.scopes crm.read',
    'token from MCPExternalAuthConfig crm-token-exchange: tokenExchange.tokenUrl https://login.example.com/realms/agents/protocol/openid-connect/token',
    'token from MCPExternalAuthConfig crm-token-exchange: type tokenExchange',
  ]);
  assert.equal(crm.authentication, 'oidc:corp-idp');
  const entry = byName.get('docs-search')!;
  assert.equal(entry.transport, 'streamable-http');
  // caBundleRef: the CA its TLS is verified with (toolhive-auth.ts).
  assert.deepEqual(entry.credentials, [
    'CA bundle from ConfigMap corp-ca/ca.crt',
    'header Authorization from Secret docs-search-token/bearer',
  ]);
  const gw = byName.get('research-gw')!;
  assert.deepEqual(gw.upstreams, [
    'MCPRemoteProxy crm-proxy',
    'MCPServer gh-issues',
    'MCPServer web-fetch',
    'MCPServerEntry docs-search',
  ]);
  // deny by default; web-fetch filtered through the MCPToolConfig (original backend names), gh-issues by an inline
  // filter with a rename, docs-search excluded; names prefixed {workload}_; plus the composite tool.
  assert.deepEqual(gw.allowedTools, [
    'web-fetch_web_fetch',
    'web-fetch_fetch_robots',
    'gh-issues_gh_list_issues',
    'gh-issues_get_issue',
    'summarize_issue_with_docs',
  ]);
  assert.equal(gw.authentication, 'oidc:corp-idp');
});

test('ToolHive diff: a server joining the group, a new secret, a hostPath and a dropped oidcConfigRef are events at their lines', () => {
  const base = thFiles();
  const t = thText('mcpserver-v1beta1.yaml');
  const changed = t
    .replace(
      '      targetEnvName: FETCH_API_TOKEN\n',
      '      targetEnvName: FETCH_API_TOKEN\n    - name: aws-keys\n      key: secret\n',
    )
    .replace('  oidcConfigRef:\n    name: corp-idp\n    audience: web-fetch\n', '')
    .replace('  mcpPort: 9000 ', '  volumes:\n    - {name: root, hostPath: /, mountPath: /host}\n  mcpPort: 9000 ');
  const legacy = thText('mcpserver-v1alpha1-legacy.yaml').replace(
    '  permissionProfile:',
    '  groupRef:\n    name: research-tools\n  permissionProfile:',
  );
  const head = base.map((f) =>
    f.file === 'tools/mcpserver-v1beta1.yaml'
      ? readManifestText(changed, f.file)
      : f.file === 'tools/mcpserver-v1alpha1-legacy.yaml'
        ? readManifestText(legacy, f.file)
        : f,
  );
  // A plain workload agent whose folder holds these servers.
  const surface = (files: ManifestFile[]) =>
    findAgentSurface([...files, readManifestText(AGENT, 'tools/agent.yaml')], {
      kind: 'Deployment',
      name: 'researcher',
      namespace: 'research-agents',
    });
  const events = diffSurfaces(surface(base), surface(head));
  assert.deepEqual(
    events.map((e) => [e.type, e.file, e.line, e.subject]),
    [
      [
        'mcp-connection-added',
        'tools/mcpserver-v1alpha1-legacy.yaml',
        lineIn(legacy, 'groupRef:'),
        'VirtualMCPServer research-agents/research-gw: upstream MCPServer legacy-fetch',
      ],
      [
        'tool-surface-modified',
        'tools/mcpserver-v1beta1.yaml',
        lineIn(changed, 'spec:', 'name: web-fetch'),
        'MCPServer research-agents/web-fetch: caller authentication',
      ],
      [
        'tool-surface-modified',
        'tools/mcpserver-v1beta1.yaml',
        lineIn(changed, '- name: aws-keys'),
        'MCPServer research-agents/web-fetch: credentials',
      ],
      [
        'tool-surface-modified',
        'tools/mcpserver-v1beta1.yaml',
        lineIn(changed, 'hostPath: /'),
        'MCPServer research-agents/gh-issues: host paths',
      ],
    ],
  );
});

const AGENT = `apiVersion: apps/v1
kind: Deployment
metadata: {name: researcher, namespace: research-agents}
spec:
  template:
    spec:
      serviceAccountName: researcher
      containers: [{name: agent, image: ghcr.io/example/researcher:1.0}]
`;

test('malformed ToolHive objects: one problem each, at the field', () => {
  const m = readManifestText(
    `apiVersion: toolhive.stacklok.dev/v1beta1
kind: MCPRemoteProxy
metadata: {name: p, namespace: th}
spec:
  transport: sse
---
apiVersion: toolhive.stacklok.dev/v1beta1
kind: VirtualMCPServer
metadata: {name: v, namespace: th}
spec:
  incomingAuth: {type: anonymous}
---
apiVersion: toolhive.stacklok.dev/v1beta1
kind: MCPServer
metadata: {name: s, namespace: th}
spec:
  image: x
  secrets:
    - {name: only-name}
`,
    'bad.yaml',
  );
  assert.deepEqual(
    readSurface([m]).problems.map((p) => `${p.position.line}: ${p.message}`),
    [
      '4: MCPRemoteProxy p: spec.remoteUrl is required',
      '10: VirtualMCPServer v: spec.groupRef.name is required',
      '19: MCPServer s: spec.secrets[0] needs name and key',
    ],
  );
});

// Modelled on toolhive @e25de16cf972: cmd/thv-operator/api/v1beta1/{mcpserver,mcpremoteproxy,virtualmcpserver}_types.go
// (podTemplateSpec, externalAuthConfigRef, passthroughHeaders, embeddingServerRef) and pkg/vmcp/config/config.go
// (config.codeMode, config.optimizer, config.passthroughHeaders).
const POD_TEMPLATE = `apiVersion: toolhive.stacklok.dev/v1beta1
kind: MCPServer
metadata: {name: docker, namespace: th}
spec:
  image: ghcr.io/example/docker-mcp:1.0
  groupRef: {name: g}
  externalAuthConfigRef: {name: aws-admin}
  volumes:
    - {name: etc, hostPath: /etc, mountPath: /host/etc, readOnly: true}
  podTemplateSpec:
    metadata:
      labels: {team: platform}
    spec:
      containers:
        - name: mcp
          resources: {limits: {cpu: 500m}}
          env:
            - name: LOG_LEVEL
              value: debug
            - name: AWS_SECRET_ACCESS_KEY
              valueFrom:
                secretKeyRef: {name: prod-aws, key: secret}
          envFrom:
            - secretRef: {name: prod-db}
            - configMapRef: {name: settings}
          volumeMounts:
            - {name: sock, mountPath: /var/run/docker.sock}
            - {name: logs, mountPath: /logs, readOnly: true}
      volumes:
        - name: sock
          hostPath: {path: /var/run/docker.sock, type: Socket}
        - name: logs
          hostPath: {path: /var/log}
        - name: unmounted
          hostPath: {path: /opt/data}
        - name: scratch
          emptyDir: {}
---
apiVersion: toolhive.stacklok.dev/v1beta1
kind: MCPRemoteProxy
metadata: {name: remote, namespace: th}
spec:
  remoteUrl: https://mcp.example.com/mcp
  podTemplateSpec:
    spec:
      containers:
        - name: mcp
          env:
            - name: UPSTREAM_TOKEN
              valueFrom:
                secretKeyRef: {name: upstream, key: token}
---
apiVersion: toolhive.stacklok.dev/v1beta1
kind: VirtualMCPServer
metadata: {name: code, namespace: th}
spec:
  groupRef: {name: g}
  incomingAuth: {type: anonymous}
  passthroughHeaders: [Authorization]
  config:
    passthroughHeaders: [X-Ignored]
    codeMode:
      enabled: true
    optimizer:
      embeddingService: http://embed.th.svc:8080
    aggregation:
      tools:
        - workload: docker
          filter: [list_containers]
---
apiVersion: toolhive.stacklok.dev/v1beta1
kind: VirtualMCPServer
metadata: {name: embedded, namespace: th}
spec:
  groupRef: {name: g}
  incomingAuth: {type: anonymous}
  embeddingServerRef: {name: embed}
  config:
    passthroughHeaders: [X-Tenant]
    codeMode: {enabled: false}
    aggregation:
      tools:
        - workload: docker
          filter: [list_containers]
---
apiVersion: toolhive.stacklok.dev/v1beta1
kind: VirtualMCPServer
metadata: {name: open, namespace: th}
spec:
  groupRef: {name: g}
  incomingAuth: {type: anonymous}
  config:
    codeMode: {enabled: true}
`;

test('ToolHive podTemplateSpec host paths and Secret env, MCPServer externalAuthConfigRef, vMCP passthroughHeaders, codeMode and optimizer', () => {
  const r = readSurface([readManifestText(POD_TEMPLATE, 'th.yaml')]);
  assert.deepEqual(r.problems, []);
  const byName = new Map(r.inventory.mcpServers.map((s) => [s.ref.name, s]));
  const docker = byName.get('docker')!;
  assert.deepEqual(docker.hostPaths, [
    '/etc:/host/etc:ro',
    '/opt/data:/opt/data',
    '/var/log:/logs:ro',
    '/var/run/docker.sock:/var/run/docker.sock',
  ]);
  assert.equal(
    docker.at?.['hostPath:/var/run/docker.sock:/var/run/docker.sock'].line,
    lineIn(POD_TEMPLATE, 'path: /var/run/docker.sock') - 1,
  );
  assert.deepEqual(docker.credentials, [
    'env AWS_SECRET_ACCESS_KEY from Secret prod-aws/secret',
    'envFrom Secret prod-db',
    'token from MCPExternalAuthConfig aws-admin',
  ]);
  assert.equal(
    docker.at?.['credential:env AWS_SECRET_ACCESS_KEY from Secret prod-aws/secret'].line,
    lineIn(POD_TEMPLATE, '- name: AWS_SECRET_ACCESS_KEY'),
  );
  assert.equal(
    docker.at?.['credential:envFrom Secret prod-db'].line,
    lineIn(POD_TEMPLATE, '- secretRef: {name: prod-db}'),
  );
  assert.equal(
    docker.at?.['credential:token from MCPExternalAuthConfig aws-admin'].line,
    lineIn(POD_TEMPLATE, 'externalAuthConfigRef: {name: aws-admin}'),
  );
  assert.deepEqual(byName.get('remote')!.credentials, ['env UPSTREAM_TOKEN from Secret upstream/token']);
  // spec.passthroughHeaders wins over spec.config.passthroughHeaders; code mode adds execute_tool_script and the
  // optimizer find_tool and call_tool, which reach the aggregated tools (kept in the list).
  const code = byName.get('code')!;
  assert.deepEqual(code.credentials, ['header Authorization forwarded from the caller']);
  assert.deepEqual(code.allowedTools, ['docker_list_containers', 'execute_tool_script', 'find_tool', 'call_tool']);
  assert.equal(code.at?.['allowedTool:execute_tool_script'].line, lineIn(POD_TEMPLATE, 'enabled: true'));
  assert.equal(code.at?.['allowedTool:find_tool'].line, lineIn(POD_TEMPLATE, 'optimizer:'));
  // embeddingServerRef alone turns the optimizer on (the operator fills in spec.config.optimizer); codeMode off adds nothing.
  const embedded = byName.get('embedded')!;
  assert.deepEqual(embedded.credentials, ['header X-Tenant forwarded from the caller']);
  assert.deepEqual(embedded.allowedTools, ['docker_list_containers', 'find_tool', 'call_tool']);
  // Without an aggregation that settles every member's tools the list stays unknown ("all"), code mode or not.
  assert.equal(byName.get('open')!.allowedTools, undefined);
});

test('vMCP composite tools that go on past a declined or dismissed question are called without approval, at the setting', () => {
  const name = 'test/fixtures/kinds/toolhive/composite-elicitation.yaml';
  const text = readFileSync(join(ROOT, name), 'utf8');
  const r = readSurface([readManifestText(text, name)]);
  assert.deepEqual(r.problems, []);
  const [gw] = r.inventory.mcpServers;
  // ship_release publishes after a decline; rollback_release (by reference, named by its spec.name) runs its
  // forEach after a cancel, since skip_remaining skips nothing; wipe_cache stops; feedback asks last, with nothing after.
  assert.deepEqual(gw.autoApproved, ['rollback_release', 'ship_release']);
  assert.equal(gw.at?.['autoApproved:ship_release'].line, lineIn(text, 'action: continue'));
  assert.equal(gw.at?.['autoApproved:rollback_release'].line, lineIn(text, 'onCancel: {action: skip_remaining}'));
  assert.equal(gw.at?.['withheld:wipe_cache'].line, lineIn(text, 'action: abort', 'id: sure'));
  assert.equal(gw.at?.['withheld:feedback'], undefined);
  // Steps that are not a list are one problem at the field, and nothing unapproved.
  const bad = readManifestText(
    `apiVersion: toolhive.stacklok.dev/v1beta1
kind: VirtualMCPServer
metadata: {name: v, namespace: th}
spec:
  groupRef: {name: g}
  incomingAuth: {type: anonymous}
  config:
    compositeTools:
      - name: t
        steps: 3
`,
    'bad.yaml',
  );
  const b = readSurface([bad]);
  assert.deepEqual(
    b.problems.map((p) => `${p.position.line}: ${p.message}`),
    ['10: VirtualMCPServer v: spec.config.compositeTools[0].steps must be a list'],
  );
  assert.equal(b.inventory.mcpServers[0].autoApproved, undefined);
});

test('vMCP composite tools: each tool call is asked, unasked or made before any question, and a condition on the answer is read', () => {
  const name = 'test/fixtures/kinds/toolhive/composite-elicitation.yaml';
  const r = readSurface([readManifestText(readFileSync(join(ROOT, name), 'utf8'), name)]);
  const [gw] = r.inventory.mcpServers;
  assert.deepEqual(gw.askedSteps, ['wipe_cache/wipe']);
  assert.deepEqual(gw.unaskedSteps, ['rollback_release/notice', 'rollback_release/revert', 'ship_release/publish']);
  assert.deepEqual(gw.preludeSteps, ['feedback/run', 'ship_release/tag']);
  // Only a template true on `accept` alone requires the yes; anything else (or, not, a typo) requires nothing.
  for (const [condition, ids] of [
    ['{{eq .steps.ok.output.action "accept"}}', ['ok']],
    ['{{ eq "accept" .steps.ok.output.action }}', ['ok']],
    ['{{- and (eq .steps.ok.output.action "accept") (gt .params.n 0.0) -}}', ['ok']],
    ['{{if eq .steps.ok.output.action "accept"}}true{{else}}false{{end}}', ['ok']],
    ['{{or (eq .steps.ok.output.action "accept") true}}', []],
    ['{{not (eq .steps.ok.output.action "accept")}}', []],
    ['{{eq .steps.ok.output.action "decline"}}', []],
    ['{{eq .steps.ok.output.action "accept"}} {{true}}', []],
    ['{{eq .steps.ok.output.content "accept"}}', []],
    ['{{((((((', []],
    [`{{and ${'('.repeat(100000)}eq .steps.ok.output.action "accept"${')'.repeat(100000)}}}`, []],
  ] as const) {
    assert.deepEqual([...acceptRequired(condition)], ids, condition);
  }
});
