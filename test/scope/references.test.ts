// What an agent references elsewhere in the repository is part of its reach: the RemoteMCPServer's URL → the
// Service → its Deployment → ServiceAccount → that identity's RBAC, wherever those files are (issue 10 item 2).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runDiff } from '../../src/app/diff.js';
import { runValidate } from '../../src/app/validate.js';
import { writeAt } from '../helpers/fixtures.js';
import { commitAll, diff, exampleFiles, lineAt, replaceIn, repoWith, validate } from './repo.js';

const CATALOG = 'agents/k8s-ops/k8s-ops.threats.yaml';
const TOOLS = 'platform/kagent-tools/deploy.yaml';
const BINDINGS = 'platform/rbac/tool-bindings.yaml';
const IDENTITY = 'system:serviceaccount:kagent:kagent-tools';

// The example agent's RemoteMCPServer says url: http://kagent-tools.kagent:8084/mcp.
const TOOL_SERVER = `apiVersion: v1
kind: Service
metadata:
  name: kagent-tools
  namespace: kagent
spec:
  selector:
    app.kubernetes.io/name: kagent-tools
  ports:
    - port: 8084
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: kagent-tools
  namespace: kagent
spec:
  selector:
    matchLabels:
      app.kubernetes.io/name: kagent-tools
  template:
    metadata:
      labels:
        app.kubernetes.io/name: kagent-tools
    spec:
      serviceAccountName: kagent-tools
      containers:
        - name: tools
          image: ghcr.io/kagent-dev/kagent/tools:0.7.4
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: kagent-tools
  namespace: kagent
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: kagent-tools-v2
  namespace: kagent
`;

const BINDING = `# Platform team's bindings for shared tool servers.
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: kagent-tools-read
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: view
subjects:
  - kind: ServiceAccount
    name: kagent-tools
    namespace: kagent
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: kagent-tools-v2-edit
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: edit
subjects:
  - kind: ServiceAccount
    name: kagent-tools-v2
    namespace: kagent
`;

/** Other teams' files: as many as the test needs, none of them about this agent. */
function unrelated(n: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < n; i++) {
    files[`teams/t${i}/config.yaml`] =
      `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c${i}\n  namespace: t${i}\ndata:\n  LOG_LEVEL: info\n`;
    files[`teams/t${i}/rbac.yaml`] =
      `apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: app-${i}\n  namespace: t${i}\n---\napiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata:\n  name: app-${i}\n  namespace: t${i}\nroleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view }\nsubjects: [{ kind: ServiceAccount, name: app-${i}, namespace: t${i} }]\n`;
  }
  return files;
}

function platformRepo(extra: Record<string, string> = {}): string {
  // The catalog lists its own files only (manifests/*.yaml): references are followed all the same.
  return repoWith({ ...exampleFiles('agents/k8s-ops'), [TOOLS]: TOOL_SERVER, [BINDINGS]: BINDING, ...extra });
}

test("a binding in another team's folder that widens the tool server's identity is an event for the agent", () => {
  const dir = platformRepo();
  replaceIn(dir, BINDINGS, '  name: view', '  name: cluster-admin');
  commitAll(dir, 'tools need more');
  const out = diff(dir, '--base', 'HEAD~1', '--head', 'HEAD');
  const e = out.events.find((x) => x.type === 'permissions-changed' && x.builtinRoles?.includes('cluster-admin'));
  assert.ok(e, JSON.stringify(out.events));
  assert.equal(e.catalog, CATALOG);
  assert.equal(e.identity, IDENTITY);
  assert.equal(e.file, BINDINGS);
  assert.equal(e.line, lineAt(dir, BINDINGS, 'name: cluster-admin'));
  assert.deepEqual(e.builtinRoles, ['cluster-admin']);
  assert.ok(out.reopen.length > 0, 'the change re-opens what the tool server reaches');
});

test('the tool server running as another ServiceAccount is an event, at the line that says so', () => {
  const dir = platformRepo();
  replaceIn(dir, TOOLS, 'serviceAccountName: kagent-tools', 'serviceAccountName: kagent-tools-v2');
  commitAll(dir, 'new identity');
  const out = diff(dir, '--base', 'HEAD~1', '--head', 'HEAD');
  const perms = out.events.filter((x) => x.type === 'permissions-changed');
  assert.ok(perms.length > 0, JSON.stringify(out.events));
  assert.ok(perms.every((p) => p.catalog === CATALOG));
  assert.ok(
    out.events.some((x) => x.file === TOOLS && x.line === lineAt(dir, TOOLS, 'serviceAccountName: kagent-tools-v2')),
    `an event at the changed serviceAccountName: ${JSON.stringify(out.events)}`,
  );
});

test('cosmetic changes to the referenced files give no event', () => {
  const dir = platformRepo();
  replaceIn(dir, TOOLS, '      labels:\n', '      labels:\n        team: platform\n');
  replaceIn(dir, BINDINGS, "# Platform team's bindings", "# The platform team's bindings");
  commitAll(dir, 'cosmetic');
  assert.deepEqual(diff(dir, '--base', 'HEAD~1', '--head', 'HEAD').events, []);
});

