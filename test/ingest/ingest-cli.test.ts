import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyExample, editFile, git, runCli, ROOT, tempDir, writeAt } from '../helpers/fixtures.js';

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
};
const SAMPLES = join(ROOT, 'test/fixtures/samples');

/** The k8s-ops example as a git repository of its own, with its evidence folder. */
function exampleRepo(): string {
  const dir = copyExample();
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'example');
  return dir;
}

const EVIDENCE = ['evidence/audit.jsonl.gz', 'evidence/tool-calls.jsonl', 'evidence/tetragon.jsonl'];

function ingest(dir: string, args: string[]) {
  return runCli(['ingest', ...args, '-C', dir], { cwd: dir, env: { ...GIT_ENV, HOME: dir } });
}

test('ingest --commit on the example: one commit closing threats, listing gaps and dormant permissions, with the snapshot trailer', () => {
  const dir = exampleRepo();
  const r = ingest(dir, [...EVIDENCE, '--commit', '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.deepEqual(Object.keys(out), [
    'snapshot',
    'events',
    'malformed',
    'closed',
    'gaps',
    'fired',
    'reopened',
    'dormant',
    'denied',
    'drift',
    'details',
  ]);
  assert.match(out.snapshot.digest, /^sha256:[0-9a-f]{64}$/);
  assert.equal(out.details.commit, git(dir, 'rev-parse', 'HEAD'));
  assert.deepEqual(out.snapshot.sources, { 'kube-audit': 127, tetragon: 14, 'tool-calls': 168 });
  assert.deepEqual(
    out.closed.map((c: { threat: string }) => c.threat),
    ['K8SOPS-L1-01', 'K8SOPS-L2-01', 'K8SOPS-L3-01', 'K8SOPS-L5-01', 'K8SOPS-L7-01'],
  );
  assert.deepEqual(
    out.gaps.map((g: { threat: string; source: string }) => `${g.threat} ${g.source}`),
    ['K8SOPS-L4-01 kube-audit', 'K8SOPS-L6-01 admission', 'K8SOPS-CL-01 kube-audit'],
  );
  assert.equal(out.fired.length, 0);
  assert.ok(
    out.dormant.some(
      (d: Record<string, unknown>) =>
        d.resource === 'secrets' && d.verb === 'get' && d.namespace === '*' && d.blast === 9 && d.wildcard === false,
    ),
  );
  assert.ok(
    !out.dormant.some((d: Record<string, unknown>) => d.resource === 'pods' && d.verb === 'list'),
    'pods list was used by the agent',
  );
  assert.deepEqual(
    out.denied.map((d: Record<string, unknown>) => `${d.verb} ${d.resource} ${d.namespace}`),
    ['list secrets shop'],
  );

  assert.equal(git(dir, 'rev-list', '--count', 'HEAD'), '2');
  const message = git(dir, 'log', '-1', '--format=%B');
  assert.match(message, /^threatcat ingest: 5 closed, 0 re-opened, 3 gaps, 30 new dormant/);
  assert.match(message, /Closed:\n- k8s-ops.threats.yaml K8SOPS-L1-01/);
  assert.match(message, /Gaps:\n.*K8SOPS-L4-01 \[kube-audit\]/);
  assert.match(
    message,
    /New dormant permissions .*:\n- system:serviceaccount:agents:k8s-ops-sa: get secrets \(namespace \*, blast 9\)/,
  );
  assert.equal(
    git(dir, 'log', '-1', '--format=%(trailers:key=Threatcat-Snapshot,valueonly)').trim(),
    out.snapshot.digest,
  );
  assert.deepEqual(git(dir, 'show', '--name-only', '--format=', 'HEAD').split('\n').sort(), [
    'k8s-ops.baseline.json',
    'k8s-ops.threats.yaml',
  ]);

  const catalog = readFileSync(join(dir, 'k8s-ops.threats.yaml'), 'utf8');
  assert.match(
    catalog,
    /^# yaml-language-server: \$schema=\S+\n# Threat catalog of the kubernetes-operations agent/,
    'leading comments kept, the schema line first',
  );
  assert.match(catalog, /autonomyOfAction: 0\.5 {8}# 0\.70/, 'inline comments kept');
  const v = runCli(['validate', '-C', dir, '--format', 'json'], { cwd: dir });
  const rules = new Set(JSON.parse(v.stdout).findings.map((f: { rule: string }) => f.rule));
  assert.ok(rules.has('dormant-without-disposition'), 'new dormant entries need a disposition');
  assert.ok(!rules.has('schema'), `catalog still matches the schema: ${v.stdout}`);
  assert.ok(!rules.has('closed-without-evidence'));
});

test('ingesting the same snapshot again makes no commit and changes nothing', () => {
  const dir = exampleRepo();
  assert.equal(ingest(dir, [...EVIDENCE, '--commit']).code, 0);
  const head = git(dir, 'rev-parse', 'HEAD');
  const again = ingest(dir, [...EVIDENCE, '--commit']);
  assert.equal(again.code, 0, again.stderr);
  assert.match(again.stdout, /No commit: snapshot sha256:[0-9a-f]+ is already recorded/);
  assert.equal(git(dir, 'rev-parse', 'HEAD'), head);
  assert.equal(git(dir, 'status', '--porcelain'), '');
  // --write alone is idempotent too: the same snapshot gives the same bytes.
  assert.equal(ingest(dir, [...EVIDENCE, '--write']).code, 0);
  assert.equal(git(dir, 'status', '--porcelain'), '');
});

test('--commit refuses to commit on top of unrelated staged changes (exit 2), and writes nothing', () => {
  const dir = exampleRepo();
  writeFileSync(join(dir, 'notes.md'), 'wip\n');
  git(dir, 'add', 'notes.md');
  const r = ingest(dir, [...EVIDENCE, '--commit']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /refusing to commit on top of unrelated staged changes \(notes\.md\)/);
  assert.equal(git(dir, 'rev-list', '--count', 'HEAD'), '1');
  assert.equal(git(dir, 'status', '--porcelain'), 'A  notes.md');
});

test('a fired signal re-opens the closed threat with signal-fired, is shown first, and exits 1', () => {
  const dir = exampleRepo();
  assert.equal(ingest(dir, [...EVIDENCE, '--commit']).code, 0);
  const calls = join(dir, 'more-calls.jsonl');
  writeFileSync(
    calls,
    '{"time":"2026-11-21T09:00:00Z","workload":"agents/k8s-ops","server":"kagent-tool-server","tool":"k8s_patch_resource","outcome":"ok"}\n',
  );
  const r = ingest(dir, ['more-calls.jsonl', '--write']);
  assert.equal(r.code, 1, r.stderr);
  assert.match(
    r.stdout.split('\n\n')[1],
    /^FIRED: threats re-opened \(signal-fired\) \(1\)\n {2}k8s-ops.threats.yaml K8SOPS-L1-01: sdk-callback/,
  );
  const catalog = readFileSync(join(dir, 'k8s-ops.threats.yaml'), 'utf8');
  const l1 = catalog.slice(catalog.indexOf('id: K8SOPS-L1-01'), catalog.indexOf('id: K8SOPS-L2-01'));
  assert.match(l1, /status: open\n {4}reopened:\n {6}event: signal-fired\n {6}at: 2026-11-21T09:00:00.000Z/);
  assert.match(l1, /fired:\n {10}at: 2026-11-21T09:00:00.000Z\n {10}snapshot: sha256:[0-9a-f]{64}\n {10}events: 1/);
  const l2 = catalog.slice(catalog.indexOf('id: K8SOPS-L2-01'), catalog.indexOf('id: K8SOPS-L3-01'));
  assert.match(l2, /status: closed/, 'threats whose signals did not fire stay closed');
  // Quiet evidence later does not close it again: the fired record stays until a person removes it.
  const quiet = join(dir, 'quiet-calls.jsonl');
  writeFileSync(
    quiet,
    '{"time":"2026-11-21T10:00:00Z","workload":"agents/k8s-ops","server":"kagent-tool-server","tool":"k8s_get_events","outcome":"ok"}\n',
  );
  const again = ingest(dir, ['quiet-calls.jsonl', '--write', '--format', 'json']);
  assert.equal(again.code, 0, again.stderr);
  const after = readFileSync(join(dir, 'k8s-ops.threats.yaml'), 'utf8');
  assert.match(after.slice(after.indexOf('id: K8SOPS-L1-01'), after.indexOf('id: K8SOPS-L2-01')), /status: open/);
});

test('Tetragon security_socket_connect (sockaddr) and bprm_check_security (linux_binprm) events fire endpoint and binary signals instead of closing the threats', () => {
  const dir = exampleRepo();
  // The token-theft threat watches for the instance metadata service, which the connect hook reports.
  editFile(
    join(dir, 'k8s-ops.threats.yaml'),
    'match: { path: /var/run/secrets/kubernetes.io/serviceaccount/token }',
    'match: { endpoint: "169.254.169.254:*" }',
  );
  // A connect to the instance metadata service (sockaddr_arg of security_socket_connect), and an exec the LSM
  // bprm_check_security hook saw (linux_binprm_arg; the policy may have blocked it: no process_exec line for it).
  writeAt(dir, 'hooks.jsonl', readFileSync(join(SAMPLES, 'tetragon-policy-hooks.jsonl'), 'utf8'));
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'hooks');
  const r = ingest(dir, [...EVIDENCE, 'hooks.jsonl', '--format', 'json']);
  assert.equal(r.code, 1, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.malformed, 0);
  assert.deepEqual(out.fired.map((f: { threat: string; source: string }) => `${f.threat} ${f.source}`).sort(), [
    'K8SOPS-L3-01 ebpf',
    'K8SOPS-L4-01 ebpf',
  ]);
  assert.ok(!out.closed.some((c: { threat: string }) => c.threat === 'K8SOPS-L3-01'), 'the exec signal fired');
});

