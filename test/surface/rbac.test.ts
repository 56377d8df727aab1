import { test } from 'node:test';
import assert from 'node:assert/strict';
import { declaredPermissions, RbacIndex } from '../../src/read/manifests/rbac.js';
import { ruleAllows } from '../../src/analyse/rbac-match.js';
import { readManifestText } from '../../src/read/manifests/manifest-file.js';
import type { DeclaredPermission, RbacRequest } from '../../src/model/surface.js';
import { lineIn, sampleManifest, sampleText } from '../helpers/samples.js';

const SA = 'system:serviceaccount:agents:k8s-agent-sa';
const label = (p: DeclaredPermission) =>
  p.nonResourceURL !== undefined
    ? `url ${p.nonResourceURL} ${p.verb}`
    : `${p.apiGroup || 'core'} ${p.resource} ${p.verb}${p.resourceNames ? ` [${p.resourceNames.join(',')}]` : ''} @${p.namespace}`;

test('rbac.yaml: the agent SA gets Role, aggregated ClusterRole (via RoleBinding) and ClusterRoleBinding rules, expanded', () => {
  const perms = declaredPermissions([sampleManifest('rbac.yaml')], SA);
  const labels = perms.map(label).sort();
  assert.deepEqual(labels, [
    'apps deployments get @agents',
    'apps deployments list @agents',
    'apps deployments patch @agents',
    'apps deployments update @agents',
    'apps deployments watch @agents',
    'apps deployments/scale get @agents',
    'apps deployments/scale list @agents',
    'apps deployments/scale patch @agents',
    'apps deployments/scale update @agents',
    'apps deployments/scale watch @agents',
    'core configmaps * @agents',
    'core events get @agents',
    'core events list @agents',
    'core events watch @agents',
    'core nodes get @*',
    'core nodes list @*',
    'core pods delete @agents',
    'core pods get @agents',
    'core pods list @agents',
    'core pods watch @agents',
    'core pods/log get @agents',
    'core pods/log list @agents',
    'core pods/log watch @agents',
    'core secrets get [agent-config] @agents',
    'kagent.dev modelconfigs get @agents',
    'kagent.dev modelconfigs list @agents',
    'kagent.dev modelconfigs watch @agents',
    'kagent.dev remotemcpservers get @agents',
    'kagent.dev remotemcpservers list @agents',
    'kagent.dev remotemcpservers watch @agents',
    'url /healthz* get',
    'url /metrics get',
  ]);
  const star = perms.find((p) => p.resource === 'configmaps')!;
  assert.equal(star.verb, '*');
  assert.equal(star.wildcard, true);
  assert.equal(perms.filter((p) => p.wildcard).length, 2, 'the configmaps rule and the /healthz* prefix');
});

test('rbac.yaml: positions, bindings and aggregation sources', () => {
  const text = sampleText('rbac.yaml');
  const perms = declaredPermissions([sampleManifest('rbac.yaml')], SA);
  const secret = perms.find((p) => p.resource === 'secrets')!;
  assert.equal(secret.position.line, lineIn(text, '- apiGroups: [""]', 'resources: ["pods", "pods/log"'));
  assert.equal(secret.position.file, 'samples/rbac.yaml');
  assert.deepEqual(secret.binding, {
    kind: 'RoleBinding',
    name: 'k8s-agent-read',
    namespace: 'agents',
    apiVersion: 'rbac.authorization.k8s.io/v1',
  });
  // Aggregated: the rule comes from agent-ops-config, not from the rules written under agent-ops.
  const cm = perms.find((p) => p.resource === 'configmaps')!;
  assert.equal(cm.role.name, 'agent-ops');
  assert.equal(cm.aggregatedFrom?.name, 'agent-ops-config');
  assert.equal(cm.position.line, lineIn(text, '- apiGroups: [""]', 'name: agent-ops-config'));
  const nodes = perms.find((p) => p.resource === 'nodes')!;
  assert.equal(nodes.binding.kind, 'ClusterRoleBinding');
  assert.equal(nodes.namespace, '*');
});

