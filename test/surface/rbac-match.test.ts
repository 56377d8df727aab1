import { test } from 'node:test';
import assert from 'node:assert/strict';
import { policyRuleAllows, ruleAllows } from '../../src/analyse/rbac-match.js';
import type { DeclaredPermission } from '../../src/model/surface.js';

const perm = (p: Partial<DeclaredPermission>): DeclaredPermission => ({
  identity: 'system:serviceaccount:ns:sa',
  apiGroup: '',
  resource: 'pods',
  verb: 'get',
  namespace: 'ns',
  wildcard: false,
  binding: { kind: 'RoleBinding', name: 'b', namespace: 'ns' },
  role: { kind: 'Role', name: 'r', namespace: 'ns' },
  position: { file: 'f.yaml', line: 1, column: 1 },
  ...p,
});

test('verbs and apiGroups: "*" matches any, "" is the core group', () => {
  assert.equal(
    policyRuleAllows(
      { verbs: ['*'], apiGroups: [''], resources: ['pods'] },
      { verb: 'deletecollection', resource: 'pods' },
    ),
    true,
  );
  assert.equal(
    policyRuleAllows({ verbs: ['get'], apiGroups: [''], resources: ['pods'] }, { verb: 'list', resource: 'pods' }),
    false,
  );
  assert.equal(
    policyRuleAllows(
      { verbs: ['get'], apiGroups: ['*'], resources: ['deployments'] },
      { verb: 'get', apiGroup: 'apps', resource: 'deployments' },
    ),
    true,
  );
  assert.equal(
    policyRuleAllows(
      { verbs: ['get'], apiGroups: [''], resources: ['deployments'] },
      { verb: 'get', apiGroup: 'apps', resource: 'deployments' },
    ),
    false,
  );
  assert.equal(
    policyRuleAllows({ verbs: ['get'], resources: ['pods'] }, { verb: 'get', resource: 'pods' }),
    false,
    'no apiGroups matches nothing',
  );
});

test('resources: "*" covers subresources, "*/scale" any scale, "pods/log" is not "pods"', () => {
  const req = (resource: string, subresource?: string) => ({ verb: 'get', apiGroup: 'apps', resource, subresource });
  assert.equal(
    policyRuleAllows({ verbs: ['get'], apiGroups: ['apps'], resources: ['*'] }, req('deployments', 'scale')),
    true,
  );
  assert.equal(
    policyRuleAllows({ verbs: ['get'], apiGroups: ['apps'], resources: ['*/scale'] }, req('statefulsets', 'scale')),
    true,
  );
  assert.equal(
    policyRuleAllows({ verbs: ['get'], apiGroups: ['apps'], resources: ['*/scale'] }, req('statefulsets')),
    false,
  );
  assert.equal(
    policyRuleAllows({ verbs: ['get'], apiGroups: ['apps'], resources: ['*/scale'] }, req('statefulsets', 'status')),
    false,
  );
  assert.equal(
    policyRuleAllows(
      { verbs: ['get'], apiGroups: [''], resources: ['pods'] },
      { verb: 'get', resource: 'pods', subresource: 'log' },
    ),
    false,
  );
  assert.equal(
    policyRuleAllows({ verbs: ['get'], apiGroups: [''], resources: ['pods/log'] }, { verb: 'get', resource: 'pods' }),
    false,
  );
  assert.equal(
    policyRuleAllows(
      { verbs: ['get'], apiGroups: [''], resources: ['pods/log'] },
      { verb: 'get', resource: 'pods', subresource: 'log' },
    ),
    true,
  );
  assert.equal(
    policyRuleAllows(
      { verbs: ['get'], apiGroups: [''], resources: ['pods/*'] },
      { verb: 'get', resource: 'pods', subresource: 'log' },
    ),
    false,
    'pods/* is not special in RBAC',
  );
});

test('resourceNames: empty = any; otherwise the request must carry a listed name', () => {
  const rule = { verbs: ['get', 'list'], apiGroups: [''], resources: ['secrets'], resourceNames: ['agent-config'] };
  assert.equal(policyRuleAllows(rule, { verb: 'get', resource: 'secrets', name: 'agent-config' }), true);
  assert.equal(policyRuleAllows(rule, { verb: 'get', resource: 'secrets', name: 'db-password' }), false);
  assert.equal(
    policyRuleAllows(rule, { verb: 'list', resource: 'secrets' }),
    false,
    'a list without a name never matches',
  );
  assert.equal(
    policyRuleAllows(rule, { verb: 'list', resource: 'secrets', name: 'agent-config' }),
    true,
    'list with metadata.name field selector',
  );
  assert.equal(policyRuleAllows({ ...rule, resourceNames: [] }, { verb: 'list', resource: 'secrets' }), true);
});

test('non-resource URLs: "*", exact, and trailing-* prefix; never a resource request', () => {
  const rule = { verbs: ['get'], nonResourceURLs: ['/healthz*', '/metrics'] };
  assert.equal(policyRuleAllows(rule, { verb: 'get', nonResourceURL: '/healthz/ready' }), true);
  assert.equal(policyRuleAllows(rule, { verb: 'get', nonResourceURL: '/metrics' }), true);
  assert.equal(policyRuleAllows(rule, { verb: 'get', nonResourceURL: '/metrics/cadvisor' }), false);
  assert.equal(policyRuleAllows(rule, { verb: 'post', nonResourceURL: '/metrics' }), false);
  assert.equal(
    policyRuleAllows({ verbs: ['*'], nonResourceURLs: ['*'] }, { verb: 'get', nonResourceURL: '/version' }),
    true,
  );
  assert.equal(policyRuleAllows(rule, { verb: 'get', resource: 'pods' }), false);
});

test('a declared permission also checks its binding scope', () => {
  assert.equal(ruleAllows(perm({}), { verb: 'get', resource: 'pods', namespace: 'ns' }), true);
  assert.equal(ruleAllows(perm({}), { verb: 'get', resource: 'pods', namespace: 'other' }), false);
  assert.equal(
    ruleAllows(perm({}), { verb: 'get', resource: 'pods' }),
    false,
    'a RoleBinding never grants all-namespace lists',
  );
  assert.equal(ruleAllows(perm({ namespace: '*' }), { verb: 'get', resource: 'pods' }), true);
  assert.equal(ruleAllows(perm({ namespace: '*', resource: 'nodes' }), { verb: 'get', resource: 'nodes' }), true);
  assert.equal(
    ruleAllows(perm({ namespace: '*', apiGroup: '', resource: '', nonResourceURL: '/metrics' }), {
      verb: 'get',
      nonResourceURL: '/metrics',
    }),
    true,
  );
  assert.equal(
    ruleAllows(perm({ namespace: '*', apiGroup: '', resource: '', nonResourceURL: '/metrics' }), {
      verb: 'get',
      resource: '',
    }),
    false,
  );
  assert.equal(
    ruleAllows(perm({ verb: '*', wildcard: true }), { verb: 'watch', resource: 'pods', namespace: 'ns' }),
    true,
  );
});
