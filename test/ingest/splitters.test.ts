import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  JsonElementSplitter,
  type JsonRecordSink,
  LineSplitter,
  YamlDocumentSplitter,
  type Splitter,
} from '../../src/read/evidence/splitters.js';

function run(make: (sink: JsonRecordSink) => Splitter, input: string, chunk: number) {
  const records: Array<[string, number]> = [];
  const oversized: number[] = [];
  const truncated: Array<[number, string, boolean]> = [];
  const s = make({
    record: (t, l) => records.push([t, l]),
    oversized: (l) => oversized.push(l),
    truncated: (l, reason, counted) => truncated.push([l, reason, counted]),
  });
  const buf = Buffer.from(input, 'utf8');
  for (let i = 0; i < buf.length; i += chunk) s.write(buf.subarray(i, i + chunk));
  s.end();
  return { records, oversized, truncated };
}

test('JSON document records: braces, brackets and escaped quotes inside strings, any chunking, multi-byte UTF-8', () => {
  const recs = [
    { eventName: 'a{b', note: 'quote \\" and } and ]', nested: { list: [1, { x: '[' }] } },
    { eventName: 'ünïcödé ✓', empty: {} },
  ];
  const doc = JSON.stringify({ Records: recs }, null, 2);
  for (const chunk of [1, 2, 3, 7, 64, 1 << 20]) {
    const { records } = run((sink) => new JsonElementSplitter(sink, new Set(['Records'])), doc, chunk);
    assert.deepEqual(
      records.map(([t]) => JSON.parse(t)),
      recs,
      `chunk ${chunk}`,
    );
    assert.equal(
      records[1][1],
      doc.split('\n').findIndex((l) => l.includes('ünïcödé')),
      `line of the second record (chunk ${chunk})`,
    );
  }
  const root = run((sink) => new JsonElementSplitter(sink, new Set()), JSON.stringify(recs), 5);
  assert.equal(root.records.length, 2);
  const other = run(
    (sink) => new JsonElementSplitter(sink, new Set(['Records'])),
    JSON.stringify({ Other: recs, Records: [recs[0]] }),
    3,
  );
  assert.deepEqual(
    other.records.map(([t]) => JSON.parse(t)),
    [recs[0]],
    'only the records array',
  );
});

test('lines: CRLF, blank lines and a final line without newline, with line numbers', () => {
  const { records } = run((sink) => new LineSplitter(sink), 'a\r\n\r\n  \nb\nc', 2);
  assert.deepEqual(records, [
    ['a', 1],
    ['b', 4],
    ['c', 5],
  ]);
});

test('YAML: --- separated documents with their first line; comments-only documents skipped', () => {
  const { records } = run(
    (sink) => new YamlDocumentSplitter(sink),
    '# head\n---\nkind: A\n---\n# only a comment\n---\nkind: B\nx: 1\n',
    4,
  );
  assert.deepEqual(records, [
    ['kind: A', 3],
    ['kind: B\nx: 1', 7],
  ]);
});

test('JSON document: nesting a billion levels deep (a gzip bomb of `[`) is scanned in constant memory', () => {
  const records: string[] = [];
  const oversized: number[] = [];
  const truncated: string[] = [];
  const s = new JsonElementSplitter(
    { record: (t) => records.push(t), oversized: (l) => oversized.push(l), truncated: (_, r) => truncated.push(r) },
    new Set(['records']),
  );
  const opens = Buffer.alloc(1 << 20, '[');
  const before = process.memoryUsage().heapUsed;
  s.write(Buffer.from('{"records": [{"a": '));
  // 64 Mi levels: before, one array slot per level (hundreds of MiB, and a crash past about 170 Mi levels).
  for (let i = 0; i < 64; i++) s.write(opens);
  const grown = process.memoryUsage().heapUsed - before;
  s.end();
  assert.ok(grown < 64 * 1024 * 1024, `heap grew ${Math.round(grown / 1024 / 1024)} MiB`);
  assert.deepEqual(records, []);
  assert.deepEqual(oversized, [1], 'the record too large to hold is reported, once');
  assert.deepEqual(truncated, [
    'the file ends inside an unfinished object or array 67108867 levels deep: the JSON document is cut off (the record that starts at line 1, larger than 16 MiB, was skipped)',
  ]);
});

test('JSON document: a root object without a records array is one record; a cut is named once, in any chunking', () => {
  const doc = '{\n  "kind": "ApplicationProfile",\n  "spec": {"containers": [{"execs": []}]}\n}\n{"kind": "B"}\n';
  const cut = '{\n  "items": [\n    {"a": 1},\n    {"b": [1, "x\\"}]\n\n';
  // A stray `]` closing the root object: the record runs to the next `}` (and is malformed), whatever the chunking;
  // a closer with nothing open is skipped, and the next document is found.
  const stray = '{"a": [1]]{"b": 2}}\n{"c": 3}';
  for (const chunk of [1, 2, 5, 1 << 20]) {
    const whole = run((sink) => new JsonElementSplitter(sink, new Set(['items'])), doc, chunk);
    assert.deepEqual(
      whole.records.map(([t, l]) => [JSON.parse(t).kind, l]),
      [
        ['ApplicationProfile', 1],
        ['B', 5],
      ],
    );
    assert.deepEqual(whole.truncated, []);
    const c = run((sink) => new JsonElementSplitter(sink, new Set(['items'])), cut, chunk);
    assert.deepEqual(c.records, [['{"a": 1}', 3]]);
    assert.deepEqual(c.truncated, [
      [
        4,
        'the file ends inside an unfinished string: the JSON document is cut off (the record that starts at line 4 is incomplete; 1 complete record before it was read)',
        false,
      ],
    ]);
    const s = run((sink) => new JsonElementSplitter(sink, new Set()), stray, chunk);
    assert.deepEqual(s.records, [
      ['{"a": [1]]{"b": 2}', 1],
      ['{"c": 3}', 2],
    ]);
  }
});
