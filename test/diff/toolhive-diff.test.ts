import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { commit, diffJson, edit, line } from './scenario.js';
import { EXAMPLE, gitRepo } from '../helpers/fixtures.js';

/**
 * ToolHive fields that change what an MCP server reaches or what clients can call, in a real git repository with
 * real commits: each pull request below is one commit diffed against its parent. `spec.secrets` is the control
 * (read before these fields were): the podTemplateSpec, codeMode, optimizer, externalAuthConfigRef and
 * passthroughHeaders changes must give the event it gives.
 */

const CATALOG_FILE = 'k8s-ops.threats.yaml';
const FILE = 'ai.yaml';

// Modelled on toolhive @e25de16cf972 deploy/charts/operator-crds/files/crds/toolhive.stacklok.dev_{mcpservers,
// virtualmcpservers}.yaml: the podTemplateSpec container of the MCP server is named `mcp`.
const MANIFESTS = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: helper
  namespace: ai
spec:
  template:
    spec:
      serviceAccountName: helper-sa
      containers:
        - name: app
          image: example/helper:1.0
---
apiVersion: toolhive.stacklok.dev/v1beta1
kind: MCPGroup
metadata:
  name: tools
  namespace: ai
spec:
  description: tools
---
apiVersion: toolhive.stacklok.dev/v1beta1
kind: MCPServer
metadata:
  name: github
  namespace: ai
spec:
  groupRef:
    name: tools
  image: ghcr.io/github/github-mcp-server:v0.20.0
  transport: stdio
  secrets:
    - name: github-token
      key: token
      targetEnvName: GITHUB_PERSONAL_ACCESS_TOKEN
  podTemplateSpec:
    metadata:
      labels:
        team: platform
    spec:
      containers:
        - name: mcp
          resources:
            limits:
              cpu: 500m
              memory: 512Mi
---
apiVersion: toolhive.stacklok.dev/v1beta1
kind: VirtualMCPServer
metadata:
  name: gw
  namespace: ai
spec:
  groupRef:
    name: tools
  incomingAuth:
    type: anonymous
  config:
    aggregation:
      conflictResolution: prefix
      tools:
        - workload: github
          filter: [get_issue]
