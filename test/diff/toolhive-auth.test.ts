import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { commit, diffJson, edit, line, reopened } from './scenario.js';
import { EXAMPLE, gitRepo, runCli, writeAt } from '../helpers/fixtures.js';

/**
 * What ToolHive's auth objects contain (src/read/manifests/toolhive-auth.ts), in a real git repository: each pull
 * request is one commit diffed against its parent. Before these were read, every change below gave no event.
 */

const CATALOG_FILE = 'k8s-ops.threats.yaml';
const FILE = 'ai.yaml';
/** Outside the catalog's manifests: a platform team's shared folder, found by the names the agent's objects use. */
const SHARED = 'platform/auth.yaml';

// Modelled on toolhive @e25de16cf972 deploy/charts/operator-crds/files/crds/toolhive.stacklok.dev_{mcpservers,
// mcpauthzconfigs,mcpexternalauthconfigs,virtualmcpservers,embeddingservers,mcpserverentries}.yaml.
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
  oidcConfigRef:
    name: corp
    audience: github
  authzConfigRef:
    name: read-only-tools
  externalAuthConfigRef:
    name: gh-token
---
apiVersion: toolhive.stacklok.dev/v1beta1
kind: MCPAuthzConfig
metadata:
  name: read-only-tools
  namespace: ai
spec:
  type: cedarv1
  config:
    policies:
      - 'permit(principal, action == Action::"call_tool", resource == Tool::"get_issue");'
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
    type: oidc
    oidcConfigRef:
      name: corp
  outgoingAuth:
    source: discovered
  config:
    aggregation:
      tools:
        - workload: github
          filter: [get_issue]
---
apiVersion: toolhive.stacklok.dev/v1beta1
kind: MCPServerEntry
metadata:
  name: docs
  namespace: ai
spec:
  groupRef:
    name: tools
  remoteUrl: https://docs.example.com/mcp
  transport: streamable-http
`;

const SHARED_MANIFESTS = `apiVersion: toolhive.stacklok.dev/v1beta1
kind: MCPExternalAuthConfig
metadata:
  name: gh-token
  namespace: ai
spec:
  type: headerInjection
  headerInjection:
    headerName: Authorization
    valueSecretRef:
      name: gh-readonly
      key: token
---
apiVersion: toolhive.stacklok.dev/v1beta1
kind: MCPExternalAuthConfig
metadata:
  name: aws-admin
  namespace: ai
spec:
  type: awsSts
  awsSts:
    region: us-east-1
    fallbackRoleArn: arn:aws:iam::111122223333:role/readonly
