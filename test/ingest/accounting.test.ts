import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readEvidence } from '../../src/read/evidence/read-evidence.js';
import { rng } from '../helpers/audit-log.js';
import { copyExample, runCli, tempDir } from '../helpers/fixtures.js';

/**
 * Exact accounting of an evidence file: every line is an event, a stage folded into its request's event, or a
 * malformed line — whatever the line looks like. Logs generated here with known counts of each.
 */

const AGENT = {
  username: 'system:serviceaccount:agents:k8s-ops-sa',
  extra: { 'authentication.kubernetes.io/pod-name': ['k8s-ops-6d9f7c8b5d-x2x9q'] },
};

function event(id: string, stage: string, verb: string, resource: string, second: number, code = 200) {
  const t = new Date(Date.UTC(2026, 10, 20, 8, 0, 0) + second * 1000).toISOString();
  return JSON.stringify({
    kind: 'Event',
    apiVersion: 'audit.k8s.io/v1',
    level: 'Metadata',
    auditID: id,
    stage,
    requestURI: `/api/v1/namespaces/agents/${resource}${verb === 'watch' ? '?watch=true' : ''}`,
    verb,
    user: AGENT,
    objectRef: { resource, namespace: 'agents', apiVersion: 'v1' },
    requestReceivedTimestamp: t,
    stageTimestamp: t,
    ...(stage === 'RequestReceived' ? {} : { responseStatus: { metadata: {}, code } }),
    annotations: { 'authorization.k8s.io/decision': 'allow' },
  });
}

/** Bytes that are no text at all: NUL first (never blank, never JSON), then anything but a newline. */
function garbage(r: () => number): Buffer {
  const n = 20 + Math.floor(r() * 200);
  const b = Buffer.alloc(n);
  b[0] = 0;
  for (let i = 1; i < n; i++) {
    let x = Math.floor(r() * 256);
    if (x === 10) x = 11;
    b[i] = x;
  }
  return b;
}

/** A line cut somewhere before its end: JSON that does not parse. */
function truncated(line: string, r: () => number): string {
  return line.slice(0, 10 + Math.floor(r() * (line.length - 12)));
}

interface Generated {
  buffer: Buffer;
  lines: number;
  events: number;
  folded: number;
  malformed: number;
}

/**
 * 300 plain requests (40 completions written twice), 50 watches (10 ResponseStarted written twice), and 200
 * malformed lines: 60 truncated RequestReceived lines (the stage a substring check would skip), 40 requests whose
 * completion is truncated, 60 lines of binary garbage (one of them the first line of the file), 20 `null` lines and
 * 20 JSON objects that are not audit events. Shuffled by a seeded PRNG, requests kept in stage order.
 */
function generate(seed: number): Generated {
  const r = rng(seed);
  const groups: string[][] = [];
  let events = 0;
  let folded = 0;
  let malformed = 0;
  for (let i = 0; i < 300; i++) {
    const id = `req-${i}`;
    const g = [event(id, 'RequestReceived', 'get', 'pods', i), event(id, 'ResponseComplete', 'get', 'pods', i)];
    events += 1;
    folded += 1;
    if (i < 40) {
      g.push(g[1]);
      folded += 1;
    }
    groups.push(g);
  }
  for (let i = 0; i < 50; i++) {
    const id = `watch-${i}`;
    const g = [
      event(id, 'RequestReceived', 'watch', 'configmaps', i),
      event(id, 'ResponseStarted', 'watch', 'configmaps', i),
      event(id, 'ResponseComplete', 'watch', 'configmaps', i + 600),
    ];
    events += 1; // counted at ResponseStarted
    folded += 2; // RequestReceived, ResponseComplete
    if (i < 10) {
      g.splice(2, 0, g[1]);
      folded += 1;
    }
    groups.push(g);
  }
  const bad: string[] = [];
  for (let i = 0; i < 60; i++) bad.push(truncated(event(`rr-${i}`, 'RequestReceived', 'list', 'secrets', i), r));
  for (let i = 0; i < 40; i++) {
    const id = `cut-${i}`;
    groups.push([
      event(id, 'RequestReceived', 'delete', 'pods', i),
      truncated(event(id, 'ResponseComplete', 'delete', 'pods', i), r),
    ]);
    folded += 1;
  }
  malformed += 100;
  for (let i = 0; i < 20; i++) bad.push('null');
  for (let i = 0; i < 20; i++) bad.push(JSON.stringify({ kind: 'Status', apiVersion: 'v1', status: 'Failure' }));
  malformed += 40;
  // Interleave: requests keep their stage order; malformed text lines land anywhere after the first line.
  const order: string[] = [];
  const cursors = groups.map(() => 0);
  let left = groups.reduce((n, g) => n + g.length, 0);
  while (left > 0) {
    const k = Math.floor(r() * groups.length);
    if (cursors[k] >= groups[k].length) continue;
    order.push(groups[k][cursors[k]++]);
    left--;
  }
  for (const b of bad) order.splice(1 + Math.floor(r() * order.length), 0, b);
  const parts: Buffer[] = [garbage(r), Buffer.from('\n')];
  let garbageLines = 1;
  const chunks: Buffer[] = order.map((l) => Buffer.from(`${l}\n`));
  for (let i = 1; i < 60; i++) {
    chunks.splice(Math.floor(r() * chunks.length), 0, Buffer.concat([garbage(r), Buffer.from('\n')]));
    garbageLines++;
  }
  malformed += garbageLines;
  parts.push(...chunks);
  return { buffer: Buffer.concat(parts), lines: order.length + garbageLines, events, folded, malformed };
}