`;

function repo(): string {
  const catalog = readFileSync(join(EXAMPLE, CATALOG_FILE), 'utf8')
    .replace(
      '    kind: Agent\n    name: k8s-ops\n    namespace: agents',
      '    kind: Deployment\n    name: helper\n    namespace: ai',
    )
    .replace(/^ {4}status: open$/gm, '    status: closed');
  return gitRepo({ [CATALOG_FILE]: catalog.replace('manifests/*.yaml', FILE), [FILE]: MANIFESTS });
}

type Event = ReturnType<typeof diffJson>['out']['events'][number];

/** Commits one edit (a list of replacements) and returns the events of `diff` for that commit. */
function change(dir: string, edits: Array<[string, string]>): Event[] {
  for (const [from, to] of edits) edit(dir, FILE, from, to);
  commit(dir, 'change');
  return diffJson(dir, '--base', 'HEAD~1', '--head', 'HEAD').out.events;
}

/** As change, with the whole diff output (the re-open plan too). */
function changeOut(dir: string, edits: Array<[string, string]>): ReturnType<typeof diffJson>['out'] {
  for (const [from, to] of edits) edit(dir, FILE, from, to);
  commit(dir, 'change');
  return diffJson(dir, '--base', 'HEAD~1', '--head', 'HEAD').out;
}

const summary = (events: Event[]) => events.map((e) => [e.type, e.direction, e.subject, e.line]);

const MCP_CONTAINER = '        - name: mcp\n';

test('ToolHive podTemplateSpec: a hostPath, a secret env and an envFrom Secret are events like spec.secrets; resources and labels are none', () => {
  const dir = repo();
  // The control: a secret through spec.secrets.
  let events = change(dir, [
    ['      targetEnvName: GITHUB_PERSONAL_ACCESS_TOKEN\n', '      targetEnvName: GH_TOKEN\n'],
  ]);
  assert.deepEqual(summary(events), [
    ['tool-surface-modified', 'changed', 'MCPServer ai/github: credentials', line(dir, FILE, '- name: github-token')],
  ]);
  // An unrelated podTemplateSpec change: resources and labels.
  events = change(dir, [
    ['              cpu: 500m\n', '              cpu: "2"\n'],
    ['        team: platform\n', '        team: platform\n        tier: tools\n'],
  ]);
  assert.deepEqual(summary(events), []);
  // The Docker socket of the node, mounted into the mcp container.
  events = change(dir, [
    [
      MCP_CONTAINER,
      `${MCP_CONTAINER}          volumeMounts:\n            - name: docker\n              mountPath: /var/run/docker.sock\n`,
    ],
    [
      '              memory: 512Mi\n',
      '              memory: 512Mi\n      volumes:\n        - name: docker\n          hostPath:\n            path: /var/run/docker.sock\n',
    ],
  ]);
  assert.deepEqual(summary(events), [
    ['tool-surface-modified', 'widened', 'MCPServer ai/github: host paths', line(dir, FILE, 'hostPath:') - 1],
  ]);
  assert.deepEqual(events[0].after, ['/var/run/docker.sock:/var/run/docker.sock']);
  // A Secret key as an env variable, then a whole Secret as environment.
  events = change(dir, [
    [
      MCP_CONTAINER,
      `${MCP_CONTAINER}          env:\n            - name: AWS_SECRET_ACCESS_KEY\n              valueFrom:\n                secretKeyRef:\n                  name: prod-aws\n                  key: secret\n`,
    ],
  ]);
  assert.deepEqual(summary(events), [
    [
      'tool-surface-modified',
      'widened',
      'MCPServer ai/github: credentials',
      line(dir, FILE, '- name: AWS_SECRET_ACCESS_KEY'),
    ],
  ]);
  assert.ok((events[0].after as string[]).includes('env AWS_SECRET_ACCESS_KEY from Secret prod-aws/secret'));
  events = change(dir, [
    [MCP_CONTAINER, `${MCP_CONTAINER}          envFrom:\n            - secretRef:\n                name: prod-db\n`],
  ]);
  assert.deepEqual(summary(events), [
    ['tool-surface-modified', 'widened', 'MCPServer ai/github: credentials', line(dir, FILE, '- secretRef:')],
  ]);
  assert.ok((events[0].after as string[]).includes('envFrom Secret prod-db'));
});

test('ToolHive podTemplateSpec: a Secret mounted as a volume (secret, projected, Secrets Store CSI) is a credential of the server, at the volume', () => {
  // toolhive @e25de16cf972: the operator hands the whole podTemplateSpec to the proxy runner (--k8s-pod-patch), which
  // takes its pod spec, volumes included, for the MCP server's StatefulSet (pkg/container/kubernetes/client.go
  // applyPodTemplatePatch); MCPRemoteProxy and VirtualMCPServer merge it into their Deployment (podtemplatespec_patch.go).
  const dir = repo();
  let events = change(dir, [
    [
      MCP_CONTAINER,
      `${MCP_CONTAINER}          volumeMounts:\n            - name: gh-app\n              mountPath: /etc/github-app\n              readOnly: true\n`,
    ],
    [
      '              memory: 512Mi\n',
      '              memory: 512Mi\n      volumes:\n        - name: gh-app\n          secret:\n            secretName: github-app-private-key\n',
    ],
  ]);
  assert.deepEqual(summary(events), [
    ['tool-surface-modified', 'widened', 'MCPServer ai/github: credentials', line(dir, FILE, 'secretName: github-app')],
  ]);
  assert.ok((events[0].after as string[]).includes('volume gh-app from Secret github-app-private-key'));
  events = change(dir, [
    [
      '            secretName: github-app-private-key\n',
      '            secretName: github-app-private-key\n        - name: bundle\n          projected:\n            sources:\n              - secret:\n                  name: org-admin-token\n',
    ],
  ]);
  assert.deepEqual(summary(events), [
    ['tool-surface-modified', 'widened', 'MCPServer ai/github: credentials', line(dir, FILE, 'name: org-admin-token')],
  ]);
  events = change(dir, [
    [
      '                  name: org-admin-token\n',
      '                  name: org-admin-token\n        - name: kv\n          csi:\n            driver: secrets-store.csi.k8s.io\n            volumeAttributes:\n              secretProviderClass: github-prod\n',
    ],
  ]);
  assert.deepEqual(summary(events), [
    [
      'tool-surface-modified',
      'widened',
      'MCPServer ai/github: credentials',
      line(dir, FILE, 'secretProviderClass: github-prod'),
    ],
  ]);
  assert.ok((events[0].after as string[]).includes('volume kv from SecretProviderClass github-prod'));
  // The vMCP's own pod: another Secret there is the same kind of event on the VirtualMCPServer.
  events = change(dir, [
    [
      '  incomingAuth:\n    type: anonymous\n',
      '  incomingAuth:\n    type: anonymous\n  podTemplateSpec:\n    spec:\n      volumes:\n        - name: backend-tokens\n          secret:\n            secretName: vmcp-backend-tokens\n',
    ],
  ]);
  assert.deepEqual(summary(events), [
    [
      'tool-surface-modified',
      'widened',
      'VirtualMCPServer ai/gw: credentials',
      line(dir, FILE, 'secretName: vmcp-backend'),
    ],
  ]);
});

test('ToolHive VirtualMCPServer: codeMode and the optimizer widen the allowed tools; passthroughHeaders and an MCPServer externalAuthConfigRef are credentials', () => {
  const dir = repo();
  let events = change(dir, [
    ['  config:\n    aggregation:\n', '  config:\n    codeMode:\n      enabled: true\n    aggregation:\n'],
  ]);
  assert.deepEqual(summary(events), [
    ['tool-surface-modified', 'widened', 'VirtualMCPServer ai/gw: allowed tools', line(dir, FILE, 'enabled: true')],
  ]);
  assert.deepEqual(events[0].after, ['execute_tool_script', 'github_get_issue']);
  events = change(dir, [
    [
      '  config:\n    codeMode:\n',
      '  config:\n    optimizer:\n      embeddingService: http://embed.ai.svc:8080\n    codeMode:\n',
    ],
  ]);
  assert.deepEqual(summary(events), [
    ['tool-surface-modified', 'widened', 'VirtualMCPServer ai/gw: allowed tools', line(dir, FILE, 'optimizer:')],
  ]);
  assert.deepEqual(events[0].after, ['call_tool', 'execute_tool_script', 'find_tool', 'github_get_issue']);
  events = change(dir, [['  incomingAuth:\n', '  passthroughHeaders: [Authorization]\n  incomingAuth:\n']]);
  assert.deepEqual(summary(events), [
    ['tool-surface-modified', 'widened', 'VirtualMCPServer ai/gw: credentials', line(dir, FILE, 'passthroughHeaders:')],
  ]);
  assert.deepEqual(events[0].after, ['header Authorization forwarded from the caller']);
  events = change(dir, [
    ['  transport: stdio\n', '  transport: stdio\n  externalAuthConfigRef:\n    name: aws-admin\n'],
  ]);
  assert.deepEqual(summary(events), [
    ['tool-surface-modified', 'widened', 'MCPServer ai/github: credentials', line(dir, FILE, 'externalAuthConfigRef:')],
  ]);
  assert.ok((events[0].after as string[]).includes('token from MCPExternalAuthConfig aws-admin'));
});

// A composite tool as toolhive @e25de16cf972 pkg/vmcp/config/config.go WorkflowStepConfig spells it: the person is
// asked before the deletion, which depends on the answer's step.
const COMPOSITE = `    compositeTools:
      - name: purge_stale_issues
        description: Close the stale issues after a person confirms
        steps:
          - id: list
            tool: github_get_issue
            arguments:
              state: stale
          - id: confirm
            type: elicitation
            message: "Close {{.steps.list.output.count}} issues?"
            schema:
              type: object
              properties:
                ok: {type: boolean}
            dependsOn: [list]
            onDecline:
              action: abort
          - id: close
            tool: github_close_issue
            dependsOn: [confirm]
