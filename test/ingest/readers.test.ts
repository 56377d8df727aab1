import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { readEvidence } from '../../src/read/evidence/read-evidence.js';
import type { ApiRow, Row } from '../../src/model/observation.js';
import { ROOT, tempDir } from '../helpers/fixtures.js';

const SAMPLES = join(ROOT, 'test/fixtures/samples');
const NOW = '2026-11-21T12:00:00.000Z';

async function read(paths: string[], source?: Parameters<typeof readEvidence>[1]['source']) {
  return readEvidence(
    paths.map((abs) => ({ abs, file: abs })),
    { now: NOW, source },
  );
}

function rowsOf(r: Awaited<ReturnType<typeof read>>, type: Row['type']) {
  return r.builder.toSummary().rows.filter((x) => x.type === type);
}

test('audit: each request counts once across its stages; RequestReceived never counts', async () => {
  const dir = tempDir();
  const lines = readFileSync(join(SAMPLES, 'audit.jsonl'), 'utf8').trim().split('\n');
  // Repeat every stage of the first request, and the watch's ResponseStarted, as a log shipper might.
  const watch = lines.find((l) => l.includes('"verb":"watch"'))!;
  const complete = watch.replace('"stage":"ResponseStarted"', '"stage":"ResponseComplete"');
  const file = join(dir, 'audit.jsonl');
  writeFileSync(file, `${[...lines, lines[0], lines[1], watch, complete].join('\n')}\n`);
  const r = await read([file]);
  assert.equal(r.files[0].reader, 'kube-audit');
  assert.equal(r.events, 21, '22 lines, one RequestReceived; duplicates and the watch completion add nothing');
  const watchRow = rowsOf(r, 'api').find((x) => (x as ApiRow).verb === 'watch') as ApiRow;
  assert.equal(watchRow.count, 1);
  const list = rowsOf(r, 'api').find(
    (x) => (x as ApiRow).verb === 'list' && (x as ApiRow).resource === 'pods',
  ) as ApiRow;
  assert.equal(list.count, 1);
  assert.equal(list.workload, 'agents/k8s-agent', 'pod k8s-agent-6d9f7c8b5d-x2x9q → Deployment k8s-agent');
});

test('audit: a log without ResponseStarted stages still counts its watches once (at ResponseComplete)', async () => {
  const dir = tempDir();
  const lines = readFileSync(join(SAMPLES, 'audit.jsonl'), 'utf8').trim().split('\n');
  const watch = lines.find((l) => l.includes('"verb":"watch"'))!;
  const completed = watch.replace('"stage":"ResponseStarted"', '"stage":"ResponseComplete"');
  const file = join(dir, 'audit.jsonl');
  writeFileSync(
    file,
    [
      ...lines.filter((l) => l !== watch),
      completed,
      completed.replace('"stage":"ResponseComplete"', '"stage":"RequestReceived"'),
    ].join('\n'),
  );
  const r = await read([file]);
  assert.equal(r.events, 21);
  const watchRow = rowsOf(r, 'api').find((x) => (x as ApiRow).verb === 'watch') as ApiRow;
  assert.equal(watchRow.count, 1);
});

test('audit: 403 is forbid even when authorization allowed (admission denial); non-resource paths kept', async () => {
  const r = await read([join(SAMPLES, 'audit.jsonl')]);
  const api = rowsOf(r, 'api') as ApiRow[];
  const forbidden = api.filter((x) => x.decision === 'forbid' && x.identity.endsWith('k8s-agent-sa'));
  assert.deepEqual(forbidden.map((x) => `${x.verb} ${x.resource} ${x.names.join(',')}`).sort(), [
    'create pods/exec web-7c9f6b5d4-qp8rz',
    'get secrets db-password',
  ]);
  assert.ok(api.some((x) => x.path === '/version' && x.resource === ''));
});

