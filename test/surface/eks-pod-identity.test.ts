// EKS Pod Identity gives a ServiceAccount an IAM role from outside it: an association object (ACK or Crossplane)
// names the namespace, the ServiceAccount and the role, and the ServiceAccount has no annotation. The agent's
// cloud reach must not be invisible because it is bound that way: the role is the identity's cloud role, and a PR
// that swaps it is a permissions change at the association's line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findAgentSurface } from '../../src/read/manifests/surface.js';
import { readManifestText } from '../../src/read/manifests/manifest-file.js';
import { diffSurfaces } from '../../src/analyse/surface-diff.js';
import { lineIn } from '../helpers/samples.js';

const AGENT = `apiVersion: apps/v1
kind: Deployment
metadata: {name: agent, namespace: agents}
spec: {template: {spec: {serviceAccountName: agent, containers: [{name: a, image: agent:1}]}}}
---
apiVersion: v1
kind: ServiceAccount
metadata: {name: agent, namespace: agents}
`;

const ACK = `apiVersion: eks.services.k8s.aws/v1alpha1
kind: PodIdentityAssociation
metadata: {name: agent, namespace: agents}
spec:
  clusterName: prod
  namespace: agents
  serviceAccount: agent
  roleARN: arn:aws:iam::111122223333:role/agent-readonly
`;

const CROSSPLANE = `apiVersion: eks.aws.upbound.io/v1beta1
kind: PodIdentityAssociation
metadata: {name: agent}
spec:
  forProvider:
    region: eu-west-1
    clusterName: prod
    namespace: agents
    serviceAccount: agent
    roleArn: arn:aws:iam::111122223333:role/agent-readonly
`;

const KEY = { kind: 'Deployment', name: 'agent', namespace: 'agents' };
const surface = (assoc: string) =>
  findAgentSurface([readManifestText(AGENT, 'a/agent.yaml'), readManifestText(assoc, 'a/assoc.yaml')], KEY);

test('an ACK or Crossplane Pod Identity association is the cloud role of the ServiceAccount it names', () => {
  for (const [label, text] of [
    ['ACK', ACK],
    ['Crossplane', CROSSPLANE],
  ]) {
    const sa = surface(text)?.serviceAccount;
    assert.equal(sa?.cloudIdentity, 'arn:aws:iam::111122223333:role/agent-readonly', label);
    assert.equal(sa?.at?.cloudIdentity?.line, lineIn(text, 'arn:aws:iam'), label);
  }
  // Another ServiceAccount, or the same name in another namespace, is not this one.
  assert.equal(
    surface(ACK.replace('serviceAccount: agent', 'serviceAccount: other'))?.serviceAccount?.cloudIdentity,
    undefined,
  );
  assert.equal(
    surface(ACK.replace('namespace: agents\n  serviceAccount', 'namespace: ops\n  serviceAccount'))?.serviceAccount
      ?.cloudIdentity,
    undefined,
  );
});

test('a PR that swaps the associated role is a permissions change at the association', () => {
  const head = ACK.replace('role/agent-readonly', 'role/org-admin');
  const events = diffSurfaces(surface(ACK), surface(head));
  assert.deepEqual(
    events.map((e) => [e.type, e.direction, e.line, e.before, e.after]),
    [
      [
        'permissions-changed',
        'changed',
        lineIn(head, 'role/org-admin'),
        'arn:aws:iam::111122223333:role/agent-readonly',
        'arn:aws:iam::111122223333:role/org-admin',
      ],
    ],
  );
});