test('a generated audit log with 200 malformed lines reports exactly 200, and every line is accounted for', async () => {
  const g = generate(7);
  assert.equal(g.malformed, 200);
  assert.equal(g.lines, g.events + g.folded + g.malformed);
  const dir = tempDir();
  const plain = join(dir, 'audit.jsonl');
  writeFileSync(plain, g.buffer);
  writeFileSync(join(dir, 'audit.jsonl.gz'), gzipSync(g.buffer));
  for (const file of ['audit.jsonl', 'audit.jsonl.gz']) {
    const r = await readEvidence([{ abs: join(dir, file), file }], { now: '2026-11-21T00:00:00Z' });
    const f = r.files[0];
    assert.equal(f.reader, 'kube-audit', file);
    assert.deepEqual(
      { records: f.records, events: f.events, folded: f.folded, malformed: f.malformed },
      { records: g.lines, events: 350, folded: 490, malformed: 200 },
      file,
    );
    assert.equal(f.records, f.events + f.folded + f.malformed);
    // The first malformed lines are named, with why; the first is the garbage the file starts with.
    assert.equal(f.samples.length, 5);
    assert.deepEqual(f.samples[0], { line: 1, reason: 'invalid JSON (binary data)' });
  }
});

test('the reasons name what is wrong: truncated JSON, binary data, null, not an audit event', async () => {
  const dir = tempDir();
  const file = join(dir, 'audit.jsonl');
  const good = event('a-1', 'ResponseComplete', 'get', 'pods', 0);
  writeFileSync(
    file,
    Buffer.concat([
      Buffer.from(`${good}\n${good.slice(0, 80)}\n`),
      Buffer.from([0x00, 0xff, 0xfe, 0x41, 0x0d, 0x42, 0x0a]),
      Buffer.from('null\n{"kind":"Status"}\n'),
    ]),
  );
  const r = await readEvidence([{ abs: file, file: 'audit.jsonl' }], { now: '2026-11-21T00:00:00Z' });
  assert.deepEqual(r.files[0].samples, [
    { line: 2, reason: 'invalid JSON (truncated)' },
    { line: 3, reason: 'invalid JSON (binary data)' },
    { line: 4, reason: 'null is not an evidence record' },
    { line: 5, reason: 'not a Kubernetes audit event (kind Event, apiVersion audit.k8s.io/*)' },
  ]);
  assert.equal(r.files[0].events, 1);
});

test('a log split between two files: held completions and folded stages are accounted to the file they are in', async () => {
  // No ResponseStarted anywhere (an audit policy that omits the stage): completed watches are held, then counted.
  const dir = tempDir();
  const a = [
    event('w-1', 'RequestReceived', 'watch', 'pods', 0),
    event('w-1', 'ResponseComplete', 'watch', 'pods', 10),
    event('g-1', 'RequestReceived', 'get', 'pods', 1),
  ];
  const b = [
    event('g-1', 'ResponseComplete', 'get', 'pods', 2),
    event('g-1', 'ResponseComplete', 'get', 'pods', 2),
    event('w-2', 'ResponseComplete', 'watch', 'pods', 20),
  ];
  writeFileSync(join(dir, 'a.jsonl'), `${a.join('\n')}\n`);
  writeFileSync(join(dir, 'b.jsonl'), `${b.join('\n')}\n`);
  const r = await readEvidence(
    [
      { abs: join(dir, 'a.jsonl'), file: 'a.jsonl' },
      { abs: join(dir, 'b.jsonl'), file: 'b.jsonl' },
    ],
    { now: '2026-11-21T00:00:00Z' },
  );
  const by = (f: string) => {
    const x = r.files.find((y) => y.file === f)!;
    return { records: x.records, events: x.events, folded: x.folded, malformed: x.malformed };
  };
  assert.deepEqual(by('a.jsonl'), { records: 3, events: 1, folded: 2, malformed: 0 });
  assert.deepEqual(by('b.jsonl'), { records: 3, events: 2, folded: 1, malformed: 0 });
  assert.equal(r.events, 3);
  assert.equal(r.folded, 3);
});

test('ingest says how many lines were malformed and how many duplicate stage lines were folded', () => {
  const g = generate(11);
  const dir = copyExample();
  writeFileSync(join(dir, 'evidence/generated-audit.jsonl'), g.buffer);
  const r = runCli(['ingest', 'evidence/generated-audit.jsonl', '-C', dir]);
  assert.ok(r.code === 0 || r.code === 1, r.stderr);
  assert.match(
    r.stdout,
    /: 1 file\(s\), 350 events \(kube-audit 350\), 490 duplicate stage line\(s\) folded, 200 malformed\n/,
  );
  assert.match(
    r.stdout,
    /\nevidence\/generated-audit\.jsonl:1:1 {2}warning {2}malformed-record {2}invalid JSON \(binary data\)\n/,
  );
  assert.match(r.stdout, /\n {2}evidence\/generated-audit\.jsonl: 195 more malformed record\(s\)\n/);
  assert.ok(
    r.stdout.includes(
      `  evidence/generated-audit.jsonl: ${g.lines} record(s): 350 event(s), 490 duplicate stage line(s) folded (RequestReceived and repeated stages of requests counted once), 200 malformed\n`,
    ),
    r.stdout,
  );
  const json = JSON.parse(runCli(['ingest', 'evidence/generated-audit.jsonl', '-C', dir, '--format', 'json']).stdout);
  assert.equal(json.malformed, 200);
  assert.equal(json.events, 350);
  assert.deepEqual(json.details.files, [
    {
      file: 'evidence/generated-audit.jsonl',
      reader: 'kube-audit',
      records: g.lines,
      events: 350,
      folded: 490,
      malformed: 200,
    },
  ]);
});