test('a Tetragon USDT policy event (process_usdt) fires a rule signal on its policy name instead of closing the threat', () => {
  const dir = exampleRepo();
  editFile(
    join(dir, 'k8s-ops.threats.yaml'),
    'match: { path: /var/run/secrets/kubernetes.io/serviceaccount/token }',
    'match: { rule: python-subprocess-usdt }',
  );
  writeAt(dir, 'hooks.jsonl', readFileSync(join(SAMPLES, 'tetragon-policy-hooks.jsonl'), 'utf8'));
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'usdt');
  const r = ingest(dir, [...EVIDENCE, 'hooks.jsonl', '--format', 'json']);
  const out = JSON.parse(r.stdout);
  assert.equal(out.malformed, 0);
  // Before: the event counted as coverage only, and the signal was validated on it.
  assert.ok(
    out.fired.some((f: { threat: string; source: string }) => f.threat === 'K8SOPS-L4-01' && f.source === 'ebpf'),
    r.stdout,
  );
  assert.equal(r.code, 1, r.stderr);
});

test('a Tetragon connect to the container runtime socket (sockaddrun_arg) fires the host-access endpoint signal instead of closing the threat', () => {
  const dir = exampleRepo();
  editFile(
    join(dir, 'k8s-ops.threats.yaml'),
    'match: { path: /var/run/secrets/kubernetes.io/serviceaccount/token }',
    'match: { endpoint: ["unix:*/containerd.sock", "unix:*/docker.sock", "169.254.169.254:*"] }',
  );
  writeAt(dir, 'sockets.jsonl', readFileSync(join(SAMPLES, 'tetragon-socket-args.jsonl'), 'utf8'));
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'sockets');
  const r = ingest(dir, [...EVIDENCE, 'sockets.jsonl', '--format', 'json']);
  assert.equal(r.code, 1, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.malformed, 0);
  assert.equal(out.snapshot.sources.tetragon, 18, '14 example events and the 4 socket-argument events');
  const fired = out.fired.map(
    (f: { threat: string; source: string; events: number }) => `${f.threat} ${f.source} ${f.events}`,
  );
  // the containerd.sock connect (sockaddrun_arg) and the packet to the metadata service (skb_arg)
  assert.deepEqual(fired, ['K8SOPS-L4-01 ebpf 2']);
  assert.ok(!out.closed.some((c: { threat: string }) => c.threat === 'K8SOPS-L4-01'));
});

