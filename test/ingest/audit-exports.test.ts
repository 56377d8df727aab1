import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { readEvidence } from '../../src/read/evidence/read-evidence.js';
import { detectEnvelope, detectReader } from '../../src/read/evidence/detect.js';
import type { ApiRow } from '../../src/model/observation.js';
import { copyExample, git, runCli, ROOT, tempDir } from '../helpers/fixtures.js';

/**
 * Audit logs of managed clusters as their clouds export them (EKS through CloudWatch Logs, AKS diagnostic settings,
 * GKE Cloud Audit Logs), read as the native audit log of the same requests is. The exports are made here from the
 * example's native log, in the shapes the clouds document: `aws logs filter-log-events` output and a subscription's
 * Firehose delivery to S3; AKS resource log records (storage account JSON lines, and the `records` body); Cloud
 * Logging entries (`gcloud logging read --format=json`, and a sink's JSON lines).
 */

const SAMPLES = join(ROOT, 'test/fixtures/samples');
const NATIVE = join(ROOT, 'examples/k8s-ops/evidence/audit.jsonl.gz');
const NOW = '2026-11-21T12:00:00.000Z';
const STREAM = 'kube-apiserver-audit-9f0e4c7b2a1d6e3f8c5b0a7d4e1f2c3b';

const nativeLines = (): string[] => gunzipSync(readFileSync(NATIVE)).toString('utf8').trim().split('\n');
const ms = (line: string) => Date.parse(JSON.parse(line).stageTimestamp);

/** `aws logs filter-log-events --output json`: the CLI's 4-space indent, every page in one `events` array. */
function filterLogEvents(lines: string[]): string {
  const events = lines.map((message, i) => ({
    logStreamName: STREAM,
    timestamp: ms(message),
    message,
    ingestionTime: ms(message) + 1042,
    eventId: `37912664530828610000000000000000000000000000${String(i).padStart(12, '0')}`,
  }));
  return `${JSON.stringify({ events, searchedLogStreams: [] }, null, 4)}\n`;
}

/** A subscription's data, as Firehose writes it to S3: gzip members back to back, a health check among them. */
function firehoseObject(lines: string[]): Buffer {
  const data = (part: string[]) =>
    JSON.stringify({
      messageType: 'DATA_MESSAGE',
      owner: '111122223333',
      logGroup: '/aws/eks/prod/cluster',
      logStream: STREAM,
      subscriptionFilters: ['eks-audit-to-firehose'],
      logEvents: part.map((message, i) => ({ id: `${i}`, timestamp: ms(message), message })),
    });
  const control = JSON.stringify({
    messageType: 'CONTROL_MESSAGE',
    owner: 'CloudwatchLogs',
    logGroup: '',
    logStream: '',
    subscriptionFilters: [],
    logEvents: [
      { id: '', timestamp: 1795160000000, message: 'CWL CONTROL MESSAGE: Checking health of destination Firehose.' },
    ],
  });
  const half = Math.floor(lines.length / 2);
  return Buffer.concat([control, data(lines.slice(0, half)), data(lines.slice(half))].map((j) => gzipSync(j)));
}

/** AKS resource log records (the Azure common schema; `properties.log` is the API server's line). */
function aksRecords(lines: string[], category = 'kube-audit'): object[] {
  return lines.map((log) => ({
    time: JSON.parse(log).stageTimestamp,
    resourceId:
      '/SUBSCRIPTIONS/00000000-0000-0000-0000-000000000000/RESOURCEGROUPS/AGENTS-RG/PROVIDERS/MICROSOFT.CONTAINERSERVICE/MANAGEDCLUSTERS/AGENTS-PROD',
    category,
    operationName: 'Microsoft.ContainerService/managedClusters/diagnosticLogs/Read',
    properties: { log, stream: 'stdout', pod: 'kube-apiserver-7c9d8f6b5-x4k2p' },
  }));
}

const jsonLines = (records: object[]) => `${records.map((r) => JSON.stringify(r)).join('\n')}\n`;

const RPC_CODE: Record<number, number> = { 401: 16, 403: 7, 404: 5, 409: 6 };