`;

test('ToolHive vMCP composite tool: an elicitation whose decline, cancel or error lets the workflow go on is an approval dropped, at its line', () => {
  const dir = repo();
  // The composite tool arrives gated: a new tool the vMCP offers, and no approval event.
  let events = change(dir, [['    aggregation:\n', `${COMPOSITE}    aggregation:\n`]]);
  assert.deepEqual(summary(events), [
    ['tool-surface-modified', 'widened', 'VirtualMCPServer ai/gw: allowed tools', line(dir, FILE, '    aggregation:')],
  ]);
  // The person says no, and the issues are closed anyway.
  const out = changeOut(dir, [['              action: abort\n', '              action: continue\n']]);
  assert.deepEqual(summary(out.events), [
    [
      'autonomy-tier-changed',
      'widened',
      'VirtualMCPServer ai/gw: tools called without approval',
      line(dir, FILE, 'action: continue'),
    ],
  ]);
  assert.deepEqual(out.events[0].after, ['purge_stale_issues']);
  // Every coercion threat the approval stood for is re-opened.
  assert.ok(out.reopen.length > 0);
  assert.ok(out.reopen.every((r) => r.events.some((e) => e.includes('autonomy-tier-changed'))));
  // Back to abort: narrowed, at the line that made the answer count again.
  events = change(dir, [['              action: continue\n', '              action: abort\n']]);
  assert.deepEqual(summary(events), [
    [
      'autonomy-tier-changed',
      'narrowed',
      'VirtualMCPServer ai/gw: tools called without approval',
      line(dir, FILE, 'action: abort'),
    ],
  ]);
  // skip_remaining reads as a stop; ToolHive's engine records the step as done and runs the later steps.
  events = change(dir, [['              action: abort\n', '              action: skip_remaining\n']]);
  assert.deepEqual(summary(events), [
    [
      'autonomy-tier-changed',
      'widened',
      'VirtualMCPServer ai/gw: tools called without approval',
      line(dir, FILE, 'action: skip_remaining'),
    ],
  ]);
  // No decline handler (a decline fails the step, as abort does); a cancel aborts.
  events = change(dir, [
    [
      '            onDecline:\n              action: skip_remaining\n',
      '            onCancel:\n              action: abort\n',
    ],
  ]);
  assert.deepEqual(summary(events), [
    [
      'autonomy-tier-changed',
      'narrowed',
      'VirtualMCPServer ai/gw: tools called without approval',
      line(dir, FILE, '- id: confirm'),
    ],
  ]);
  // A person who dismisses the question, or never answers (a timeout is a cancel), and the workflow goes on.
  events = change(dir, [['              action: abort\n', '              action: continue\n']]);
  assert.deepEqual(summary(events), [
    [
      'autonomy-tier-changed',
      'widened',
      'VirtualMCPServer ai/gw: tools called without approval',
      line(dir, FILE, 'action: continue'),
    ],
  ]);
  events = change(dir, [['              action: continue\n', '              action: abort\n']]);
  assert.equal(events[0]?.direction, 'narrowed');
  // Every answer fails the step, but the step's own error handling goes on.
  events = change(dir, [
    [
      '              action: abort\n',
      '              action: abort\n            onError:\n              action: continue\n',
    ],
  ]);
  assert.deepEqual(summary(events), [
    [
      'autonomy-tier-changed',
      'widened',
      'VirtualMCPServer ai/gw: tools called without approval',
      line(dir, FILE, 'action: continue'),
    ],
  ]);
});

test('ToolHive vMCP composite tool: a referenced VirtualMCPCompositeToolDefinition is read the same way; an elicitation nothing waits for is no approval', () => {
  const dir = repo();
  const definition = `---
