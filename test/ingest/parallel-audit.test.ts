import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readEvidence, type EvidenceFile } from '../../src/read/evidence/read-evidence.js';
import { generateAuditLog, rng } from '../helpers/audit-log.js';
import { runCli, tempDir } from '../helpers/fixtures.js';

/**
 * A large audit log is parsed on other threads and counted here in order (parallel-audit.ts). Whatever the number
 * of threads, the summary and every file's accounting must be exactly those of the one-thread reader — on logs
 * that hold what decides the counting: every stage, duplicated lines near and far apart, held completions, ids
 * that are not UUIDs, malformed and blank lines, CRLF endings, a line longer than a batch, and a log in two files.
 */

const NOW = '2026-11-21T00:00:00Z';

/** The generated log (with its own malformed lines), plus lines that stress the line handling. */
function bigLog(seed: number, requests: number): Buffer {
  const r = rng(seed);
  const lines = generateAuditLog({
    seed,
    days: ['2026-11-18', '2026-11-19', '2026-11-20'],
    requests,
    malformed: 300,
  });
  const out: string[] = [];
  for (const [i, l] of lines.entries()) {
    const x = r();
    if (x < 0.01)
      out.push(''); // blank
    else if (x < 0.02)
      out.push('  \t'); // blank too
    else if (x < 0.03)
      out.push(l); // repeated at once
    else if (x < 0.035 && i > 60_000) out.push(lines[i - 60_000]); // repeated beyond the de-duplication window
    // An uppercase auditID is another id than its lowercase form (ids are compared as written).
    if (x > 0.99)
      out.push(l.replace(/"auditID":"([0-9a-f-]{36})"/, (_, id: string) => `"auditID":"${id.toUpperCase()}"`));
    out.push(x > 0.98 ? `${l}\r` : l);
  }
  // A line longer than a parser batch (1 MiB): its own batch.
  const huge = JSON.parse(lines.find((l) => l.includes('"ResponseComplete"')) as string) as Record<string, unknown>;
  huge.auditID = 'huge-line';
  huge.annotations = { padding: 'x'.repeat(1_500_000) };
  out.splice(Math.floor(out.length / 2), 0, JSON.stringify(huge));
  return Buffer.from(`${out.join('\n')}\n`);
}

async function read(files: EvidenceFile[], threads: number) {
  const r = await readEvidence(files, { now: NOW, threads, parallelFromBytes: 0 });
  return {
    threads: r.threads,
    summary: r.builder.toSummary(),
    digest: r.digest,
    files: r.files,
    totals: { events: r.events, folded: r.folded, malformed: r.malformed },
  };
}

test('a large audit log read on 1 or 2 parser threads gives exactly the one-thread summary and accounting', async () => {
  const dir = tempDir();
  const log = bigLog(11, 40_000);
  assert.ok(log.length > 8 * 1024 * 1024, `the log is ${log.length} bytes: large enough for many batches`);
  writeFileSync(join(dir, 'audit.jsonl'), log);
  writeFileSync(join(dir, 'audit.jsonl.gz'), gzipSync(log));
  for (const file of ['audit.jsonl', 'audit.jsonl.gz']) {
    const files = [{ abs: join(dir, file), file }];
    const one = await read(files, 0);
    assert.equal(one.threads, 0);
    assert.ok(one.totals.malformed >= 300 && one.totals.folded > 1000, JSON.stringify(one.totals));
    for (const threads of [1, 2]) {
      const many = await read(files, threads);
      assert.equal(many.threads, threads, `${file}: the parser threads ran`);
      assert.deepEqual(many.totals, one.totals, `${file}, ${threads} threads: events, folded, malformed`);
      assert.deepEqual(many.files, one.files, `${file}, ${threads} threads: per-file accounting and samples`);
      assert.deepEqual(many.summary, one.summary, `${file}, ${threads} threads: the summary`);
    }
  }
});

test('a log split over two files (completions held in one, stages in the other) counts the same on threads', async () => {
  const dir = tempDir();
  // No ResponseStarted anywhere: completed watches are held until the input ends, across both files.
  const lines = generateAuditLog({ seed: 5, days: ['2026-11-20'], requests: 12_000, omitStarted: true, malformed: 50 });
  const half = Math.floor(lines.length / 2);
  writeFileSync(join(dir, 'a.jsonl'), `${lines.slice(0, half).join('\n')}\n`);
  writeFileSync(join(dir, 'b.jsonl'), `${lines.slice(half).join('\r\n')}`); // CRLF, no final newline
  const files = ['a.jsonl', 'b.jsonl'].map((file) => ({ abs: join(dir, file), file }));
  const one = await read(files, 0);
  const two = await read(files, 2);
  assert.equal(two.threads, 2);
  assert.deepEqual(two.files, one.files);
  assert.deepEqual(two.summary, one.summary);
  assert.equal(
    one.files.reduce((n, f) => n + f.records, 0),
    one.totals.events + one.totals.folded + one.totals.malformed,
    'every line accounted for',
  );
});

test('a line over 16 MiB among parsed lines is reported in its place, as on one thread', async () => {
  const dir = tempDir();
  const lines = generateAuditLog({ seed: 23, days: ['2026-11-20'], requests: 6_000, malformed: 20 });
  const third = Math.floor(lines.length / 3);
  const oversized = `{"kind":"Event","padding":"${'y'.repeat(17 * 1024 * 1024)}"}`;
  const text = [
    ...lines.slice(0, third),
    oversized,
    ...lines.slice(third, 2 * third),
    oversized,
    ...lines.slice(2 * third),
  ];
  writeFileSync(join(dir, 'audit.jsonl'), `${text.join('\n')}\n`);
  const files = [{ abs: join(dir, 'audit.jsonl'), file: 'audit.jsonl' }];
  const one = await read(files, 0);
  const two = await read(files, 2);
  assert.equal(two.threads, 2);
  const reasons = one.files[0].samples.map((x) => x.reason);
  assert.ok(reasons.includes('record larger than 16 MiB; skipped'), JSON.stringify(one.files[0].samples));
  assert.deepEqual(two.files, one.files);
  assert.deepEqual(two.summary, one.summary);
});

test('below the size limit, or with THREATCAT_INGEST_THREADS=0, no thread is started', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'audit.jsonl'), bigLog(3, 2_000));
  const files = [{ abs: join(dir, 'audit.jsonl'), file: 'audit.jsonl' }];
  const small = await readEvidence(files, { now: NOW, threads: 2 });
  assert.equal(small.threads, 0, 'a file under 8 MiB is read on this thread');
  assert.equal((await read(files, 0)).threads, 0);
});

test('ingest on the command line: the same JSON report with and without parser threads; a bad thread count is a usage error', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'audit.jsonl'), bigLog(17, 30_000));
  const run = (threads: string) =>
    runCli(['ingest', 'audit.jsonl', '-C', dir, '--format', 'json'], {
      env: { THREATCAT_INGEST_THREADS: threads, THREATCAT_NOW: NOW },
    });
  const none = run('0');
  const two = run('2');
  assert.equal(two.code, none.code);
  assert.ok(none.stdout.includes('"kube-audit"'), none.stdout.slice(0, 400));
  assert.equal(two.stdout, none.stdout);
  const bad = run('many');
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /THREATCAT_INGEST_THREADS=many: expected a whole number from 0 to 64/);
  assert.doesNotMatch(bad.stderr, /\n\s+at /, 'no stack trace');
});