`;

function repo(): string {
  const catalog = readFileSync(join(EXAMPLE, CATALOG_FILE), 'utf8')
    .replace(
      '    kind: Agent\n    name: k8s-ops\n    namespace: agents',
      '    kind: Deployment\n    name: helper\n    namespace: ai',
    )
    .replace(/^ {4}status: open$/gm, '    status: closed');
  return gitRepo({
    [CATALOG_FILE]: catalog.replace('manifests/*.yaml', FILE),
    [FILE]: MANIFESTS,
    [SHARED]: SHARED_MANIFESTS,
  });
}

type Diff = ReturnType<typeof diffJson>['out'];
type Event = Diff['events'][number];

/** Commits one edit (replacements in one file) and returns what `diff` says of that commit. */
function change(dir: string, edits: Array<[string, string]>, file = FILE): Diff {
  for (const [from, to] of edits) edit(dir, file, from, to);
  commit(dir, 'change');
  return diffJson(dir, '--base', 'HEAD~1', '--head', 'HEAD').out;
}

const summary = (events: Event[]) => events.map((e) => [e.type, e.direction, e.subject, e.file, e.line]);

const POLICY = `'permit(principal, action == Action::"call_tool", resource == Tool::"get_issue");'`;

test('ToolHive authorization: a loosened MCPAuthzConfig policy and a removed authzConfigRef are tool authorization events', () => {
  const dir = repo();
  // The policy now permits every tool.
  let out = change(dir, [[POLICY, `'permit(principal, action == Action::"call_tool", resource);'`]]);
  assert.deepEqual(summary(out.events), [
    ['tool-surface-modified', 'changed', 'MCPServer ai/github: tool authorization', FILE, line(dir, FILE, 'policies:')],
  ]);
  assert.deepEqual(out.events[0].after, ['permit(principal, action == Action::"call_tool", resource);']);
  // Re-indenting a policy changes nothing.
  out = change(dir, [['principal, action', 'principal,\n        action']]);
  assert.deepEqual(summary(out.events), []);
  // No authorization at all: every call of an authenticated client goes through.
  out = change(dir, [['  authzConfigRef:\n    name: read-only-tools\n', '']]);
  assert.deepEqual(summary(out.events), [
    [
      'tool-surface-modified',
      'widened',
      'MCPServer ai/github: tool authorization',
      FILE,
      line(dir, FILE, 'kind: MCPServer') - 1,
    ],
  ]);
  assert.deepEqual(out.events[0].after, []);
  assert.ok(reopened(out).length > 0, 'the widening re-opens threats');
  // Inline policies (spec.authzConfig type inline) are the same rules; where there were none, they narrow what
  // the agent can get done through the server, and re-open nothing.
  out = change(dir, [
    [
      '  transport: stdio\n',
      `  transport: stdio\n  authzConfig:\n    type: inline\n    inline:\n      policies:\n        - ${POLICY}\n`,
    ],
  ]);
  assert.deepEqual(summary(out.events), [
    [
      'tool-surface-modified',
      'narrowed',
      'MCPServer ai/github: tool authorization',
      FILE,
      line(dir, FILE, 'authzConfig:'),
    ],
  ]);
  assert.deepEqual(out.events[0].after, [
    'permit(principal, action == Action::"call_tool", resource == Tool::"get_issue");',
  ]);
  assert.deepEqual(reopened(out), []);
});

test('ToolHive MCPExternalAuthConfig in a shared folder: a swapped Secret, a switch to AWS STS and a new role ARN are credentials events at its lines', () => {
  const dir = repo();
  let out = change(dir, [['      name: gh-readonly\n', '      name: gh-admin\n']], SHARED);
  assert.deepEqual(summary(out.events), [
    [
      'tool-surface-modified',
      'changed',
      'MCPServer ai/github: credentials',
      SHARED,
      line(dir, SHARED, 'valueSecretRef:'),
    ],
  ]);
  assert.ok(
    (out.events[0].after as string[]).includes(
      'token from MCPExternalAuthConfig gh-token: headerInjection.valueSecretRef from Secret gh-admin/token',
    ),
  );
  out = change(
    dir,
    [
      [
        '  type: headerInjection\n  headerInjection:\n    headerName: Authorization\n    valueSecretRef:\n      name: gh-admin\n      key: token\n',
        '  type: awsSts\n  awsSts:\n    region: us-east-1\n    fallbackRoleArn: arn:aws:iam::111122223333:role/gh-readonly\n',
      ],
    ],
    SHARED,
  );
  assert.deepEqual(summary(out.events), [
    [
      'tool-surface-modified',
      'changed',
      'MCPServer ai/github: credentials',
      SHARED,
      line(dir, SHARED, 'fallbackRoleArn:'),
    ],
  ]);
  // The role itself: another ARN is another account's permissions.
  out = change(dir, [['role/gh-readonly\n', 'role/admin\n']], SHARED);
  assert.deepEqual(summary(out.events), [
    ['tool-surface-modified', 'changed', 'MCPServer ai/github: credentials', SHARED, line(dir, SHARED, 'role/admin')],
  ]);
  assert.ok(
    (out.events[0].after as string[]).includes(
      'token from MCPExternalAuthConfig gh-token: awsSts.fallbackRoleArn arn:aws:iam::111122223333:role/admin',
    ),
  );
});

test("ToolHive MCPExternalAuthConfig tokenExchange: exchanging another upstream provider's token (subjectProviderName) is a credentials event at its line", () => {
  // toolhive @e25de16cf972 mcpexternalauthconfig_types.go TokenExchangeConfig: subjectProviderName names the upstream
  // provider whose token is the RFC 8693 subject token (whose account the exchanged token acts for); OBOConfig's
  // subjectTokenProviderName likewise. There is no gdchServiceAccount field at that commit.
  const dir = repo();
  change(
    dir,
    [
      [
        '  type: headerInjection\n  headerInjection:\n    headerName: Authorization\n    valueSecretRef:\n      name: gh-readonly\n      key: token\n',
        '  type: tokenExchange\n  tokenExchange:\n    tokenUrl: https://sts.example.com/oauth2/token\n    audience: https://api.github.com\n    subjectProviderName: okta-workforce\n',
      ],
    ],
    SHARED,
  );
  const out = change(dir, [['subjectProviderName: okta-workforce', 'subjectProviderName: github-org-admin']], SHARED);
  assert.deepEqual(summary(out.events), [
    [
      'tool-surface-modified',
      'changed',
      'MCPServer ai/github: credentials',
      SHARED,
      line(dir, SHARED, 'subjectProviderName: github-org-admin'),
    ],
  ]);
  assert.ok(
    (out.events[0].after as string[]).includes(
      'token from MCPExternalAuthConfig gh-token: tokenExchange.subjectProviderName github-org-admin',
    ),
  );
});

test('ToolHive VirtualMCPServer: inline outgoingAuth, incoming authorization and the embedded auth server are events; an EmbeddingServer is a model', () => {
  const dir = repo();
  let out = change(dir, [
    [
      '  outgoingAuth:\n    source: discovered\n',
      '  outgoingAuth:\n    source: inline\n    default:\n      type: externalAuthConfigRef\n      externalAuthConfigRef:\n        name: aws-admin\n',
    ],
  ]);
  assert.deepEqual(summary(out.events), [
    [
      'tool-surface-modified',
      'widened',
      'VirtualMCPServer ai/gw: credentials',
      FILE,
      line(dir, FILE, '      externalAuthConfigRef:'),
    ],
  ]);
  assert.ok(
    (out.events[0].after as string[]).includes(
      'to every backend: token from MCPExternalAuthConfig aws-admin: awsSts.fallbackRoleArn arn:aws:iam::111122223333:role/readonly',
    ),
  );
  // Authorization of the vMCP's callers (incomingAuth.authzConfigRef), where there was none: a narrowing.
  out = change(dir, [
    [
      '      name: corp\n  outgoingAuth:',
      '      name: corp\n    authzConfigRef:\n      name: read-only-tools\n  outgoingAuth:',
    ],
  ]);
  assert.deepEqual(summary(out.events), [
    [
      'tool-surface-modified',
      'narrowed',
      'VirtualMCPServer ai/gw: tool authorization',
      FILE,
      line(dir, FILE, 'policies:'),
    ],
  ]);
  // The embedded OAuth server and its upstream client Secret; authentication stays the OIDC config.
  out = change(dir, [
    [
      '  config:\n    aggregation:\n',
      '  authServerConfig:\n    issuer: https://gw.example.com\n    upstreamProviders:\n      - name: github\n        type: oauth2\n        oauth2Config:\n          authorizationEndpoint: https://github.com/login/oauth/authorize\n          tokenEndpoint: https://github.com/login/oauth/access_token\n          clientId: gw\n          clientSecretRef:\n            name: gh-oauth\n            key: secret\n  config:\n    aggregation:\n',
    ],
  ]);
  assert.deepEqual(
    out.events.map((e) => [e.type, e.direction, e.subject]),
    [['tool-surface-modified', 'widened', 'VirtualMCPServer ai/gw: credentials']],
  );
  assert.ok(
    (out.events[0].after as string[]).includes(
      'embedded auth server: authServerConfig.upstreamProviders[github].oauth2Config.clientSecretRef from Secret gh-oauth/secret',
    ),
  );
  // The optimizer's embedding model, with the CRD's default model when spec.model is omitted.
  out = change(dir, [
    ['  config:\n    aggregation:\n', '  embeddingServerRef:\n    name: embed\n  config:\n    aggregation:\n'],
    [
      '  transport: streamable-http\n',
      '  transport: streamable-http\n---\napiVersion: toolhive.stacklok.dev/v1beta1\nkind: EmbeddingServer\nmetadata:\n  name: embed\n  namespace: ai\nspec:\n  image: ghcr.io/huggingface/text-embeddings-inference:cpu-1.8\n',
    ],
  ]);
  const model = out.events.find((e) => e.type === 'model-version-updated');
  assert.deepEqual(model && [model.direction, model.subject, model.line], [
    'widened',
    'EmbeddingServer ai/embed',
    line(dir, FILE, 'embeddingServerRef:'),
  ]);
  assert.deepEqual(model?.after, {
    model: 'BAAI/bge-small-en-v1.5',
    runtime: 'ghcr.io/huggingface/text-embeddings-inference:cpu-1.8',
  });
  out = change(dir, [
    [
      '  image: ghcr.io/huggingface/text-embeddings-inference:cpu-1.8\n',
      '  model: BAAI/bge-large-en-v1.5\n  image: ghcr.io/huggingface/text-embeddings-inference:cpu-1.8\n',
    ],
  ]);
  assert.deepEqual(summary(out.events), [
    [
      'model-version-updated',
      'changed',
      'EmbeddingServer ai/embed',
      FILE,
      line(dir, FILE, 'model: BAAI/bge-large-en-v1.5'),
    ],
  ]);
});

test('ToolHive MCPServerEntry allowPrivateEndpoint and caBundleRef; an embedded auth server without oidcConfigRef is not "authentication: none"', () => {
  const dir = repo();
  let out = change(dir, [
    ['  transport: streamable-http\n', '  transport: streamable-http\n  allowPrivateEndpoint: true\n'],
  ]);
  // The SSRF guard off: the remote server may now be any private or in-cluster address.
  assert.deepEqual(summary(out.events), [
    [
      'tool-surface-modified',
      'widened',
      'MCPServerEntry ai/docs: permission profile',
      FILE,
      line(dir, FILE, 'allowPrivateEndpoint:'),
    ],
  ]);
  assert.equal(out.events[0].after, 'network:private-endpoints');
  assert.ok(reopened(out).length > 0, 'the widening re-opens threats');
  out = change(dir, [
    [
      '  allowPrivateEndpoint: true\n',
      '  allowPrivateEndpoint: true\n  caBundleRef:\n    configMapRef:\n      name: corp-ca\n',
    ],
  ]);
  assert.deepEqual(summary(out.events), [
    ['tool-surface-modified', 'widened', 'MCPServerEntry ai/docs: credentials', FILE, line(dir, FILE, 'caBundleRef:')],
  ]);
  assert.deepEqual(out.events[0].after, ['CA bundle from ConfigMap corp-ca/ca.crt']);
  // The guard back on narrows the server's reach.
  out = change(dir, [['  allowPrivateEndpoint: true\n', '']]);
  assert.deepEqual(
    out.events.map((e) => [e.subject, e.direction, e.before, e.after]),
    [['MCPServerEntry ai/docs: permission profile', 'narrowed', 'network:private-endpoints', null]],
  );
  // An embedded auth server authenticates the callers: the server is not open to anyone, and validate says the
  // operator needs oidcConfigRef with it.
  out = change(dir, [
    [
      '  oidcConfigRef:\n    name: corp\n    audience: github\n',
      '  authServerRef:\n    kind: MCPExternalAuthConfig\n    name: gh-login\n',
    ],
  ]);
  const auth = out.events.find((e) => e.subject === 'MCPServer ai/github: caller authentication');
  assert.deepEqual(auth && [auth.direction, auth.before, auth.after, auth.line], [
    'changed',
    // What the check was shown with it: the reference's audience (the MCPOIDCConfig is not in this repository).
    'oidc:corp (audience github)',
    'embedded:gh-login',
    line(dir, FILE, 'authServerRef:'),
  ]);
  const v = runCli(['validate', '--format', 'json'], { cwd: dir });
  assert.match(v.stdout, /embedded auth server \(MCPExternalAuthConfig gh-login\) needs spec\.oidcConfigRef/);
});

const WEBHOOKS = `apiVersion: toolhive.stacklok.dev/v1beta1
kind: MCPWebhookConfig
metadata:
  name: guard
  namespace: ai