apiVersion: toolhive.stacklok.dev/v1beta1
kind: VirtualMCPCompositeToolDefinition
metadata:
  name: purge-def
  namespace: ai
spec:
  name: purge_stale_issues
  description: Close the stale issues after a person confirms
  steps:
    - id: confirm
      type: elicitation
      message: Close them?
      schema: {type: object}
    - id: close
      tool: github_close_issue
`;
  // Without dependsOn every step starts at once: the question holds nothing back, so it is no approval either way.
  let events = change(dir, [
    ['    aggregation:\n', '    compositeToolRefs:\n      - name: purge-def\n    aggregation:\n'],
    ['          filter: [get_issue]\n', `          filter: [get_issue]\n${definition}`],
  ]);
  assert.deepEqual(summary(events), [
    ['tool-surface-modified', 'widened', 'VirtualMCPServer ai/gw: allowed tools', line(dir, FILE, '    aggregation:')],
  ]);
  assert.deepEqual(events[0].after, ['github_get_issue', 'purge_stale_issues']);
  events = change(dir, [
    ['      schema: {type: object}\n', '      schema: {type: object}\n      onDecline: {action: continue}\n'],
  ]);
  assert.deepEqual(summary(events), []);
  // The deletion now waits for the answer, which the workflow goes on without: called without a yes either way.
  events = change(dir, [
    ['      tool: github_close_issue\n', '      tool: github_close_issue\n      dependsOn: [confirm]\n'],
  ]);
  assert.deepEqual(summary(events), []);
  // A no now stops the workflow before the deletion: the approval the question stands for, at the handler.
  events = change(dir, [['      onDecline: {action: continue}\n', '      onDecline: {action: abort}\n']]);
  assert.deepEqual(summary(events), [
    [
      'autonomy-tier-changed',
      'narrowed',
      'VirtualMCPServer ai/gw: tools called without approval',
      line(dir, FILE, 'onDecline: {action: abort}'),
    ],
  ]);
});

test('ToolHive vMCP composite tool: a tool call that stops waiting for the question (dependsOn dropped, the question deleted, a call added beside it) is an approval dropped, at the call', () => {
  const dir = repo();
  change(dir, [['    aggregation:\n', `${COMPOSITE}    aggregation:\n`]]);
  // The deletion no longer depends on the answer: it runs with the listing, before anyone is asked.
  const out = changeOut(dir, [['            dependsOn: [confirm]\n', '']]);
  assert.deepEqual(summary(out.events), [
    [
      'autonomy-tier-changed',
      'widened',
      'VirtualMCPServer ai/gw: composite tool calls made without a yes',
      line(dir, FILE, '- id: close'),
    ],
  ]);
  assert.deepEqual(out.events[0].before, ['purge_stale_issues/list']);
  assert.deepEqual(out.events[0].after, ['purge_stale_issues/close', 'purge_stale_issues/list']);
  assert.ok(out.reopen.length > 0, 'the coercion threats the approval stood for are re-opened');
  // Back: the call waits again.
  let events = change(dir, [
    [
      '            tool: github_close_issue\n',
      '            tool: github_close_issue\n            dependsOn: [confirm]\n',
    ],
  ]);
  assert.deepEqual(summary(events), [
    [
      'autonomy-tier-changed',
      'narrowed',
      'VirtualMCPServer ai/gw: composite tool calls made without a yes',
      line(dir, FILE, '- id: close'),
    ],
  ]);
  // The question deleted, the deletion depending on the listing instead.
  events = change(dir, [
    [
      `          - id: confirm
            type: elicitation
            message: "Close {{.steps.list.output.count}} issues?"
            schema:
              type: object
              properties:
                ok: {type: boolean}
            dependsOn: [list]
            onDecline:
              action: abort