/**
 * GKE Cloud Audit Log entries for the native events: one entry per request (GKE logs no RequestReceived stage), at
 * the stage the native reader counts it (a long-running request's ResponseStarted); the google.rpc status code; the
 * annotations as labels. The entries name no pod (native lines do, in user.extra).
 */
function gkeEntries(lines: string[]): object[] {
  const counted = new Map<string, Record<string, any>>();
  for (const l of lines) {
    const e = JSON.parse(l);
    if (
      e.stage === 'RequestReceived' ||
      (counted.has(e.auditID) && counted.get(e.auditID)!.stage === 'ResponseStarted')
    )
      continue;
    counted.set(e.auditID, e);
  }
  return [...counted.values()].map((e) => {
    const r = e.objectRef;
    const group = r.apiGroup ?? '';
    const ns = r.namespace && r.resource !== 'namespaces' ? `namespaces/${r.namespace}/` : '';
    const resourceName = [`${group || 'core'}/${r.apiVersion}/${ns}${r.resource}`, r.name, r.subresource]
      .filter(Boolean)
      .join('/');
    // GKE spells groups reversed in methodName (io.k8s.authorization.rbac.v1…); the reader takes the group from
    // resourceName, so only the verb (the last segment) matters here.
    const methodName = [
      'io.k8s',
      group ? group.replace(/\.k8s\.io$/, '') : 'core',
      r.apiVersion,
      r.resource,
      r.subresource,
      e.verb,
    ]
      .filter(Boolean)
      .join('.');
    const code = RPC_CODE[e.responseStatus.code];
    return {
      insertId: e.auditID,
      labels: e.annotations,
      logName: 'projects/agents-prod/logs/cloudaudit.googleapis.com%2Fdata_access',
      operation: { first: true, id: e.auditID, last: true, producer: 'k8s.io' },
      protoPayload: {
        '@type': 'type.googleapis.com/google.cloud.audit.AuditLog',
        authenticationInfo: { principalEmail: e.user.username },
        methodName,
        requestMetadata: { callerIp: e.sourceIPs[0], callerSuppliedUserAgent: e.userAgent },
        resourceName,
        serviceName: 'k8s.io',
        status: code === undefined ? {} : { code, message: 'Forbidden' },
      },
      receiveTimestamp: e.stageTimestamp,
      resource: {
        labels: { cluster_name: 'prod', location: 'europe-west1', project_id: 'agents-prod' },
        type: 'k8s_cluster',
      },
      timestamp: e.stageTimestamp,
    };
  });
}

/** Every export of the native log: file name → bytes. */
function exportsOf(lines: string[]): Record<string, Buffer | string> {
  return {
    'eks-filter-log-events.json': filterLogEvents(lines),
    'eks-firehose-object.gz': firehoseObject(lines),
    'aks-PT1H.json': jsonLines(aksRecords(lines)),
    'aks-records.json': JSON.stringify({ records: aksRecords(lines) }),
    'gke-logging-read.json': `${JSON.stringify(gkeEntries(lines), null, 2)}\n`,
    'gke-sink.json': jsonLines(gkeEntries(lines)),
  };
}

async function read(abs: string[]) {
  return readEvidence(
    abs.map((a) => ({ abs: a, file: a })),
    { now: NOW },
  );
}

/** The summary's API rows, without what a GKE entry cannot carry (the calling pod's workload). */
async function apiRows(abs: string[], withoutWorkload = false) {
  const r = await read(abs);
  const rows = r.builder
    .toSummary()
    .rows.filter((x): x is ApiRow => x.type === 'api')
    .map((x) => (withoutWorkload ? { ...x, workload: '' } : x));
  const byKey = new Map<string, ApiRow>();
  for (const row of rows) {
    const key = JSON.stringify({ ...row, count: 0, first: '', last: '', days: {}, names: [] });
    const have = byKey.get(key);
    if (!have) byKey.set(key, { ...row, names: [...row.names], days: { ...row.days } });
    else {
      have.count += row.count;
      for (const [d, n] of Object.entries(row.days)) have.days[d] = (have.days[d] ?? 0) + n;
      have.first = have.first < row.first ? have.first : row.first;
      have.last = have.last > row.last ? have.last : row.last;
      have.names = [...new Set([...have.names, ...row.names])].sort();
    }
  }
  return { r, rows: [...byKey.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, v]) => v) };
}