test('Kubescape NetworkNeighborhood and ContainerProfile egress neighbours are endpoints: an egress to the metadata service fires the endpoint signal', () => {
  const dir = exampleRepo();
  editFile(
    join(dir, 'k8s-ops.threats.yaml'),
    'match: { path: /var/run/secrets/kubernetes.io/serviceaccount/token }',
    'match: { endpoint: ["169.254.169.254:*", "pastebin.com:*"] }',
  );
  writeAt(dir, 'network.yaml', readFileSync(join(SAMPLES, 'kubescape-networkneighborhood.yaml'), 'utf8'));
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'network');
  const r = ingest(dir, [...EVIDENCE, 'network.yaml', '--format', 'json']);
  assert.equal(r.code, 1, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.malformed, 0, 'the NetworkNeighborhood is a Kubescape record, not an unrecognised one');
  assert.deepEqual(out.snapshot.sources, { 'kube-audit': 127, kubescape: 2, tetragon: 14, 'tool-calls': 168 });
  const fired = out.fired.map(
    (f: { threat: string; source: string; events: number }) => `${f.threat} ${f.source} ${f.events}`,
  );
  // 169.254.169.254:80 from the neighbourhood, pastebin.com:443 from the container profile
  assert.deepEqual(fired, ['K8SOPS-L4-01 ebpf 2']);
});

