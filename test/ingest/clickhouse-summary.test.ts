import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { gzipSync } from 'node:zlib';
import { readEvidence } from '../../src/read/evidence/read-evidence.js';
import { normTime } from '../../src/read/evidence/summary-builder.js';
import { generateAuditLog } from '../helpers/audit-log.js';
import { copyExample, ROOT, runCli, tempDir } from '../helpers/fixtures.js';

/**
 * The ClickHouse statements of docs/ingest.md ("Running the group-by where the logs are"), run by a real
 * ClickHouse engine: chdb embeds it (its engine ships in the registry package @chdb/lib-linux-x64-gnu).
 */
interface Chdb {
  Session: new (
    path?: string,
  ) => {
    query(sql: string, format?: string): string;
    queryBind(sql: string, args: Record<string, unknown>, format?: string): string;
  };
}
let chdb: Chdb | undefined;
let unavailable: string | false = false;
try {
  chdb = createRequire(import.meta.url)('chdb') as Chdb;
} catch (err) {
  unavailable = `chdb (embedded ClickHouse) cannot load on this platform: ${(err as Error).message.split('\n')[0]}`;
}
// CI installs it (npm ci on linux-x64): there a load failure is a failure, never a silent skip.
if (unavailable && process.env.CI) throw new Error(unavailable);

const NOW = '2026-11-21T12:00:00.000Z';
const DAYS = ['2026-11-18', '2026-11-19', '2026-11-20'];

/** The SQL blocks of the docs' ClickHouse section, in order: CREATE TABLE, INSERT … FROM INFILE, the summary query. */
function docsStatements(): { create: string; load: string; summary: string } {
  const md = readFileSync(join(ROOT, 'docs/ingest.md'), 'utf8');
  const section = md.slice(md.indexOf('### Running the group-by where the logs are'), md.indexOf('**Trino / Athena'));
  const blocks = [...section.matchAll(/```sql\n([\s\S]*?)```/g)].map((m) => m[1]);
  const create = blocks.find((b) => b.startsWith('CREATE TABLE k8s_audit'));
  const load = blocks.find((b) => b.startsWith('INSERT INTO k8s_audit FROM INFILE'));
  const summary = blocks.find((b) => b.startsWith('-- threatcat observation summary'));
  assert.ok(create && load && summary, 'docs/ingest.md has the three ClickHouse statements');
  return { create, load, summary };
}

const statements = docsStatements();
const session = chdb ? new chdb.Session() : undefined;

