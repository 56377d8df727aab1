// EKS Pod Identity associations are platform objects: teams keep them beside the cluster's Terraform or Crossplane
// claims, not in the agent's folder. The association a pull request edits there must still be the agent's cloud
// role: the same event, re-opening the same threats, as the same file in the agent's folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { commitAll, diff, type DiffOut, exampleFiles, replaceIn, repoWith } from './repo.js';

const AGENT_DIR = 'agents/k8s-ops';
const CATALOG = `${AGENT_DIR}/k8s-ops.threats.yaml`;
const IN_FOLDER = `${AGENT_DIR}/manifests/pod-identity.yaml`;
const SHARED = 'platform/aws/pod-identity.yaml';

const ACK = `apiVersion: eks.services.k8s.aws/v1alpha1
kind: PodIdentityAssociation
metadata: {name: k8s-ops, namespace: platform}
spec:
  clusterName: prod
  namespace: agents
  serviceAccount: k8s-ops-sa
  roleARN: arn:aws:iam::111122223333:role/k8s-ops-readonly
`;

const CROSSPLANE = `apiVersion: eks.aws.upbound.io/v1beta1
kind: PodIdentityAssociation
metadata: {name: k8s-ops}
spec:
  forProvider:
    region: eu-west-1
    clusterName: prod
    namespace: agents
    serviceAccount: k8s-ops-sa
    roleArn: arn:aws:iam::111122223333:role/k8s-ops-readonly
`;

function swapRole(at: string, association: string): DiffOut {
  const dir = repoWith({ ...exampleFiles(AGENT_DIR), [at]: association });
  replaceIn(dir, at, 'role/k8s-ops-readonly', 'role/org-admin');
  commitAll(dir, 'the agent gets another role');
  return diff(dir, '--base', 'HEAD~1', '--head', 'HEAD');
}

for (const [label, association] of [
  ['ACK', ACK],
  ['Crossplane', CROSSPLANE],
]) {
  test(`a role swapped in a shared ${label} Pod Identity association is the agent's permissions change`, () => {
    const shared = swapRole(SHARED, association);
    const control = swapRole(IN_FOLDER, association);
    const e = shared.events.find((x) => x.type === 'permissions-changed');
    assert.ok(e, `permissions-changed: ${JSON.stringify(shared.events)}`);
    assert.equal(e.file, SHARED);
    assert.equal(e.catalog, CATALOG);
    assert.deepEqual(
      [e.before, e.after],
      ['arn:aws:iam::111122223333:role/k8s-ops-readonly', 'arn:aws:iam::111122223333:role/org-admin'],
    );
    const same = (out: DiffOut, at: string) => ({
      events: out.events.map((x) => ({ ...x, file: x.file === at ? '<association>' : x.file })),
      reopen: out.reopen,
    });
    assert.deepEqual(same(shared, SHARED), same(control, IN_FOLDER));
  });
}

test("an association for another namespace's ServiceAccount of the same name is not the agent's", () => {
  const other = ACK.replace('namespace: agents', 'namespace: team-b');
  const out = swapRole(SHARED, other);
  assert.deepEqual(out.events, []);
});