test('Kubescape profiles listed from the storage (metadata only) close no threat: the ebpf signals stay gaps, the records are named', () => {
  const dir = exampleRepo();
  writeAt(dir, 'profiles.yaml', readFileSync(join(SAMPLES, 'kubescape-list-metadata-only.yaml'), 'utf8'));
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'profiles');
  const r = ingest(dir, ['evidence/audit.jsonl.gz', 'evidence/tool-calls.jsonl', 'profiles.yaml', '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  // Before: one kubescape event per item and K8SOPS-L3-01 closed (its shell-exec signal "validated" on no data).
  assert.equal(out.malformed, 3);
  assert.deepEqual(out.snapshot.sources, { 'kube-audit': 127, 'tool-calls': 168 });
  assert.ok(!out.closed.some((c: { threat: string }) => c.threat === 'K8SOPS-L3-01'));
  assert.ok(
    out.gaps.some(
      (g: { threat: string; source: string; reason: string }) =>
        g.threat === 'K8SOPS-L3-01' && g.source === 'ebpf' && /no ebpf data/.test(g.reason),
    ),
  );
  assert.match(out.details.malformedLines[0].reason, /holds no data .*get each profile by name/);
});

test("Kubescape ingress of the agent's MCP tool server names its callers: a pod of another namespace calling the tools directly fires the signal", () => {
  const dir = exampleRepo();
  // The tool server (RemoteMCPServer at http://kagent-tools.kagent:8084/mcp) is the agent's: its callers are
  // evidence about the agent's tool surface. The agent itself calls from agents/…; a default-namespace pod should not.
  editFile(
    join(dir, 'k8s-ops.threats.yaml'),
    'match: { path: /var/run/secrets/kubernetes.io/serviceaccount/token }',
    'match: { endpoint: ["default/*", "203.0.113.*"] }',
  );
  writeAt(dir, 'tools-network.yaml', readFileSync(join(SAMPLES, 'kubescape-ingress.yaml'), 'utf8'));
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'tool server network');
  const r = ingest(dir, [...EVIDENCE, 'tools-network.yaml', '--format', 'json']);
  assert.equal(r.code, 1, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.malformed, 0);
  const fired = out.fired.map(
    (f: { threat: string; source: string; events: number }) => `${f.threat} ${f.source} ${f.events}`,
  );
  // the default-namespace debug pod and the address outside the cluster, both on the one profile
  assert.deepEqual(fired, ['K8SOPS-L4-01 ebpf 2']);
});

/** The k8s-ops agent also uses ToolHive's `github` MCPServer (namespace `NS`), through a RemoteMCPServer. */
function withToolHiveGithub(dir: string, sub: string, ns: string): void {
  writeAt(
    dir,
    `${sub}manifests/github.yaml`,
    `apiVersion: toolhive.stacklok.dev/v1beta1
kind: MCPServer
metadata: { name: github, namespace: ${ns} }
spec:
  image: ghcr.io/github/github-mcp-server:v0.20.1
  transport: streamable-http
  proxyPort: 8080
  audit: { enabled: true }
---
apiVersion: kagent.dev/v1alpha2
kind: RemoteMCPServer
metadata: { name: github, namespace: agents }
spec:
  protocol: STREAMABLE_HTTP
  url: http://mcp-github-proxy.${ns}.svc.cluster.local:8080/mcp
`,
  );
  editFile(
    join(dir, `${sub}manifests/agent.yaml`),
    '          name: kagent-tool-server\n',
    '          name: kagent-tool-server\n          toolNames: [k8s_get_resources]\n      - type: McpServer\n        mcpServer:\n          apiGroup: kagent.dev\n          kind: RemoteMCPServer\n          name: github\n',
  );
  // The threat's MCP-log signal: a destructive GitHub tool was called (and refused).
  editFile(
    join(dir, `${sub}k8s-ops.threats.yaml`),
    'match: { outcome: [unlogged, error] }',
    'match: { server: github, tool: delete_repository }',
  );
}

