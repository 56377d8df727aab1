import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
// @ts-expect-error: a plain .mjs script of the bench, without type declarations
import { record } from '../bench/record.mjs';
// @ts-expect-error: a plain .mjs script of the bench, without type declarations
import { judge, targetLines } from '../bench/targets.mjs';
import { tempDir } from './helpers/fixtures.js';

const run = (at: string, cold: number, cpu: number, args: string[] = []) => ({
  at,
  args,
  load: [1.2, 1.1, 1.0],
  benches: {
    validate: { coldStart: { diffMs: cold, ratio: 1.8 }, timer: 'hyperfine -N' },
    ingest: { threatcat: { cpuSeconds: cpu }, speedup: 2.5 },
  },
});

test('npm run bench keeps its figures in last.json and prints the ratio of each to the run before', () => {
  const dir = tempDir();
  assert.deepEqual(record(dir, run('2026-12-01T10:00:00Z', 150, 1.0)), [], 'nothing to compare the first run with');
  assert.equal(JSON.parse(readFileSync(join(dir, 'last.json'), 'utf8')).benches.validate.coldStart.diffMs, 150);

  const lines: string[] = record(dir, run('2026-12-02T10:00:00Z', 90, 1.25));
  assert.match(lines[0], /^compared with the run of 2026-12-01T10:00:00Z/);
  const line = (figure: string) => lines.find((l) => l.startsWith(`${figure} `));
  assert.match(line('validate.coldStart.diffMs') ?? '', /150\s+90\s+0\.60x$/);
  assert.match(line('ingest.threatcat.cpuSeconds') ?? '', /1\s+1\.250\s+1\.25x$/);
  assert.match(line('ingest.speedup') ?? '', /1\.00x$/);
  assert.equal(line('validate.timer'), undefined, 'only numbers are figures');
  assert.equal(JSON.parse(readFileSync(join(dir, 'previous.json'), 'utf8')).at, '2026-12-01T10:00:00Z');

  // Different options are compared, with a note; a damaged last.json is replaced, not fatal.
  const full = record(dir, run('2026-12-03T10:00:00Z', 95, 9, ['--full']));
  assert.match(full[full.length - 1], /different options \(none \/ --full\)/);
  writeFileSync(join(dir, 'last.json'), '{ torn');
  assert.deepEqual(record(dir, run('2026-12-04T10:00:00Z', 95, 9)), []);
  assert.ok(existsSync(join(dir, 'last.json')));
});

test('each target of issue 13 is judged PASS or FAIL from the figures, and missing figures are n/a', () => {
  const benches = {
    validate: { coldStart: { diffMs: 140 }, bulk: { ratio: 1.4 } },
    diff: {
      cases: {
        '5000files-500changed': { diff: 1800, ratio: 3.4, cpu: 1500 },
        '10000files-500changed': { diff: 1900, ratio: 3.5, cpu: 1650 },
      },
    },
    write: { reopen: { growth: 2.7 }, dismissed: { overParse: 16.9 } },
  };
  type Target = { id: string; pass: boolean | null; value: number | null };
  const targets: Target[] = judge(benches);
  const pass = (id: string) => targets.find((t) => t.id === id)?.pass;
  assert.equal(pass('validate.coldStart'), false, '140 ms over node -e 0 misses +100 ms');
  assert.equal(pass('validate.bulk'), true);
  assert.equal(pass('diff.wall'), true);
  assert.equal(pass('diff.floor'), false, '3.4x the floor misses 3x');
  assert.equal(pass('diff.scaling'), true, 'twice the files, 1.1x the CPU');
  assert.equal(pass('ingest.speedup'), null, 'no ingest figures: not judged');
  assert.equal(pass('write.growth'), true, '10x the catalog and the edits, 2.7x the CPU');
  assert.equal(pass('write.parse'), false, 'a parse per edit: 16.9x one parse of the catalog');

  const lines: string[] = targetLines(targets, [{ id: 'validate.coldStart', value: 149, pass: false }]);
  assert.match(
    lines.find((l) => l.includes('cold validate')) ?? '',
    /^FAIL .* 140 ms .*target <= 100 ms \(before: 149 ms, FAIL\)$/,
  );
  assert.match(lines.find((l) => l.includes('over the js-yaml floor')) ?? '', /^PASS .* 1\.4x/);
  assert.match(lines.find((l) => l.includes('speed-up over jq')) ?? '', /^n\/a /);
});

test('the ingest speed-up is judged at the million events its target is set at, and only shown for a quick run', () => {
  const at = (events: number, speedup: number) =>
    (judge({ ingest: { events, speedup } }) as Array<{ id: string; pass: boolean | null; what: string }>).find(
      (t) => t.id === 'ingest.speedup',
    )!;
  assert.equal(at(1_000_000, 4.2).pass, true);
  assert.equal(at(1_000_000, 2.5).pass, false);
  const quick = at(100_000, 1.7);
  assert.equal(quick.pass, null);
  assert.match(quick.what, /judged at 1,000,000: --full/);
  assert.match(targetLines([quick])[0], /^n\/a .* 1\.7x/);
});
