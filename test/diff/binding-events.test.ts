import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { git, runCli, tempDir, writeAt } from '../helpers/fixtures.js';
import { commit, convergedRepo, convergeInit, diffJson, edit, line } from './scenario.js';

const RBAC = 'manifests/rbac.yaml';

/**
 * A namespaced Role the agent is not bound to yet (another ServiceAccount is), and a second ClusterRole: the
 * grants a RoleBinding or a new roleRef can bring to the agent without any rule changing.
 */
const ROLES = `---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: deployer
  namespace: agents
rules:
  - apiGroups: ["apps"]
    resources: ["deployments"]
    verbs: ["create", "delete"]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: deployer-ci
  namespace: agents
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: deployer
subjects:
  - kind: ServiceAccount
    name: ci-bot
    namespace: agents
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: k8s-ops-wide
rules:
  - apiGroups: [""]
    resources: ["nodes"]
    verbs: ["get", "list"]
`;

const AGENT_BINDING = `---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: deployer-k8s-ops
  namespace: agents
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: deployer
subjects:
  - kind: ServiceAccount
    name: k8s-ops-sa
    namespace: agents
`;

function repo(withBinding = false): string {
  return convergedRepo((d) => {
    const file = join(d, RBAC);
    writeFileSync(file, `${readFileSync(file, 'utf8')}${ROLES}${withBinding ? AGENT_BINDING : ''}`);
  });
}

/** 1-based line of the n-th (0-based) line equal to `text` (trimmed) in a file of a commit. */
function nth(dir: string, rev: string, text: string, n = 0): number {
  const lines = git(dir, 'show', `${rev}:${RBAC}`).split('\n');
  const hits = lines.flatMap((l, i) => (l.trim() === text ? [i + 1] : []));
  assert.ok(hits.length > n, `no ${n}th '${text}' in ${rev}:${RBAC}`);
  return hits[n];
}

/** 1-based line of the `name:` under the roleRef of the agent's ClusterRoleBinding, in a commit. */
function clusterRoleRefName(dir: string, rev: string): number {
  const lines = git(dir, 'show', `${rev}:${RBAC}`).split('\n');
  const binding = lines.indexOf('kind: ClusterRoleBinding');
  const roleRef = lines.findIndex((l, i) => i > binding && l === 'roleRef:');
  return lines.findIndex((l, i) => i > roleRef && l.trim().startsWith('name:')) + 1;
}

test('a RoleBinding added to an existing Role is reported at the binding subject, not at the unchanged rule', () => {
  const dir = repo();
  writeFileSync(join(dir, RBAC), `${readFileSync(join(dir, RBAC), 'utf8')}${AGENT_BINDING}`);
  commit(dir, 'bind the agent to deployer');
  const { out } = diffJson(dir, '--base', 'HEAD~1', '--head', 'HEAD');
  const ev = out.events.filter((e) => e.type === 'permissions-changed');
  assert.equal(ev.length, 1, JSON.stringify(out.events));
  // The subject entry of the new binding: the last `- kind: ServiceAccount` of the file.
  const subjectLines = git(dir, 'show', `HEAD:${RBAC}`)
    .split('\n')
    .flatMap((l, i) => (l.trim() === '- kind: ServiceAccount' ? [i + 1] : []));
  assert.deepEqual([ev[0].file, ev[0].line, ev[0].direction], [RBAC, subjectLines[subjectLines.length - 1], 'widened']);
  assert.deepEqual(
    (ev[0].added as Array<{ verb: string; resource: string }>).map((p) => `${p.verb} ${p.resource}`).sort(),
    ['create deployments', 'delete deployments'],
  );
  // The Role's rule did not change: no event points there.
  assert.ok(!out.events.some((e) => e.line === nth(dir, 'HEAD', '- apiGroups: ["apps"]', 1)));
});

