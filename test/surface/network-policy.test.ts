// NetworkPolicies bound where a coerced agent can send data: the surface holds, for the agent's own pods, whether
// egress is isolated and what the selecting policies allow, each at its line; a malformed policy is a problem at
// its line, never a throw.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findAgentSurface, readSurface } from '../../src/read/manifests/surface.js';
import { readManifestText } from '../../src/read/manifests/manifest-file.js';
import { lineIn } from '../helpers/samples.js';

const AGENT = `apiVersion: kagent.dev/v1alpha2
kind: Agent
metadata: {name: k8s-ops, namespace: agents}
spec:
  type: Declarative
  declarative: {modelConfig: default-model-config, systemMessage: "You operate the cluster."}
`;

const POLICIES = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: deny-all-egress, namespace: agents}
spec:
  podSelector: {}
  policyTypes: [Ingress, Egress]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: k8s-ops-out, namespace: agents}
spec:
  podSelector:
    matchLabels: {app: kagent}
    matchExpressions:
      - {key: kagent, operator: Exists}
  egress:
    - to:
        - ipBlock: {cidr: 169.254.0.0/16}
        - namespaceSelector: {matchLabels: {team: ml}}
      ports:
        - {protocol: TCP, port: 8000, endPort: 8100}
    - ports: [{port: https}]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: ingress-only, namespace: agents}
spec:
  podSelector: {}
  policyTypes: [Ingress]
  egress:
    - {}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: other-ns, namespace: tools}
spec:
  podSelector: {}
  egress:
    - {}
`;

test('the egress of a kagent Agent’s pods: isolated by the policies that select them (labels app=kagent, kagent=<name>), and what they allow, each at its line', () => {
  const files = [readManifestText(AGENT, 'agent.yaml'), readManifestText(POLICIES, 'netpol.yaml')];
  const s = findAgentSurface(files, { kind: 'Agent', name: 'k8s-ops', namespace: 'agents' });
  assert.ok(s?.egress);
  assert.equal(s.egress.isolated, true);
  assert.deepEqual(
    s.egress.policies.map((p) => p.ref.name),
    ['deny-all-egress', 'k8s-ops-out'],
  );
  assert.deepEqual(
    s.egress.allowed.map((p) => [p.peer, p.ports, p.position.line, !!p.internet, !!p.metadata]),
    [
      ['ipBlock 169.254.0.0/16', 'TCP/8000-8100', lineIn(POLICIES, 'cidr: 169.254.0.0/16'), false, true],
      ['namespaces team=ml', 'TCP/8000-8100', lineIn(POLICIES, 'team: ml'), false, false],
      ['anywhere', 'TCP/https', lineIn(POLICIES, '- ports: [{port: https}]'), true, true],
    ],
  );
});

test('a plain Deployment no policy selects is not isolated; a malformed policy is a problem at its line', () => {
  const deploy = `apiVersion: apps/v1
kind: Deployment
metadata: {name: bot, namespace: agents}
spec: {template: {metadata: {labels: {app: bot}}, spec: {containers: [{name: a, image: bot:1}]}}}
`;
  const bad = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: broken, namespace: agents}
spec:
  podSelector: {matchLabels: {app: bot}}
  policyTypes: [Egress]
  egress:
    - to:
        - ipBlock: {cidr: not-an-address}
        - podSelector: {matchExpressions: [{key: app, operator: Near}]}
`;
  const files = [readManifestText(deploy, 'deploy.yaml'), readManifestText(bad, 'netpol.yaml')];
  const s = findAgentSurface(files, { kind: 'Deployment', name: 'bot', namespace: 'agents' });
  assert.deepEqual(s?.egress, {
    isolated: true,
    policies: [
      {
        ref: { kind: 'NetworkPolicy', name: 'broken', namespace: 'agents', apiVersion: 'networking.k8s.io/v1' },
        position: s?.egress?.policies[0].position,
      },
    ],
    allowed: [],
  });
  const problems = readSurface(files).problems.map((p) => [p.position.line, p.message]);
  assert.deepEqual(problems, [
    [lineIn(bad, 'not-an-address'), "NetworkPolicy broken: ipBlock.cidr 'not-an-address' is not a CIDR"],
    [
      lineIn(bad, 'operator: Near'),
      'NetworkPolicy broken: a matchExpressions entry needs a key and an operator In, NotIn, Exists or DoesNotExist',
    ],
  ]);
  const alone = findAgentSurface([files[0]], { kind: 'Deployment', name: 'bot', namespace: 'agents' });
  assert.deepEqual(alone?.egress, { isolated: false, policies: [], allowed: [] });
});