`,
      '',
    ],
    ['            dependsOn: [confirm]\n', '            dependsOn: [list]\n'],
  ]);
  assert.deepEqual(summary(events), [
    [
      'autonomy-tier-changed',
      'widened',
      'VirtualMCPServer ai/gw: composite tool calls made without a yes',
      line(dir, FILE, '- id: close'),
    ],
  ]);
});

test('ToolHive vMCP composite tool: a call added beside the question, and a condition on the answer, decide whether it waits for a yes', () => {
  const dir = repo();
  change(dir, [['    aggregation:\n', `${COMPOSITE}    aggregation:\n`]]);
  // A second deletion added at the question's level: it is called while the person is being asked.
  let events = change(dir, [
    [
      '            dependsOn: [confirm]\n',
      '            dependsOn: [confirm]\n          - id: close-locked\n            tool: github_close_issue\n            dependsOn: [list]\n',
    ],
  ]);
  assert.deepEqual(summary(events), [
    [
      'autonomy-tier-changed',
      'widened',
      'VirtualMCPServer ai/gw: composite tool calls made without a yes',
      line(dir, FILE, '- id: close-locked'),
    ],
  ]);
  events = change(dir, [
    ['          - id: close-locked\n            tool: github_close_issue\n            dependsOn: [list]\n', ''],
  ]);
  // A call taken out is no approval event (the composite tool does less).
  assert.deepEqual(summary(events), []);
  // The workflow goes on past a no, but the deletion runs only on a yes (the engine's output.action): still asked.
  events = change(dir, [
    ['              action: abort\n', '              action: continue\n'],
    [
      '            dependsOn: [confirm]\n',
      `            dependsOn: [confirm]\n            condition: '{{eq .steps.confirm.output.action "accept"}}'\n`,
    ],
  ]);
  assert.deepEqual(summary(events), []);
  // The condition dropped: the deletion runs whatever the answer.
  events = change(dir, [[`            condition: '{{eq .steps.confirm.output.action "accept"}}'\n`, '']]);
  assert.deepEqual(summary(events), [
    [
      'autonomy-tier-changed',
      'widened',
      'VirtualMCPServer ai/gw: tools called without approval',
      line(dir, FILE, 'action: continue'),
    ],
  ]);
});

// Modelled on toolhive @e25de16cf972 examples/operator/mcp-servers/mcpserver_with_oidcconfig_ref.yaml and
// cmd/thv-operator/api/v1beta1/mcpoidcconfig_types.go.
const OIDC = `---
apiVersion: toolhive.stacklok.dev/v1beta1
kind: MCPOIDCConfig
metadata:
  name: corp
  namespace: ai