test('each cloud export of an audit log gives the rows of the native log: same requests, counts, times, decisions', async () => {
  const dir = tempDir();
  const lines = nativeLines();
  const native = await apiRows([NATIVE]);
  const nativeNoPods = await apiRows([NATIVE], true);
  assert.equal(native.r.events, 127);
  for (const [name, bytes] of Object.entries(exportsOf(lines))) {
    const abs = join(dir, name);
    writeFileSync(abs, bytes);
    const gke = name.startsWith('gke');
    const got = await apiRows([abs], gke);
    const f = got.r.files[0];
    assert.equal(f.reader, 'kube-audit', name);
    assert.deepEqual(
      { events: f.events, malformed: f.malformed, samples: f.samples },
      { events: 127, malformed: 0, samples: [] },
      name,
    );
    assert.equal(f.records, f.events + f.folded + f.malformed, `${name}: every record accounted for`);
    assert.equal(f.records, gke ? 127 : lines.length, `${name}: one record per wrapped event (no health check)`);
    assert.deepEqual(got.rows, gke ? nativeNoPods.rows : native.rows, name);
    assert.deepEqual(got.r.builder.toSummary().sources, { 'kube-audit': 127 }, name);
  }
});

test('ingest on the command line: each export closes, gaps, fires and finds dormant exactly as the native log', () => {
  const dir = copyExample();
  const lines = nativeLines();
  for (const [name, bytes] of Object.entries(exportsOf(lines))) writeFileSync(join(dir, name), bytes);
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'example');
  const outcome = (file: string) => {
    const r = runCli(['ingest', file, 'evidence/tool-calls.jsonl', '-C', dir, '--format', 'json'], { cwd: dir });
    assert.equal(r.code, 0, `${file}: ${r.stderr}`);
    const out = JSON.parse(r.stdout);
    return {
      sources: out.snapshot.sources,
      events: out.events,
      malformed: out.malformed,
      closed: out.closed,
      gaps: out.gaps,
      fired: out.fired,
      reopened: out.reopened,
      dormant: out.dormant,
      denied: out.denied,
    };
  };
  const native = outcome('evidence/audit.jsonl.gz');
  assert.ok(
    native.closed.length > 0 && native.dormant.length > 0,
    'the example closes threats and finds dormant grants',
  );
  for (const name of Object.keys(exportsOf(lines))) assert.deepEqual(outcome(name), native, name);
});

test('an export document cut off inside a record: the records before it are read, the cut is named at the last line', async () => {
  const dir = tempDir();
  const lines = nativeLines();
  const entries = gkeEntries(lines);
  const documents: Array<[string, (n: number) => string]> = [
    ['eks-filter-log-events.json', (n) => filterLogEvents(lines.slice(0, n))],
    ['aks-records.json', (n) => JSON.stringify({ records: aksRecords(lines.slice(0, n)) })],
    ['gke-logging-read.json', (n) => `${JSON.stringify(entries.slice(0, n), null, 2)}\n`],
  ];
  const readText = async (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return (await read([join(dir, name)])).files[0];
  };
  for (const [name, doc] of documents) {
    const k = 40;
    const before = doc(k);
    const next = doc(k + 1);
    // Where the 41st record starts: the documents of 40 and of 41 records agree up to the end of the 40th. Half of
    // what follows is well inside the 41st (it is longer than the document's closing lines).
    let p = 0;
    while (before[p] === next[p]) p++;
    const cut = next.slice(0, p + Math.floor((next.length - p) / 2)).trimEnd();
    const whole = await readText(name, before);
    const f = await readText(name, cut);
    assert.ok(whole.events > 0, name);
    assert.equal(f.events, whole.events, `${name}: the events of the 40 records before the cut`);
    assert.equal(f.records, whole.records + 1, name);
    assert.equal(f.malformed, 1, name);
    assert.equal(f.samples.length, 1, name);
    assert.equal(f.samples[0].line, cut.split('\n').length, name);
    assert.match(
      f.samples[0].reason,
      /^the file ends inside an unfinished (object|array|string): the JSON document is cut off \(the record that starts at line \d+ is incomplete; 40 complete records before it were read\)$/,
      name,
    );
  }
});