test('a ToolHive audit log is mcp-log evidence of the one catalogued ToolHive server of its name: a refused delete_repository fires the signal', () => {
  const dir = exampleRepo();
  withToolHiveGithub(dir, '', 'tools');
  writeAt(dir, 'github-proxy.log', readFileSync(join(SAMPLES, 'toolhive-audit.jsonl'), 'utf8'));
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'github');
  const r = ingest(dir, [...EVIDENCE, 'github-proxy.log', '--format', 'json']);
  assert.equal(r.code, 1, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.malformed, 0, JSON.stringify(out.details.malformedLines));
  assert.equal(out.snapshot.sources['toolhive-audit'], 5);
  const fired = out.fired.map(
    (f: { catalog: string; threat: string; source: string; events: number }) =>
      `${f.catalog} ${f.threat} ${f.source} ${f.events}`,
  );
  assert.deepEqual(fired, ['k8s-ops.threats.yaml K8SOPS-L5-01 mcp-log 1']);
});

test("a backend tool a VirtualMCPServer's composite tool called (a workflow step) is a tool call of the agent's server, with the step's outcome", () => {
  const dir = exampleRepo();
  writeAt(
    dir,
    'manifests/platform-vmcp.yaml',
    `apiVersion: toolhive.stacklok.dev/v1beta1
kind: VirtualMCPServer
metadata: { name: platform-vmcp, namespace: tools }
spec:
  groupRef: { name: platform }
---
apiVersion: kagent.dev/v1alpha2
kind: RemoteMCPServer
metadata: { name: platform, namespace: agents }
spec:
  protocol: STREAMABLE_HTTP
  url: http://vmcp-platform-vmcp.tools.svc.cluster.local:4483/mcp
`,
  );
  editFile(
    join(dir, 'manifests/agent.yaml'),
    '          name: kagent-tool-server\n',
    '          name: kagent-tool-server\n          toolNames: [k8s_get_resources]\n      - type: McpServer\n        mcpServer:\n          apiGroup: kagent.dev\n          kind: RemoteMCPServer\n          name: platform\n',
  );
  editFile(
    join(dir, 'k8s-ops.threats.yaml'),
    'match: { outcome: [unlogged, error] }',
    'match: { tool: "*delete_repository", outcome: error }',
  );
  writeAt(dir, 'vmcp.log', readFileSync(join(SAMPLES, 'toolhive-vmcp-workflow.jsonl'), 'utf8'));
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'vmcp');
  const r = ingest(dir, [...EVIDENCE, 'vmcp.log', '--format', 'json']);
  const out = JSON.parse(r.stdout);
  assert.equal(out.malformed, 0, JSON.stringify(out.details.malformedLines));
  assert.equal(out.snapshot.sources['toolhive-audit'], 9);
  // Before: the step's backend call was coverage only, and the signal was validated on it.
  const fired = out.fired.map(
    (f: { threat: string; source: string; events: number }) => `${f.threat} ${f.source} ${f.events}`,
  );
  assert.deepEqual(fired, ['K8SOPS-L5-01 mcp-log 1']);
  assert.equal(r.code, 1, r.stderr);
});