test('rbac.yaml: declared side of the expected used/dormant split against audit.jsonl', () => {
  const perms = declaredPermissions([sampleManifest('rbac.yaml')], SA);
  // The agent SA's allowed requests, counted once per auditID (ResponseComplete, or ResponseStarted for watches).
  const requests: RbacRequest[] = [];
  const seen = new Set<string>();
  for (const line of sampleText('audit.jsonl').split('\n').filter(Boolean)) {
    const e = JSON.parse(line);
    if (e.user.username !== SA || e.annotations?.['authorization.k8s.io/decision'] !== 'allow') continue;
    if (e.stage !== 'ResponseComplete' && e.stage !== 'ResponseStarted') continue;
    if (seen.has(e.auditID)) continue;
    seen.add(e.auditID);
    const o = e.objectRef;
    requests.push(
      o
        ? {
            verb: e.verb,
            apiGroup: o.apiGroup ?? '',
            resource: o.resource,
            subresource: o.subresource,
            name: o.name,
            namespace: o.namespace,
          }
        : { verb: e.verb, nonResourceURL: new URL(e.requestURI, 'https://x').pathname },
    );
  }
  const used = perms
    .filter((p) => requests.some((r) => ruleAllows(p, r)))
    .map(label)
    .sort();
  assert.deepEqual(used, [
    'apps deployments get @agents',
    'apps deployments/scale patch @agents',
    'core configmaps * @agents',
    'core events list @agents',
    'core nodes list @*',
    'core pods delete @agents',
    'core pods list @agents',
    'core pods/log get @agents',
    'core secrets get [agent-config] @agents',
    'kagent.dev remotemcpservers get @agents',
  ]);
  const dormant = perms.filter((p) => !requests.some((r) => ruleAllows(p, r)));
  assert.equal(dormant.length, 22);
  assert.ok(dormant.some((p) => p.nonResourceURL === '/metrics'));
  // The denied requests match no declared permission.
  const denied: RbacRequest[] = [
    { verb: 'get', resource: 'secrets', name: 'db-password', namespace: 'agents' },
    { verb: 'create', resource: 'pods', subresource: 'exec', name: 'web-7c9f6b5d4-qp8rz', namespace: 'agents' },
  ];
  for (const r of denied)
    assert.equal(
      perms.some((p) => ruleAllows(p, r)),
      false,
      JSON.stringify(r),
    );
});

test('group subjects: system:serviceaccounts[:ns] and system:authenticated bind every matching SA', () => {
  const m = readManifestText(
    `
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: {name: reader}
rules:
  - apiGroups: [""]
    resources: ["namespaces"]
    verbs: ["list"]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: {name: all-sas-in-agents}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: reader}
subjects:
  - {kind: Group, apiGroup: rbac.authorization.k8s.io, name: "system:serviceaccounts:agents"}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: everyone, namespace: tools}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: reader}
subjects:
  - {kind: Group, apiGroup: rbac.authorization.k8s.io, name: "system:authenticated"}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: missing-role, namespace: agents}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: does-not-exist}
subjects:
  - {kind: ServiceAccount, name: a}
`,
    'rbac-groups.yaml',
  );
  const idx = new RbacIndex([m]);
  assert.deepEqual(idx.permissionsOf('system:serviceaccount:agents:a').map(label), [
    'core namespaces list @*',
    'core namespaces list @tools',
  ]);
  assert.deepEqual(idx.permissionsOf('system:serviceaccount:other:b').map(label), ['core namespaces list @tools']);
  assert.deepEqual(idx.permissionsOf('alice').map(label), ['core namespaces list @tools']);
  assert.deepEqual(idx.problems, []);
});

test('aggregation follows matchExpressions and nested aggregated roles; a RoleBinding cannot grant non-resource URLs', () => {
  const m = readManifestText(
    `
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: {name: top}
aggregationRule:
  clusterRoleSelectors:
    - matchExpressions: [{key: tier, operator: In, values: [mid]}]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: {name: mid, labels: {tier: mid}}
aggregationRule:
  clusterRoleSelectors:
    - matchLabels: {tier: leaf}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: {name: leaf, labels: {tier: leaf}}
rules:
  - apiGroups: ["batch"]
    resources: ["jobs"]
    verbs: ["create"]
  - nonResourceURLs: ["/metrics"]
    verbs: ["get"]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: b, namespace: ns1}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: top}
subjects: [{kind: ServiceAccount, name: sa}]
`,
    'agg.yaml',
  );
  const perms = declaredPermissions([m], 'system:serviceaccount:ns1:sa');
  assert.deepEqual(perms.map(label), ['batch jobs create @ns1']);
  assert.equal(perms[0].aggregatedFrom?.name, 'leaf');
  assert.equal(perms[0].position.line, 20, 'the rule in leaf');
});

test('malformed RBAC is a problem with file:line, not a crash', () => {
  const m = readManifestText(
    `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: {name: r, namespace: ns}
rules:
  - apiGroups: [""]
    resources: pods
    verbs: [get]
  - apiGroups: [""]
    resources: [pods]
`,
    'bad.yaml',
  );
  const idx = new RbacIndex([m]);
  assert.deepEqual(
    idx.problems.map((p) => `${p.position.line}: ${p.message}`),
    ['6: Role r: rules[0].resources must be a list', '8: Role r: rules[1] has no verbs'],
  );
});
