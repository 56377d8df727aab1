import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { declaredPermissions, RbacIndex } from '../../src/read/manifests/rbac.js';
import { builtinClusterRoles } from '../../src/read/manifests/builtin-roles.js';
import { readManifestText } from '../../src/read/manifests/manifest-file.js';
import { reachableCapability } from '../../src/analyse/evidence/reachable.js';
import type { DeclaredPermission } from '../../src/model/surface.js';
import { copyExample, git, ROOT, runCli } from '../helpers/fixtures.js';
import { lineIn } from '../helpers/samples.js';
import { commit, convergedRepo, diffJson, line } from '../diff/scenario.js';

const SA = 'system:serviceaccount:agents:agent';
const label = (p: DeclaredPermission) =>
  p.nonResourceURL !== undefined
    ? `url ${p.nonResourceURL} ${p.verb}`
    : `${p.apiGroup || 'core'} ${p.resource} ${p.verb} @${p.namespace}`;

function binding(kind: 'RoleBinding' | 'ClusterRoleBinding', role: string, name = `agent-${role}`): string {
  return `apiVersion: rbac.authorization.k8s.io/v1
kind: ${kind}
metadata:
  name: ${name}
${kind === 'RoleBinding' ? '  namespace: agents\n' : ''}roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: ${role}
subjects:
  - kind: ServiceAccount
    name: agent
    namespace: agents
`;
}

test('the shipped built-in roles are the 31 bootstrap ClusterRoles of the API server, read without a problem', () => {
  const roles = builtinClusterRoles().ofKind('ClusterRole');
  assert.equal(roles.length, 31);
  for (const name of ['cluster-admin', 'admin', 'edit', 'view', 'system:auth-delegator', 'system:node'])
    assert.ok(
      roles.some((r) => r.name === name),
      name,
    );
  const text = readFileSync(join(ROOT, 'data/kubernetes/bootstrap-cluster-roles.yaml'), 'utf8');
  assert.match(text, /025f2834a128798cef30018a5e6a6ae82b5ad885/, 'provenance kept in the file');
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { files: string[] };
  assert.ok(pkg.files.includes('data'), 'the npm package ships data/');
});

test('a ClusterRoleBinding to cluster-admin (not in the repo) grants everything, as wildcards, at the roleRef', () => {
  const text = binding('ClusterRoleBinding', 'cluster-admin');
  const perms = declaredPermissions([readManifestText(text, 'crb.yaml')], SA);
  assert.deepEqual(perms.map(label), ['* * * @*', 'url * *']);
  for (const p of perms) {
    assert.equal(p.wildcard, true);
    assert.equal(p.builtinRole, true);
    assert.deepEqual(p.role, { kind: 'ClusterRole', name: 'cluster-admin' });
    assert.deepEqual([p.position.file, p.position.line], ['crb.yaml', lineIn(text, 'name: cluster-admin')]);
  }
});

test('a RoleBinding to edit grants view + system:aggregate-to-edit in its namespace: secrets, pods/exec, impersonation', () => {
  const perms = declaredPermissions([readManifestText(binding('RoleBinding', 'edit'), 'rb.yaml')], SA);
  const labels = new Set(perms.map(label));
  for (const l of [
    'core secrets get @agents',
    'core secrets delete @agents',
    'core pods/exec create @agents',
    'core serviceaccounts impersonate @agents',
    'core serviceaccounts/token create @agents',
    'apps deployments patch @agents',
    'core pods list @agents', // from view, aggregated into edit
  ])
    assert.ok(labels.has(l), l);
  assert.ok(!perms.some((p) => p.namespace === '*'), 'a RoleBinding stays in its namespace');
  assert.ok(!perms.some((p) => p.nonResourceURL), 'a RoleBinding cannot grant non-resource URLs');
  assert.equal(perms.find((p) => p.resource === 'pods/exec')?.aggregatedFrom?.name, 'system:aggregate-to-edit');
  // view has no secrets; admin adds roles/rolebindings on top of edit.
  const view = declaredPermissions([readManifestText(binding('RoleBinding', 'view'), 'rb.yaml')], SA);
  assert.ok(!view.some((p) => p.resource === 'secrets'));
  assert.ok(view.length > 0 && view.length < perms.length);
  const admin = declaredPermissions([readManifestText(binding('RoleBinding', 'admin'), 'rb.yaml')], SA);
  assert.ok(admin.some((p) => p.resource === 'rolebindings' && p.verb === 'create'));
  assert.ok(admin.length > perms.length);
});

test("the repo's ClusterRoles labelled aggregate-to-view add to view, edit and admin, at their own rules", () => {
  const text = `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: models-viewer
  labels:
    rbac.authorization.k8s.io/aggregate-to-view: "true"
rules:
  - apiGroups: ["serving.kserve.io"]
    resources: ["inferenceservices"]
    verbs: ["get", "list"]
---
${binding('RoleBinding', 'edit')}`;
  const perms = declaredPermissions([readManifestText(text, 'rbac.yaml')], SA);
  const isvc = perms.find((p) => p.resource === 'inferenceservices' && p.verb === 'get');
  assert.ok(isvc, 'aggregated through view into edit');
  assert.equal(isvc.aggregatedFrom?.name, 'models-viewer');
  assert.equal(isvc.position.line, lineIn(text, '- apiGroups: ["serving.kserve.io"]'));
  assert.ok(
    perms.some((p) => p.resource === 'secrets'),
    'the built-in part is still there',
  );
});