spec:
  type: inline
  inline:
    issuer: https://login.example.com/realms/agents
    jwksUrl: https://login.example.com/realms/agents/certs
    insecureAllowHTTP: false
`;

test('ToolHive MCPOIDCConfig: a swapped issuer is a caller authentication change at its line, insecureAllowHTTP a widening; trustProxyHeaders is none', () => {
  const dir = repo();
  let events = change(dir, [
    ['  transport: stdio\n', '  transport: stdio\n  oidcConfigRef:\n    name: corp\n    audience: github-mcp\n'],
    ['          filter: [get_issue]\n', `          filter: [get_issue]\n${OIDC}`],
  ]);
  assert.deepEqual(summary(events), [
    [
      'tool-surface-modified',
      'narrowed',
      'MCPServer ai/github: caller authentication',
      line(dir, FILE, 'oidcConfigRef:'),
    ],
  ]);
  assert.equal(
    events[0].after,
    'oidc:corp (audience github-mcp; issuer https://login.example.com/realms/agents; keys from https://login.example.com/realms/agents/certs)',
  );
  // Another identity provider vouches for the callers: who may call changed, in the MCPOIDCConfig.
  events = change(dir, [
    ['    issuer: https://login.example.com/realms/agents\n', '    issuer: https://accounts.google.com\n'],
  ]);
  assert.deepEqual(summary(events), [
    [
      'tool-surface-modified',
      'changed',
      'MCPServer ai/github: caller authentication',
      line(dir, FILE, 'issuer: https://accounts.google.com'),
    ],
  ]);
  // Keys fetched over plain HTTP: anyone on the path can sign a token of their choosing.
  const out = changeOut(dir, [['    insecureAllowHTTP: false\n', '    insecureAllowHTTP: true\n']]);
  assert.deepEqual(summary(out.events), [
    [
      'tool-surface-modified',
      'widened',
      'MCPServer ai/github: caller authentication',
      line(dir, FILE, 'insecureAllowHTTP: true'),
    ],
  ]);
  assert.ok(out.reopen.length > 0);
  // X-Forwarded-* headers only shape the endpoint URLs the proxy advertises (pkg/transport/proxy): no caller check.
  events = change(dir, [['  transport: stdio\n', '  transport: stdio\n  trustProxyHeaders: true\n']]);
  assert.deepEqual(summary(events), []);
});

// Modelled on toolhive @e25de16cf972 cmd/thv-operator/api/v1beta1/mcpoidcconfig_types.go: KubernetesServiceAccount
// issuer `+kubebuilder:default="https://kubernetes.default.svc"`, and the CEL rule that the block is set if and only
// if type is kubernetesServiceAccount (pkg/oidc/resolver.go falls back to the defaults when it is nil).
const SA_OIDC = `---
apiVersion: toolhive.stacklok.dev/v1beta1
kind: MCPOIDCConfig
metadata:
  name: in-cluster
  namespace: ai
