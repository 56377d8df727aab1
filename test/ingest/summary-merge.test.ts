import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { readEvidence } from '../../src/read/evidence/read-evidence.js';
import { summaryLines } from '../../src/deliver/ingest-write.js';
import { copyExample, ROOT, runCli, tempDir } from '../helpers/fixtures.js';

const NOW = '2026-11-21T12:00:00.000Z';
const SAMPLES = join(ROOT, 'test/fixtures/samples');

/** Every line of the example's audit log and the samples' audit log, with a watch split from its completion. */
function bigAuditLines(): string[] {
  const example = gunzipSync(readFileSync(join(ROOT, 'examples/k8s-ops/evidence/audit.jsonl.gz')))
    .toString('utf8')
    .trim()
    .split('\n');
  const sample = readFileSync(join(SAMPLES, 'audit.jsonl'), 'utf8').trim().split('\n');
  return [...sample, ...example];
}

async function summarise(files: string[]) {
  const r = await readEvidence(
    files.map((abs) => ({ abs, file: abs })),
    { now: NOW },
  );
  return r.builder.toSummary();
}

test('merging the summaries of N parts of a log equals ingesting the whole log', async () => {
  const dir = tempDir();
  const lines = bigAuditLines();
  const whole = join(dir, 'whole.jsonl');
  writeFileSync(whole, `${lines.join('\n')}\n`);
  const expected = await summarise([whole]);
  // Cut points inside request stage pairs (RequestReceived | ResponseComplete, ResponseStarted | ResponseComplete).
  const started = lines.findIndex((l, i) => i > 30 && l.includes('"stage":"ResponseStarted"'));
  assert.match(lines[started + 1], /"stage":"ResponseComplete"/);
  for (const cuts of [[1], [started + 1], [1, 7, started + 1, 160], [5, 6, 23, 24, 100, 101, 170]]) {
    const parts: string[] = [];
    let from = 0;
    [...cuts, lines.length].forEach((to, i) => {
      const part = join(dir, `part-${cuts.length}-${i}.jsonl`);
      writeFileSync(part, `${lines.slice(from, to).join('\n')}\n`);
      from = to;
      parts.push(part);
    });
    const partSummaries: string[] = [];
    for (const [i, p] of parts.entries()) {
      const s = await summarise([p]);
      const file = join(dir, `sum-${cuts.length}-${i}.jsonl`);
      writeFileSync(file, summaryLines(s));
      partSummaries.push(file);
    }
    const merged = await summarise(partSummaries);
    assert.deepEqual(merged.rows, expected.rows, `cuts ${cuts.join(',')}`);
    assert.deepEqual(merged.sources, expected.sources);
    assert.equal(merged.malformed, expected.malformed);
  }
});

test('a summary mixes with raw evidence, and emitting a summary of summaries changes nothing', async () => {
  const dir = tempDir();
  const all = await summarise([
    join(SAMPLES, 'audit.jsonl'),
    join(SAMPLES, 'falco.jsonl'),
    join(SAMPLES, 'cloudtrail-irsa.json'),
  ]);
  const s1 = join(dir, 's1.jsonl');
  writeFileSync(s1, summaryLines(await summarise([join(SAMPLES, 'audit.jsonl')])));
  const mixed = await summarise([s1, join(SAMPLES, 'falco.jsonl'), join(SAMPLES, 'cloudtrail-irsa.json')]);
  assert.deepEqual(mixed.rows, all.rows);
  const s2 = join(dir, 's2.jsonl');
  writeFileSync(s2, summaryLines(mixed));
  const again = await summarise([s2]);
  assert.deepEqual(again.rows, all.rows);
  assert.deepEqual(again.sources, all.sources);
});

test('raw audit events and a summary of other audit events merge into the same rows', async () => {
  const dir = tempDir();
  const lines = bigAuditLines();
  const half = Math.floor(lines.length / 2);
  const a = join(dir, 'a.jsonl');
  const b = join(dir, 'b.jsonl');
  writeFileSync(a, `${lines.slice(0, half).join('\n')}\n`);
  writeFileSync(b, `${lines.slice(half).join('\n')}\n`);
  const whole = join(dir, 'whole.jsonl');
  writeFileSync(whole, `${lines.join('\n')}\n`);
  const expected = await summarise([whole]);
  const sa = join(dir, 'sa.jsonl');
  writeFileSync(sa, summaryLines(await summarise([a])));
  // Summary first, then raw events of the same groups; and the other way round.
  assert.deepEqual((await summarise([sa, b])).rows, expected.rows);
  const sb = join(dir, 'sb.jsonl');
  writeFileSync(sb, summaryLines(await summarise([b])));
  assert.deepEqual((await summarise([a, sb])).rows, expected.rows);
});

test('rows from a log platform query (no header, ClickHouse-quoted integers, no days) are read', async () => {
  const dir = tempDir();
  const file = join(dir, 'clickhouse.jsonl');
  writeFileSync(
    file,
    [
      '{"type":"api","identity":"system:serviceaccount:agents:k8s-ops-sa","workload":"agents/k8s-ops","verb":"get","apiGroup":"","resource":"secrets","namespace":"agents","path":"","decision":"allow","names":["db"],"count":"12","first":"2026-11-20 10:00:00","last":"2026-11-20T11:00:00Z"}',
      '{"type":"tool","workload":"agents/k8s-ops","server":"kagent-tool-server","tool":"k8s_get_resources","outcome":"ok","count":3,"first":"2026-11-20T10:00:00Z","last":"2026-11-20T10:05:00Z"}',
    ].join('\n'),
  );
  const r = await readEvidence([{ abs: file, file }], { now: NOW });
  assert.equal(r.files[0].reader, 'summary');
  assert.equal(r.malformed, 1, 'a time that is not RFC 3339 is refused');
  assert.match(r.files[0].samples[0].reason, /first/);
  assert.equal(r.events, 3);
});

test('--emit-summary writes the summary, and ingesting it gives the same result as the raw evidence', () => {
  const dir = copyExample();
  const sum = join(dir, 'summary.jsonl');
  const evidence = ['evidence/audit.jsonl.gz', 'evidence/tool-calls.jsonl', 'evidence/tetragon.jsonl'];
  const raw = runCli(['ingest', ...evidence, '--emit-summary', 'summary.jsonl', '--format', 'json', '-C', dir], {
    cwd: dir,
  });
  assert.equal(raw.code, 0, raw.stderr);
  const header = JSON.parse(readFileSync(sum, 'utf8').split('\n')[0]);
  assert.equal(header.kind, 'ObservationSummary');
  assert.equal(header.snapshots.length, 3);
  const fromSummary = runCli(['ingest', 'summary.jsonl', '--format', 'json', '-C', dir], { cwd: dir });
  const a = JSON.parse(raw.stdout);
  const b = JSON.parse(fromSummary.stdout);
  for (const k of ['closed', 'gaps', 'fired', 'dormant', 'denied', 'drift', 'events']) assert.deepEqual(b[k], a[k], k);
  assert.deepEqual(b.snapshot.sources, a.snapshot.sources);
});