spec:
  validating:
    - name: policy
      url: https://policy.example.com/validate
  mutating:
    - name: redactor
      url: https://redact.example.com/mutate
      hmacSecretRef:
        name: redactor-hmac
        key: key
`;

test('ToolHive MCPWebhookConfig in a shared folder: a mutating webhook sees every call (credentials), a validating one decides it (authorization), failurePolicy ignore loosens it', () => {
  const dir = repo();
  writeAt(dir, 'platform/webhooks.yaml', WEBHOOKS);
  commit(dir, 'webhooks in the platform folder');
  let out = change(dir, [
    [
      '  externalAuthConfigRef:\n    name: gh-token\n',
      '  externalAuthConfigRef:\n    name: gh-token\n  webhookConfigRef:\n    name: guard\n',
    ],
  ]);
  assert.deepEqual(out.events.map((e) => [e.subject, e.direction, e.file, e.line]).sort(), [
    ['MCPServer ai/github: credentials', 'widened', 'platform/webhooks.yaml', 11],
    ['MCPServer ai/github: tool authorization', 'changed', 'platform/webhooks.yaml', 8],
  ]);
  const credentials = out.events.find((e) => e.subject.endsWith('credentials'))!;
  assert.ok(
    (credentials.after as string[]).includes(
      'MCP requests sent to mutating webhook redactor: https://redact.example.com/mutate',
    ),
  );
  assert.ok(reopened(out).length > 0, 'a new party seeing every call re-opens threats');
  // The platform team lets calls through when the policy webhook is down: the agent's event, at its line.
  out = change(
    dir,
    [
      [
        '      url: https://policy.example.com/validate\n',
        '      url: https://policy.example.com/validate\n      failurePolicy: ignore\n',
      ],
    ],
    'platform/webhooks.yaml',
  );
  assert.deepEqual(
    out.events.map((e) => [e.subject, e.direction, e.file, e.line]),
    [['MCPServer ai/github: tool authorization', 'changed', 'platform/webhooks.yaml', 8]],
  );
  assert.ok(
    (out.events[0].after as string[]).includes(
      'validating webhook policy: https://policy.example.com/validate (failurePolicy ignore: the call goes through when it fails)',
    ),
  );
});