test('a ClusterRole of the same name in the repo wins over the built-in one; an unknown name still grants nothing', () => {
  const own = `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: {name: view}
rules:
  - {apiGroups: [""], resources: ["pods"], verbs: ["get"]}
---
${binding('ClusterRoleBinding', 'view')}`;
  const perms = declaredPermissions([readManifestText(own, 'own.yaml')], SA);
  assert.deepEqual(perms.map(label), ['core pods get @*']);
  assert.equal(perms[0].builtinRole, undefined);
  const none = declaredPermissions([readManifestText(binding('ClusterRoleBinding', 'no-such-role'), 'x.yaml')], SA);
  assert.deepEqual(none, []);
});

test('system: roles bound to workloads (system:auth-delegator) grant their rules', () => {
  const idx = new RbacIndex([readManifestText(binding('ClusterRoleBinding', 'system:auth-delegator'), 'crb.yaml')]);
  assert.deepEqual(idx.permissionsOf(SA).map(label), [
    'authentication.k8s.io tokenreviews create @*',
    'authorization.k8s.io subjectaccessreviews create @*',
  ]);
  assert.deepEqual(idx.problems, []);
});

test('dormant analysis: an unused cluster-admin grant is dormant and listed among the wildcards', () => {
  const perms = declaredPermissions([readManifestText(binding('ClusterRoleBinding', 'cluster-admin'), 'crb.yaml')], SA);
  const reach = reachableCapability(perms, [
    {
      type: 'api',
      source: 'kube-audit',
      identity: SA,
      workload: 'agents/agent',
      verb: 'list',
      apiGroup: '',
      resource: 'pods',
      namespace: 'agents',
      path: '',
      names: [],
      namesTruncated: false,
      decision: 'allow',
      count: 3,
      first: '2026-08-01T00:00:00Z',
      last: '2026-08-02T00:00:00Z',
      days: { '2026-08-01': 3 },
    },
  ]);
  assert.deepEqual(
    reach.used.map((u) => [u.resource, u.verb, u.count]),
    [['*', '*', 3]],
    'the wildcard rule is the one used',
  );
  assert.deepEqual(
    reach.dormant.map((d) => [d.resource, d.verb]),
    [['*', '*']],
    'the non-resource URL wildcard is never used',
  );
  assert.equal(reach.wildcards.length, 2);
});

test('diff: binding the agent to cluster-admin is one permissions-changed event at the roleRef, wildcard called out', () => {
  const dir = convergedRepo();
  const file = 'manifests/rbac.yaml';
  const abs = join(dir, file);
  writeFileSync(
    abs,
    `${readFileSync(abs, 'utf8')}---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: k8s-ops-admin
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: cluster-admin
subjects:
  - kind: ServiceAccount
    name: k8s-ops-sa
    namespace: agents
`,
  );
  commit(dir, 'cluster-admin for the agent');
  const { out } = diffJson(dir, '--base', 'HEAD~1', '--head', 'HEAD');
  const perms = out.events.filter((e) => e.type === 'permissions-changed');
  assert.equal(perms.length, 1, JSON.stringify(out.events));
  const [e] = perms as Array<(typeof perms)[number] & { wildcard?: boolean; builtinRoles?: string[] }>;
  assert.equal(e.file, file);
  assert.equal(e.line, line(dir, file, 'name: cluster-admin'));
  assert.deepEqual(e.added, [
    { apiGroup: '*', resource: '*', verb: '*', namespace: '*' },
    { apiGroup: '', resource: '', verb: '*', namespace: '*', nonResourceURL: '*' },
  ]);
  assert.equal(e.wildcard, true);
  assert.deepEqual(e.builtinRoles, ['cluster-admin']);
  assert.match(
    e.subject,
    /2 permissions added through the built-in ClusterRole cluster-admin, including wildcard grants/,
  );
  assert.ok(out.reopen.length > 0, 'a cluster-admin grant re-opens threats');
});

test('ingest: a RoleBinding to the built-in edit role shows its unused rules (pods/exec, secrets) as dormant', () => {
  const dir = copyExample();
  appendFileSync(
    join(dir, 'manifests/rbac.yaml'),
    `---\n${binding('RoleBinding', 'edit', 'k8s-ops-edit').replace(/agent\n/g, 'k8s-ops-sa\n')}`,
  );
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'example with edit');
  const r = runCli(
    [
      'ingest',
      'evidence/audit.jsonl.gz',
      'evidence/tool-calls.jsonl',
      'evidence/tetragon.jsonl',
      '-C',
      dir,
      '--format',
      'json',
    ],
    { cwd: dir },
  );
  assert.ok(r.code === 0 || r.code === 1, r.stderr);
  const dormant = (JSON.parse(r.stdout) as { dormant: Array<Record<string, unknown>> }).dormant;
  const has = (resource: string, verb: string) =>
    dormant.some(
      (d) =>
        d.identity === 'system:serviceaccount:agents:k8s-ops-sa' &&
        d.resource === resource &&
        d.verb === verb &&
        d.namespace === 'agents',
    );
  assert.ok(has('pods/exec', 'create'), 'from system:aggregate-to-edit');
  assert.ok(has('secrets', 'delete'));
  assert.ok(has('serviceaccounts', 'impersonate') === false, 'impersonate is never observable: not dormant');
});