test('a request in both AKS categories (kube-audit and kube-audit-admin) counts once', async () => {
  const dir = tempDir();
  const lines = nativeLines();
  const writes = lines.filter((l) => !/"verb":"(get|list|watch)"/.test(l));
  writeFileSync(join(dir, 'kube-audit.json'), jsonLines(aksRecords(lines)));
  writeFileSync(join(dir, 'kube-audit-admin.json'), jsonLines(aksRecords(writes, 'kube-audit-admin')));
  const both = await apiRows([join(dir, 'kube-audit.json'), join(dir, 'kube-audit-admin.json')]);
  const native = await apiRows([NATIVE]);
  assert.deepEqual(both.rows, native.rows);
  assert.equal(both.r.events, 127);
  assert.equal(both.r.files[1].folded, both.r.files[1].records, 'every admin record repeats one already counted');
});

test('a wrapped message that is not an audit event is malformed, named by file:line and why; the others count', async () => {
  const dir = tempDir();
  const lines = nativeLines().slice(0, 6); // RequestReceived and ResponseComplete of request 1, requests 2–4, RequestReceived of 5
  // filter-log-events over the whole cluster log group: another stream's text, a truncated message.
  const fle = JSON.parse(filterLogEvents(lines));
  fle.events.splice(2, 0, {
    logStreamName: 'authenticator-0a1b2c3d',
    timestamp: 1795160000000,
    message: 'time="2026-11-14T09:00:00Z" level=info msg="access granted"',
    ingestionTime: 1795160000100,
    eventId: '1',
  });
  fle.events[4].message = fle.events[4].message.slice(0, 90);
  const eks = join(dir, 'eks.json');
  writeFileSync(eks, JSON.stringify(fle, null, 4));
  const aks = join(dir, 'aks.json');
  const records = aksRecords(lines) as Array<Record<string, any>>;
  records[1] = {
    ...records[1],
    category: 'kube-apiserver',
    properties: { log: 'I1114 09:00:00 handler.go:143] GET /healthz' },
  };
  records[3] = { ...records[3], properties: { ...records[3].properties, log: '{"kind":"Event","apiVersion":"audit' } };
  writeFileSync(aks, jsonLines(records));
  const gke = join(dir, 'gke.json');
  const entries = gkeEntries(nativeLines()).slice(0, 3) as Array<Record<string, any>>;
  entries.push(
    {
      ...entries[0],
      protoPayload: {
        ...entries[0].protoPayload,
        serviceName: 'container.googleapis.com',
        methodName: 'google.container.v1.ClusterManager.UpdateCluster',
      },
    },
    { ...entries[1], protoPayload: { ...entries[1].protoPayload, resourceName: 'openapi/v2' } },
    { ...entries[2], protoPayload: { ...entries[2].protoPayload, authenticationInfo: {} } },
    { ...entries[0], timestamp: 'yesterday', receiveTimestamp: undefined },
  );
  writeFileSync(gke, jsonLines(entries));
  // One run each: in one run the same requests in three files would count once.
  const [e, a, g] = await Promise.all([eks, aks, gke].map(async (f) => (await read([f])).files[0]));
  // The CLI's layout: `{`, `"events": [`, then 7 lines per event (its braces and 5 fields).
  const eventLine = (i: number) => 3 + 7 * i;
  assert.deepEqual(e.samples, [
    {
      line: eventLine(2),
      reason:
        'message of log stream "authenticator-0a1b2c3d", not an audit stream (kube-apiserver-audit-*): filter with --log-stream-name-prefix kube-apiserver-audit',
    },
    { line: eventLine(4), reason: 'CloudWatch message is not JSON: invalid JSON (truncated)' },
  ]);
  assert.deepEqual(a.samples, [
    {
      line: 2,
      reason: 'AKS record of category "kube-apiserver": only kube-audit and kube-audit-admin hold audit events',
    },
    { line: 4, reason: 'AKS kube-audit properties.log is not JSON: invalid JSON (truncated)' },
  ]);
  assert.deepEqual(g.samples, [
    {
      line: 4,
      reason: 'Cloud Audit Log entry of "container.googleapis.com", not of the Kubernetes API (serviceName k8s.io)',
    },
    {
      line: 5,
      reason:
        'resourceName "openapi/v2" is not an API object path (<group>/<version>/…): non-resource requests are not read',
    },
    { line: 6, reason: 'GKE audit entry without authenticationInfo.principalEmail (an unauthenticated request)' },
    { line: 7, reason: 'GKE audit entry without a valid timestamp (or receiveTimestamp)' },
  ]);
  for (const f of [e, a, g]) assert.equal(f.records, f.events + f.folded + f.malformed, f.file);
  assert.deepEqual([e.events, a.events, g.events], [3, 2, 3]);
});

