import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import jsYaml from 'js-yaml';
import { readEvidence } from '../../src/read/evidence/read-evidence.js';
import { ROOT, tempDir } from '../helpers/fixtures.js';

/**
 * Evidence documents cut off (a log copied while it was written, an upload that stopped, `head -c`): every JSON
 * document format, and the last line of the JSON-lines formats. The records complete before the cut are read; the
 * cut is one malformed record, always named at the line where the file ends.
 */

const SAMPLES = join(ROOT, 'test/fixtures/samples');
const NOW = '2026-11-21T12:00:00.000Z';

async function readText(name: string, text: string | Buffer) {
  const file = join(tempDir(), name);
  writeFileSync(file, text);
  const r = await readEvidence([{ abs: file, file: name }], { now: NOW });
  return r.files[0];
}

/** The text up to the end of each step, found in order (the first step names the record, the rest a place in it). */
function cutAfter(text: string, ...steps: string[]): string {
  let i = 0;
  for (const s of steps) {
    i = text.indexOf(s, i);
    assert.ok(i >= 0, `'${s}' in the document`);
    i += s.length;
  }
  return text.slice(0, i);
}

const lineCount = (text: string) => text.split('\n').length;

const auditEvents = () =>
  readFileSync(join(SAMPLES, 'audit.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
/** The 7th event's auditID: no earlier stage shares it. */
const SEVENTH = '5eed0000-0000-4000-8000-000000000007';

/** An audit webhook's body (audit.k8s.io/v1 EventList), minified as the API server sends it or pretty-printed. */
const eventList = (items: object[], indent?: number) =>
  JSON.stringify({ kind: 'EventList', apiVersion: 'audit.k8s.io/v1', metadata: {}, items }, null, indent);

const profile = () =>
  jsYaml.load(readFileSync(join(SAMPLES, 'kubescape-applicationprofile.yaml'), 'utf8')) as Record<string, unknown>;
const neighbourhoods = () =>
  jsYaml.loadAll(readFileSync(join(SAMPLES, 'kubescape-networkneighborhood.yaml'), 'utf8')) as object[];
/** `kubectl get … -o json` of several objects: a List. */
const list = (items: object[]) =>
  `${JSON.stringify({ apiVersion: 'v1', items, kind: 'List', metadata: { resourceVersion: '' } }, null, 4)}\n`;

const trail = () =>
  (JSON.parse(readFileSync(join(SAMPLES, 'cloudtrail-irsa.json'), 'utf8')) as { Records: object[] }).Records;

/** An OTLP/HTTP request body of the sample's resources, pretty-printed. */
const otlpResources = () =>
  readFileSync(join(SAMPLES, 'otel-agent-traces.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .flatMap((l) => (JSON.parse(l) as { resourceSpans: object[] }).resourceSpans);
const otlpRequest = (resourceSpans: object[]) => JSON.stringify({ resourceSpans }, null, 2);

interface Case {
  name: string;
  /** The whole document of these records. */
  doc: (records: object[]) => string;
  records: object[];
  /** Index of the record the cut falls in. */
  at: number;
  /** The document cut off inside that record. */
  cut: (doc: string) => string;
  inside: 'object' | 'array' | 'string';
}

const CASES: Case[] = [
  {
    name: 'kube-audit EventList, pretty-printed',
    doc: (r) => eventList(r, 2),
    records: auditEvents(),
    at: 6,
    cut: (d) => cutAfter(d, SEVENTH, '"user"', '{'),
    inside: 'object',
  },
  {
    name: 'kube-audit EventList, one line (a webhook body)',
    doc: (r) => eventList(r),
    records: auditEvents(),
    at: 6,
    cut: (d) => cutAfter(d, SEVENTH).slice(0, -8),
    inside: 'string',
  },
  {
    name: 'Kubescape ApplicationProfile JSON (kubectl get -o json)',
    doc: (r) => JSON.stringify(r[0], null, 4),
    records: [profile()],
    at: 0,
    cut: (d) => cutAfter(d, '"execs"', '['),
    inside: 'array',
  },
  {
    name: 'Kubescape profiles as a kubectl List',
    doc: list,
    records: [profile(), ...neighbourhoods()],
    at: 1,
    cut: (d) => cutAfter(d, '"NetworkNeighborhood"', '"labels"', '{'),
    inside: 'object',
  },
  {
    name: 'CloudTrail Records file',
    doc: (r) => JSON.stringify({ Records: r }, null, 4),
    records: trail(),
    at: 2,
    cut: (d) => cutAfter(d, '"eventName": "GetObject"', '"requestParameters"', '{', '"bucketName": "'),
    inside: 'string',
  },
  {
    name: 'OTLP/HTTP request body',
    doc: otlpRequest,
    records: otlpResources(),
    at: 2,
    cut: (d) => cutAfter(d, '"resourceSpans"', '"scopeSpans"', '"scopeSpans"', '"scopeSpans"', '['),
    inside: 'array',
  },
];

for (const c of CASES) {
  test(`${c.name} cut off: the complete records are read, the cut is named at the file's last line`, async () => {
    const whole = await readText('whole.json', c.doc(c.records));
    assert.equal(whole.malformed, 0, 'the whole document reads clean');
    const before = c.at === 0 ? undefined : await readText('before.json', c.doc(c.records.slice(0, c.at)));
    const cut = c.cut(c.doc(c.records));
    const f = await readText('cut.json', cut);
    assert.equal(f.events, before?.events ?? 0, 'the events of the records before the cut');
    assert.ok(c.at === 0 || f.events > 0);
    assert.equal(f.malformed, 1);
    assert.equal(f.records, (before?.records ?? 0) + 1, 'the records before the cut, and the one it cut off');
    assert.equal(f.samples.length, 1, JSON.stringify(f.samples));
    assert.equal(f.samples[0].line, lineCount(cut));
    assert.match(
      f.samples[0].reason,
      new RegExp(`^the file ends inside an unfinished ${c.inside}: the JSON document is cut off \\(`),
    );
  });
}

test('the finding says which record the cut falls in and how many came before it', async () => {
  const doc = eventList(auditEvents(), 2);
  const cut = cutAfter(doc, SEVENTH, '"user"', '{');
  const start = lineCount(cutAfter(doc, SEVENTH)) - 4;
  assert.match(doc.split('\n')[start - 1], /^ {4}\{$/, 'the record opens at that line');
  const f = await readText('cut.json', cut);
  assert.deepEqual(f.samples, [
    {
      line: lineCount(cut),
      reason: `the file ends inside an unfinished object: the JSON document is cut off (the record that starts at line ${start} is incomplete; 6 complete records before it were read)`,
    },
  ]);
  // Cut between two records: nothing is incomplete but the array itself.
  const between = `${cutAfter(doc, SEVENTH).replace(/,\s*\{[^{]*$/, '')},`;
  const g = await readText('between.json', between);
  assert.equal(g.events, f.events);
  assert.deepEqual(g.samples, [
    {
      line: lineCount(between),
      reason:
        'the file ends inside an unfinished array: the JSON document is cut off (6 complete records before it were read)',
    },
  ]);
});

test('a document cut in its header, before any record, is named too (before: nothing at all was said)', async () => {
  for (const [text, inside] of [
    ['{"items":[{"a":{', 'object'],
    ['{"kind": "EventList", "metadata": {"resourceVersion": "12', 'string'],
    ['{\n  "kind": "EventList",\n  "items": [\n', 'array'],
    ['[\n  {\n    "kind": "Event",\n    "sourceIPs": [\n', 'array'],
  ]) {
    const f = await readText('head.json', text);
    assert.equal(f.malformed, 1, text);
    assert.equal(f.records, 1, text);
    assert.equal(f.samples.length, 1, text);
    assert.equal(f.samples[0].line, lineCount(text.trimEnd()), text);
    assert.match(f.samples[0].reason, new RegExp(`^the file ends inside an unfinished ${inside}: `), text);
  }
});

test('a pretty-printed Kubescape profile, whole, is one record (before: none, and nothing said)', async () => {
  const f = await readText('profile.json', JSON.stringify(profile(), null, 2));
  assert.equal(f.reader, 'kubescape');
  assert.equal(f.records, 1);
  assert.equal(f.events, 1);
  // Objects back to back, as `jq .` prints a JSON-lines file: each a record.
  const g = await readText(
    'audit-pretty.json',
    auditEvents()
      .map((e) => JSON.stringify(e, null, 2))
      .join('\n'),
  );
  const lines = await readText('audit.jsonl', readFileSync(join(SAMPLES, 'audit.jsonl')));
  assert.deepEqual([g.records, g.events, g.malformed], [lines.records, lines.events, 0]);
});

test('a one-line EventList (an audit webhook body) is read as its events (before: one unrecognised record)', async () => {
  const f = await readText('webhook.json', eventList(auditEvents()));
  const lines = await readText('audit.jsonl', readFileSync(join(SAMPLES, 'audit.jsonl')));
  assert.equal(f.reader, 'kube-audit');
  assert.deepEqual([f.records, f.events, f.malformed], [lines.records, lines.events, 0]);
});

test('a damaged gzip of a JSON document: the break is the one finding, the unfinished record still counted', async () => {
  const doc = Buffer.from(eventList(auditEvents(), 2));
  const gz = gzipSync(doc);
  const f = await readText('events.json.gz', gz.subarray(0, Math.floor(gz.length * 0.6)));
  assert.ok(f.events > 0, 'records before the break are read');
  assert.equal(f.samples.length, 1, JSON.stringify(f.samples));
  assert.match(f.samples[0].reason, /^corrupt gzip data/);
  // The cut-off record and the break: as for a JSON-lines file whose last line the break cut in half.
  assert.equal(f.malformed, 2);
  assert.equal(f.records, f.events + f.folded + f.malformed - 1, 'the break itself is no record');
});

test('JSON lines: a last line cut off without a newline is malformed at its line', async () => {
  const audit = readFileSync(join(SAMPLES, 'audit.jsonl'), 'utf8').trim().split('\n');
  const tools = readFileSync(join(ROOT, 'examples/k8s-ops/evidence/tool-calls.jsonl'), 'utf8').trim().split('\n');
  for (const [name, lines] of [
    ['audit.jsonl', audit],
    ['tool-calls.jsonl', tools],
  ] as const) {
    const last = lines.at(-1) as string;
    const text = [...lines.slice(0, -1), last.slice(0, Math.floor(last.length / 2))].join('\n');
    const f = await readText(name, text);
    const whole = await readText(name, lines.slice(0, -1).join('\n'));
    assert.equal(f.events, whole.events, name);
    assert.equal(f.malformed, 1, name);
    assert.deepEqual(f.samples, [{ line: lines.length, reason: 'invalid JSON (truncated)' }], name);
  }
});

test('a one-line EventList of several MiB (past the bytes framing is decided on) is read as its events', async () => {
  const events = auditEvents();
  const many = Array.from({ length: 3000 }, (_, i) =>
    events.map((e) => ({ ...e, auditID: `${String(e.auditID).slice(0, -6)}${String(i).padStart(6, '0')}` })),
  ).flat();
  const body = eventList(many);
  assert.ok(body.length > 2 * 1024 * 1024);
  const f = await readText('webhook.json', body);
  assert.deepEqual([f.reader, f.records, f.malformed], ['kube-audit', many.length, 0]);
});

/** Kubescape profiles of `n` workloads, each with a long exec list (as a busy container has), about 20 KiB. */
const bigProfiles = (n: number) =>
  Array.from({ length: n }, (_, i) => {
    const p = structuredClone(profile()) as { metadata: { name: string; labels: Record<string, string> } };
    p.metadata.name = `replicaset-agent-${i}-6d9f7c8b5d`;
    p.metadata.labels['kubescape.io/workload-name'] = `agent-${i}`;
    const c = (p as unknown as { spec: { containers: Array<{ execs: object[] }> } }).spec.containers[0];
    c.execs = Array.from({ length: 400 }, (_, k) => ({ path: `/usr/local/bin/tool-${k}`, args: ['--flag', `${k}`] }));
    return p;
  });

test('a minified List over 1 MiB whose kind comes after its items (kubectl -o json | jq -c .) is read as its items (before: one unrecognised record)', async () => {
  const items = bigProfiles(60);
  const body = `${JSON.stringify({ apiVersion: 'v1', items, kind: 'List', metadata: { resourceVersion: '' } })}\n`;
  assert.ok(body.length > 1024 * 1024 && !body.slice(0, -1).includes('\n'));
  const f = await readText('profiles.json', body);
  assert.deepEqual([f.reader, f.records, f.events, f.malformed], ['kubescape', 60, 60, 0], JSON.stringify(f.samples));
});

test('a one-line {"items": [...]} export without a List kind, items not its first key, is read as its items (before: one unrecognised record)', async () => {
  const events = auditEvents();
  const many = Array.from({ length: 800 }, (_, i) =>
    events.map((e) => ({ ...e, auditID: `${String(e.auditID).slice(0, -6)}${String(i).padStart(6, '0')}` })),
  ).flat();
  const small = await readText('small.json', JSON.stringify({ metadata: { exported: NOW }, items: events }));
  assert.deepEqual([small.reader, small.records, small.malformed], ['kube-audit', events.length, 0]);
  const body = JSON.stringify({ metadata: { exported: NOW }, items: many });
  assert.ok(body.length > 1024 * 1024);
  const f = await readText('export.json', body);
  assert.deepEqual([f.reader, f.records, f.malformed], ['kube-audit', many.length, 0], JSON.stringify(f.samples));
});

test('JSON lines whose first line is a record over 1 MiB stay JSON lines: a broken line later is malformed at its own line', async () => {
  const big = structuredClone(profile()) as { spec: { containers: Array<{ execs: object[] }> } };
  big.spec.containers[0].execs = Array.from({ length: 40000 }, (_, k) => ({ path: `/usr/bin/t${k}`, args: ['-v'] }));
  const other = profile();
  const first = JSON.stringify(big);
  assert.ok(first.length > 1024 * 1024);
  const text = [first, '{"apiVersion": "spdx.softwarecomposition', JSON.stringify(other), ''].join('\n');
  const f = await readText('profiles.jsonl', text);
  assert.deepEqual([f.reader, f.records, f.events, f.malformed], ['kubescape', 3, 2, 1]);
  assert.deepEqual(f.samples, [{ line: 2, reason: 'invalid JSON (truncated)' }]);
  const alone = await readText('profile.json', first);
  assert.deepEqual([alone.reader, alone.records, alone.events, alone.malformed], ['kubescape', 1, 1, 0]);
});

test('objects back to back on one line (jq -c -j) are read as records (before: one malformed line)', async () => {
  const events = auditEvents();
  const f = await readText('joined.json', events.map((e) => JSON.stringify(e)).join(''));
  const lines = await readText('lines.jsonl', events.map((e) => JSON.stringify(e)).join('\n'));
  assert.deepEqual([f.reader, f.records, f.events, f.malformed], ['kube-audit', events.length, lines.events, 0]);
});