/** Loads a gzip audit log into a fresh k8s_audit table with the docs' statements. */
function load(file: string): number {
  session!.query('DROP TABLE IF EXISTS k8s_audit');
  session!.query(statements.create);
  session!.query(statements.load.replace(/FROM INFILE '[^']*'/, `FROM INFILE '${file}'`));
  return Number(session!.query('SELECT count() FROM k8s_audit', 'CSV').trim());
}

/** The docs' summary query over [from, to): JSON lines, as `clickhouse-client --format JSONEachRow` prints them. */
function summaryQuery(from: string, to: string): string {
  return session!.queryBind(statements.summary, { from, to }, 'JSONEachRow');
}

function writeLog(dir: string, name: string, lines: string[]): string {
  const file = join(dir, name);
  writeFileSync(file, gzipSync(`${lines.join('\n')}\n`));
  return file;
}

async function summarise(files: string[]) {
  const r = await readEvidence(
    files.map((abs) => ({ abs, file: abs })),
    { now: NOW },
  );
  return { summary: r.builder.toSummary(), events: r.events, malformed: r.malformed };
}

const day = (d: string) => `${d}T00:00:00.000Z`;
const nextDay = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString();
/** The whole log: watches that end after the last midnight count on the day after. */
const FROM = day(DAYS[0]);
const TO = nextDay(nextDay(DAYS[DAYS.length - 1]).slice(0, 10));
/**
 * One window per day, the last one open-ended: a window holding only the tail of the day before (completions of
 * watches, no ResponseStarted) would look like a log without ResponseStarted stages — a real day never does.
 */
const WINDOWS = DAYS.map((d, i) => [day(d), i === DAYS.length - 1 ? TO : nextDay(d)] as const);

type Rows = Awaited<ReturnType<typeof summarise>>['summary']['rows'];
/** Equal row lists, and on a difference only the first differing row (the lists are hundreds of rows long). */
function sameRows(actual: Rows, expected: Rows, label: string): void {
  const i = expected.findIndex((r, k) => !isDeepStrictEqual(actual[k], r));
  if (i !== -1) assert.deepEqual(actual[i], expected[i], `${label}: row ${i} of ${expected.length}`);
  assert.equal(actual.length, expected.length, `${label}: rows`);
}

test('ClickHouse running the docs query over a generated audit log returns exactly the summary ingest computes from the raw log', {
  skip: unavailable,
}, async (t) => {
  const dir = tempDir();
  for (const variant of [{ seed: 11 }, { seed: 12 }, { seed: 13, omitStarted: true }]) {
    const lines = generateAuditLog({ ...variant, days: DAYS, requests: 3000, malformed: 12 });
    const log = writeLog(dir, `audit-${variant.seed}.jsonl.gz`, lines);
    const direct = await summarise([log]);
    assert.ok(direct.summary.rows.length > 150, 'many groups');
    // Every one of the 12 broken lines, the second copy of a broken event with a repeated auditID included.
    assert.equal(direct.malformed, 12, 'the broken lines are malformed for ingest');

    const loaded = load(log);
    assert.equal(loaded, lines.length - 4, 'ClickHouse skips the 4 lines that are not JSON objects');
    const started = Date.now();
    const whole = join(dir, `ch-${variant.seed}.jsonl`);
    writeFileSync(whole, summaryQuery(FROM, TO));
    t.diagnostic(
      `seed ${variant.seed}: ${lines.length} lines, ${direct.events} requests, query ${Date.now() - started} ms`,
    );
    const viaClickHouse = await summarise([whole]);
    sameRows(viaClickHouse.summary.rows, direct.summary.rows, `seed ${variant.seed}`);
    assert.equal(viaClickHouse.events, direct.events);
    assert.equal(viaClickHouse.malformed, 0);

    // One query per UTC day (as on several machines), merged by ingest: the same rows.
    const parts = WINDOWS.map(([from, to]) => {
      const part = join(dir, `ch-${variant.seed}-${from.slice(0, 10)}.jsonl`);
      writeFileSync(part, summaryQuery(from, to));
      return part;
    });
    const merged = await summarise(parts);
    sameRows(merged.summary.rows, direct.summary.rows, `seed ${variant.seed}, per day`);
  }
});

test('ingest of the ClickHouse summary gives the result of ingesting the raw log: closures, gaps, fired, dormant, denied, drift, written files', {
  skip: unavailable,
}, () => {
  // Three weeks of routine behaviour make the baseline converge; the window then shows new behaviour (drift),
  // forbidden and allowed secret reads, RBAC writes, exec into pods.
  const repo = copyExample();
  const dir = tempDir();
  const history = writeLog(
    dir,
    'history.jsonl.gz',
    generateAuditLog({
      seed: 5,
      days: Array.from({ length: 21 }, (_, i) =>
        new Date(Date.parse('2026-10-25T00:00:00Z') + i * 86_400_000).toISOString().slice(0, 10),
      ),
      requests: 2500,
      routineOnly: true,
    }),
  );
  const h = runCli(['ingest', history, '--write', '-C', repo]);
  assert.ok(h.code === 0 || h.code === 1, h.stderr);

  const window = writeLog(
    dir,
    'window.jsonl.gz',
    generateAuditLog({ seed: 21, days: DAYS, requests: 3000, malformed: 12 }),
  );
  load(window);
  const whole = join(dir, 'window-ch.jsonl');
  writeFileSync(whole, summaryQuery(FROM, TO));
  const perDay = WINDOWS.map(([from, to]) => {
    const part = join(dir, `window-ch-${from.slice(0, 10)}.jsonl`);
    writeFileSync(part, summaryQuery(from, to));
    return part;
  });

  const run = (inputs: string[]) => {
    const copy = tempDir();
    cpSync(repo, copy, { recursive: true });
    const r = runCli(['ingest', ...inputs, '--write', '--format', 'json', '-C', copy]);
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    const out = JSON.parse(r.stdout);
    const digest: string = out.snapshot.digest;
    const unDigest = (s: string) => s.split(digest).join('sha256:SNAPSHOT');
    return {
      code: r.code,
      out,
      catalog: unDigest(readFileSync(join(copy, 'k8s-ops.threats.yaml'), 'utf8')),
      baseline: unDigest(readFileSync(join(copy, 'k8s-ops.baseline.json'), 'utf8')),
    };
  };
  const raw = run([window]);
  // What the raw run must show for the comparison to mean something.
  assert.equal(raw.code, 1, 'signals fired and the baseline drifted');
  assert.ok(raw.out.drift.length > 0, 'drift against the converged baseline');
  assert.ok(raw.out.fired.length > 0, 'signals fired');
  assert.ok(raw.out.denied.length > 0, 'denied requests');
  assert.ok(raw.out.dormant.length > 0, 'dormant permissions');
  assert.ok(raw.out.gaps.length > 0, 'gaps');
  assert.equal(raw.out.malformed, 12);

  const comparable = (o: Record<string, unknown>) => {
    const { snapshot, malformed, details, ...rest } = o as {
      snapshot: unknown;
      malformed: unknown;
      details: Record<string, unknown>;
    };
    // How the input's records were accounted for depends on the input (a raw log's lines, a summary's rows).
    const { malformedLines, files, folded, ...d } = details;
    return { ...rest, details: d };
  };
  for (const [name, inputs] of [
    ['one query over the window', [whole]],
    ['one query per day, merged', perDay],
  ] as const) {
    const ch = run([...inputs]);
    assert.equal(ch.code, raw.code, name);
    assert.deepEqual(comparable(ch.out), comparable(raw.out), name);
    assert.equal(ch.out.events, raw.out.events);
    assert.deepEqual(Object.values(ch.out.snapshot.sources), Object.values(raw.out.snapshot.sources));
    assert.equal(ch.catalog, raw.catalog, `${name}: the written catalog`);
    assert.equal(ch.baseline, raw.baseline, `${name}: the written baseline`);
  }
});

test('the docs query reads every timestamp shape as ingest does: fractions truncated to ms, offsets to UTC, broken ones refused', {
  skip: unavailable,
}, () => {
  const expr = /arrayMap\(s -> (multiIf\([\s\S]*?''\)), \[stageTimestamp/.exec(statements.summary)?.[1];
  assert.ok(expr, 'the normalisation expression of the summary query');
  // Offset-less shapes are left out: JavaScript reads them in the machine's local time zone.
  const shapes = [
    '2026-11-20T10:00:00.123456Z',
    '2026-11-20T10:00:00Z',
    '2026-11-20T10:00:00.1Z',
    '2026-11-20T10:00:00.123456789+00:00',
    '2026-11-20T01:00:00.5-03:00',
    '2026-11-20T23:59:59.999999+01:00',
    '2026-11-20T10:00:00.123456z',
    'Fri, 20 Nov 2026 10:00:00 GMT',
    '20261120T100000Z',
    'not-a-timestamp',
    '2026',
    '',
  ];
  for (const s of shapes) {
    const ch = session!.queryBind(`SELECT ${expr} AS t FROM (SELECT {s:String} AS s)`, { s }, 'TSVRaw').trim();
    assert.equal(ch, normTime(s), JSON.stringify(s));
  }
});