test('ToolHive servers of one name in two catalogs: the audit events close or fire nothing until --namespace says whose they are', () => {
  const dir = exampleRepo();
  // A second agent (the same, in namespace research), whose own github MCPServer is in namespace research.
  for (const f of ['k8s-ops.threats.yaml', 'manifests/agent.yaml', 'manifests/rbac.yaml', 'manifests/model.yaml'])
    writeAt(
      dir,
      `research/${f}`,
      readFileSync(join(dir, f), 'utf8').replaceAll('namespace: agents', 'namespace: research'),
    );
  writeAt(dir, 'research/manifests/tools.yaml', readFileSync(join(dir, 'manifests/tools.yaml'), 'utf8'));
  withToolHiveGithub(dir, '', 'tools');
  withToolHiveGithub(dir, 'research/', 'research');
  writeAt(dir, 'github-proxy.log', readFileSync(join(SAMPLES, 'toolhive-audit.jsonl'), 'utf8'));
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'two agents using a github server each');

  const r = ingest(dir, [...EVIDENCE, 'github-proxy.log', '--format', 'json']);
  const out = JSON.parse(r.stdout);
  assert.equal(out.malformed, 5, 'every event counted, none attributed');
  assert.match(
    out.details.malformedLines[0].reason,
    /server "github": not attributed, 2 catalogued ToolHive servers have that name \(research\/github, tools\/github\)/,
  );
  assert.ok(!out.fired.some((f: { source: string }) => f.source === 'mcp-log'));
  // The research agent has no other MCP-log evidence: its signal stays a gap, not closed on another server's log.
  const researchL5 = (o: { gaps: Array<{ catalog: string; threat: string; source: string }> }) =>
    o.gaps.filter((g) => g.catalog === 'research/k8s-ops.threats.yaml' && g.threat === 'K8SOPS-L5-01');
  assert.equal(researchL5(out).length, 1);

  const given = ingest(dir, [...EVIDENCE, 'github-proxy.log', '--namespace', 'tools', '--format', 'json']);
  assert.equal(given.code, 1, given.stderr);
  const placed = JSON.parse(given.stdout);
  assert.equal(placed.malformed, 0);
  assert.deepEqual(
    placed.fired
      .filter((f: { source: string }) => f.source === 'mcp-log')
      .map((f: { catalog: string; threat: string }) => `${f.catalog} ${f.threat}`),
    ['k8s-ops.threats.yaml K8SOPS-L5-01'],
    'only the agent whose server is in namespace tools',
  );
  assert.equal(researchL5(placed).length, 1, 'still a gap for the agent whose server is in namespace research');
  assert.equal(ingest(dir, ['github-proxy.log', '--namespace', 'Tools!']).code, 2);
});

test('closures older than maxEvidenceAgeDays lapse to open', () => {
  const dir = exampleRepo();
  assert.equal(ingest(dir, [...EVIDENCE, '--write']).code, 0);
  writeFileSync(join(dir, '.threatcat.yaml'), 'maxEvidenceAgeDays: 30\n');
  const later = runCli(['ingest', 'evidence/tetragon.jsonl', '-C', dir, '--write', '--format', 'json'], {
    cwd: dir,
    env: { THREATCAT_NOW: '2027-01-30T00:00:00Z' },
  });
  const out = JSON.parse(later.stdout);
  assert.ok(out.details.lapsed.some((x: { threat: string }) => x.threat === 'K8SOPS-L2-01'));
  assert.ok(
    out.gaps.some(
      (g: { threat: string; reason: string }) => g.threat === 'K8SOPS-L3-01' && /older than 30 days/.test(g.reason),
    ),
  );
  const catalog = readFileSync(join(dir, 'k8s-ops.threats.yaml'), 'utf8');
  const l2 = catalog.slice(catalog.indexOf('id: K8SOPS-L2-01'), catalog.indexOf('id: K8SOPS-L3-01'));
  assert.match(l2, /status: open/);
});

test('a signal whose source has no data for this agent is a gap, never a closure', () => {
  const dir = exampleRepo();
  // Audit events of another agent only: kube-audit data exists, none of it is k8s-ops's.
  const r = ingest(dir, [join(SAMPLES, 'audit.jsonl'), '--format', 'json']);
  const out = JSON.parse(r.stdout);
  const l2 = out.gaps.find((g: { threat: string }) => g.threat === 'K8SOPS-L2-01');
  assert.ok(l2, r.stdout);
  assert.equal(out.closed.length, 0);
  // The audit log covers the cluster and never shows k8s-ops-sa: every declared permission is dormant.
  assert.equal(out.dormant.length, 33);
  const none = ingest(dir, ['evidence/tool-calls.jsonl', '--format', 'json']);
  assert.equal(JSON.parse(none.stdout).dormant.length, 0, 'without kube-audit data nothing can be called dormant');
});