spec:
  type: kubernetesServiceAccount
  kubernetesServiceAccount: {}
`;

test('ToolHive MCPOIDCConfig of type kubernetesServiceAccount: the CRD default issuer with an empty block or none (none named as refused); another issuer is a change at its line', () => {
  const dir = repo();
  const malformed = (o: typeof out) =>
    o.findings.filter((f) => f.rule === 'surface-malformed').map((f) => [f.file, f.line, f.message]);
  const defaults = 'oidc:in-cluster (audience github-mcp; issuer https://kubernetes.default.svc)';
  let out: ReturnType<typeof changeOut> = changeOut(dir, [
    ['  transport: stdio\n', '  transport: stdio\n  oidcConfigRef:\n    name: in-cluster\n    audience: github-mcp\n'],
    ['          filter: [get_issue]\n', `          filter: [get_issue]\n${SA_OIDC}`],
  ]);
  assert.equal(out.events[0].after, defaults, 'an empty block: the defaults');
  assert.deepEqual(malformed(out), []);
  // No block at all: the API server refuses it (the CEL rule), and says so at its type; what it meant is the same.
  out = changeOut(dir, [['  kubernetesServiceAccount: {}\n', '']]);
  assert.deepEqual(summary(out.events), []);
  assert.deepEqual(malformed(out), [
    [
      FILE,
      line(dir, FILE, 'type: kubernetesServiceAccount'),
      'MCPOIDCConfig in-cluster: type kubernetesServiceAccount needs spec.kubernetesServiceAccount ({} for the defaults); the API server refuses it without',
    ],
  ]);
  // From no block to one that trusts another issuer: who vouches for the callers changed, at the issuer's line.
  out = changeOut(dir, [
    [
      '  type: kubernetesServiceAccount\n',
      '  type: kubernetesServiceAccount\n  kubernetesServiceAccount:\n    issuer: https://oidc.eks.eu-west-1.amazonaws.com/id/EXAMPLE\n',
    ],
  ]);
  assert.deepEqual(summary(out.events), [
    [
      'tool-surface-modified',
      'changed',
      'MCPServer ai/github: caller authentication',
      line(dir, FILE, 'issuer: https://oidc.eks.eu-west-1.amazonaws.com/id/EXAMPLE'),
    ],
  ]);
  assert.equal(out.events[0].before, defaults);
  assert.deepEqual(malformed(out), []);
});

test('ToolHive podTemplateSpec: a registry Secret (imagePullSecrets) is a credential of the server, at its name', () => {
  // toolhive @e25de16cf972: podTemplateSpec is a corev1.PodTemplateSpec; its pod spec's imagePullSecrets reach the
  // MCP server's pod as its volumes do.
  const dir = repo();
  const events = change(dir, [
    [
      '              memory: 512Mi\n',
      '              memory: 512Mi\n      imagePullSecrets:\n        - name: ghcr-pull\n',
    ],
  ]);
  assert.deepEqual(summary(events), [
    ['tool-surface-modified', 'widened', 'MCPServer ai/github: credentials', line(dir, FILE, '- name: ghcr-pull')],
  ]);
  assert.ok((events[0].after as string[]).includes('image pull credentials from Secret ghcr-pull'));
});
