import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  JsonElementSplitter,
  LineSplitter,
  YamlDocumentSplitter,
  type Splitter,
} from '../../src/read/evidence/splitters.js';

function run(
  make: (sink: { record(t: string, l: number): void; oversized(l: number): void }) => Splitter,
  input: string,
  chunk: number,
) {
  const records: Array<[string, number]> = [];
  const oversized: number[] = [];
  const s = make({ record: (t, l) => records.push([t, l]), oversized: (l) => oversized.push(l) });
  const buf = Buffer.from(input, 'utf8');
  for (let i = 0; i < buf.length; i += chunk) s.write(buf.subarray(i, i + chunk));
  s.end();
  return { records, oversized };
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
  const s = new JsonElementSplitter(
    { record: (t) => records.push(t), oversized: (l) => oversized.push(l) },
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
});