test('gzip input is read the same as plain, and the digest is the sha256 of the file as given', async () => {
  const dir = tempDir();
  const gz = join(dir, 'audit.log');
  const bytes = gzipSync(readFileSync(join(SAMPLES, 'audit.jsonl')));
  writeFileSync(gz, bytes);
  const plain = await read([join(SAMPLES, 'audit.jsonl')]);
  const zipped = await read([gz]);
  assert.equal(zipped.files[0].gzip, true);
  assert.deepEqual(zipped.builder.toSummary().rows, plain.builder.toSummary().rows);
  assert.equal(zipped.digest, `sha256:${createHash('sha256').update(bytes).digest('hex')}`);
});

test('a truncated gzip file keeps what was read and counts the break as malformed', async () => {
  const dir = tempDir();
  const gz = gzipSync(readFileSync(join(SAMPLES, 'audit.jsonl')));
  const file = join(dir, 'audit.jsonl.gz');
  const cut = gz.subarray(0, Math.floor(gz.length * 0.8));
  writeFileSync(file, cut);
  const r = await read([file]);
  assert.ok(r.events > 0 && r.events < 21, `read ${r.events} events before the break`);
  // The line cut in half, and the break itself.
  assert.equal(r.malformed, 2);
  assert.match(r.files[0].samples[0].reason, /invalid JSON/);
  assert.match(r.files[0].samples[1].reason, /corrupt gzip data/);
  assert.equal(r.digest, `sha256:${createHash('sha256').update(cut).digest('hex')}`);
});

test('a gzip bomb is read no further than 100 times its size: the limit is named, the digest is still the whole file', async () => {
  const dir = tempDir();
  const log = readFileSync(join(SAMPLES, 'audit.jsonl'));
  // 80 MiB of newlines after the log compress to about 80 KiB: decompressed in full, a few MiB of such gzip is GiBs.
  const gz = gzipSync(Buffer.concat([log, Buffer.alloc(80 * 1024 * 1024, 10), log]));
  const file = join(dir, 'audit.jsonl.gz');
  writeFileSync(file, gz);
  const r = await read([file]);
  const whole = await read([join(SAMPLES, 'audit.jsonl')]);
  assert.equal(r.events, whole.events, 'the events before the bound are read');
  assert.equal(r.malformed, 1);
  assert.match(
    r.files[0].samples[0].reason,
    // 80 KiB of gzip: the 64 MiB floor is the bound, and the message says which bound it was.
    /gzip data expands past 67108864 bytes \(the limit: 64 MiB for a small file; a gzip bomb\?\)/,
  );
  assert.equal(r.digest, `sha256:${createHash('sha256').update(gz).digest('hex')}`);
});

test('a file of more than 100,000 malformed records and fewer events is passed over at the limit, named', async () => {
  const dir = tempDir();
  const file = join(dir, 'junk.jsonl');
  // Each line fails to parse (tens of microseconds each): millions of them, a few KiB of gzip, would take hours.
  writeFileSync(file, '{"truncated\n'.repeat(150_000));
  const r = await read([file]);
  const f = r.files[0];
  assert.equal(f.records, 100_001, 'reading stops at the limit');
  assert.equal(f.samples.length, 6, 'five samples, and the limit');
  assert.deepEqual(f.samples[5], {
    line: 100_001,
    reason:
      'more than 100000 malformed records and fewer events (the limit; not evidence threatcat reads?): the rest of the file was not read',
  });
});

