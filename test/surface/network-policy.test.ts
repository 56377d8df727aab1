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
      // The metadata service listens on TCP/80: neither 8000-8100 nor a named port of destination pods reaches it.
      ['ipBlock 169.254.0.0/16', 'TCP/8000-8100', lineIn(POLICIES, 'cidr: 169.254.0.0/16'), false, false],
      ['namespaces team=ml', 'TCP/8000-8100', lineIn(POLICIES, 'team: ml'), false, false],
      ['anywhere', 'TCP/https', lineIn(POLICIES, '- ports: [{port: https}]'), true, false],
    ],
  );
  assert.deepEqual(s.egress.allowed[0].portList, [
    { protocol: 'TCP', port: 8000, endPort: 8100, position: s.egress.allowed[0].portList[0].position },
  ]);
  assert.equal(s.egress.allowed[0].portList[0].position.line, lineIn(POLICIES, 'endPort: 8100'));
});

const PORTS = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: ports, namespace: agents}
spec:
  podSelector: {}
  policyTypes: []
  egress:
    - to: [{ipBlock: {cidr: 169.254.169.254/32}}]
      ports: [{protocol: UDP, port: 80}, {port: 443}]
    - to: [{ipBlock: {cidr: 169.254.0.0/16}}]
      ports: [{protocol: TCP}]
    - to: [{ipBlock: {cidr: 0.0.0.0/0, except: [169.254.169.254/32]}}]
    - to: [{ipBlock: {cidr: 0.0.0.0/0}}]
      ports: [{port: 79, endPort: 81}]
    - ports: [{port: http, endPort: 90}]
`;

test('the metadata service is reached only on TCP/80 (a port range or protocol holding it, or every port) and where no except removes it; policyTypes [] defaults as if absent', () => {
  const files = [readManifestText(AGENT, 'agent.yaml'), readManifestText(PORTS, 'netpol.yaml')];
  const s = findAgentSurface(files, { kind: 'Agent', name: 'k8s-ops', namespace: 'agents' });
  // An empty policyTypes is defaulted like an absent one: egress rules make it an egress policy.
  assert.equal(s?.egress?.isolated, true);
  assert.deepEqual(
    s?.egress?.allowed.map((p) => [p.peer, p.ports, !!p.metadata]),
    [
      ['ipBlock 169.254.169.254/32', 'UDP/80, TCP/443', false],
      ['ipBlock 169.254.0.0/16', 'TCP/any', true],
      ['ipBlock 0.0.0.0/0 except 169.254.169.254/32', 'any port', false],
      ['ipBlock 0.0.0.0/0', 'TCP/79-81', true],
      ['anywhere', 'TCP/http', false],
    ],
  );
  // endPort with a named port is rejected by the API server: a problem at it, the port read alone.
  assert.deepEqual(
    readSurface(files).problems.map((p) => [p.position.line, p.message]),
    [
      [
        lineIn(PORTS, 'endPort: 90'),
        'NetworkPolicy ports: endPort needs a numeric port no greater than it (the API server rejects this entry)',
      ],
    ],
  );
});

test('over IPv6 the metadata service is fd00:ec2::254 (AWS IMDS): a block holding it reaches it on TCP/80, unless excepted; a bad IPv6 block is a problem', () => {
  const v6 = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: v6, namespace: agents}
spec:
  podSelector: {}
  policyTypes: [Egress]
  egress:
    - to: [{ipBlock: {cidr: "fd00:ec2::254/128"}}]
      ports: [{port: 80}]
    - to: [{ipBlock: {cidr: "fd00::/8"}}]
      ports: [{port: 443}]
    - to: [{ipBlock: {cidr: "::/0", except: ["fd00:ec2::/32"]}}]
    - to: [{ipBlock: {cidr: "2001:db8::/32"}}]
    - to: [{ipBlock: {cidr: "::/0"}}]
      ports: [{port: 80}]
    - to: [{ipBlock: {cidr: "fd00:ec2:::254/128"}}]
`;
  const files = [readManifestText(AGENT, 'agent.yaml'), readManifestText(v6, 'netpol.yaml')];
  const s = findAgentSurface(files, { kind: 'Agent', name: 'k8s-ops', namespace: 'agents' });
  assert.deepEqual(
    s?.egress?.allowed.map((p) => [p.peer, p.ports, !!p.internet, !!p.metadata]),
    [
      ['ipBlock fd00:ec2::254/128', 'TCP/80', false, true],
      ['ipBlock fd00::/8', 'TCP/443', false, false],
      ['ipBlock ::/0 except fd00:ec2::/32', 'any port', true, false],
      ['ipBlock 2001:db8::/32', 'any port', false, false],
      ['ipBlock ::/0', 'TCP/80', true, true],
    ],
  );
  assert.deepEqual(
    readSurface(files).problems.map((p) => [p.position.line, p.message]),
    [[lineIn(v6, 'fd00:ec2:::254/128'), "NetworkPolicy v6: ipBlock.cidr 'fd00:ec2:::254/128' is not a CIDR"]],
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
    pods: { namespace: 'agents', labels: { app: 'bot' } },
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
  assert.deepEqual(alone?.egress, {
    pods: { namespace: 'agents', labels: { app: 'bot' } },
    isolated: false,
    policies: [],
    allowed: [],
  });
});