test('following references reads the files they lead to, not the repository', async () => {
  const dir = platformRepo(unrelated(100));
  replaceIn(dir, BINDINGS, '  name: view', '  name: cluster-admin');
  commitAll(dir, 'widen');
  const r = await runDiff({ root: dir, base: 'HEAD~1', head: 'HEAD', now: new Date('2026-11-21T12:00:00Z') });
  assert.ok(r.events.some((e) => e.type === 'permissions-changed'));
  // 200 other files, 100 more ServiceAccounts and bindings: the diff reads the agent's files, the tool server's
  // and the bindings (in both states), and the catalog.
  assert.ok(r.stats.filesRead <= 16, `files read: ${r.stats.filesRead}`);
});

test("a model bump in a ModelConfig reads the changed agent's files and searches nothing else", async () => {
  // A ModelConfig is an object others name, so its change is searched for backwards (who names it); but no agent
  // follows references by its name, so what each agent reaches elsewhere is the same in both states and is not
  // searched again: the tool server and bindings kept by the platform team are not read.
  const dir = platformRepo(unrelated(20));
  replaceIn(dir, 'agents/k8s-ops/manifests/model.yaml', 'claude-sonnet-4-5-20250929', 'claude-opus-4-5-20251101');
  commitAll(dir, 'model bump');
  const r = await runDiff({ root: dir, base: 'HEAD~1', head: 'HEAD', now: new Date('2026-11-21T12:00:00Z') });
  const model = r.events.filter((e) => e.type === 'model-version-updated');
  assert.equal(model.length, 1, JSON.stringify(r.events));
  assert.equal(r.events.length, 1, JSON.stringify(r.events));
  // Its own files and catalog, and what the search for the ModelConfig's name reads; following the agent's references
  // read four more (the tool server and the bindings, in both states).
  assert.ok(r.stats.filesRead <= 9, `files read: ${r.stats.filesRead}`);
});

test('a ModelConfig kept by the platform and named by the agent is followed when it changes', () => {
  const files = exampleFiles('agents/k8s-ops');
  const model = files['agents/k8s-ops/manifests/model.yaml'];
  delete files['agents/k8s-ops/manifests/model.yaml'];
  const dir = repoWith({ ...files, 'platform/models/shared.yaml': model, [TOOLS]: TOOL_SERVER, [BINDINGS]: BINDING });
  replaceIn(dir, 'platform/models/shared.yaml', 'claude-sonnet-4-5-20250929', 'claude-opus-4-5-20251101');
  commitAll(dir, 'platform model bump');
  const out = diff(dir, '--base', 'HEAD~1', '--head', 'HEAD');
  const e = out.events.find((x) => x.type === 'model-version-updated');
  assert.ok(e, JSON.stringify(out.events));
  assert.equal(e.catalog, CATALOG);
  assert.equal(e.file, 'platform/models/shared.yaml');
  assert.equal(e.line, lineAt(dir, 'platform/models/shared.yaml', 'claude-opus-4-5-20251101'));
});

test('a ClusterRole four hops from the agent, each hop in its own file under other names, is still followed', () => {
  // URL → Service (tools/service.yaml) → its selector's label → Deployment (tools/deploy.yaml) → ServiceAccount →
  // binding (rbac/bindings.yaml) → ClusterRole (rbac/roles.yaml): no name is shared along the way, so only the
  // change's search backwards, hop by hop, connects the role to the agent.
  const service = TOOL_SERVER.split('---\n')[0];
  const deploy = TOOL_SERVER.split('---\n')[1]
    .replace('app.kubernetes.io/name: kagent-tools\n  template', 'app.kubernetes.io/name: tool-pods\n  template')
    .replace('        app.kubernetes.io/name: kagent-tools', '        app.kubernetes.io/name: tool-pods')
    .replace('serviceAccountName: kagent-tools', 'serviceAccountName: tool-runner');
  const svc = service.replace('app.kubernetes.io/name: kagent-tools', 'app.kubernetes.io/name: tool-pods');
  const binding = `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: runner-binding
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: runner-role }
subjects: [{ kind: ServiceAccount, name: tool-runner, namespace: kagent }]
`;
  const role = `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: runner-role
rules:
  - apiGroups: [""]
    resources: [pods]
    verbs: [get, list]
`;
  const dir = repoWith({
    ...exampleFiles('agents/k8s-ops'),
    'platform/tools/service.yaml': svc,
    'platform/tools/deploy.yaml': deploy,
    'platform/rbac/bindings.yaml': binding,
    'platform/rbac/roles.yaml': role,
    ...unrelated(10),
  });
  replaceIn(dir, 'platform/rbac/roles.yaml', '    resources: [pods]', '    resources: [secrets]');
  commitAll(dir, 'runner reads secrets');
  const out = diff(dir, '--base', 'HEAD~1', '--head', 'HEAD');
  const e = out.events.find((x) => x.type === 'permissions-changed');
  assert.ok(e, JSON.stringify(out.events));
  assert.equal(e.catalog, CATALOG);
  assert.equal(e.identity, 'system:serviceaccount:kagent:tool-runner');
  assert.equal(e.file, 'platform/rbac/roles.yaml');
});