test('removing that RoleBinding is a narrowing reported at the binding subject in base', () => {
  const dir = repo(true);
  const base = git(dir, 'rev-parse', 'HEAD');
  const text = readFileSync(join(dir, RBAC), 'utf8');
  writeFileSync(join(dir, RBAC), text.replace(AGENT_BINDING, ''));
  commit(dir, 'unbind');
  const { out } = diffJson(dir, '--base', 'HEAD~1', '--head', 'HEAD');
  const ev = out.events.filter((e) => e.type === 'permissions-changed');
  assert.equal(ev.length, 1, JSON.stringify(out.events));
  const subjects = git(dir, 'show', `${base}:${RBAC}`)
    .split('\n')
    .flatMap((l, i) => (l.trim() === '- kind: ServiceAccount' ? [i + 1] : []));
  assert.deepEqual(
    [ev[0].file, ev[0].line, ev[0].direction, ev[0].after],
    [RBAC, subjects[subjects.length - 1], 'narrowed', null],
  );
});

test('a rule added to a bound Role is reported at the rule; a new roleRef at the roleRef', () => {
  const dir = repo(true);
  // A new rule in the Role the agent is bound to.
  edit(
    dir,
    RBAC,
    '    verbs: ["create", "delete"]\n',
    '    verbs: ["create", "delete"]\n  - apiGroups: ["batch"]\n    resources: ["jobs"]\n    verbs: ["create"]\n',
  );
  // The agent's ClusterRoleBinding now names another ClusterRole.
  edit(dir, RBAC, /(kind: ClusterRole\n {2}name: )k8s-ops\n/, '$1k8s-ops-wide\n');
  commit(dir, 'widen');
  const { out } = diffJson(dir, '--base', 'HEAD~1', '--head', 'HEAD');
  const added = out.events.filter((e) => e.type === 'permissions-changed' && e.direction === 'widened');
  const removed = out.events.filter((e) => e.type === 'permissions-changed' && e.direction === 'narrowed');
  const head = git(dir, 'show', `HEAD:${RBAC}`).split('\n');
  const ruleLine = head.findIndex((l) => l.includes('- apiGroups: ["batch"]')) + 1;
  const roleRefLine = clusterRoleRefName(dir, 'HEAD');
  assert.deepEqual(
    added.map((e) => e.line).sort((a, b) => a - b),
    [roleRefLine, ruleLine].sort((a, b) => a - b),
    JSON.stringify(added),
  );
  const jobs = added.find((e) => e.line === ruleLine)!;
  assert.deepEqual(jobs.added, [{ apiGroup: 'batch', resource: 'jobs', verb: 'create', namespace: 'agents' }]);
  // What the old ClusterRole granted is gone: one narrowing at the roleRef in base.
  assert.equal(removed.length, 1, JSON.stringify(removed));
  assert.equal(removed[0].line, clusterRoleRefName(dir, 'HEAD~1'));
});

test('a ClusterRole the platform folder aggregates into the built-in edit reaches the agent bound to edit: a widened permissions event at its rule', () => {
  const dir = tempDir('threatcat-aggregate-');
  writeAt(
    dir,
    'apps/bot/deployment.yaml',
    `apiVersion: apps/v1
kind: Deployment
metadata:
  name: bot
  namespace: bots
spec:
  template:
    spec:
      serviceAccountName: bot
      containers:
        - name: agent
          image: ghcr.io/acme/bot:1.0
          env:
            - name: OPENAI_MODEL
              value: gpt-4.1
`,
  );
  writeAt(
    dir,
    'platform/rbac/bot.yaml',
    `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: bot-edit
  namespace: bots
subjects:
  - kind: ServiceAccount
    name: bot
    namespace: bots
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: edit
`,
  );
  convergeInit(dir, 'bot', 'apps/bot');
  git(dir, 'checkout', '-q', '-b', 'pr');
  // Another team's change, in another file: its CRD's objects become editable by everyone bound to edit.
  writeAt(
    dir,
    'platform/rbac/toolhive-aggregate.yaml',
    `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: toolhive-edit
  labels:
    rbac.authorization.k8s.io/aggregate-to-edit: "true"
rules:
  - apiGroups: ["toolhive.stacklok.dev"]
    resources: ["mcpservers"]
    verbs: ["create", "delete"]
`,
  );
  commit(dir, 'toolhive objects editable through edit');
  const { out } = diffJson(dir, '--base', 'main', '--head', 'HEAD');
  assert.deepEqual(
    out.events.map((e) => [e.type, e.direction, e.file]),
    [['permissions-changed', 'widened', 'platform/rbac/toolhive-aggregate.yaml']],
  );
  assert.equal(out.events[0].line, line(dir, 'platform/rbac/toolhive-aggregate.yaml', 'apiGroups:'));
});