test('a Firehose object of 20 MiB on one line is read event by event, not refused as one oversized line', async () => {
  const dir = tempDir();
  const lines = nativeLines();
  const copies: string[] = [];
  // Distinct auditIDs, so every copy of a request is a request of its own.
  for (let k = 0, bytes = 0; bytes < 20 * 2 ** 20; k++)
    for (const l of lines) {
      copies.push(l.replace(/"auditID":"c0ffee00/, `"auditID":"${k.toString(16).padStart(8, '0')}`));
      bytes += l.length;
    }
  const abs = join(dir, 'firehose.gz');
  writeFileSync(abs, firehoseObject(copies));
  const r = await read([abs]);
  const f = r.files[0];
  assert.equal(f.malformed, 0, JSON.stringify(f.samples));
  assert.equal(f.records, copies.length);
  assert.equal(r.events, (127 * copies.length) / lines.length);
});

test('GKE entries: resourceName is read as the API server reads a path; status codes and operation stages map', async () => {
  const dir = tempDir();
  const entry = (
    resourceName: string,
    methodName: string,
    extra: Record<string, unknown> = {},
    status: object = {},
  ) => ({
    insertId: `id-${resourceName}-${methodName}`,
    operation: { first: true, id: `op-${resourceName}-${methodName}`, last: true, producer: 'k8s.io' },
    protoPayload: {
      '@type': 'type.googleapis.com/google.cloud.audit.AuditLog',
      authenticationInfo: { principalEmail: 'system:serviceaccount:agents:k8s-ops-sa' },
      methodName,
      resourceName,
      serviceName: 'k8s.io',
      status,
    },
    timestamp: '2026-11-14T09:00:00.123456789Z',
    ...extra,
  });
  const abs = join(dir, 'gke.json');
  writeFileSync(
    abs,
    jsonLines([
      entry('core/v1/namespaces/agents', 'io.k8s.core.v1.namespaces.get'),
      entry('core/v1/namespaces/agents/finalize', 'io.k8s.core.v1.namespaces.finalize.update'),
      entry('core/v1/nodes/gke-pool-1-abcd/status', 'io.k8s.core.v1.nodes.status.patch'),
      entry(
        'rbac.authorization.k8s.io/v1/clusterrolebindings/ops',
        'io.k8s.authorization.rbac.v1.clusterrolebindings.create',
      ),
      entry('core/v1/namespaces/shop/secrets/db', 'io.k8s.core.v1.secrets.get', {}, { code: 7, message: 'forbidden' }),
      entry('core/v1/namespaces/shop/secrets/api', 'io.k8s.core.v1.secrets.get', {}, { code: 16 }),
      // A request logged in two entries: started, then finished; it counts once.
      entry('core/v1/namespaces/agents/pods/web-1/exec', 'io.k8s.core.v1.pods.exec.create', {
        operation: { first: true, id: 'exec-1', last: false },
      }),
      entry('core/v1/namespaces/agents/pods/web-1/exec', 'io.k8s.core.v1.pods.exec.create', {
        operation: { first: false, id: 'exec-1', last: true },
      }),
    ]),
  );
  const { r, rows } = await apiRows([abs]);
  assert.equal(r.files[0].malformed, 0, JSON.stringify(r.files[0].samples));
  assert.deepEqual(
    rows.map(
      (x) =>
        `${x.verb} ${x.apiGroup}/${x.resource} ns=${x.namespace} ${x.names.join(',')} ${x.decision} ${x.count} ${x.first}`,
    ),
    [
      'create /pods/exec ns=agents web-1 allow 1 2026-11-14T09:00:00.123Z',
      'get /namespaces ns=agents agents allow 1 2026-11-14T09:00:00.123Z',
      // PERMISSION_DENIED (7) and UNAUTHENTICATED (16): both refused.
      'get /secrets ns=shop api,db forbid 2 2026-11-14T09:00:00.123Z',
      'update /namespaces/finalize ns=agents agents allow 1 2026-11-14T09:00:00.123Z',
      'patch /nodes/status ns= gke-pool-1-abcd allow 1 2026-11-14T09:00:00.123Z',
      'create rbac.authorization.k8s.io/clusterrolebindings ns= ops allow 1 2026-11-14T09:00:00.123Z',
    ].sort((a, b) => a.localeCompare(b)),
  );
  assert.equal(r.files[0].folded, 1, 'the exec’s second entry folds into its first');
});

test('detection is unambiguous: no sample is both a reader’s record and an export’s, and each export is recognised', () => {
  const exports: Record<string, string> = {
    'eks-audit-filter-log-events.json': 'CloudWatch Logs',
    'eks-audit-firehose.jsonl': 'CloudWatch Logs',
    'aks-kube-audit.jsonl': 'AKS diagnostic logs',
    'gke-audit-sink.jsonl': 'GKE Cloud Audit Logs',
  };
  const records = (text: string): unknown[] => {
    const out: unknown[] = [];
    const walk = (v: unknown) => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v !== null && typeof v === 'object') {
        out.push(v);
        Object.values(v).forEach(walk);
      }
    };
    for (const piece of text.split(/\n|(?<=\})(?=\{"messageType")/)) {
      try {
        walk(JSON.parse(piece));
      } catch {
        // YAML samples and pretty-printed lines: the JSON ones hold enough records.
      }
    }
    try {
      walk(JSON.parse(text));
    } catch {}
    return out;
  };
  let seen = 0;
  for (const name of readdirSync(SAMPLES).filter((n) => /\.(json|jsonl)$/.test(n))) {
    const found = new Set<string>();
    for (const o of records(readFileSync(join(SAMPLES, name), 'utf8'))) {
      const envelope = detectEnvelope(o);
      const reader = detectReader(o);
      assert.ok(
        !(envelope && reader),
        `${name}: ${JSON.stringify(o).slice(0, 120)} is ${envelope?.name} and ${reader}`,
      );
      if (envelope) found.add(envelope.name);
      seen++;
    }
    assert.deepEqual([...found], exports[name] ? [exports[name]] : [], name);
  }
  assert.ok(seen > 500);
});

test('the export samples read as samples/audit.jsonl does (GKE: its resource requests, without pods)', async () => {
  const native = await apiRows([join(SAMPLES, 'audit.jsonl')]);
  for (const name of ['eks-audit-filter-log-events.json', 'eks-audit-firehose.jsonl', 'aks-kube-audit.jsonl']) {
    const got = await apiRows([join(SAMPLES, name)]);
    assert.deepEqual(got.rows, native.rows, name);
    assert.equal(got.r.malformed, 0, name);
  }
  const gke = await apiRows([join(SAMPLES, 'gke-audit-sink.jsonl')], true);
  const resources = (await apiRows([join(SAMPLES, 'audit.jsonl')], true)).rows.filter((x) => x.path === '');
  assert.deepEqual(gke.rows, resources);
  assert.equal(gke.r.malformed, 0);
});
