import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readManifest } from '../../src/read/workspace.js';
import { declaredPermissions } from '../../src/read/manifests/rbac.js';
import { readEvidence } from '../../src/read/evidence/read-evidence.js';
import { reachableCapability } from '../../src/analyse/evidence/reachable.js';
import { blastOf } from '../../src/analyse/evidence/blast.js';
import type { ApiRow } from '../../src/model/observation.js';
import { ROOT } from '../helpers/fixtures.js';

const SAMPLES = join(ROOT, 'test/fixtures/samples');
const SA = 'system:serviceaccount:agents:k8s-agent-sa';

async function sample() {
  const rbac = readManifest(join(SAMPLES, 'rbac.yaml'), 'rbac.yaml');
  const declared = declaredPermissions([rbac], SA);
  const ev = await readEvidence([{ abs: join(SAMPLES, 'audit.jsonl'), file: 'audit.jsonl' }], {
    now: '2026-08-21T00:00:00Z',
  });
  const rows = ev.builder.toSummary().rows.filter((r): r is ApiRow => r.type === 'api' && r.identity === SA);
  return reachableCapability(declared, rows);
}

const label = (e: { verb: string; resource: string; resourceNames?: string[] }) =>
  `${e.resource} ${e.verb}${e.resourceNames ? ` ${e.resourceNames.join(',')}` : ''}`;

test('samples/rbac.yaml + audit.jsonl: used, denied and dormant sets are exactly the ones its trailing comment lists', async () => {
  const r = await sample();
  assert.deepEqual(r.used.map(label).sort(), [
    'configmaps *',
    'deployments get',
    'deployments/scale patch',
    'events list',
    'nodes list',
    'pods delete',
    'pods list',
    'pods/log get',
    'remotemcpservers get',
    'secrets get agent-config',
  ]);
  assert.deepEqual(r.denied.map((d) => `${d.resource} ${d.verb} ${d.names.join(',')}`).sort(), [
    'pods/exec create web-7c9f6b5d4-qp8rz',
    'secrets get db-password',
  ]);
  assert.deepEqual(r.dormant.map(label).sort(), [
    '/healthz* get',
    '/metrics get',
    'deployments list',
    'deployments patch',
    'deployments update',
    'deployments watch',
    'deployments/scale get',
    'deployments/scale list',
    'deployments/scale update',
    'deployments/scale watch',
    'events get',
    'events watch',
    'modelconfigs get',
    'modelconfigs list',
    'modelconfigs watch',
    'nodes get',
    'pods get',
    'pods watch',
    'pods/log list',
    'pods/log watch',
    'remotemcpservers list',
    'remotemcpservers watch',
  ]);
  assert.deepEqual(r.unobservable, []);
});

test('the configmaps "*" grant stays one symbolic wildcard entry, called out and used; the /healthz* prefix too', async () => {
  const r = await sample();
  assert.deepEqual(
    r.wildcards.map((w) => [w.resource, w.verb, w.namespace, w.used]),
    [
      ['configmaps', '*', 'agents', true],
      ['/healthz*', 'get', '*', false],
    ],
  );
});

test('dormant entries keep the binding scope: RoleBinding namespace, or * for a ClusterRoleBinding', async () => {
  const r = await sample();
  assert.equal(r.dormant.find((d) => d.resource === 'nodes')!.namespace, '*');
  assert.equal(r.dormant.find((d) => d.resource === 'modelconfigs')!.namespace, 'agents');
});

test('a request in another namespace does not use a RoleBinding-scoped permission; a 403 never counts as use', () => {
  const declared = [
    {
      identity: SA,
      apiGroup: '',
      resource: 'secrets',
      verb: 'get',
      namespace: 'agents',
      wildcard: false,
      binding: { kind: 'RoleBinding', name: 'b' },
      role: { kind: 'Role', name: 'r' },
      position: { file: 'x', line: 1, column: 1 },
    },
  ];
  const row = (ns: string, decision: 'allow' | 'forbid'): ApiRow => ({
    type: 'api',
    source: 'kube-audit',
    identity: SA,
    workload: '',
    verb: 'get',
    apiGroup: '',
    resource: 'secrets',
    namespace: ns,
    path: '',
    decision,
    names: ['s'],
    namesTruncated: false,
    count: 3,
    first: '2026-01-01T00:00:00.000Z',
    last: '2026-01-01T00:00:00.000Z',
    days: {},
  });
  assert.equal(reachableCapability(declared, [row('other', 'allow'), row('agents', 'forbid')]).dormant.length, 1);
  assert.equal(reachableCapability(declared, [row('agents', 'allow')]).used.length, 1);
});

test('unobservable verbs (bind, escalate, impersonate, use) are reported apart, never dormant', () => {
  const base = {
    identity: SA,
    namespace: '*',
    wildcard: false,
    binding: { kind: 'ClusterRoleBinding', name: 'b' },
    role: { kind: 'ClusterRole', name: 'r' },
    position: { file: 'x', line: 1, column: 1 },
  };
  const r = reachableCapability(
    [
      { ...base, apiGroup: 'rbac.authorization.k8s.io', resource: 'clusterroles', verb: 'bind' },
      { ...base, apiGroup: '', resource: 'serviceaccounts', verb: 'impersonate' },
      { ...base, apiGroup: 'policy', resource: 'podsecuritypolicies', verb: 'use' },
    ],
    [],
  );
  assert.equal(r.dormant.length, 0);
  assert.deepEqual(
    r.unobservable.map((u) => [u.verb, u.blast]),
    [
      ['impersonate', 10],
      ['bind', 10],
      ['use', 4],
    ],
  );
});

test('blast table: secrets read and pods/exec are 9, RBAC writes 9, wildcards score the worst they cover', () => {
  assert.equal(blastOf({ apiGroup: '', resource: 'secrets', verb: 'get' }).score, 9);
  assert.equal(blastOf({ apiGroup: '', resource: 'pods/exec', verb: 'create' }).score, 9);
  assert.equal(blastOf({ apiGroup: 'rbac.authorization.k8s.io', resource: 'rolebindings', verb: 'create' }).score, 9);
  assert.equal(blastOf({ apiGroup: '', resource: 'configmaps', verb: '*' }).score, 5);
  assert.equal(blastOf({ apiGroup: '*', resource: '*', verb: '*' }).score, 10);
  assert.equal(blastOf({ apiGroup: '', resource: 'pods', verb: 'get' }).score, 2);
});