test('malformed lines are counted and the first few named by line; the run goes on', async () => {
  const dir = tempDir();
  const lines = readFileSync(join(SAMPLES, 'audit.jsonl'), 'utf8').trim().split('\n');
  const file = join(dir, 'audit.jsonl');
  const broken = [
    lines[0],
    '{"kind":"Event", truncated',
    lines[1],
    'not json at all',
    '{"kind":"Event","apiVersion":"audit.k8s.io/v1","stage":"ResponseComplete","auditID":"x"}',
    ...lines.slice(2),
    '',
    '{',
    '[1,2]',
    '{"a":1}',
    '"str"',
  ];
  writeFileSync(file, broken.join('\n'));
  const r = await read([file]);
  assert.equal(r.events, 21);
  assert.equal(r.malformed, 7);
  assert.deepEqual(
    r.files[0].samples.map((s) => s.line),
    [2, 4, 5, 27, 28],
  );
  assert.match(r.files[0].samples[0].reason, /invalid JSON/);
  assert.match(r.files[0].samples[2].reason, /without verb/);
});

test('falco, tetragon, kubescape and cloudtrail samples are detected from content and attributed to the workload', async () => {
  const r = await read(
    ['falco.jsonl', 'tetragon.jsonl', 'kubescape-applicationprofile.yaml', 'cloudtrail-irsa.json'].map((f) =>
      join(SAMPLES, f),
    ),
  );
  assert.deepEqual(
    r.files.map((f) => f.reader),
    ['falco', 'tetragon', 'kubescape', 'cloudtrail'],
  );
  assert.deepEqual(
    r.files.map((f) => f.events),
    [4, 6, 1, 4],
  );
  const execs = rowsOf(r, 'exec') as Array<{ binary: string; workload: string }>;
  assert.ok(execs.every((e) => e.workload === 'agents/k8s-agent'));
  assert.deepEqual([...new Set(execs.map((e) => e.binary))].sort(), [
    '/bin/sh',
    '/tmp/kworker',
    '/usr/bin/git',
    '/usr/local/bin/krane',
    '/usr/local/bin/python3.12',
  ]);
  const files = rowsOf(r, 'file').map((x) => (x as { path: string }).path);
  assert.ok(
    files.includes('/var/run/secrets/kubernetes.io/serviceaccount/token'),
    'projected-volume timestamp dir folded',
  );
  const session = rowsOf(r, 'session')[0] as { identity: string; principal: string };
  assert.equal(session.identity, 'system:serviceaccount:agents:k8s-agent-sa');
  const denied = rowsOf(r, 'cloud').filter((x) => (x as { decision: string }).decision === 'forbid');
  assert.deepEqual(
    denied.map((x) => (x as { eventName: string }).eventName),
    ['AttachRolePolicy'],
  );
});