test('a new agent whose ServiceAccount and bindings the platform keeps: what they grant is in the diff', () => {
  // The pull request adds the agent and its catalog; its ServiceAccount, role and a cluster-admin binding were
  // already in the platform's folder. Nothing it adds names them as objects, so only following the new agent's
  // own references finds them.
  const files = exampleFiles('agents/k8s-ops');
  const rbac = files['agents/k8s-ops/manifests/rbac.yaml'];
  delete files['agents/k8s-ops/manifests/rbac.yaml'];
  const admins = `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: ops-sa-admin
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin }
subjects: [{ kind: ServiceAccount, name: k8s-ops-sa, namespace: agents }]
`;
  const dir = repoWith({ 'platform/rbac/ops.yaml': rbac, 'platform/rbac/admins.yaml': admins, ...unrelated(5) });
  for (const [path, text] of Object.entries(files)) writeAt(dir, path, text);
  commitAll(dir, 'a new agent');
  const out = diff(dir, '--base', 'HEAD~1', '--head', 'HEAD');
  const perms = out.events.filter((x) => x.type === 'permissions-changed');
  assert.ok(
    perms.some((p) => p.file === 'platform/rbac/admins.yaml' && p.builtinRoles?.includes('cluster-admin')),
    JSON.stringify(out.events),
  );
  assert.ok(
    perms.some((p) => p.file === 'platform/rbac/ops.yaml'),
    JSON.stringify(out.events),
  );
  assert.ok(perms.every((p) => p.catalog === CATALOG && p.identity === 'system:serviceaccount:agents:k8s-ops-sa'));
});

test("a malformed object in a referenced file is its owner's problem, not the agent's", () => {
  const dir = platformRepo({
    'platform/rbac/broken.yaml':
      'apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata:\n  name: kagent-tools-broken\n  namespace: kagent\nroleRef: { kind: Role, name: x }\nsubjects: kagent-tools\n',
  });
  writeAt(dir, 'platform/rbac/.keep.yaml', '');
  const v = validate(dir);
  // The tool server's identity, uncovered by this catalog, is rightly reported where it is declared; a malformed
  // binding of the platform team's is theirs to fix, not a finding of the agent's catalog.
  const malformed = v.findings.filter((f) => f.file.startsWith('platform/') && f.rule !== 'shadow-component');
  assert.deepEqual(malformed, [], `no malformed-object finding in platform/: ${JSON.stringify(malformed)}`);
});

test('an agent pointed at another in-cluster server picks up that server identity and grants', () => {
  const dir = platformRepo({
    // The same kind of server under another name (its spare ServiceAccount dropped).
    'platform/admin-tools/deploy.yaml': TOOL_SERVER.replaceAll('kagent-tools', 'admin-tools')
      .split('---\n')
      .filter((doc) => !doc.includes('admin-tools-v2'))
      .join('---\n'),
    'platform/rbac/admin-tools.yaml':
      'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata:\n  name: admin-tools\nroleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin }\nsubjects:\n  - { kind: ServiceAccount, name: admin-tools, namespace: kagent }\n',
  });
  const tools = 'agents/k8s-ops/manifests/tools.yaml';
  replaceIn(dir, tools, 'url: http://kagent-tools.kagent:8084/mcp', 'url: http://admin-tools.kagent:8084/mcp');
  commitAll(dir, 'other tool server');
  const out = diff(dir, '--base', 'HEAD~1', '--head', 'HEAD');
  assert.ok(
    out.events.some((e) => e.type === 'mcp-connection-added' && e.file === tools),
    JSON.stringify(out.events),
  );
  const admin = out.events.find((e) => e.type === 'permissions-changed' && e.builtinRoles?.includes('cluster-admin'));
  assert.ok(admin, `the new server's cluster-admin grant: ${JSON.stringify(out.events)}`);
  assert.equal(admin.identity, 'system:serviceaccount:kagent:admin-tools');
  assert.equal(admin.file, 'platform/rbac/admin-tools.yaml');
});

test('validate follows the same references in a small tree (searched in-process) and a large one (git grep)', () => {
  for (const dir of [platformRepo(), platformRepo(unrelated(200))]) {
    const r = runValidate({ root: dir, paths: [], now: new Date('2026-11-21T12:00:00Z'), keepValid: true });
    const ids = r.valid![0].surface?.toolIdentities ?? [];
    const tools = ids.find((t) => t.identity === IDENTITY);
    assert.ok(tools, `tool identity found: ${JSON.stringify(ids.map((t) => t.identity))}`);
    assert.ok(
      tools.permissions.some((p) => p.verb === 'list'),
      'its view grant is part of the reach',
    );
    assert.equal(tools.serviceAccount.definedAt?.file, TOOLS);
  }
});
