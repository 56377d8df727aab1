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