test('kubescape: profiles are keyed by workload labels, not the object name; Lists are split per item', async () => {
  const dir = tempDir();
  const one = readFileSync(join(SAMPLES, 'kubescape-applicationprofile.yaml'), 'utf8').replace(/^#.*\n/gm, '');
  const indented = one
    .trim()
    .split('\n')
    .map((l, i) => (i === 0 ? `- ${l}` : `  ${l}`))
    .join('\n');
  const other = indented.replace('kubescape.io/workload-name: k8s-agent', 'kubescape.io/workload-name: other-agent');
  const file = join(dir, 'profiles.yaml');
  writeFileSync(file, `apiVersion: v1\nitems:\n${indented}\n${other}\nkind: List\nmetadata:\n  resourceVersion: ""\n`);
  const r = await read([file]);
  assert.equal(r.malformed, 0, JSON.stringify(r.files[0].samples));
  assert.equal(r.events, 2);
  const seen = rowsOf(r, 'seen').map((x) => (x as { workload: string }).workload);
  assert.deepEqual(seen, ['agents/k8s-agent', 'agents/other-agent']);
});

test('tetragon: sockaddr arguments are endpoints (inbound for a bind hook), linux_binprm arguments are execs; a USDT policy is an alert', async () => {
  const dir = tempDir();
  const [connect] = readFileSync(join(SAMPLES, 'tetragon-policy-hooks.jsonl'), 'utf8').trim().split('\n');
  const bind = connect
    .replace('"security_socket_connect"', '"security_socket_bind"')
    .replace('"addr":"169.254.169.254","port":80', '"addr":"0.0.0.0","port":4444');
  const file = join(dir, 'tetragon.jsonl');
  writeFileSync(file, `${readFileSync(join(SAMPLES, 'tetragon-policy-hooks.jsonl'), 'utf8')}${bind}\n`);
  const r = await read([file]);
  assert.equal(r.files[0].reader, 'tetragon');
  assert.equal(r.events, 4);
  const endpoints = rowsOf(r, 'endpoint').map((x) => {
    const e = x as { workload: string; endpoint: string; direction: string };
    return `${e.workload} ${e.direction} ${e.endpoint}`;
  });
  assert.deepEqual(endpoints.sort(), [
    'agents/k8s-ops inbound 0.0.0.0:4444',
    'agents/k8s-ops outbound 169.254.169.254:80',
  ]);
  assert.deepEqual(
    rowsOf(r, 'exec').map((x) => (x as { binary: string }).binary),
    ['/usr/bin/curl'],
  );
  assert.deepEqual(
    rowsOf(r, 'alert')
      .map((x) => (x as { rule: string }).rule)
      .sort(),
    ['connect-watch', 'exec-watch', 'python-subprocess-usdt'],
  );
});

test('tetragon: Unix socket addresses and packets are endpoints; a Unix sock_arg gives no made-up IP endpoint', async () => {
  const r = await read([join(SAMPLES, 'tetragon-socket-args.jsonl')]);
  assert.equal(r.files[0].reader, 'tetragon');
  assert.equal(r.events, 4);
  assert.equal(r.malformed, 0);
  const endpoints = rowsOf(r, 'endpoint').map((x) => {
    const e = x as { workload: string; endpoint: string; direction: string };
    return `${e.workload} ${e.direction} ${e.endpoint}`;
  });
  assert.deepEqual(endpoints.sort(), [
    'agents/k8s-ops inbound 10.244.1.17:8080',
    'agents/k8s-ops outbound 169.254.169.254:80',
    'agents/k8s-ops outbound unix:/run/containerd/containerd.sock',
    'agents/k8s-ops outbound unix:@kagent-local',
  ]);
});

test('ToolHive audit events are mcp-log evidence of the one catalogued server of their name; otherwise counted as malformed with why', async () => {
  const file = join(SAMPLES, 'toolhive-audit.jsonl');
  const placed = await readEvidence([{ abs: file, file }], {
    now: NOW,
    toolhive: { workloadsNamed: (server) => (server === 'github' ? ['tools/github'] : []) },
  });
  assert.equal(placed.files[0].reader, 'toolhive-audit');
  assert.deepEqual([placed.events, placed.malformed], [5, 0]);
  const calls = placed.builder
    .toSummary()
    .rows.filter((x) => x.type === 'tool')
    .map((x) => {
      const t = x as { source: string; workload: string; server: string; tool: string; outcome: string };
      return `${t.source} ${t.workload} ${t.server}/${t.tool} ${t.outcome}`;
    });
  assert.deepEqual(calls.sort(), [
    'mcp-log tools/github github/create_issue ok',
    'mcp-log tools/github github/delete_repository denied',
    'mcp-log tools/github github/get_file_contents error',
  ]);
  const seen = placed.builder.toSummary().rows.filter((x) => x.type === 'seen') as Array<{ count: number }>;
  assert.equal(seen[0].count, 2, 'initialize and tools/list are coverage of the server too');

  // Two catalogued servers of that name (other namespaces): never a guess.
  const twice = await readEvidence([{ abs: file, file }], {
    now: NOW,
    toolhive: { workloadsNamed: () => ['research/github', 'tools/github'] },
  });
  assert.deepEqual([twice.events, twice.malformed], [0, 5]);
  assert.match(
    twice.files[0].samples[0].reason,
    /^ToolHive audit event of server "github": not attributed, 2 catalogued ToolHive servers have that name \(research\/github, tools\/github\).*--namespace NS$/,
  );
  // None catalogued and no --namespace.
  const none = await read([file]);
  assert.deepEqual([none.events, none.malformed], [0, 5]);
  assert.match(
    none.files[0].samples[0].reason,
    /no catalog's manifests hold a ToolHive MCPServer.*pass --namespace NS$/,
  );
  // --namespace: the workload is known, whatever the catalogs hold.
  const given = await readEvidence([{ abs: file, file }], {
    now: NOW,
    toolhive: { namespace: 'tools', workloadsNamed: (_s, ns) => (ns === 'tools' ? [] : ['research/github']) },
  });
  assert.deepEqual([given.events, given.malformed], [5, 0]);
  assert.ok(given.builder.toSummary().rows.every((x) => (x as { workload?: string }).workload === 'tools/github'));
});

test("ToolHive: a VirtualMCPServer's composite-tool steps that call a backend tool are tool calls, counted at the step's end with its outcome", async () => {
  const file = join(SAMPLES, 'toolhive-vmcp-workflow.jsonl');
  const r = await readEvidence([{ abs: file, file }], { now: NOW, toolhive: { namespace: 'tools' } });
  assert.deepEqual([r.events, r.malformed], [9, 0]);
  const calls = rowsOf(r, 'tool').map((x) => {
    const t = x as { workload: string; server: string; tool: string; outcome: string };
    return `${t.workload} ${t.server}/${t.tool} ${t.outcome}`;
  });
  assert.deepEqual(calls.sort(), [
    'tools/platform-vmcp platform-vmcp/github_delete_repository error',
    'tools/platform-vmcp platform-vmcp/github_search_issues ok',
    // the log ends before this step does: the call was made all the same
    'tools/platform-vmcp platform-vmcp/slack_post_message ok',
    'tools/platform-vmcp platform-vmcp/triage_incident ok',
  ]);
});

test('kubescape: a profile without its data (a list from the storage, a too-large profile) is malformed, not coverage', async () => {
  const r = await read([join(SAMPLES, 'kubescape-list-metadata-only.yaml')]);
  assert.equal(r.files[0].reader, 'kubescape');
  assert.equal(r.events, 0, 'metadata says nothing was seen, nor that nothing was');
  assert.equal(r.malformed, 3);
  assert.equal(rowsOf(r, 'seen').length, 0);
  const reasons = r.files[0].samples.map((s) => s.reason);
  assert.match(
    reasons[0],
    /ApplicationProfile "agents\/replicaset-k8s-ops-5c8d9f7b6d" holds no data .*metadata only; get each profile by name \(kubectl get applicationprofile NAME/,
  );
  assert.match(reasons[1], /NetworkNeighborhood .* holds no data/);
  assert.match(reasons[2], /ContainerProfile .* holds no data: its kubescape.io\/status is too-large/);
  // The same profiles with their data (a get by name) are read as before.
  const full = await read([
    join(SAMPLES, 'kubescape-applicationprofile.yaml'),
    join(SAMPLES, 'kubescape-networkneighborhood.yaml'),
  ]);
  assert.equal(full.malformed, 0);
});

test('kubescape: egress neighbours are outbound endpoints, one per address × port; selector-only peers give none', async () => {
  const r = await read([join(SAMPLES, 'kubescape-networkneighborhood.yaml')]);
  assert.equal(r.files[0].reader, 'kubescape', 'a NetworkNeighborhood first is detected as Kubescape');
  assert.equal(r.malformed, 0);
  assert.equal(r.events, 2);
  const endpoints = rowsOf(r, 'endpoint').map((x) => {
    const e = x as { workload: string; endpoint: string; direction: string };
    return `${e.workload} ${e.direction} ${e.endpoint}`;
  });
  assert.deepEqual(endpoints.sort(), [
    'agents/k8s-ops outbound 104.20.67.143:443',
    'agents/k8s-ops outbound 169.254.169.254:80',
    'agents/k8s-ops outbound 172.67.34.170:443',
    'agents/k8s-ops outbound pastebin.com:443',
  ]);
});

test('kubescape: ingress neighbours are inbound endpoints naming the caller (address, or namespace/labels of an in-cluster peer) and the port it called', async () => {
  const r = await read([join(SAMPLES, 'kubescape-ingress.yaml')]);
  assert.equal(r.files[0].reader, 'kubescape');
  assert.equal(r.malformed, 0);
  assert.equal(r.events, 1);
  const endpoints = rowsOf(r, 'endpoint').map((x) => {
    const e = x as { workload: string; endpoint: string; direction: string };
    return `${e.workload} ${e.direction} ${e.endpoint}`;
  });
  assert.deepEqual(endpoints.sort(), [
    'kagent/kagent-tools inbound 203.0.113.7:8084',
    'kagent/kagent-tools inbound agents/app.kubernetes.io/name=k8s-ops:8084',
    'kagent/kagent-tools inbound default/app=debug,run=debug-shell:8084',
    'kagent/kagent-tools inbound kagent/app.kubernetes.io/name=kagent-controller:9090',
  ]);
});

test('cloudtrail: a pretty-printed Records file and a one-record-per-line export give the same rows', async () => {
  const dir = tempDir();
  const doc = JSON.parse(readFileSync(join(SAMPLES, 'cloudtrail-irsa.json'), 'utf8')) as { Records: unknown[] };
  const lines = join(dir, 'ct.jsonl');
  writeFileSync(lines, doc.Records.map((x) => JSON.stringify(x)).join('\n'));
  const minified = join(dir, 'ct.json');
  writeFileSync(minified, JSON.stringify(doc));
  const a = await read([join(SAMPLES, 'cloudtrail-irsa.json')]);
  const b = await read([lines]);
  const c = await read([minified]);
  assert.deepEqual(b.builder.toSummary().rows, a.builder.toSummary().rows);
  assert.deepEqual(c.builder.toSummary().rows, a.builder.toSummary().rows);
});

test('--source overrides detection: a tool-call file forced as kube-audit is all malformed', async () => {
  const dir = tempDir();
  const file = join(dir, 'calls.jsonl');
  writeFileSync(
    file,
    '{"time":"2026-11-20T10:00:00Z","workload":"agents/k8s-ops","server":"kagent-tool-server","tool":"k8s_get_resources","outcome":"ok"}\n',
  );
  const detected = await read([file]);
  assert.equal(detected.files[0].reader, 'tool-calls');
  assert.equal(detected.events, 1);
  const forced = await read([file], 'kube-audit');
  assert.equal(forced.events, 0);
  assert.equal(forced.malformed, 1);
});

test('a line split across read chunks is reassembled (1 MiB chunks, lines straddling them)', async () => {
  const dir = tempDir();
  const file = join(dir, 'big.jsonl');
  const base = JSON.parse(readFileSync(join(SAMPLES, 'audit.jsonl'), 'utf8').split('\n')[1]) as Record<string, unknown>;
  const out: string[] = [];
  for (let i = 0; i < 6000; i++)
    out.push(JSON.stringify({ ...base, auditID: `id-${i}`, requestURI: `/x/${'p'.repeat(i % 97)}` }));
  writeFileSync(file, out.join('\r\n'));
  const r = await read([file]);
  assert.equal(r.malformed, 0);
  assert.equal(r.events, 6000);
});

test('kubescape-alerts: node-agent runtime alerts (stdout exporter, HTTP exporter body, Alertmanager) are alerts of their rule, an exec alert also an exec', async () => {
  const dir = tempDir();
  const stdout = join(SAMPLES, 'kubescape-alerts.jsonl');
  const lines = readFileSync(stdout, 'utf8').trim().split('\n');
  // Not every line of `kubectl logs ds/node-agent` is an alert: another line is malformed, with why.
  const logs = join(dir, 'node-agent.log');
  writeFileSync(logs, `${lines[0]}\n{"level":"info","msg":"starting node-agent","time":"2026-08-20T09:00:00Z"}\n`);
  const r = await read([stdout]);
  assert.deepEqual([r.files[0].reader, r.events, r.malformed], ['kubescape-alerts', 3, 0]);
  const rules = (x: typeof r) =>
    rowsOf(x, 'alert')
      .map((a) => `${(a as { workload: string }).workload} ${(a as { rule: string }).rule} ×${a.count}`)
      .sort();
  assert.deepEqual(rules(r), [
    'agents/k8s-agent R0001 Unexpected process launched ×2',
    'agents/k8s-agent R0006 Unexpected service account token access ×1',
  ]);
  // The exec's resolved path from the process tree (its infected process, found among the children), the tool
  // of a busybox shell from its argv.
  assert.deepEqual(
    rowsOf(r, 'exec')
      .map((x) => (x as { binary: string }).binary)
      .sort(),
    ['/bin/busybox (sh)', '/usr/bin/curl'],
  );
  const mixed = await read([logs]);
  assert.deepEqual([mixed.events, mixed.malformed], [1, 1]);
  assert.match(mixed.files[0].samples[0].reason, /^not a Kubescape runtime alert/);

  // The HTTP exporter's body: the same alerts, flat (armotypes.RuntimeAlert), under spec.alerts.
  const first = JSON.parse(lines[0]) as Record<string, Record<string, unknown>>;
  const body = {
    kind: 'RuntimeAlerts',
    apiVersion: 'kubescape.io/v1',
    metadata: { name: 'KubescapeRuntimeAlerts' },
    spec: {
      alerts: [
        {
          ...first.BaseRuntimeMetadata,
          ...first.RuntimeK8sDetails,
          ruleID: 'R0001',
          alertType: 0,
          message: 'm',
          hostName: 'node-agent-x',
        },
      ],
      processTree: first.RuntimeProcessDetails,
      cloudMetadata: {},
    },
  };
  const http = join(dir, 'alerts.json');
  writeFileSync(http, JSON.stringify(body, null, 2));
  const h = await read([http]);
  assert.deepEqual([h.files[0].reader, h.events, h.malformed], ['kubescape-alerts', 1, 0]);
  assert.deepEqual(rules(h), ['agents/k8s-agent R0001 Unexpected process launched ×1']);
  assert.deepEqual(
    rowsOf(h, 'exec').map((x) => (x as { binary: string }).binary),
    ['/bin/busybox (sh)'],
  );

  // Alertmanager's alerts (`amtool alert query -o json`): the labels name the pod, not its workload, and no path.
  const am = join(dir, 'am.json');
  const labels = { alertname: 'KubescapeRuleViolated', rule_id: 'R0001', rule_name: 'Unexpected process launched' };
  writeFileSync(
    am,
    JSON.stringify([
      {
        labels: { ...labels, namespace: 'agents', pod_name: 'k8s-agent-6d9f7c8b5d-x2x9q', comm: 'sh' },
        annotations: {
          summary: "Rule 'Unexpected process launched' in 'k8s-agent-6d9f7c8b5d-x2x9q' namespace 'agents' failed",
        },
        startsAt: '2026-08-20T10:00:12.2Z',
        endsAt: '2026-08-20T11:00:12.2Z',
        status: { state: 'active' },
      },
      { labels, annotations: {}, endsAt: '2026-08-20T11:00:12.2Z' },
    ]),
  );
  const a = await read([am]);
  assert.deepEqual([a.files[0].reader, a.events, a.malformed], ['kubescape-alerts', 1, 1]);
  assert.deepEqual(rules(a), ['agents/k8s-agent R0001 Unexpected process launched ×1']);
  assert.equal(a.files[0].samples[0].reason, 'Kubescape Alertmanager alert without a valid startsAt');
});