test('a binding to the built-in admin role is one event whose words list 20 of its 399 permissions and say how many more; the JSON lists them all', () => {
  const dir = convergedRepo();
  writeAt(
    dir,
    'manifests/admin-binding.yaml',
    'apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: {name: ops-admin, namespace: agents}\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: admin}\nsubjects: [{kind: ServiceAccount, name: k8s-ops-sa, namespace: agents}]\n',
  );
  commit(dir, 'admin');
  const json = diffJson(dir, '--base', 'main', '--head', 'HEAD').out;
  const granted = json.events.filter((e) => e.type === 'permissions-changed');
  assert.equal(granted.length, 1);
  const all = (granted[0].added ?? []).length;
  assert.ok(all > 300, `admin grants hundreds of permissions (${all})`);
  const text = runCli(['diff', '-C', dir, '--base', 'main', '--head', 'HEAD']).stdout;
  const eventLine = text.split('\n').find((l) => l.includes('permissions-changed'))!;
  assert.equal(eventLine.split(' + ').length - 1, 20);
  assert.ok(eventLine.includes(`… ${all - 20} more (all in --format json)`));
  assert.ok(eventLine.length < 3000, `one readable line (${eventLine.length} characters)`);
});

test('explicit verbs rewritten as a wildcard are one widened event and nothing "removed"; the wildcard spelt out again is one narrowed event and nothing "added"', () => {
  const dir = convergedRepo();
  const RULE = 'verbs: ["get", "list", "watch"]\n  - apiGroups: ["apps"]';
  edit(dir, 'manifests/rbac.yaml', RULE, 'verbs: ["*"]\n  - apiGroups: ["apps"]');
  commit(dir, 'any verb on the core resources');
  const wide = diffJson(dir, '--base', 'main', '--head', 'HEAD').out.events.filter(
    (e) => e.type === 'permissions-changed',
  );
  assert.deepEqual(
    wide.map((e) => [e.direction, e.subject.replace(/:.*/, ''), (e.added ?? []).length, (e.removed ?? []).length]),
    [['widened', 'system', 5, 0]],
  );
  assert.match(wide[0].subject, /5 permissions added, including wildcard grants/);

  git(dir, 'checkout', '-q', '-b', 'spelt-out');
  edit(
    dir,
    'manifests/rbac.yaml',
    'verbs: ["*"]\n  - apiGroups: ["apps"]',
    'verbs: ["get", "list"]\n  - apiGroups: ["apps"]',
  );
  const back = commit(dir, 'only get and list');
  const narrow = diffJson(dir, '--base', 'pr', '--head', back).out.events.filter(
    (e) => e.type === 'permissions-changed',
  );
  assert.deepEqual(
    narrow.map((e) => [e.direction, (e.added ?? []).length, (e.removed ?? []).length]),
    [['narrowed', 0, 5]],
  );
});

test('an agent moved to another ServiceAccount: the grants it lost are said under the old account, not the new one', () => {
  const dir = convergedRepo();
  edit(dir, 'manifests/agent.yaml', 'serviceAccountName: k8s-ops-sa', 'serviceAccountName: k8s-ops-admin');
  commit(dir, 'runs as k8s-ops-admin');
  const events = diffJson(dir, '--base', 'main', '--head', 'HEAD').out.events.filter(
    (e) => e.type === 'permissions-changed',
  );
  assert.ok(events.some((e) => e.subject.startsWith('identity of')));
  const lost = events.filter((e) => e.direction === 'narrowed');
  assert.ok(lost.length > 0);
  for (const e of lost) assert.match(e.subject, /^system:serviceaccount:agents:k8s-ops-sa: \d+ permissions removed/);
});
