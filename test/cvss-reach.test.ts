import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { cvss4Base } from '../src/analyse/cvss-reach.js';
import { readLibrary } from '../src/read/library.js';
import type { ThreatCatalog } from '../src/model/catalog.js';
import { runCli, tempDir, writeAt } from './helpers/fixtures.js';

/**
 * init's proposed CVSS bases follow what the agent reaches: a confused deputy through a tool server bound to
 * cluster-admin does not score like one whose tool server lists pods, and the catalog says why beside the number.
 */

const AGENT = `apiVersion: kagent.dev/v1alpha2
kind: Agent
metadata:
  name: ops-agent
  namespace: agents
spec:
  type: Declarative
  description: Answers questions about the cluster.
  declarative:
    modelConfig: default-model-config
    systemMessage: You help operators.
    tools:
      - type: McpServer
        mcpServer:
          apiGroup: kagent.dev
          kind: RemoteMCPServer
          name: k8s-tools
          toolNames: [k8s_get_resources, k8s_apply_manifest]
---
apiVersion: kagent.dev/v1alpha2
kind: RemoteMCPServer
metadata:
  name: k8s-tools
  namespace: agents
spec:
  description: Kubernetes tools
  protocol: STREAMABLE_HTTP
  url: http://k8s-tools.agents.svc.cluster.local:8084/mcp
---
apiVersion: v1
kind: Service
metadata:
  name: k8s-tools
  namespace: agents
spec:
  selector: { app: k8s-tools }
  ports: [{ port: 8084, targetPort: 8084 }]
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: k8s-tools
  namespace: agents
spec:
  selector: { matchLabels: { app: k8s-tools } }
  template:
    metadata: { labels: { app: k8s-tools } }
    spec:
      serviceAccountName: k8s-tools
      containers: [{ name: tools, image: ghcr.io/example/k8s-tools:1.4.0 }]
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: k8s-tools
  namespace: agents
`;

/** The only difference between the two agents: what the tool server's ServiceAccount is bound to. */
const CLUSTER_ADMIN = `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: k8s-tools-admin
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin }
subjects: [{ kind: ServiceAccount, name: k8s-tools, namespace: agents }]
`;
const LIST_PODS = `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: pod-reader
  namespace: agents
rules:
  - apiGroups: [""]
    resources: [pods]
    verbs: [list]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: k8s-tools-pods
  namespace: agents
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: pod-reader }
subjects: [{ kind: ServiceAccount, name: k8s-tools, namespace: agents }]
`;

function initAgent(rbac: string) {
  const dir = tempDir();
  writeAt(dir, 'agents/ops-agent/agent.yaml', AGENT);
  writeAt(dir, 'agents/ops-agent/rbac.yaml', rbac);
  const r = runCli(['init', '--agent', 'ops-agent', '-C', dir, 'agents/ops-agent']);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const text = readFileSync(join(dir, 'agents/ops-agent/ops-agent.threats.yaml'), 'utf8');
  const v = runCli(['validate', '-C', dir]);
  assert.equal(v.code, 0, `the Day-1 catalog validates: ${v.stdout}`);
  return { text, catalog: parse(text) as ThreatCatalog };
}

const DEPUTY = 'ops-agent.CL-mcp-confused-deputy';

test('two agents that differ only in the tool server’s RBAC: cluster-admin scores higher, with the reason beside the base', () => {
  const admin = initAgent(CLUSTER_ADMIN);
  const pods = initAgent(LIST_PODS);
  const a = admin.catalog.threats.find((t) => t.id === DEPUTY)!;
  const p = pods.catalog.threats.find((t) => t.id === DEPUTY)!;
  assert.ok(a && p, 'the confused-deputy threat applies to both');

  // CVSS v4.0: the library's exploitability, the impact of what the tool server's identity reaches.
  assert.equal(a.cvss!.vector, 'CVSS:4.0/AV:N/AC:L/AT:P/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H');
  assert.equal(a.cvss!.base, 9.5);
  assert.equal(p.cvss!.vector, 'CVSS:4.0/AV:N/AC:L/AT:P/PR:N/UI:N/VC:L/VI:L/VA:N/SC:N/SI:N/SA:N');
  assert.equal(p.cvss!.base, 6.3);
  // And so AIVSS, with the same factors for the agent otherwise... the factors follow the reach too.
  assert.ok(a.aivss!.score > p.aivss!.score, `${a.aivss!.score} > ${p.aivss!.score}`);
  assert.equal(a.aivss!.severity, 'High');

  // The reason is written beside the number, as the factors' reasons are.
  const line = (text: string) => {
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.includes(`id: ${DEPUTY}`));
    return lines.slice(at).find((l) => /^\s+base: /.test(l) || /cvss: \{/.test(l))!;
  };
  assert.match(
    line(admin.text),
    /base: 9\.5 # VC:H\/VI:H\/VA:H\/SC:H\/SI:H\/SA:H because agents:k8s-tools may do anything to every resource cluster-wide via ClusterRole cluster-admin \(built-in\), a wildcard grant \(blast 10: [^)]+\) \(library 6\.3, VC:L\/VI:L\/VA:N\/SC:N\/SI:N\/SA:N\); replace with the concrete vulnerability's CVSS v4\.0 base$/,
  );
  assert.match(
    line(pods.text),
    /base: 6\.3 # agents:k8s-tools may list pods in agents via Role pod-reader \(blast 2: reads other objects \(reconnaissance\)\): within the library's impact \(VC:L\/VI:L\/VA:N\/SC:N\/SI:N\/SA:N\); replace/,
  );
  // validate --fix leaves init's output as it is: the blocks are current.
  assert.equal(a.aivss!.vector, `(CVSS:9.5/AARS:${a.aivss!.vector.split('AARS:')[1]}`);
});

test('a threat whose impact does not follow the reach keeps the library base, and says so', () => {
  const { text, catalog } = initAgent(CLUSTER_ADMIN);
  const containerEscape = catalog.threats.find((t) => t.id === 'ops-agent.L4-container-escape-cve')!;
  assert.equal(containerEscape.cvss!.base, 8.7);
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.includes('id: ops-agent.L4-container-escape-cve'));
  assert.match(lines.slice(at).find((l) => /cvss/.test(l))!, /# library proposal \(base 8\.7\); replace/);
});

test('every library template with cvssReach has a CVSS v4.0 vector, and every vector scores its base', () => {
  const library = readLibrary();
  const withVector = library.filter((t) => t.cvss?.vector);
  assert.ok(withVector.length >= 8);
  for (const t of library) {
    if (t.cvssReach) assert.ok(t.cvss?.vector, `${t.id}: cvssReach needs cvss.vector`);
    if (t.cvss?.vector) assert.equal(t.cvss.base, cvss4Base(t.cvss.vector), `${t.id}: base = score of its vector`);
  }
  // The CVSS v4.0 implementation agrees with FIRST's calculator on reference vectors.
  assert.equal(cvss4Base('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H'), 10);
  assert.equal(cvss4Base('CVSS:4.0/AV:N/AC:L/AT:N/PR:L/UI:N/VC:H/VI:N/VA:N/SC:N/SI:N/SA:N'), 7.1);
  assert.equal(cvss4Base('CVSS:4.0/AV:L/AC:L/AT:N/PR:L/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H'), 9.3);
});