test('usage errors exit 2: no snapshot, unknown --source, unreadable file', () => {
  const dir = exampleRepo();
  assert.equal(ingest(dir, []).code, 2);
  const bad = ingest(dir, ['evidence/tetragon.jsonl', '--source', 'syslog']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--source syslog: expected one of kube-audit, kubescape/);
  const missing = ingest(dir, ['nope.jsonl']);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /nope\.jsonl:1:1: no such file/);
  assert.equal(missing.stderr.includes('    at '), false, 'no stack trace');
});

test('malformed lines are reported with file:line and do not fail the run', () => {
  const dir = exampleRepo();
  appendFileSync(join(dir, 'evidence/tool-calls.jsonl'), '{"time": oops\n');
  const r = ingest(dir, ['evidence/tool-calls.jsonl']);
  assert.equal(r.code, 0);
  assert.match(
    r.stdout,
    /168 events \(tool-calls 168\), 1 malformed\nevidence\/tool-calls\.jsonl:169:1 {2}warning {2}malformed-record {2}invalid JSON/,
  );
});

function sampleAgentRepo(withDeployment: boolean): string {
  const dir = tempDir();
  const rbac = readFileSync(join(SAMPLES, 'rbac.yaml'), 'utf8');
  const deployment = `apiVersion: apps/v1
kind: Deployment
metadata: { name: k8s-agent, namespace: agents }
spec:
  selector: { matchLabels: { app: k8s-agent } }
  template:
    metadata: { labels: { app: k8s-agent } }
    spec:
      serviceAccountName: k8s-agent-sa
      containers: [{ name: agent, image: example/agent:1.0 }]
`;
  writeAt(dir, 'agents/k8s-agent/manifests/rbac.yaml', rbac);
  if (withDeployment) writeAt(dir, 'agents/k8s-agent/manifests/deployment.yaml', deployment);
  const catalog = readFileSync(join(ROOT, 'examples/k8s-ops/k8s-ops.threats.yaml'), 'utf8')
    .replace(
      /workload:\n {4}kind: Agent\n {4}name: k8s-ops\n {4}namespace: agents/,
      `workload:\n    kind: Deployment\n    name: k8s-agent\n    namespace: agents${withDeployment ? '' : '\n    serviceAccount: k8s-agent-sa'}`,
    )
    .replace('name: k8s-ops\n  description', 'name: k8s-agent\n  description');
  writeAt(dir, 'agents/k8s-agent/k8s-agent.threats.yaml', catalog);
  return dir;
}

for (const withDeployment of [true, false]) {
  test(`dormant set of samples/rbac.yaml + audit.jsonl through the CLI (${withDeployment ? 'plain Deployment agent' : 'RBAC only, serviceAccount in the catalog'})`, () => {
    const dir = sampleAgentRepo(withDeployment);
    const r = runCli(['ingest', join(SAMPLES, 'audit.jsonl'), '-C', dir, '--format', 'json'], { cwd: dir });
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    const out = JSON.parse(r.stdout);
    const dormant = out.dormant.map((d: Record<string, string>) => `${d.resource} ${d.verb} ${d.namespace}`).sort();
    assert.deepEqual(dormant, [
      '/healthz* get *',
      '/metrics get *',
      'deployments list agents',
      'deployments patch agents',
      'deployments update agents',
      'deployments watch agents',
      'deployments/scale get agents',
      'deployments/scale list agents',
      'deployments/scale update agents',
      'deployments/scale watch agents',
      'events get agents',
      'events watch agents',
      'modelconfigs get agents',
      'modelconfigs list agents',
      'modelconfigs watch agents',
      'nodes get *',
      'pods get agents',
      'pods watch agents',
      'pods/log list agents',
      'pods/log watch agents',
      'remotemcpservers list agents',
      'remotemcpservers watch agents',
    ]);
    assert.deepEqual(out.denied.map((d: Record<string, unknown>) => `${d.verb} ${d.resource}`).sort(), [
      'create pods/exec',
      'get secrets',
    ]);
    assert.deepEqual(
      out.details.wildcards.map((w: Record<string, unknown>) => `${w.resource} ${w.verb} ${w.used}`),
      ['configmaps * true', '/healthz* get false'],
    );
  });
}
